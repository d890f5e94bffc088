import type { FastifyInstance } from 'fastify';
import { MEDIA_PATH_PREFIX, mediaTypeOfExtension } from '../../content/media-image.js';
import { notFound } from '../../errors.js';
import type { MediaFiles } from '../../media/media-files.js';

const nameParams = { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 80 } } } as const;

/**
 * `/media/<hash>-<size>.<ext>`: the media store's files. Their names change with their bytes, so
 * they are cached for a year and never revalidated; an unknown name is the site's 404.
 */
export function mediaRoutes(files: MediaFiles) {
  return async (app: FastifyInstance) => {
    app.get('/media/:name', { schema: { params: nameParams } }, async (request, reply) => {
      const { name } = request.params as { name: string };
      const type = mediaTypeOfExtension(name.slice(name.lastIndexOf('.') + 1));
      const file = type ? await files.open(`${MEDIA_PATH_PREFIX}${name}`) : null;
      if (!file || !type) throw notFound(`the image ${MEDIA_PATH_PREFIX}${name}`);
      return reply
        .type(type)
        .header('content-length', file.size)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(file.stream);
    });
  };
}

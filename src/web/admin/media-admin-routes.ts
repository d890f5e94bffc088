import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AddedImage, addImage } from '../../app/media/add-image.js';
import { listImages } from '../../app/media/list-images.js';
import { MEDIA_MAX_BYTES, MEDIA_MAX_LABEL, type MediaPorts } from '../../app/media/media-ports.js';
import { renditionWidths } from '../../content/media-image.js';
import { AppError, invalid } from '../../errors.js';
import type { SiteContext } from '../views/site.js';
import { adminPageBase, requirePermission, requirePrincipal } from './admin-auth.js';
import { html } from './route-parts.js';
import { renderMediaPage } from './views/index.js';
import type { FieldErrors } from './views/view-models.js';

/** A multipart file as the media routes read it: the bytes, and whether the size limit cut them short. */
interface UploadedFile {
  filename: string;
  bytes: Buffer;
  truncated: boolean;
}

const PAGE_SIZE = 24;
const listQuery = {
  type: 'object', additionalProperties: false,
  properties: { limit: { type: 'integer', minimum: 1, maximum: 100, default: 24 }, offset: { type: 'integer', minimum: 0, default: 0 } },
} as const;
const pageQuery = { type: 'object', properties: { page: { type: 'integer', minimum: 1, default: 1 } } } as const;

/**
 * The media store in the admin (policy `media.upload`): `/admin/media` (the upload form and the
 * list, working without JavaScript) and `POST|GET /api/admin/media` (docs/admin-api.md). Uploads
 * are multipart (@fastify/multipart), read whole into memory up to MEDIA_MAX_BYTES and parsed
 * before the CSRF check, which reads the form's `_csrf` field from the parsed body.
 */
export function mediaAdminRoutes(ports: () => MediaPorts, site: SiteContext) {
  return async (app: FastifyInstance) => {
    await app.register(multipart, {
      attachFieldsToBody: 'keyValues',
      // A file over the limit is cut short and flagged, so the answer can name the limit (the plugin's own error does not).
      throwFileSizeLimit: false,
      limits: { fileSize: MEDIA_MAX_BYTES, files: 1, fields: 5, fieldSize: 64 * 1024 },
      async onFile(part) {
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) chunks.push(chunk as Buffer);
        (part as unknown as { value: UploadedFile }).value = { filename: part.filename, bytes: Buffer.concat(chunks), truncated: part.file.truncated };
      },
    });

    const upload = async (request: FastifyRequest): Promise<AddedImage> => {
      const principal = requirePrincipal(request);
      const body = (request.body ?? {}) as { file?: UploadedFile | string; alt?: string };
      const file = typeof body.file === 'object' && body.file !== null && Buffer.isBuffer(body.file.bytes) ? body.file : null;
      const problems: string[] = [];
      if (!request.isMultipart()) problems.push('file: send the image as multipart/form-data, with the image in "file" and its alt text in "alt"');
      else if (!file) problems.push('file: is required: choose an image file');
      else if (file.truncated) problems.push(`file: is larger than the ${MEDIA_MAX_LABEL} limit`);
      if (typeof body.alt !== 'string' || body.alt.trim() === '') problems.push('alt: is required: describe what the image shows for readers who cannot see it');
      if (problems.length) throw invalid(problems);
      return addImage(ports(), principal.actor, { bytes: file!.bytes, originalName: file!.filename, alt: body.alt as string });
    };

    app.post('/api/admin/media', async (request, reply) => {
      const added = await upload(request);
      return reply.code(added.added ? 201 : 200).send(imageJson(added));
    });

    app.get('/api/admin/media', { schema: { querystring: listQuery } }, async (request) => {
      const { limit, offset } = request.query as { limit: number; offset: number };
      const list = await listImages(ports(), requirePrincipal(request).actor, { limit, offset });
      return { total: list.total, limit, offset, images: list.items.map((item) => imageJson({ ...item, added: false })) };
    });

    const renderPage = async (request: FastifyRequest, reply: Parameters<typeof adminPageBase>[1], page: number, extra: { errors?: FieldErrors; alt?: string; uploaded?: AddedImage | null }, status = 200) => {
      const principal = requirePermission(request, 'media.upload');
      const list = await listImages(ports(), principal.actor, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      return html(reply, renderMediaPage({
        ...adminPageBase(principal, reply, site), maxLabel: MEDIA_MAX_LABEL,
        ...(extra.errors ? { errors: extra.errors } : {}), ...(extra.alt !== undefined ? { alt: extra.alt } : {}),
        uploaded: extra.uploaded ? { markdown: extra.uploaded.markdown, url: extra.uploaded.url, alt: extra.uploaded.record.alt } : null,
        images: list.items.map((item) => ({
          url: item.url, thumbnailUrl: item.urls[1] ?? item.url, alt: item.record.alt, width: item.record.width, height: item.record.height,
          originalName: item.record.originalName, createdAt: item.record.createdAt, markdown: item.markdown,
        })),
        page, pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)), total: list.total,
      }), status);
    };

    app.get('/admin/media', { schema: { querystring: pageQuery } }, async (request, reply) => {
      const { page } = request.query as { page: number };
      return renderPage(request, reply, page, {});
    });

    // Without JavaScript: the form posts here and the page shows the Markdown to paste (or the errors by field).
    app.post('/admin/media', async (request, reply) => {
      const alt = typeof (request.body as { alt?: unknown } | undefined)?.alt === 'string' ? (request.body as { alt: string }).alt : '';
      try {
        return await renderPage(request, reply, 1, { uploaded: await upload(request) }, 201);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
        return renderPage(request, reply, 1, { errors: fieldErrors(error.details ?? []), alt }, 422);
      }
    });
  };
}

function imageJson(added: AddedImage) {
  const { record } = added;
  return {
    id: record.id, hash: record.hash, alt: record.alt, width: record.width, height: record.height, mime: record.mime,
    originalName: record.originalName, createdBy: record.createdBy, createdAt: record.createdAt,
    markdown: added.markdown, url: added.url, urls: added.urls, widths: renditionWidths(record.width), added: added.added,
  };
}

/** `field: reason` problems as the page's errors by field (the first per field). */
function fieldErrors(problems: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    const [, field = 'file', reason = problem] = /^(\w+): (.*)$/.exec(problem) ?? [];
    errors[field] ??= `${field === 'alt' ? 'Alt text' : 'Image file'} ${reason}`;
  }
  return errors;
}

import type { FastifyInstance } from 'fastify';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { measureUnsavedFields } from '../../app/newsroom/readability.js';
import { requirePrincipal } from './admin-auth.js';
import { type FormBody, patchFromForm } from './editor-form.js';
import { renderReadabilityPanel } from './views/index.js';
import { html, idParams } from './route-parts.js';

/**
 * The editor's readability panel for the unsaved fields (POST, the form as admin.js sends it for
 * the live preview), for whoever may view the article: the same policy check as the preview.
 * Nothing is written; the saved scores are written with each revision by the use cases.
 */
export function readabilityRoutes(ports: () => NewsroomPorts, readingTarget: number) {
  return async (app: FastifyInstance) => {
    app.post('/admin/articles/:id/readability', { schema: { params: idParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      const measured = await measureUnsavedFields(ports(), principal.actor, id, patchFromForm(request.body as FormBody));
      return html(reply, renderReadabilityPanel({ ...measured.report, target: readingTarget, source: { kind: 'typed' } }));
    });
  };
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { changeTaxonomySlug, createCategory, listTaxonomy, renameTaxonomy, suggestTopics } from '../../app/newsroom/taxonomy.js';
import type { SluggedKind, TaxonomyEntry, TaxonomyKind } from '../../editorial/taxonomy.js';
import { AppError } from '../../errors.js';
import type { SiteContext } from '../views/site.js';
import { adminPageBase, requirePermission, requirePrincipal } from './admin-auth.js';
import { categoryPaths } from './taxonomy-options.js';
import { adminPaths, type FieldErrors, renderTaxonomyPage, type TaxonomyItem } from './views/index.js';
import { html, idParams } from './route-parts.js';

const PAGE_SIZE = 50;
const nameBody = { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 1000 } } } as const;
const slugBody = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 1000 } } } as const;
const message = (error: AppError) => {
  const text = (error.details?.[0] ?? error.message).replace(/^[\w-]+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

interface PageState {
  q?: string;
  page?: number;
  flash?: string;
  errors?: FieldErrors;
  typed?: Record<string, string>;
  newCategory?: { name: string; parentId: string; description: string };
}

/** The taxonomy page (editors and admins: taxonomy.manage): rename topics, categories and tags; add categories. */
export function taxonomyRoutes(ports: () => NewsroomPorts, site: SiteContext) {
  return async (app: FastifyInstance) => {
    const page = async (request: FastifyRequest, reply: FastifyReply, state: PageState, status = 200) => {
      const principal = requirePermission(request, 'taxonomy.manage');
      const number = state.page ?? 1;
      const q = state.q?.trim() ?? '';
      const found = await listTaxonomy(ports(), principal.actor, { ...(q ? { q } : {}), limit: PAGE_SIZE, offset: (number - 1) * PAGE_SIZE });
      const paths = new Map(categoryPaths(found.categories.map((c) => ({ ...c, description: null }))).map((p) => [p.slug, p.path]));
      const flat = (entry: TaxonomyEntry): TaxonomyItem => ({ id: entry.id, name: entry.name, parentPath: [], articleCount: entry.articleCount, slug: entry.slug });
      const categories = found.categories
        .map((c) => ({ id: c.id, name: c.name, articleCount: c.articleCount, slug: c.slug, path: paths.get(c.slug) ?? c.name }))
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((c) => ({ id: c.id, name: c.name, articleCount: c.articleCount, slug: c.slug, parentPath: c.path.split(' / ').slice(0, -1) }));
      return html(reply, renderTaxonomyPage({
        ...adminPageBase(principal, reply, site), flash: state.flash ?? null, q, page: number,
        pageCount: Math.max(1, Math.ceil(Math.max(found.topics.total, found.tags.total) / PAGE_SIZE)),
        topics: found.topics.items.map(flat), topicsTotal: found.topics.total, tags: found.tags.items.map(flat), tagsTotal: found.tags.total, categories,
        parentOptions: categories.map((c) => ({ value: String(c.id), label: [...c.parentPath, c.name].join(' / ') })),
        ...(state.errors ? { errors: state.errors } : {}), ...(state.typed ? { typed: state.typed } : {}), newCategory: state.newCategory ?? null,
      }), status);
    };

    app.get(adminPaths.taxonomy(), {
      schema: { querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 200 }, page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 }, done: { type: 'string', maxLength: 300 } } } },
    }, async (request, reply) => {
      const query = request.query as { q?: string; page: number; done?: string };
      return page(request, reply, { ...(query.q ? { q: query.q } : {}), page: query.page, ...(query.done ? { flash: query.done } : {}) });
    });

    const renameRoute = (kind: TaxonomyKind, segment: string) =>
      app.post(`/admin/taxonomy/${segment}/:id/rename`, { schema: { params: idParams, body: nameBody } }, async (request, reply) => {
        const principal = requirePermission(request, 'taxonomy.manage');
        const { id } = request.params as { id: number };
        const { name } = request.body as { name: string };
        try {
          const entry = await renameTaxonomy(ports(), principal.actor, kind, id, name);
          const done = `Renamed the ${kind} to “${entry.name}”. Its web address stays ${entry.slug}.`;
          return reply.redirect(`${site.basePath}${adminPaths.taxonomy()}?${new URLSearchParams({ done })}`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
          const key = `rename-${kind}-${id}`;
          return page(request, reply, { errors: { [key]: message(error) }, typed: { [key]: name } }, 422);
        }
      });
    // A new web address for a topic or a category: the form (redirect back with what moved) and the Admin API (JSON).
    const slugRoutes = (kind: SluggedKind, segment: string) => {
      app.post(`/admin/taxonomy/${segment}/:id/slug`, { schema: { params: idParams, body: slugBody } }, async (request, reply) => {
        const principal = requirePermission(request, 'taxonomy.manage');
        const { id } = request.params as { id: number };
        const { slug } = request.body as { slug: string };
        try {
          const { entry, moved } = await changeTaxonomySlug(ports(), principal.actor, kind, id, slug);
          const done = moved.length === 0
            ? `The ${kind} “${entry.name}” already has that web address.`
            : `Moved the ${kind} “${entry.name}” to ${moved[0]!.to}. The old address ${moved[0]!.from}${moved.length > 1 ? ` and ${moved.length - 1} of its subcategories' addresses` : ''} now lead${moved.length > 1 ? '' : 's'} there.`;
          return reply.redirect(`${site.basePath}${adminPaths.taxonomy()}?${new URLSearchParams({ done })}`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
          const key = `slug-${kind}-${id}`;
          return page(request, reply, { errors: { [key]: message(error) }, typed: { [key]: slug } }, 422);
        }
      });
      app.post(`/api/admin/${segment}/:id/slug`, { schema: { params: idParams, body: slugBody } }, async (request) => {
        const principal = requirePermission(request, 'taxonomy.manage');
        const { id } = request.params as { id: number };
        const { entry, moved } = await changeTaxonomySlug(ports(), principal.actor, kind, id, (request.body as { slug: string }).slug);
        return { kind, id: entry.id, name: entry.name, slug: entry.slug, redirects: moved };
      });
    };
    slugRoutes('topic', 'topics');
    slugRoutes('category', 'categories');

    renameRoute('topic', 'topics');
    renameRoute('category', 'categories');
    renameRoute('tag', 'tags');

    // The editor's topic suggestions (admin.js fills the field's datalist while the writer types).
    app.get(adminPaths.apiTopics(), {
      schema: { querystring: { type: 'object', required: ['q'], properties: { q: { type: 'string', minLength: 1, maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 50, default: 12 } } } },
    }, async (request) => {
      const { q, limit } = request.query as { q: string; limit: number };
      const topics = await suggestTopics(ports(), requirePrincipal(request).actor, q.trim(), limit);
      return { topics: topics.map((t) => ({ name: t.name, slug: t.slug, articleCount: t.articleCount })) };
    });

    app.post(adminPaths.createCategory(), {
      schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 1000 }, parentId: { type: 'string', maxLength: 20 }, description: { type: 'string', maxLength: 2000 } } } },
    }, async (request, reply) => {
      const principal = requirePermission(request, 'taxonomy.manage');
      const body = request.body as { name: string; parentId?: string; description?: string };
      const parentId = body.parentId && /^\d+$/.test(body.parentId) ? Number(body.parentId) : null;
      try {
        const entry = await createCategory(ports(), principal.actor, { parentId, name: body.name, description: body.description ?? null });
        const done = `Added the category “${entry.name}” (web address /categories/${entry.slug}/). Articles can be filed in it now.`;
        return reply.redirect(`${site.basePath}${adminPaths.taxonomy()}?${new URLSearchParams({ done })}`, 303);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
        const field = error.details?.[0]?.startsWith('parent') ? 'new-category-parent' : 'new-category-name';
        return page(request, reply, { errors: { [field]: message(error) }, newCategory: { name: body.name, parentId: body.parentId ?? '', description: body.description ?? '' } }, 422);
      }
    });
  };
}

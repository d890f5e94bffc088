import { renderDocument } from '../../views/render.js';
import { plural } from '../../views/format.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { Button, ErrorSummary, PostForm, SelectField, TextareaField, TextField } from './form-parts.js';
import { AdminPaging } from './paging.js';
import type { TaxonomyItem, TaxonomyPageData } from './view-models.js';

type Kind = 'topic' | 'category' | 'tag';
const RENAME_PATH: Record<Kind, (id: number) => string> = { topic: adminPaths.renameTopic, category: adminPaths.renameCategory, tag: adminPaths.renameTag };
/** Topics and categories have reader pages whose address an editor may change; tags keep theirs. */
const SLUG_PATH: Partial<Record<Kind, (id: number) => string>> = { topic: adminPaths.topicSlug, category: adminPaths.categorySlug };

/**
 * Topics, categories and tags for editors: rename any (names change everywhere, web addresses
 * stay), add a category. Topics and tags are many on a large site: a name filter and pages.
 */
export function renderTaxonomyPage(data: TaxonomyPageData): string {
  const { site } = data;
  return renderDocument(
    <AdminLayout site={site} title="Topics, categories & tags" user={data.user} csrfToken={data.csrfToken} current="taxonomy">
      <ErrorSummary errors={data.errors} />
      <PageHeading title="Topics, categories & tags" flash={data.flash} />
      <p>Renaming changes the name everywhere it is shown. Web addresses stay as they are, so links keep working; a renamed topic is still found in search by its old name.</p>
      <p>A topic or a category may get a new web address: its old address (and those of a category's subcategories and pages) then leads readers and search engines to the new one for good.</p>

      <form method="get" action={sitePath(site, adminPaths.taxonomy())} class="filters" role="search" aria-label="Find topics and tags">
        <TextField name="q" label="Find topics and tags by name" type="search" value={data.q} />
        <div class="filters__actions">
          <button type="submit" class="button button--primary">Find</button>
          {data.q && <a href={sitePath(site, adminPaths.taxonomy())}>Show all</a>}
        </div>
      </form>

      <TaxonomyTable data={data} kind="topic" caption="Topics" items={data.topics} />
      <AdminPaging site={site} path={adminPaths.taxonomy()} params={{ q: data.q || undefined }} page={data.page} pageCount={data.pageCount} total={data.topicsTotal} noun="topic" />
      <TaxonomyTable data={data} kind="tag" caption="Tags" items={data.tags} />
      <p class="field__hint">{plural(data.tagsTotal, 'tag')}{data.q ? ` named like “${data.q}”` : ''}, shown by the same pages as the topics.</p>
      <TaxonomyTable data={data} kind="category" caption="Categories" items={data.categories} />

      <section aria-labelledby="new-category-title">
        <h2 id="new-category-title">Add a category</h2>
        <PostForm site={site} action={adminPaths.createCategory()} csrfToken={data.csrfToken} class="editor" label="New category">
          <TextField name="name" id="f-new-category-name" label="Name" value={data.newCategory?.name} error={data.errors?.['new-category-name']} />
          <SelectField name="parentId" id="f-new-category-parent" label="Inside" value={data.newCategory?.parentId ?? ''} options={data.parentOptions} emptyLabel="(top level)" error={data.errors?.['new-category-parent']} />
          <TextareaField name="description" id="f-new-category-description" label="Description (optional)" hint="Shown at the top of the category's page." value={data.newCategory?.description ?? ''} rows={2} />
          <Button>Add the category</Button>
        </PostForm>
      </section>
    </AdminLayout>,
  );
}

function TaxonomyTable({ data, kind, caption, items }: { data: TaxonomyPageData; kind: Kind; caption: string; items: TaxonomyItem[] }) {
  const slugPath = SLUG_PATH[kind];
  return (
    <section aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`}>{caption}</h2>
      {items.length === 0 ? (
        <p class="empty">{data.q && kind !== 'category' ? `No ${kind} is named like “${data.q}”.` : 'None yet.'}</p>
      ) : (
        <div class="table-scroll">
          <table class="admin-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Published articles</th>
                <th scope="col">Rename</th>
                {slugPath && <th scope="col">Web address</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const key = `${kind}-${item.id}`;
                const path = [...item.parentPath, item.name].join(' › ');
                return (
                  <tr>
                    <th scope="row">{path}</th>
                    <td>{plural(item.articleCount, 'article')}</td>
                    <td>
                      <PostForm site={data.site} action={RENAME_PATH[kind](item.id)} csrfToken={data.csrfToken} class="inline-form">
                        <TextField name="name" id={`f-rename-${key}`} label={<>New name<span class="visually-hidden"> for {path}</span></>} value={data.typed?.[`rename-${key}`] ?? item.name} error={data.errors?.[`rename-${key}`]} />
                        <Button variant="secondary">Rename<span class="visually-hidden"> {path}</span></Button>
                      </PostForm>
                    </td>
                    {slugPath && (
                      <td>
                        <PostForm site={data.site} action={slugPath(item.id)} csrfToken={data.csrfToken} class="inline-form">
                          <TextField
                            name="slug"
                            id={`f-slug-${key}`}
                            label={<>New slug<span class="visually-hidden"> for {path}</span></>}
                            hint={<>Now <code>{`/${kind === 'topic' ? 'topics' : 'categories'}/${item.slug}`}</code>{kind === 'category' && item.slug.includes('/') ? '; the part after the parent\'s' : ''}</>}
                            value={data.typed?.[`slug-${key}`] ?? item.slug.slice(item.slug.lastIndexOf('/') + 1)}
                            error={data.errors?.[`slug-${key}`]}
                          />
                          <Button variant="secondary">Change address<span class="visually-hidden"> of {path}</span></Button>
                        </PostForm>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import { renderDocument } from '../../views/render.js';
import { plural } from '../../views/format.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { Button, ErrorSummary, PostForm, TextField } from './form-parts.js';
import type { TaxonomyItem, TaxonomyPageData } from './view-models.js';

export function renderTaxonomyPage(data: TaxonomyPageData): string {
  return renderDocument(
    <AdminLayout site={data.site} title="Topics & categories" user={data.user} csrfToken={data.csrfToken} current="taxonomy">
      <ErrorSummary errors={data.errors} prefix="rename" />
      <PageHeading title="Topics & categories" flash={data.flash} />
      <p>Renaming changes the name everywhere it is shown. Web addresses stay as they are, so links keep working.</p>
      <TaxonomyTable data={data} kind="topic" caption="Topics" items={data.topics} />
      <TaxonomyTable data={data} kind="category" caption="Categories" items={data.categories} />
    </AdminLayout>,
  );
}

function TaxonomyTable({ data, kind, caption, items }: { data: TaxonomyPageData; kind: 'topic' | 'category'; caption: string; items: TaxonomyItem[] }) {
  return (
    <section aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`}>{caption}</h2>
      {items.length === 0 ? (
        <p class="empty">None yet.</p>
      ) : (
        <div class="table-scroll">
          <table class="admin-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Articles</th>
                <th scope="col">Rename</th>
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
                      <PostForm
                        site={data.site}
                        action={kind === 'topic' ? adminPaths.renameTopic(item.id) : adminPaths.renameCategory(item.id)}
                        csrfToken={data.csrfToken}
                        class="inline-form"
                      >
                        <TextField name="name" id={`rename-${key}`} label={<>New name<span class="visually-hidden"> for {path}</span></>} value={item.name} error={data.errors?.[key]} />
                        <Button variant="secondary">Rename<span class="visually-hidden"> {path}</span></Button>
                      </PostForm>
                    </td>
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

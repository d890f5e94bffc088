import type { Loader } from './loader.js';

// Each loader's parsers load only when an import of that kind runs.
const loaders: Record<string, () => Promise<Loader>> = {
  medquad: async () => (await import('./medquad/medquad-loader.js')).medquadLoader,
  text: async () => (await import('./text-page.js')).textPageLoader,
  markdown: async () => (await import('./markdown-dir.js')).markdownDirLoader,
};

export const loaderKinds = Object.keys(loaders);

export function loaderFor(kind: string): Promise<Loader> {
  const load = loaders[kind];
  if (!load) throw new Error(`unknown kind "${kind}" (use ${loaderKinds.join(', ')})`);
  return load();
}

import type { Loader } from './loader.js';
import { markdownDirLoader } from './markdown-dir.js';
import { medquadLoader } from './medquad/medquad-loader.js';
import { textPageLoader } from './text-page.js';

export const loaders: Record<string, Loader> = {
  medquad: medquadLoader,
  text: textPageLoader,
  markdown: markdownDirLoader,
};

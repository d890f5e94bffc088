import { fileURLToPath } from 'node:url';

/**
 * Where the project's own files are on disk (URLs are built in content/paths.ts). The project
 * root is found from this file's place in both src/ (tests) and dist/src/ (builds).
 */
const here = fileURLToPath(new URL('.', import.meta.url));
export const projectRoot = here.includes('/dist/src/') || here.endsWith('/dist/src/')
  ? fileURLToPath(new URL('../../', import.meta.url))
  : fileURLToPath(new URL('../', import.meta.url));

export const publicDir = `${projectRoot}public`;
export const demoContentDir = `${projectRoot}content/demo`;
/** The demo's site pages and scheduled article, written through the newsroom (app/demo-governance.ts), not imported. */
export const demoNewsroomDir = `${projectRoot}content/demo-newsroom`;

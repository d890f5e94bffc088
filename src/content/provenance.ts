/**
 * Where an article came from, kept exactly as the source gave it. The provenance id is the
 * stable key for re-imports and for looking an article up from outside
 * (e.g. `medquad:3_GHR_QA/0000804#5`).
 */
export interface Provenance {
  id: string;
  sourceSite: string;
  sourceUrl: string | null;
  licence: string;
}

export function medquadProvenanceId(folder: string, fileName: string, pid: string): string {
  const base = fileName.replace(/\.xml$/i, '');
  return `medquad:${folder}/${base}#${pid}`;
}

export function looksLikeProvenanceId(value: string): boolean {
  return /^[a-z][a-z0-9-]*:/.test(value);
}

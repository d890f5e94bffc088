export function medquadProvenanceId(folder, fileName, pid) {
    const base = fileName.replace(/\.xml$/i, '');
    return `medquad:${folder}/${base}#${pid}`;
}
export function looksLikeProvenanceId(value) {
    return /^[a-z][a-z0-9-]*:/.test(value);
}
//# sourceMappingURL=provenance.js.map
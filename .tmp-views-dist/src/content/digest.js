import { createHash } from 'node:crypto';
/** A fingerprint of everything an import says about an article; equal digests mean "unchanged". */
export function articleDigest(input) {
    return createHash('sha256').update(JSON.stringify(input)).digest('base64url');
}
//# sourceMappingURL=digest.js.map
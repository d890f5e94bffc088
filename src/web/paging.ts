import { badRequest } from '../errors.js';

export const PAGE_SIZE = 20;
export const API_MAX_LIMIT = 100;

/** `?page=` as a whole number from 1; anything else is the reader's typo, answered with 400. */
export function parsePageNumber(raw: unknown): number {
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw badRequest(`page: "${String(raw)}" is not a page number`);
  return n;
}

export function parseLimitOffset(query: { limit?: unknown; offset?: unknown }): { limit: number; offset: number } {
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  const offset = query.offset === undefined ? 0 : Number(query.offset);
  if (!Number.isInteger(limit) || limit < 1 || limit > API_MAX_LIMIT) {
    throw badRequest(`limit: must be a whole number from 1 to ${API_MAX_LIMIT}`);
  }
  if (!Number.isInteger(offset) || offset < 0) throw badRequest('offset: must be a whole number from 0');
  return { limit, offset };
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

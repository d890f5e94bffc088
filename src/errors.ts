/**
 * The few error kinds the product raises on purpose, each with a stable code. The web layer maps
 * codes to HTTP statuses in one place (web/error-handling.ts); nothing branches on message text.
 */
export type ErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFIG_INVALID' | 'IMPORT_FAILED';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);
export const badRequest = (message: string): AppError => new AppError('BAD_REQUEST', message);

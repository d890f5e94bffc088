/**
 * The error catalogue: every error the product raises on purpose, each with a stable code and
 * the HTTP status it answers with. The web layer looks statuses up here (web/error-handling.ts);
 * nothing branches on message text. docs/errors.md describes each code (a test keeps it complete).
 */
export type ErrorCode = 'BAD_REQUEST' | 'NOT_FOUND' | 'RATE_LIMITED' | 'CONFIG_INVALID' | 'INTERNAL';

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  // Raised before any server listens; a request never sees it, but a code needs a status.
  CONFIG_INVALID: 500,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Each problem on its own, when there are several (every invalid setting, every invalid field). */
    readonly details?: readonly string[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);
export const badRequest = (message: string, details?: readonly string[]): AppError => new AppError('BAD_REQUEST', message, details);
export const rateLimited = (message: string): AppError => new AppError('RATE_LIMITED', message);

/** Every problem of a configuration at once, each naming where the value came from. */
export const configInvalid = (problems: readonly string[]): AppError =>
  new AppError('CONFIG_INVALID', `invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`, problems);

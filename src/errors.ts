/**
 * The error catalogue: every error the product raises on purpose, each with a stable code and
 * the HTTP status it answers with. The web layer looks statuses up here (web/error-handling.ts);
 * nothing branches on message text. docs/errors.md describes each code (a test keeps it complete).
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'EDIT_CONFLICT'
  | 'REVIEW_REQUIRED'
  | 'INVALID'
  | 'RATE_LIMITED'
  | 'CONFIG_INVALID'
  | 'INTERNAL';

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  EDIT_CONFLICT: 409,
  REVIEW_REQUIRED: 409,
  INVALID: 422,
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
/** Who is asking is unknown: no session, an expired one, a revoked token, a disabled user. */
export const unauthenticated = (message = 'sign in first'): AppError => new AppError('UNAUTHENTICATED', message);
/** Known, but the policy refuses: `permission` is the action (policy.ts), `reason` why. */
export const forbidden = (permission: string, reason: string): AppError => new AppError('FORBIDDEN', `${permission}: ${reason}`, [permission]);
/** Each invalid field as `field: reason`, all of them at once. */
export const invalid = (problems: readonly string[]): AppError => new AppError('INVALID', `invalid input: ${problems.join('; ')}`, problems);
export const rateLimited = (message: string): AppError => new AppError('RATE_LIMITED', message);

/** Every problem of a configuration at once, each naming where the value came from. */
export const configInvalid = (problems: readonly string[]): AppError =>
  new AppError('CONFIG_INVALID', `invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`, problems);

/** Every failure the API can report. The HTTP status of each lives in one table, at the edge. */
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rule_refused',
  'payload_too_large',
  'rate_limited',
  'locked',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  /** Where the problem is: a field path such as `email`, or `line 7` for an import row. */
  path: string;
  message: string;
}

/** The one error type of the domain. The core raises these; it never knows about HTTP. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const conflict = (message: string) => new AppError('conflict', message);
export const refused = (message: string, details: ErrorDetail[] = []) =>
  new AppError('rule_refused', message, details);
export const forbidden = (message = 'You do not have permission to do that') =>
  new AppError('forbidden', message);

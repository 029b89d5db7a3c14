import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorDetail } from '../core/errors/app-error.ts';

/** The one table from error code to HTTP status. */
export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 409,
  payload_too_large: 413,
  rule_refused: 422,
  rate_limited: 429,
};

export function errorBody(code: ErrorCode | string, message: string, details: ErrorDetail[] = []) {
  return { error: { code, message, details } };
}

/** Turns every thrown error into DESIGN.md's error shape; unknown errors never leak their text. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(STATUS_OF[error.code]).send(errorBody(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        path:
          issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || (error.validationContext ?? 'body'),
        message: issue.message ?? 'Invalid value',
      }));
      return reply
        .status(400)
        .send(
          errorBody('invalid_input', `The ${error.validationContext ?? 'request'} is not valid`, details),
        );
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(errorBody('payload_too_large', 'The request body is too large'));
    }
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send(errorBody('rate_limited', 'Too many attempts; wait a minute and try again'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(errorBody('invalid_input', error.message));
    }
    request.log.error(error);
    if (process.env.RAPPORT_DEBUG_ERRORS) console.error(error);
    return reply.status(500).send(errorBody('internal', 'Something went wrong on our side'));
  });
}

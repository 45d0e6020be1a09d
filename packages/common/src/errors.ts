import { GraphQLError } from 'graphql';

/**
 * Typed errors every subgraph throws. `extensions.code` is the contract clients branch on; messages
 * are bilingual because provincial operators read them. Never put personal data (ID numbers, names,
 * phones) in a message or in extensions: errors are logged and travel through the gateway.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ?? {}) } });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, details?: { field?: string; [key: string]: unknown }) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, key: string) {
    super('NOT_FOUND', `未找到${entity} / ${entity} not found: ${key}`, { entity });
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = '需要登录 / authentication required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}

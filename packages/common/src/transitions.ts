import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { BadUserInputError, ConflictError } from './errors';

export const MAX_REASON_LENGTH = 500;

/** A trimmed reason (why a step was taken), null when empty; refused when required and missing, or too long. */
export function readReason(reason: string | null | undefined, required: boolean): string | null {
  const text = reason?.trim() || null;
  if (required && !text) throw new BadUserInputError('须说明理由 / a reason is required for this step', { field: 'reason' });
  if (text && [...text].length > MAX_REASON_LENGTH) throw new BadUserInputError(`理由不能超过${MAX_REASON_LENGTH}字 / reason is longer than ${MAX_REASON_LENGTH} characters`, { field: 'reason' });
  return text;
}

/**
 * Updates a row only if it is still in the state it was read in (`expected` includes the old status),
 * so two callers moving the same record cannot both succeed; the loser gets CONFLICT.
 */
export async function updateIfUnchanged<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  expected: FindOptionsWhere<T>,
  changes: Partial<T>,
  what: string,
): Promise<void> {
  const result = await manager.update(entity, expected, changes as never);
  if (!result.affected) throw new ConflictError(`${what}已被他人修改，请刷新后重试 / it changed meanwhile; reload and retry`);
}

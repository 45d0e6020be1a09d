import { getProvince } from './registry';
import type { Citation } from './types';

/** Exam batch states, in workflow order. */
export const BATCH_STATES = ['DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'ATTENDANCE_CONFIRMED', 'PAID', 'IN_PROGRESS', 'SCORED', 'RESULTS_PUBLISHED'] as const;
export type BatchState = (typeof BATCH_STATES)[number] | 'REJECTED' | 'CANCELLED' | 'RESULTS_CANCELLED';

export interface BatchWorkflow {
  /** The forward states this province uses, in order. */
  states: (typeof BATCH_STATES)[number][];
  /** Why the province has each state that not every province has. */
  extraStates: { state: string; source: Citation }[];
}

const COMMON: BatchWorkflow['states'] = ['DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'SCORED', 'RESULTS_PUBLISHED'];

/**
 * The common states plus the ones the province's module adds, each in its place in BATCH_STATES order
 * (Liaoning adds attendance confirmation 三(三) 表注2 and payment before the exam 三(六); 表注3).
 */
export function batchWorkflow(province: string): BatchWorkflow {
  const extra = getProvince(province).workflowExtraStates ?? [];
  const wanted = new Set<string>([...COMMON, ...extra.map((e) => e.state)]);
  return { states: BATCH_STATES.filter((s) => wanted.has(s)), extraStates: extra };
}

/** Forward moves plus rejection (during review) and cancellation (before the exam starts). */
export function allowedBatchMoves(province: string, from: BatchState): BatchState[] {
  const { states } = batchWorkflow(province);
  const i = states.indexOf(from as (typeof states)[number]);
  if (i < 0) return [];
  const moves: BatchState[] = i + 1 < states.length ? [states[i + 1]] : [];
  if (from === 'DECLARED' || from === 'UNDER_REVIEW') moves.push('REJECTED');
  if (states.indexOf('IN_PROGRESS') > i) moves.push('CANCELLED');
  // Published results can still be cancelled for serious violations (certificate rules: cancellation).
  if (from === 'RESULTS_PUBLISHED') moves.push('RESULTS_CANCELLED');
  return moves;
}

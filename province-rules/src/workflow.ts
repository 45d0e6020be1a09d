import { getProvince } from './registry';
import { cite } from './sources';
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
 * Liaoning adds attendance confirmation (参考确认, the fee basis, 三(三) 表注2) and payment before the
 * exam (三(六); 表注3). The others go from the approved roster straight to the exam.
 */
export function batchWorkflow(province: string): BatchWorkflow {
  getProvince(province);
  if (province === 'LIAONING') {
    return {
      states: ['DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'ATTENDANCE_CONFIRMED', 'PAID', 'IN_PROGRESS', 'SCORED', 'RESULTS_PUBLISHED'],
      extraStates: [
        { state: 'ATTENDANCE_CONFIRMED', source: cite('LIAONING_SPECIAL', '三(三) 表注2', '参考确认即实际参加考核的确认数据，将此作为考核缴费依据') },
        { state: 'PAID', source: cite('LIAONING_SPECIAL', '三(三) 表注3; 三(六)', '机构缴费应在参考确认后至考核实施前完成，逾期未完成缴费的，相应机构将不予考核') },
      ],
    };
  }
  return { states: COMMON, extraStates: [] };
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

import { blindIndex } from '@skillfed/common';
import { ageOn, checkResidentId, priorityGroupRefusal } from '@skillfed/province-rules';
import { minimumAge } from './declaration.service';
import type { ExamBatch } from './exam-batch.entity';
import type { PriorityGroup } from './exam-batch.enums';

/**
 * The most candidates one batch holds. No notice caps a batch; the site's workstations cap it at
 * declaration (declarationCheck). This bound keeps `ExamBatch.candidates`, a plain list, bounded while
 * a batch is still a draft, and is far above any site's workstations in the notices.
 */
export const MAX_CANDIDATES_PER_BATCH = 1000;

const MOBILE = /^1[3-9]\d{9}$/;

export type CandidateField = 'name' | 'residentId' | 'phone' | 'priorityGroup' | 'projectId';

export interface CandidateProblem {
  field: CandidateField;
  /** Bilingual, for the person who fixes the row; never contains the personal data itself. */
  reason: string;
}

export interface CandidateFields {
  name: string;
  residentId: string;
  phone: string;
  priorityGroup: PriorityGroup;
  projectId: string;
}

/** A candidate that passed every check: normalised values ready to store (sealed by the entity's columns). */
export interface CheckedCandidate extends CandidateFields {
  residentIdBidx: string;
}

/**
 * Every check one candidate must pass before it joins a batch, in the order addCandidate reports them:
 * the resident ID's format and check digit, the province's minimum age on the first exam day, a mainland
 * mobile number, the batch's project, a priority group only where the province's rules have them, a
 * name of 1-50 characters. All problems are returned (a bulk import lists them all); the single-candidate
 * path throws the first. Duplicates need the database and are checked by the callers.
 */
export function checkCandidate(batch: Pick<ExamBatch, 'province' | 'startDate' | 'projectId'>, input: CandidateFields): { problems: CandidateProblem[]; candidate: CheckedCandidate | null } {
  const problems: CandidateProblem[] = [];
  const id = checkResidentId(input.residentId.trim());
  if (!id.valid) problems.push({ field: 'residentId', reason: `身份证号无效：${id.reason}` });
  else {
    const min = minimumAge(batch.province);
    if (min !== null && ageOn(id.birthDate!, batch.startDate) < min) {
      problems.push({ field: 'residentId', reason: `考生在考核首日（${batch.startDate}）未满${min}周岁（达到法定劳动年龄方可申报）/ under ${min} on the first exam day` });
    }
  }
  const phone = input.phone.replace(/\s+/g, '');
  if (!MOBILE.test(phone)) problems.push({ field: 'phone', reason: '手机号应为11位 / phone must be a mainland mobile number' });
  if (input.projectId !== batch.projectId) problems.push({ field: 'projectId', reason: '考生报考项目须为本批次项目 / the project must be the batch\'s' });
  const noPriorityGroups = input.priorityGroup !== 'NONE' ? priorityGroupRefusal(batch.province) : null;
  if (noPriorityGroups) problems.push({ field: 'priorityGroup', reason: noPriorityGroups });
  const name = input.name.trim();
  if (!name || [...name].length > 50) problems.push({ field: 'name', reason: '姓名须为1-50字 / name must be 1-50 characters' });
  if (problems.length) return { problems, candidate: null };
  return { problems, candidate: { name, residentId: id.id!, residentIdBidx: blindIndex('resident-id', id.id!), phone, priorityGroup: input.priorityGroup, projectId: input.projectId } };
}

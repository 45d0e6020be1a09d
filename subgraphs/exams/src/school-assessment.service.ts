import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  blindIndex,
  cityCovers,
  inTransaction,
  readReason,
  recordAudit,
  todayInChina,
  updateIfUnchanged,
  type Caller,
  type SubgraphContext,
} from '@skillfed/common';
import {
  RuleInputError,
  addDays,
  addMonths,
  assessmentPassMark,
  assessmentPasses,
  assessmentScoreProblem,
  checkResidentId,
  excludedOccupationRefusal,
  occupationLevelRefusal,
  retentionRule,
  schoolAssessmentRules,
  trackActivityRefusal,
  type AssessmentSubject,
} from '@skillfed/province-rules';
import { In } from 'typeorm';
import type { Loaders } from './exam-batch.loader';
import { ExcludedOccupation, SchoolAssessment, SchoolAssessmentRecord, SchoolCandidate, type AssessmentMethod, type SchoolAssessmentStatus } from './school-assessment.entity';

type Ctx = SubgraphContext<Loaders>;

/** What the institutions subgraph says about a school (asked as the caller). */
export interface SchoolFacts {
  id: string;
  name: string;
  province: string;
  cityCode: string;
  kind: string;
  track: string;
  filingStatus: string;
  filedOn: string | null;
  filingValidUntil: string | null;
  scope: { occupations: { code: string; name: string; workType: string | null; levelHighest: number; levelLowest: number }[] };
}

export async function schoolFacts(ctx: Ctx, institutionId: string): Promise<SchoolFacts | null> {
  const data = await ctx.peers.institutions.query<{ _entities: (SchoolFacts | null)[] }>(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id name province cityCode kind track filingStatus filedOn filingValidUntil scope { occupations { code name workType levelHighest levelLowest } } } } }',
    { r: [{ __typename: 'Institution', id: institutionId }] },
    ctx.caller,
    ctx.requestId,
  );
  return data._entities[0] ?? null;
}

/** Rule errors from province-rules become BAD_USER_INPUT naming the field. */
function rule<T>(field: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RuleInputError) throw new BadUserInputError(error.message, { field });
    throw error;
  }
}

/** Only the school's own operators act for the school (二(四): it assesses its own students). */
export function assertSchoolStaff(caller: Caller, institutionId: string): void {
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  if (caller.role !== 'INSTITUTION_STAFF' || caller.institutionId !== institutionId) {
    throw new ForbiddenError('只有本校经办人可办理本校的职业技能等级认定（面向本院校学生；谁评价、谁发证、谁负责）/ only the school\'s own staff act for the school');
  }
}

/** Who may read an assessment: the school, its city's centre, its province, national administrators. */
export function canReadAssessment(caller: Caller, a: Pick<SchoolAssessment, 'province' | 'cityCode' | 'institutionId'>): boolean {
  switch (caller.role) {
    case 'NATIONAL_ADMIN':
      return true;
    case 'PROVINCE_OPERATOR':
      return caller.provinces.includes(a.province);
    case 'CITY_OPERATOR':
      return caller.provinces.includes(a.province) && cityCovers(caller.cityCodes, a.cityCode);
    case 'INSTITUTION_STAFF':
      return caller.institutionId === a.institutionId;
    default:
      return false;
  }
}

export function assertCanRead(caller: Caller, a: SchoolAssessment): void {
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  if (!canReadAssessment(caller, a)) throw new ForbiddenError('无权查看该认定 / not allowed to see this assessment');
}

export async function loadAssessment(ctx: Ctx, id: string): Promise<SchoolAssessment> {
  const a = await ctx.db.getRepository(SchoolAssessment).findOneBy({ id });
  if (!a) throw new NotFoundError('职业技能等级认定 school assessment', id);
  return a;
}

export interface CreateAssessmentFacts {
  /** Seeds only (stable demo ids); the GraphQL input has no id. */
  id?: string;
  institutionId: string;
  occupationCode: string;
  workType?: string | null;
  level: number;
  method: AssessmentMethod;
  assessedOn: string;
  passMark?: number | null;
  workPlanReference: string;
}

function text(field: string, label: string, value: string | null | undefined, max: number): string {
  const v = value?.trim() ?? '';
  if (!v || [...v].length > max) throw new BadUserInputError(`${label}须为1-${max}个字符 / ${field} must be 1-${max} characters`, { field });
  return v;
}

/**
 * A school opens an assessment for one occupation (工种) and level: within its filed scope (二(三),
 * 四(二)), during its filing's term, not a 准入类 occupation (二(一)), by a method the notice names (三(二)).
 */
export async function createAssessment(ctx: Ctx, input: CreateAssessmentFacts): Promise<SchoolAssessment> {
  assertSchoolStaff(ctx.caller, input.institutionId);
  const school = await schoolFacts(ctx, input.institutionId);
  if (!school) throw new NotFoundError('机构 institution', input.institutionId);
  if (!ctx.caller.provinces.includes(school.province)) throw new ForbiddenError('机构不在令牌的省份 / the institution is in another province');
  const { rules, track } = rule('institutionId', () => schoolAssessmentRules(school.province));
  const mismatch = trackActivityRefusal(school.province, school.track, track);
  if (mismatch) throw new BadUserInputError(mismatch.reason, { field: 'institutionId', reason: 'TRACK_MISMATCH', source: { document: mismatch.source.document, section: mismatch.source.section } });
  if (school.filingStatus !== 'FILED') throw new ConflictError(`备案状态为${school.filingStatus}，已备案且在有效期内方可开展认定 / the filing is ${school.filingStatus}`, { reason: 'NOT_FILED', filingStatus: school.filingStatus });
  if ((school.filedOn && input.assessedOn < school.filedOn) || (school.filingValidUntil && input.assessedOn > school.filingValidUntil)) {
    throw new BadUserInputError(`认定日期须在资质有效期内（${school.filedOn}至${school.filingValidUntil}；${rules.filingExtension.source.document} ${rules.filingExtension.source.section}）/ assessedOn is outside the filing's term`, { field: 'assessedOn', reason: 'OUTSIDE_TERM' });
  }
  if (!(rules.methods.value ?? []).includes(input.method)) throw new BadUserInputError(`评价方式须为${(rules.methods.value ?? []).join('、')} / method not allowed`, { field: 'method' });
  const kindRefusal = occupationLevelRefusal(school.province, school.kind, input.level);
  if (kindRefusal) throw new BadUserInputError(kindRefusal, { field: 'level', reason: 'LEVEL_OUTSIDE_SCHOOL_KIND' });
  const code = text('occupationCode', '职业编码', input.occupationCode, 20);
  const workType = input.workType?.trim() || null;
  const candidates = school.scope.occupations.filter((o) => o.code === code && (workType === null || o.workType === workType));
  if (candidates.length > 1) throw new BadUserInputError('该职业备案了多个工种，须写明工种 / name the work type', { field: 'workType' });
  const scoped = candidates[0];
  if (!scoped) throw new BadUserInputError(`职业（工种）${code}${workType ? `（${workType}）` : ''}不在本校备案范围内（${rules.filingExtension.source.document}）/ the occupation is outside the school's filed scope`, { field: 'occupationCode', reason: 'OUTSIDE_SCOPE' });
  if (input.level < scoped.levelHighest || input.level > scoped.levelLowest) {
    throw new BadUserInputError(`${scoped.name}备案等级为${scoped.levelHighest}-${scoped.levelLowest}级，不含${input.level}级（${rules.filingExtension.source.document}）/ the level is outside the filed range`, { field: 'level', reason: 'OUTSIDE_SCOPE' });
  }
  const excluded = await ctx.db.getRepository(ExcludedOccupation).findOneBy({ province: school.province, occupationCode: code });
  if (excluded) throw new BadUserInputError(excludedOccupationRefusal(school.province, excluded.category) ?? '准入类职业不纳入认定', { field: 'occupationCode', reason: 'EXCLUDED_OCCUPATION' });
  let passMark: number | null = null;
  if (input.method === 'EXAM') passMark = rule('passMark', () => assessmentPassMark(school.province, input.passMark)).passMark;
  else if (input.passMark !== null && input.passMark !== undefined) throw new BadUserInputError('竞赛选拔按竞赛成绩直接认定，不设合格线 / a competition recognition has no pass mark', { field: 'passMark' });
  const workPlanReference = text('workPlanReference', '工作方案', input.workPlanReference, 300);
  const now = new Date();
  const row: SchoolAssessment = Object.assign(new SchoolAssessment(), {
    id: input.id ?? crypto.randomUUID(),
    province: school.province,
    institutionId: school.id,
    cityCode: school.cityCode,
    schoolKind: school.kind,
    occupationCode: code,
    occupationName: scoped.name,
    workType: scoped.workType,
    level: input.level,
    method: input.method,
    passMark,
    workPlanReference,
    assessedOn: input.assessedOn,
    status: 'DRAFT' as SchoolAssessmentStatus,
    candidateCount: 0,
    passedCount: null,
    reportedOn: null,
    reviewedOn: null,
    reviewedBy: null,
    reviewReason: null,
    issuedOn: null,
    createdBy: ctx.caller.subject,
    createdAt: now,
    updatedAt: now,
  });
  return inTransaction(ctx.db, async (manager) => {
    await manager.insert(SchoolAssessment, row);
    await recordAudit(manager, ctx, { action: 'createSchoolAssessment', targetType: 'SchoolAssessment', targetId: row.id, province: row.province });
    return row;
  });
}

export interface CandidateFacts {
  /** Seeds only (stable demo ids); the GraphQL input has no id. */
  id?: string;
  name: string;
  residentId: string;
  studentNumber: string;
  theoryScore?: number | null;
  practicalScore?: number | null;
  competitionName?: string | null;
  competitionRank?: number | null;
  competitionEvidence?: string | null;
}

export const MAX_CANDIDATES_PER_CALL = 500;

/** The school's students with their results, all or none, while the assessment is a draft or returned. */
export async function addCandidates(ctx: Ctx, id: string, inputs: CandidateFacts[]): Promise<SchoolAssessment> {
  const a = await loadAssessment(ctx, id);
  assertSchoolStaff(ctx.caller, a.institutionId);
  if (a.status !== 'DRAFT' && a.status !== 'RETURNED') throw new ConflictError(`认定状态为${a.status}，只能在录入中或退回后登记考生 / candidates are added while DRAFT or RETURNED`, { status: a.status });
  if (inputs.length < 1 || inputs.length > MAX_CANDIDATES_PER_CALL) throw new BadUserInputError(`每次登记1-${MAX_CANDIDATES_PER_CALL}人 / 1-${MAX_CANDIDATES_PER_CALL} candidates per call`, { field: 'candidates' });
  const rows: SchoolCandidate[] = [];
  const seen = new Set<string>();
  inputs.forEach((c, i) => {
    const at = (f: string) => `candidates[${i}].${f}`;
    const name = text(at('name'), '姓名', c.name, 50);
    const check = checkResidentId(c.residentId?.trim().toUpperCase() ?? '');
    if (!check.valid) throw new BadUserInputError(`第${i + 1}人身份证号无效：${check.reason}`, { field: at('residentId') });
    const bidx = blindIndex('resident-id', check.id!);
    if (seen.has(bidx)) throw new ConflictError(`第${i + 1}人在本次名单中重复 / the same person twice`, { field: at('residentId') });
    seen.add(bidx);
    const studentNumber = text(at('studentNumber'), '学籍号', c.studentNumber, 40);
    const competition = [c.competitionName, c.competitionRank, c.competitionEvidence].some((v) => v !== null && v !== undefined && v !== '');
    let theoryScore: number | null = null;
    let practicalScore: number | null = null;
    let competitionName: string | null = null;
    let competitionRank: number | null = null;
    let competitionEvidence: string | null = null;
    if (a.method === 'EXAM') {
      if (competition) throw new BadUserInputError('考核测评不填竞赛信息 / an exam assessment takes scores, not competition results', { field: at('competitionName') });
      for (const [field, value] of [['theoryScore', c.theoryScore], ['practicalScore', c.practicalScore]] as const) {
        if (value === null || value === undefined) continue;
        const problem = assessmentScoreProblem(a.province, value);
        if (problem) throw new BadUserInputError(`第${i + 1}人：${problem}`, { field: at(field) });
      }
      theoryScore = c.theoryScore ?? null;
      practicalScore = c.practicalScore ?? null;
    } else {
      if ((c.theoryScore ?? null) !== null || (c.practicalScore ?? null) !== null) throw new BadUserInputError('竞赛选拔按竞赛成绩直接认定，不填考试成绩 / a competition recognition takes no scores', { field: at('theoryScore') });
      competitionName = text(at('competitionName'), '竞赛名称', c.competitionName, 200);
      if (!Number.isInteger(c.competitionRank) || (c.competitionRank as number) < 1) throw new BadUserInputError('竞赛名次须为正整数 / competitionRank must be a positive integer', { field: at('competitionRank') });
      competitionRank = c.competitionRank as number;
      competitionEvidence = text(at('competitionEvidence'), '获奖证明', c.competitionEvidence, 300);
    }
    rows.push(Object.assign(new SchoolCandidate(), { id: c.id ?? crypto.randomUUID(), assessmentId: id, name, residentId: check.id!, residentIdBidx: bidx, studentNumber, theoryScore, practicalScore, competitionName, competitionRank, competitionEvidence, passed: null, certificateIssuedOn: null }));
  });
  return inTransaction(ctx.db, async (manager) => {
    const existing = await manager.find(SchoolCandidate, { where: { assessmentId: id, residentIdBidx: In([...seen]) }, select: { id: true } as never });
    if (existing.length) throw new ConflictError(`${existing.length}人已在本次认定中登记 / already registered in this assessment`, { reason: 'DUPLICATE_CANDIDATE' });
    for (let i = 0; i < rows.length; i += 100) await manager.insert(SchoolCandidate, rows.slice(i, i + 100));
    const count = await manager.countBy(SchoolCandidate, { assessmentId: id });
    await updateIfUnchanged(manager, SchoolAssessment, { id, status: a.status }, { candidateCount: count, updatedAt: new Date() }, '认定状态');
    await recordAudit(manager, ctx, { action: 'addSchoolAssessmentCandidates', targetType: 'SchoolAssessment', targetId: id, province: a.province });
    return manager.findOneByOrFail(SchoolAssessment, { id });
  });
}

/**
 * The school reports the results to its city's centre (四(四)1): passing is decided now, by every
 * exam subject reaching the work plan's mark, or by the recorded competition result.
 */
export async function reportAssessment(ctx: Ctx, id: string, reportedOn: string | null): Promise<SchoolAssessment> {
  const a = await loadAssessment(ctx, id);
  assertSchoolStaff(ctx.caller, a.institutionId);
  if (a.status !== 'DRAFT' && a.status !== 'RETURNED') throw new ConflictError(`认定状态为${a.status}，不能上报 / only a DRAFT or RETURNED assessment is reported`, { status: a.status });
  if (a.candidateCount === 0) throw new ConflictError('尚未登记考生 / no candidates');
  const on = reportedOn ?? todayInChina();
  if (on < a.assessedOn) throw new BadUserInputError('上报日期不能早于认定日期 / reportedOn is before assessedOn', { field: 'reportedOn' });
  const { rules } = schoolAssessmentRules(a.province);
  const subjects = (rules.examSubjects.value ?? []) as AssessmentSubject[];
  return inTransaction(ctx.db, async (manager) => {
    const candidates = await manager.find(SchoolCandidate, { where: { assessmentId: id }, select: { id: true, theoryScore: true, practicalScore: true, competitionRank: true } as never });
    const passed = candidates.filter((c) => (a.method === 'COMPETITION' ? c.competitionRank !== null : assessmentPasses(a.passMark!, { THEORY: c.theoryScore, PRACTICAL: c.practicalScore }, subjects))).map((c) => c.id);
    const failed = candidates.map((c) => c.id).filter((cid) => !passed.includes(cid));
    for (const [ids, value] of [[passed, true], [failed, false]] as const) {
      for (let i = 0; i < ids.length; i += 500) await manager.update(SchoolCandidate, { id: In(ids.slice(i, i + 500)) }, { passed: value });
    }
    await updateIfUnchanged(manager, SchoolAssessment, { id, status: a.status }, { status: 'REPORTED', reportedOn: on, passedCount: passed.length, reviewedOn: null, reviewedBy: null, updatedAt: new Date() }, '认定状态');
    await recordAudit(manager, ctx, { action: 'reportSchoolAssessment', targetType: 'SchoolAssessment', targetId: id, province: a.province });
    return manager.findOneByOrFail(SchoolAssessment, { id });
  });
}

/** The city's public employment service centre approves or returns reported results (四(四)1). */
export async function reviewAssessment(ctx: Ctx, id: string, approve: boolean, reason: string | null, reviewedOn: string | null): Promise<SchoolAssessment> {
  const a = await loadAssessment(ctx, id);
  const { caller } = ctx;
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  const reviewer = schoolAssessmentRules(a.province).rules.review;
  if (caller.role !== 'CITY_OPERATOR' || !caller.provinces.includes(a.province) || !cityCovers(caller.cityCodes, a.cityCode)) {
    throw new ForbiddenError(`认定结果由学校所在市的${reviewer.value?.body ?? '公共就业服务机构'}审核（${reviewer.source.document} ${reviewer.source.section}）：CITY_OPERATOR（市代码 ${a.cityCode.slice(0, 4)}00）/ the school's city centre reviews`);
  }
  if (a.status !== 'REPORTED') throw new ConflictError(`认定状态为${a.status}，只能审核已上报的结果 / only REPORTED results are reviewed`, { status: a.status });
  const why = readReason(reason, !approve);
  const on = reviewedOn ?? todayInChina();
  if (a.reportedOn && on < a.reportedOn) throw new BadUserInputError('审核日期不能早于上报日期 / reviewedOn is before reportedOn', { field: 'reviewedOn' });
  return inTransaction(ctx.db, async (manager) => {
    await updateIfUnchanged(manager, SchoolAssessment, { id, status: 'REPORTED' }, { status: approve ? 'APPROVED' : 'RETURNED', reviewedOn: on, reviewedBy: caller.subject, reviewReason: why, updatedAt: new Date() }, '认定状态');
    await recordAudit(manager, ctx, { action: approve ? 'approveSchoolAssessment' : 'returnSchoolAssessment', targetType: 'SchoolAssessment', targetId: id, province: a.province });
    return manager.findOneByOrFail(SchoolAssessment, { id });
  });
}

/** Called by the certificates subgraph after the school issued: marks the holders; idempotent. */
export async function recordIssued(ctx: Ctx, id: string, on: string): Promise<boolean> {
  const a = await loadAssessment(ctx, id);
  assertSchoolStaff(ctx.caller, a.institutionId);
  if (a.status === 'ISSUED') return true;
  if (a.status !== 'APPROVED') throw new ConflictError(`认定状态为${a.status}，审核通过后方可发证 / only APPROVED results are issued`, { status: a.status });
  return inTransaction(ctx.db, async (manager) => {
    await updateIfUnchanged(manager, SchoolAssessment, { id, status: 'APPROVED' }, { status: 'ISSUED', issuedOn: on, updatedAt: new Date() }, '认定状态');
    await manager.update(SchoolCandidate, { assessmentId: id, passed: true }, { certificateIssuedOn: on });
    await recordAudit(manager, ctx, { action: 'recordSchoolCertificatesIssued', targetType: 'SchoolAssessment', targetId: id, province: a.province });
    return true;
  });
}

/** A record kept by the school: keep-until from the track's retention rule (四(四)4), counted from the day archived. */
export async function archiveRecord(ctx: Ctx, id: string, medium: 'PAPER' | 'ELECTRONIC', description: string, location: string, archivedOn: string | null): Promise<SchoolAssessmentRecord> {
  const a = await loadAssessment(ctx, id);
  assertSchoolStaff(ctx.caller, a.institutionId);
  const { track } = schoolAssessmentRules(a.province);
  const r = retentionRule(a.province, medium, track);
  if (r.value === null) throw new ConflictError(`${r.source.document}未规定${medium}资料保存期限 / no retention period stated`);
  const on = archivedOn ?? todayInChina();
  if (on < a.assessedOn) throw new BadUserInputError('归档日期不能早于认定日期 / archivedOn is before assessedOn', { field: 'archivedOn' });
  const row = Object.assign(new SchoolAssessmentRecord(), {
    id: crypto.randomUUID(),
    assessmentId: id,
    province: a.province,
    institutionId: a.institutionId,
    cityCode: a.cityCode,
    medium,
    description: text('description', '资料内容', description, 300),
    location: text('location', '存放地点', location, 300),
    archivedOn: on,
    // "不少于N年": kept through the day before the same date N years on.
    retainUntil: addDays(addMonths(on, r.value), -1),
    basis: `${r.source.document} ${r.source.section}：不少于${r.value}个月（自归档日起计）`,
  });
  return inTransaction(ctx.db, async (manager) => {
    await manager.insert(SchoolAssessmentRecord, row);
    await recordAudit(manager, ctx, { action: 'archiveSchoolAssessmentRecord', targetType: 'SchoolAssessment', targetId: id, province: a.province });
    return row;
  });
}

export interface ResultCorrection {
  theoryScore?: number | null;
  practicalScore?: number | null;
  competitionName?: string | null;
  competitionRank?: number | null;
  competitionEvidence?: string | null;
  reason: string;
}

/**
 * A student's result corrected before the results go (again) to the city: while DRAFT or RETURNED only;
 * the reason is kept in the audit trail. Passing is decided again when the assessment is reported.
 */
export async function correctResult(ctx: Ctx, candidateId: string, input: ResultCorrection): Promise<SchoolCandidate> {
  const candidate = await ctx.db.getRepository(SchoolCandidate).findOneBy({ id: candidateId });
  if (!candidate) throw new NotFoundError('认定考生 candidate', candidateId);
  const a = await loadAssessment(ctx, candidate.assessmentId);
  assertSchoolStaff(ctx.caller, a.institutionId);
  if (a.status !== 'DRAFT' && a.status !== 'RETURNED') throw new ConflictError(`认定状态为${a.status}，只能在录入中或退回后更正成绩 / results are corrected while DRAFT or RETURNED`, { status: a.status });
  readReason(input.reason, true);
  const changes: Partial<SchoolCandidate> = {};
  if (a.method === 'EXAM') {
    for (const field of ['theoryScore', 'practicalScore'] as const) {
      const value = input[field];
      if (value === undefined) continue;
      if (value !== null) {
        const problem = assessmentScoreProblem(a.province, value);
        if (problem) throw new BadUserInputError(problem, { field });
      }
      changes[field] = value;
    }
    if ([input.competitionName, input.competitionRank, input.competitionEvidence].some((v) => v !== undefined && v !== null)) throw new BadUserInputError('考核测评不填竞赛信息 / an exam assessment takes scores', { field: 'competitionName' });
  } else {
    if ((input.theoryScore ?? null) !== null || (input.practicalScore ?? null) !== null) throw new BadUserInputError('竞赛选拔不填考试成绩 / a competition recognition takes no scores', { field: 'theoryScore' });
    if (input.competitionName !== undefined) changes.competitionName = text('competitionName', '竞赛名称', input.competitionName, 200);
    if (input.competitionRank !== undefined) {
      if (!Number.isInteger(input.competitionRank) || (input.competitionRank as number) < 1) throw new BadUserInputError('竞赛名次须为正整数 / competitionRank must be a positive integer', { field: 'competitionRank' });
      changes.competitionRank = input.competitionRank as number;
    }
    if (input.competitionEvidence !== undefined) changes.competitionEvidence = text('competitionEvidence', '获奖证明', input.competitionEvidence, 300);
  }
  if (!Object.keys(changes).length) throw new BadUserInputError('没有需要更正的内容 / nothing to correct', { field: 'input' });
  return inTransaction(ctx.db, async (manager) => {
    await manager.update(SchoolCandidate, { id: candidateId }, { ...changes, passed: null });
    await updateIfUnchanged(manager, SchoolAssessment, { id: a.id, status: a.status }, { updatedAt: new Date() }, '认定状态');
    await recordAudit(manager, ctx, { action: 'correctSchoolCandidateResult', targetType: 'SchoolCandidate', targetId: candidateId, province: a.province, detail: Object.keys(changes).join(',') });
    return manager.findOneByOrFail(SchoolCandidate, { id: candidateId });
  });
}

/** A student entered by mistake (not the school's, or the wrong assessment) is withdrawn before reporting. */
export async function withdrawCandidate(ctx: Ctx, candidateId: string, reason: string): Promise<SchoolAssessment> {
  const candidate = await ctx.db.getRepository(SchoolCandidate).findOneBy({ id: candidateId });
  if (!candidate) throw new NotFoundError('认定考生 candidate', candidateId);
  const a = await loadAssessment(ctx, candidate.assessmentId);
  assertSchoolStaff(ctx.caller, a.institutionId);
  if (a.status !== 'DRAFT' && a.status !== 'RETURNED') throw new ConflictError(`认定状态为${a.status}，只能在录入中或退回后撤回考生 / candidates are withdrawn while DRAFT or RETURNED`, { status: a.status });
  readReason(reason, true);
  return inTransaction(ctx.db, async (manager) => {
    await manager.delete(SchoolCandidate, { id: candidateId });
    const count = await manager.countBy(SchoolCandidate, { assessmentId: a.id });
    await updateIfUnchanged(manager, SchoolAssessment, { id: a.id, status: a.status }, { candidateCount: count, updatedAt: new Date() }, '认定状态');
    await recordAudit(manager, ctx, { action: 'withdrawSchoolCandidate', targetType: 'SchoolCandidate', targetId: candidateId, province: a.province });
    return manager.findOneByOrFail(SchoolAssessment, { id: a.id });
  });
}

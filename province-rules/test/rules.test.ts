import { describe, expect, it } from 'vitest';
import {
  compareProvinceRules,
  deadlineRule,
  dueDate,
  listProvinces,
  requiredExaminers,
  retainUntil,
  retentionRule,
  trackRules,
  type DeadlineKind,
  type RecordKind,
  type Track,
} from '../src';
import { readSeed } from './seeds';

const SEEDS: Record<string, string> = {
  '000_be377803e45a90ae.txt': readSeed('000_be377803e45a90ae.txt'),
  '001_b2a4f6fe6a0064a5.txt': readSeed('001_b2a4f6fe6a0064a5.txt'),
  '002_43331e755dba7571.txt': readSeed('002_43331e755dba7571.txt'),
  '003_f29e80c751188933.txt': readSeed('003_f29e80c751188933.txt'),
  '004_469aab12e320b3cf.txt': readSeed('004_469aab12e320b3cf.txt'),
};
const squash = (text: string) => text.replace(/[\s，,。、；;：:“”"（）()《》<>…]/g, '');

describe('archive retention (months from the exam date)', () => {
  it.each<[string, Track, RecordKind, number | null]>([
    ['LIAONING', 'SPECIAL_ABILITY', 'VIDEO', 12],
    ['LIAONING', 'SPECIAL_ABILITY', 'PAPER', null],
    ['LIAONING', 'SKILL_LEVEL', 'PAPER', 36],
    ['LIAONING', 'SKILL_LEVEL', 'ELECTRONIC', 60],
    ['SHANDONG', 'SPECIAL_ABILITY', 'PAPER', 24],
    ['SHANDONG', 'SPECIAL_ABILITY', 'ELECTRONIC', 24],
    ['SHANDONG', 'SPECIAL_ABILITY', 'VIDEO', 6],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', 'VIDEO', 36],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', 'PAPER', 36],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', 'ELECTRONIC', 36],
    ['JIANGSU', 'SPECIAL_ABILITY', 'VIDEO', null],
    ['JIANGSU', 'SPECIAL_ABILITY', 'PAPER', null],
    ['JIANGSU', 'SPECIAL_ABILITY', 'ELECTRONIC', null],
  ])('%s %s %s: %s', (province, track, kind, months) => {
    const rule = retentionRule(province, kind, track);
    expect(rule.value).toBe(months);
    expect(rule.stated).toBe(months !== null);
  });

  it.each<[string, Track, RecordKind, string, string | null]>([
    ['LIAONING', 'SPECIAL_ABILITY', 'VIDEO', '2023-06-24', '2024-06-24'],
    ['LIAONING', 'SKILL_LEVEL', 'ELECTRONIC', '2024-02-29', '2029-02-28'],
    ['SHANDONG', 'SPECIAL_ABILITY', 'VIDEO', '2024-08-31', '2025-02-28'],
    ['SHANDONG', 'SPECIAL_ABILITY', 'PAPER', '2024-04-13', '2026-04-13'],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', 'VIDEO', '2024-03-16', '2027-03-16'],
    ['JIANGSU', 'SPECIAL_ABILITY', 'PAPER', '2024-06-15', null],
  ])('retainUntil(%s, %s, %s, %s) = %s', (province, track, kind, examDate, until) => {
    expect(retainUntil(province, track, kind, examDate).date).toBe(until);
  });
});

describe('examiner panels', () => {
  it.each<[string, number, number, number | null, number | null, boolean | null, boolean]>([
    ['GUANGDONG_SHAOGUAN', 1, 3, 3, 10, true, true],
    ['GUANGDONG_SHAOGUAN', 30, 3, 3, 10, true, true],
    ['GUANGDONG_SHAOGUAN', 31, 4, 3, 10, true, true],
    ['GUANGDONG_SHAOGUAN', 45, 5, 3, 10, true, true],
    ['JIANGSU', 45, 3, 3, null, true, true],
    ['JIANGSU', 1, 3, 3, null, true, true],
    ['SHANDONG', 45, 3, 3, null, null, true],
    ['SHANDONG', 1, 3, 3, null, null, true],
    ['LIAONING', 45, 1, null, null, null, false],
  ])('%s with %i candidates needs %i', (province, candidates, count, min, ratio, leader, stated) => {
    const { count: required, rule } = requiredExaminers(province, candidates);
    expect(required).toBe(count);
    expect(rule.stated).toBe(stated);
    expect(rule.value?.minExaminers ?? null).toBe(min);
    expect(rule.value?.candidatesPerExaminer ?? null).toBe(ratio);
    expect(rule.value?.leaderRequired ?? null).toBe(leader);
  });

  it.each([0, -3, 2.5])('refuses %s candidates', (n) => expect(() => requiredExaminers('JIANGSU', n)).toThrow(/positive integer/));
});

describe('certificate issuers', () => {
  it.each<[string, Track, string, RegExp]>([
    ['LIAONING', 'SPECIAL_ABILITY', 'PROVINCE', /省人事考试中心/],
    ['LIAONING', 'SKILL_LEVEL', 'INSTITUTION', /技工院校/],
    ['SHANDONG', 'SPECIAL_ABILITY', 'CITY', /市职业技能鉴定（指导）中心/],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', 'CITY', /韶关市职业技能服务中心/],
    ['JIANGSU', 'SPECIAL_ABILITY', 'CITY', /设区市职业技能鉴定中心/],
  ])('%s %s: %s', (province, track, tier, body) => {
    const issuer = trackRules(province, track).certificateIssuer.value!;
    expect(issuer.tier).toBe(tier);
    expect(issuer.body).toMatch(body);
  });
});

describe('working-day deadlines', () => {
  it.each<[string, Track, DeadlineKind, number | null, string | null]>([
    ['JIANGSU', 'SPECIAL_ABILITY', 'CANDIDATE_REVIEW', 10, 'DECLARATION'],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', 'CANDIDATE_REVIEW', 10, 'DECLARATION'],
    ['SHANDONG', 'SPECIAL_ABILITY', 'SCORE_REPORT', 3, 'EXAM_END'],
    ['LIAONING', 'SPECIAL_ABILITY', 'HOLDER_INFO_CONFIRMATION', 10, 'EXAM_END'],
    ['LIAONING', 'SPECIAL_ABILITY', 'CERTIFICATE_PUBLICATION', 20, 'RESULTS_PUBLISHED'],
    ['LIAONING', 'SPECIAL_ABILITY', 'INSTITUTION_FILING', 20, 'NOTICE_ISSUED'],
    ['LIAONING', 'SPECIAL_ABILITY', 'CANDIDATE_REVIEW', null, null],
    ['SHANDONG', 'SPECIAL_ABILITY', 'CANDIDATE_REVIEW', null, null],
    ['JIANGSU', 'SPECIAL_ABILITY', 'SCORE_REPORT', null, null],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', 'CERTIFICATE_PUBLICATION', null, null],
    ['LIAONING', 'SKILL_LEVEL', 'CERTIFICATE_PUBLICATION', null, null],
  ])('%s %s %s: %s working days from %s', (province, track, kind, days, from) => {
    const rule = deadlineRule(province, kind, track);
    expect(rule.value?.workingDays ?? null).toBe(days);
    expect(rule.value?.from ?? null).toBe(from);
    expect(rule.stated).toBe(days !== null);
  });

  it.each([
    ['SHANDONG', 'SCORE_REPORT', '2023-09-27', '2023-10-08'], // 9-28, then 调休 10-07 and 10-08
    ['JIANGSU', 'CANDIDATE_REVIEW', '2024-02-05', '2024-02-23'],
    ['GUANGDONG_SHAOGUAN', 'CANDIDATE_REVIEW', '2023-09-27', '2023-10-17'],
    ['LIAONING', 'HOLDER_INFO_CONFIRMATION', '2023-09-24', '2023-10-12'],
  ] as [string, DeadlineKind, string, string][])('%s %s from %s is due %s', (province, kind, anchor, due) => {
    expect(dueDate(province, kind, anchor).date).toBe(due);
  });
});

describe('fees', () => {
  it('Liaoning: 100 yuan per candidate, paid before the exam, notice valid 15 days', () => {
    expect(trackRules('LIAONING').fee.value).toMatchObject({ perCandidateYuan: 100, payBeforeExam: true, paymentNoticeValidDays: 15 });
  });
  it.each([
    ['SHANDONG', '鲁价费函〔2016〕85号'],
    ['JIANGSU', '苏价费〔2006〕232号'],
  ])('%s refers to its pricing document %s', (province, doc) => {
    const fee = trackRules(province).fee;
    expect(fee.value?.perCandidateYuan).toBeNull();
    expect(fee.value?.pricingDocument).toContain(doc);
  });
  it('Shaoguan states no fee', () => {
    expect(trackRules('GUANGDONG_SHAOGUAN').fee).toMatchObject({ value: null, stated: false });
  });
});

describe('baseline', () => {
  it.each(['LIAONING', 'SHANDONG', 'GUANGDONG_SHAOGUAN', 'JIANGSU'])('%s: pass mark 60, minimum age 16, card on duty', (province) => {
    const rules = trackRules(province, 'SPECIAL_ABILITY');
    expect(rules.passScore.value).toBe(60);
    expect(rules.minimumAge.value).toBe(16);
    expect(rules.validCardOnDuty.value).toBe(true);
  });
  it('marks Shandong\'s pass mark as the baseline, not the notice', () => {
    expect(trackRules('SHANDONG').passScore.stated).toBe(false);
  });
});

describe('citations', () => {
  const all = compareProvinceRules();

  it('compares every rule for every province and track, none without a source', () => {
    const tracks = listProvinces().flatMap((p) => p.tracks).length;
    for (const comparison of all) {
      expect(comparison.values).toHaveLength(tracks);
      for (const v of comparison.values) {
        expect(v.source.document).toBeTruthy();
        expect(v.source.section).toBeTruthy();
        expect(SEEDS[v.source.seed], `${comparison.rule} ${v.province}: unknown seed ${v.source.seed}`).toBeDefined();
        if (!v.stated && v.value === null) continue;
      }
    }
  });

  it('quotes only words that stand in the cited notice', () => {
    const misses: string[] = [];
    for (const comparison of all) {
      for (const v of comparison.values) {
        if (!v.source.quote) continue;
        const text = squash(SEEDS[v.source.seed]);
        for (const piece of v.source.quote.split(/[；…]/).map(squash).filter((p) => p.length >= 6)) {
          if (!text.includes(piece)) misses.push(`${comparison.rule} ${v.province} ${v.track}: "${piece}"`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('exam batch workflow per province', () => {
  it('Liaoning confirms attendance and takes payment before the exam; the others do not', async () => {
    const { batchWorkflow, allowedBatchMoves } = await import('../src');
    expect(batchWorkflow('LIAONING').states).toEqual(['DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED', 'ATTENDANCE_CONFIRMED', 'PAID', 'IN_PROGRESS', 'SCORED', 'RESULTS_PUBLISHED']);
    for (const p of ['SHANDONG', 'GUANGDONG_SHAOGUAN', 'JIANGSU']) expect(batchWorkflow(p).states).not.toContain('PAID');
    expect(allowedBatchMoves('LIAONING', 'APPROVED')).toEqual(['ATTENDANCE_CONFIRMED', 'CANCELLED']);
    expect(allowedBatchMoves('JIANGSU', 'APPROVED')).toEqual(['IN_PROGRESS', 'CANCELLED']);
    expect(allowedBatchMoves('JIANGSU', 'UNDER_REVIEW')).toEqual(['APPROVED', 'REJECTED', 'CANCELLED']);
    expect(allowedBatchMoves('JIANGSU', 'IN_PROGRESS')).toEqual(['SCORED']);
    expect(allowedBatchMoves('JIANGSU', 'RESULTS_PUBLISHED')).toEqual(['RESULTS_CANCELLED']);
    expect(allowedBatchMoves('JIANGSU', 'RESULTS_CANCELLED')).toEqual([]);
    expect(allowedBatchMoves('JIANGSU', 'REJECTED')).toEqual([]);
  });
});

import crypto from 'node:crypto';
import { DEMO_CANDIDATES, DEMO_EXAMINERS, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, blindIndex, demoId, demoIssuedOn, hasAnyRow } from '@skillfed/common';
import { addDays, addMonths, batchModes, dueDate, retentionRule, type DeadlineKind } from '@skillfed/province-rules';
import type { DataSource } from 'typeorm';
import { ArchiveRecord } from './archive.entity';
import { ExamBatch } from './exam-batch.entity';
import type { ExamBatchStatus } from './exam-batch.enums';
import { ExaminerBooking } from './booking.entity';
import { PriorityGroup } from './exam-batch.enums';
import { PanelRefusal } from './panel-refusal.entity';
import { Score } from './score.entity';
import { rebuildExamStats } from './stats.service';
import { BatchDeadline, Candidate } from './workflow.entity';
import { seedSchoolDemo } from './school-seed';

const GROUPS = Object.keys(PriorityGroup).filter((g) => g !== 'NONE') as PriorityGroup[];
// Days on which the walkthroughs staff a new panel with the demo examiners: left unbooked.
const FREE_DAYS = ['2024-05-18', '2024-06-15'];
const cityOf = (institutionId: string) => DEMO_INSTITUTIONS.find((i) => i.id === institutionId)!.cityCode;

/**
 * Seeds the demo batches once: published results with their candidates and subject scores (the
 * certificates subgraph issues the demo certificates from these same results), their deadlines (met
 * on the demo dates; Liaoning's second batch had its certificates published late) and archives kept
 * by the rules (none for Jiangsu, whose notice states no period).
 */
/** Shandong's demo candidates are spread over the five priority groups (002 三(一)); others have none. */
function priorityGroupOf(batchId: string, n: number): PriorityGroup {
  const batch = DEMO_EXAM_BATCHES.find((b) => b.id === batchId)!;
  return batch.province === 'SHANDONG' && n % 4 !== 3 ? GROUPS[n % GROUPS.length] : 'NONE';
}

export async function seedDemo(db: DataSource): Promise<number> {
  const batches = await seedBatches(db);
  // After the batches' transaction: the school services open their own, as the mutations do.
  return batches + (await seedSchoolDemo(db));
}

async function seedBatches(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    if (await hasAnyRow(tx, ExamBatch)) return 0;
    const now = new Date();
    await tx.insert(ExamBatch, DEMO_EXAM_BATCHES.map((b) => ({ ...b, status: b.status as ExamBatchStatus, siteId: null, mode: batchModes(b.province)[0], declaredOn: addDays(b.startDate, -30), cityCode: cityOf(b.institutionId), statusReason: null, confirmedCount: null, feeYuan: null, paymentNoticeOn: null, paidOn: null, createdAt: now, updatedAt: now })));
    const entered = new Date();
    for (let i = 0; i < DEMO_CANDIDATES.length; i += 200) {
      const chunk = DEMO_CANDIDATES.slice(i, i + 200);
      await tx.insert(Candidate, chunk.map((c, k) => ({ id: c.id, batchId: c.batchId, projectId: c.projectId, name: c.name, residentId: c.residentId, residentIdBidx: blindIndex('resident-id', c.residentId), phone: c.phone, priorityGroup: priorityGroupOf(c.batchId, i + k) })));
      await tx.insert(Score, chunk.flatMap((c) => c.scores.map((s) => ({ id: crypto.randomUUID(), batchId: c.batchId, candidateId: c.id, projectId: c.projectId, subject: s.subject, score: s.score, enteredBy: 'demo-panel', enteredAt: entered }))));
    }
    for (const [i, b] of DEMO_EXAM_BATCHES.entries()) {
      // The province's three demo examiners (the first leads) and its supervisor, each exam day.
      const people = DEMO_EXAMINERS.filter((e) => e.province === b.province);
      for (let day = b.startDate; day <= b.endDate && !FREE_DAYS.includes(day); day = addDays(day, 1)) {
        await tx.insert(ExaminerBooking, people.map((e, k) => ({ id: demoId('booking', `${b.id}-${e.id}-${day}`), examinerId: e.id, examBatchId: b.id, date: day, role: k === 3 ? 'SUPERVISOR' : k === 0 ? 'LEADER' : 'EXAMINER' })));
      }
      const anchors: [DeadlineKind, string][] = [['SCORE_REPORT', b.endDate], ['HOLDER_INFO_CONFIRMATION', b.endDate], ['CERTIFICATE_PUBLICATION', b.endDate]];
      for (const [kind, anchor] of anchors) {
        // Demo dates lie in bundled calendar years, so the bundled calendar (the default) suffices.
        const { date, rule } = dueDate(b.province, kind, anchor);
        if (!date) continue;
        const metOn = kind === 'CERTIFICATE_PUBLICATION' ? demoIssuedOn(b, i) : anchor;
        await tx.insert(BatchDeadline, { id: crypto.randomUUID(), batchId: b.id, kind, anchorDate: anchor, dueDate: date, metOn, sourceDocument: rule.source.document, sourceSection: rule.source.section });
      }
      if (b.province === 'JIANGSU') continue;
      for (const [recordType, medium] of [['VIDEO', 'VIDEO'], ['SCORE_SHEETS', 'PAPER']] as const) {
        const rule = retentionRule(b.province, medium);
        await tx.insert(ArchiveRecord, {
          id: crypto.randomUUID(), batchId: b.id, province: b.province, recordType, medium, location: '演示档案室',
          retainUntil: rule.value === null ? null : addMonths(b.endDate, rule.value),
          basis: rule.value === null ? `${rule.source.document} 未规定保存期限` : `${rule.source.document} ${rule.source.section}：不少于${rule.value}个月`,
        });
      }
    }
    // A refused panel kept for the compliance board (the check's own wording for a two-person panel).
    const shaoguan = DEMO_EXAM_BATCHES.find((b) => b.province === 'GUANGDONG_SHAOGUAN')!;
    await tx.insert(PanelRefusal, { id: demoId('panel-refusal', shaoguan.id), batchId: shaoguan.id, province: shaoguan.province, refusedAt: new Date(`${shaoguan.startDate}T01:00:00Z`), actorSubject: 'demo-operator', actorRole: 'PROVINCE_OPERATOR', violations: JSON.stringify(['考评员2人，少于规定的3人（演示）/ too few examiners']) });
    await rebuildExamStats(tx);
    return DEMO_EXAM_BATCHES.length;
  });
}

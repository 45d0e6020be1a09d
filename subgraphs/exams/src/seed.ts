import crypto from 'node:crypto';
import { DEMO_EXAMINERS, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoId, demoResidentId, hasAnyRow } from '@skillfed/common';
import { addDays, addMonths, dueDate, retentionRule, type DeadlineKind } from '@skillfed/province-rules';
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

const GROUPS = Object.keys(PriorityGroup) as PriorityGroup[];
const FREE_DAYS = ['2024-05-18', '2024-06-15'];

/** Candidates with scores behind each published demo batch (about one in five fails), Shandong's with priority groups. */
function demoResults(b: (typeof DEMO_EXAM_BATCHES)[number], bi: number) {
  const division = DEMO_INSTITUTIONS.find((i) => i.id === b.institutionId)!.cityCode;
  return Array.from({ length: b.candidateCount }, (_, k) => {
    const id = demoId('candidate', `${b.id}-${k}`);
    const candidate = {
      id, batchId: b.id, projectId: b.projectId, name: `考生${k + 1}示例`, phone: `1360000${String(bi * 100 + k).padStart(4, '0')}`,
      residentId: demoResidentId(division, `199${k % 10}-0${(k % 9) + 1}-1${k % 10}`, 300 + bi * 50 + k),
      priorityGroup: b.province === 'SHANDONG' ? GROUPS[k % GROUPS.length] : ('NONE' as PriorityGroup),
    };
    const score = { id: demoId('score', id), batchId: b.id, candidateId: id, projectId: b.projectId, score: 45 + ((k * 37 + bi * 11) % 55), enteredBy: DEMO_EXAMINERS.find((e) => e.province === b.province)!.id, enteredAt: new Date(`${b.endDate}T10:00:00Z`) };
    return { candidate, score };
  });
}

/**
 * Seeds the demo batches once: published results, their deadlines (all met but one Liaoning
 * certificate publication, so `overdue` has something to show) and archives kept by the rules
 * (none for Jiangsu, whose notice states no period).
 */
export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    if (await hasAnyRow(tx, ExamBatch)) return 0;
    const now = new Date();
    await tx.insert(ExamBatch, DEMO_EXAM_BATCHES.map((b) => ({ ...b, status: b.status as ExamBatchStatus, siteId: null, mode: b.province === 'LIAONING' ? 'UNIFIED' as const : 'REGULAR' as const, declaredOn: addDays(b.startDate, -30), cityCode: DEMO_INSTITUTIONS.find((i) => i.id === b.institutionId)!.cityCode, statusReason: null, confirmedCount: null, feeYuan: null, paymentNoticeOn: null, paidOn: null, createdAt: now, updatedAt: now })));
    for (const [i, b] of DEMO_EXAM_BATCHES.entries()) {
      const anchors: [DeadlineKind, string][] = [['SCORE_REPORT', b.endDate], ['HOLDER_INFO_CONFIRMATION', b.endDate], ['CERTIFICATE_PUBLICATION', b.endDate]];
      for (const [kind, anchor] of anchors) {
        const { date, rule } = dueDate(b.province, kind, anchor);
        if (!date) continue;
        const unmet = b.province === 'LIAONING' && kind === 'CERTIFICATE_PUBLICATION' && i === 1;
        // One Shandong score report sent two days late, so the compliance board shows a late one too.
        const late = b.province === 'SHANDONG' && kind === 'SCORE_REPORT' && i === 3;
        await tx.insert(BatchDeadline, { id: crypto.randomUUID(), batchId: b.id, kind, anchorDate: anchor, dueDate: date, metOn: unmet ? null : late ? addDays(date, 2) : anchor, sourceDocument: rule.source.document, sourceSection: rule.source.section });
      }
      const results = demoResults(b, i);
      await tx.insert(Candidate, results.map((r) => r.candidate));
      await tx.insert(Score, results.map((r) => r.score));
      // The province's three demo examiners (the first leads) and its supervisor, each exam day. The
      // people of a province have one panel a day: days on which the walkthroughs staff a new panel
      // with the demo examiners (Shandong 2024-05-18, Jiangsu 2024-06-15) are left unbooked.
      const people = DEMO_EXAMINERS.filter((e) => e.province === b.province);
      for (let day = b.startDate; day <= b.endDate && !FREE_DAYS.includes(day); day = addDays(day, 1)) {
        await tx.insert(ExaminerBooking, people.map((e, k) => ({ id: demoId('booking', `${b.id}-${e.id}-${day}`), examinerId: e.id, examBatchId: b.id, date: day, role: k === 3 ? 'SUPERVISOR' : k === 0 ? 'LEADER' : 'EXAMINER' })));
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

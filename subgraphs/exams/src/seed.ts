import crypto from 'node:crypto';
import { DEMO_CANDIDATES, DEMO_EXAM_BATCHES, demoIssuedOn, hasAnyRow, blindIndex } from '@skillfed/common';
import { addMonths, batchModes, dueDate, retentionRule, type DeadlineKind } from '@skillfed/province-rules';
import type { DataSource } from 'typeorm';
import { ArchiveRecord } from './archive.entity';
import { ExamBatch } from './exam-batch.entity';
import type { ExamBatchStatus } from './exam-batch.enums';
import { Score } from './score.entity';
import { BatchDeadline, Candidate } from './workflow.entity';

/**
 * Seeds the demo batches once: published results with their candidates and subject scores (the
 * certificates subgraph issues the demo certificates from these same results), their deadlines (met
 * on the demo dates; Liaoning's second batch had its certificates published late) and archives kept
 * by the rules (none for Jiangsu, whose notice states no period).
 */
export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    if (await hasAnyRow(tx, ExamBatch)) return 0;
    const now = new Date();
    await tx.insert(ExamBatch, DEMO_EXAM_BATCHES.map((b) => ({ ...b, status: b.status as ExamBatchStatus, siteId: null, mode: batchModes(b.province)[0], declaredOn: null, statusReason: null, confirmedCount: null, feeYuan: null, paymentNoticeOn: null, paidOn: null, createdAt: now, updatedAt: now })));
    const entered = new Date();
    for (let i = 0; i < DEMO_CANDIDATES.length; i += 200) {
      const chunk = DEMO_CANDIDATES.slice(i, i + 200);
      await tx.insert(Candidate, chunk.map((c) => ({ id: c.id, batchId: c.batchId, projectId: c.projectId, name: c.name, residentId: c.residentId, residentIdBidx: blindIndex('resident-id', c.residentId), phone: c.phone, priorityGroup: 'NONE' as const })));
      await tx.insert(Score, chunk.flatMap((c) => c.scores.map((s) => ({ id: crypto.randomUUID(), batchId: c.batchId, candidateId: c.id, projectId: c.projectId, subject: s.subject, score: s.score, enteredBy: 'demo-panel', enteredAt: entered }))));
    }
    for (const [i, b] of DEMO_EXAM_BATCHES.entries()) {
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
    return DEMO_EXAM_BATCHES.length;
  });
}

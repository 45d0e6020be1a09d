import crypto from 'node:crypto';
import { BadUserInputError, ConflictError, ConnectionType, DateScalar, PageArgs, paginate, parsePage, type Connection, ProvinceCodeEnum, assertProvinceAccess, defineEnum, inTransaction, scopeProvinceFilter, todayInChina, type EnumValue, type SubgraphContext } from '@skillfed/common';
import { addMonths, retentionRule, type RecordKind } from '@skillfed/province-rules';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsNull, LessThan } from 'typeorm';
import { ArchiveRecord, RetentionPolicy } from './archive.entity';
import { loadBatch } from './declaration.service';
import { ExamBatch } from './exam-batch.entity';
import { onArchived } from './stats.service';
import type { Loaders } from './exam-batch.loader';

type Ctx = SubgraphContext<Loaders>;

export const ArchiveRecordType = defineEnum('ArchiveRecordType', '档案种类 / what is archived', {
  VIDEO: '考核过程视频（考试现场录像）',
  PAPERS: '试卷',
  SCORE_SHEETS: '评分表、成绩汇总表',
  SIGN_IN_SHEETS: '考生签到表',
  ROSTERS: '考核名册表',
  ROOM_RECORDS: '考场记录表',
  SUPERVISION_RECORD: '督导情况记录表',
});
export type ArchiveRecordType = EnumValue<typeof ArchiveRecordType>;
export const Medium = defineEnum('Medium', '保存形式 / medium', { VIDEO: '视频', PAPER: '纸质', ELECTRONIC: '电子' });
export type Medium = EnumValue<typeof Medium>;

@ObjectType({ description: '可销毁的档案（分页，保存至日最早在前）/ records past their keep-until date, earliest first' })
class PurgeableRecordConnection extends ConnectionType(ArchiveRecord) {}

/** The keep-until date: the province's rule from the exam date, else a policy the province set, else none. */
async function retention(ctx: Ctx, batch: ExamBatch, medium: RecordKind): Promise<{ retainUntil: string | null; basis: string }> {
  const rule = retentionRule(batch.province, medium);
  if (rule.value !== null) return { retainUntil: addMonths(batch.endDate, rule.value), basis: `${rule.source.document} ${rule.source.section}：不少于${rule.value}个月` };
  const policy = await ctx.db.getRepository(RetentionPolicy).findOneBy({ province: batch.province, medium });
  if (policy) return { retainUntil: addMonths(batch.endDate, policy.months), basis: `省定政策 ${policy.basis}：${policy.months}个月` };
  return { retainUntil: null, basis: `${rule.source.document} 未规定保存期限，待省里设定政策 / not stated; awaiting a provincial policy` };
}

@Resolver(() => ExamBatch)
export class ArchiveResolver {
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ArchiveRecord, { description: '登记归档材料，按本省规则计算保存期限 / archive a record' })
  async archiveRecord(
    @Arg('batchId', () => ID) batchId: string,
    @Arg('recordType', () => ArchiveRecordType) recordType: ArchiveRecordType,
    @Arg('medium', () => Medium) medium: Medium,
    @Arg('location') location: string,
    @Ctx() ctx: Ctx,
  ): Promise<ArchiveRecord> {
    const batch = await loadBatch(ctx, batchId);
    if ((recordType === 'VIDEO') !== (medium === 'VIDEO')) throw new BadUserInputError('视频资料的保存形式为 VIDEO，其他材料为 PAPER 或 ELECTRONIC / video is VIDEO; other records are PAPER or ELECTRONIC', { field: 'medium' });
    const where = location.trim();
    if (!where || [...where].length > 300) throw new BadUserInputError('存放地点须为1-300字 / location must be 1-300 characters', { field: 'location' });
    const { retainUntil, basis } = await retention(ctx, batch, medium);
    const row = Object.assign(new ArchiveRecord(), { id: crypto.randomUUID(), batchId, province: batch.province, recordType, medium, location: where, retainUntil, basis });
    return inTransaction(ctx.db, async (manager) => {
      await manager.insert(ArchiveRecord, row);
      await onArchived(manager, batch, [row]);
      return row;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Int, { description: '设定本省档案保存政策（仅适用于通知未规定期限的省份），并补算已归档材料的期限 / set a retention policy where the notice states none' })
  async setRetentionPolicy(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('medium', () => Medium) medium: Medium,
    @Arg('months', () => Int) months: number,
    @Arg('basis', { description: '政策文件 / the document' }) basis: string,
    @Ctx() ctx: Ctx,
  ): Promise<number> {
    assertProvinceAccess(ctx.caller, province);
    const rule = retentionRule(province, medium);
    if (rule.value !== null) throw new ConflictError(`本省通知已规定${medium}保存不少于${rule.value}个月（${rule.source.document} ${rule.source.section}），不另设政策 / the notice already states a period`);
    if (!Number.isInteger(months) || months < 1 || months > 1200) throw new BadUserInputError('月数须为1-1200 / months must be 1-1200', { field: 'months' });
    const doc = basis.trim();
    if (!doc) throw new BadUserInputError('须注明政策文件 / name the document that sets the policy', { field: 'basis' });
    return inTransaction(ctx.db, async (manager) => {
      await manager.delete(RetentionPolicy, { province, medium });
      await manager.insert(RetentionPolicy, { id: crypto.randomUUID(), province, medium, months, basis: doc });
      const open = await manager.find(ArchiveRecord, { where: { province, medium, retainUntil: IsNull() } });
      for (const record of open) {
        const batch = await manager.findOneByOrFail(ExamBatch, { id: record.batchId });
        const retainUntil = addMonths(batch.endDate, months);
        await manager.update(ArchiveRecord, { id: record.id }, { retainUntil, basis: `省定政策 ${doc}：${months}个月` });
        await onArchived(manager, batch, [{ retainUntil, medium: record.medium }]);
      }
      return open.length;
    });
  }

  @Authorized()
  @Query(() => PurgeableRecordConnection, { description: '保存期已满、可以销毁的档案（保存至日之后才列出；最早到期在前，分页）/ records whose keep-until date has passed, paged' })
  purgeable(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Args() args: PageArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<ArchiveRecord>> {
    scopeProvinceFilter(ctx.caller, province);
    const page = parsePage(args);
    // ix_archive_records_province_retain serves both the filter and the order.
    const qb = ctx.db.getRepository(ArchiveRecord).createQueryBuilder('r').where('r.province = :province', { province }).andWhere('r.retainUntil < :asOf', { asOf: asOf ?? todayInChina() });
    return paginate(qb, 'r', page, { orderBy: [{ column: 'r.retainUntil', property: 'retainUntil' }] });
  }

  @FieldResolver(() => [ArchiveRecord], { nullable: true, description: '归档材料 / archived records. Bounded: the record kinds of one batch, each in its media.' })
  archive(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<ArchiveRecord[]> {
    assertProvinceAccess(ctx.caller, batch.province);
    return ctx.db.getRepository(ArchiveRecord).find({ where: { batchId: batch.id }, order: { recordType: 'ASC' } });
  }
}

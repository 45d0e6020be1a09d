import { DateScalar, type SubgraphContext } from '@skillfed/common';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { CarrierKind } from './certificate.enums';
import type { Loaders } from './certificate.loader';
import { IssueCertificatesResult } from './certificate.resolver';
import { issueBatch } from './issuing.service';
import { peerResultsSource } from './results-source';
import { schoolResultsSource } from './school-results-source';

type Ctx = SubgraphContext<Loaders>;

/**
 * A technical school issues its students' certificates itself (谁评价、谁发证、谁负责): the same issuing
 * service as batches, reading the school's reviewed assessment instead of a published batch.
 */
@Resolver()
export class SchoolCertificatesResolver {
  @Authorized()
  @Mutation(() => IssueCertificatesResult, {
    description: '技工院校颁发职业技能等级证书：市公共就业服务机构审核通过的认定结果，每名合格学生一张（附件5 编号，纸质与电子证书同等效力）；可重复调用 / a school issues the certificates of a reviewed assessment',
  })
  issueSchoolCertificates(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('issuedOn', () => DateScalar, { nullable: true, description: '发证日期，默认今天（北京时间）' }) issuedOn: string | null,
    @Arg('carrier', () => CarrierKind, { nullable: true, description: '载体：纸质或电子（社会保障卡），同等效力' }) carrier: CarrierKind | null,
    @Ctx() ctx: Ctx,
  ): Promise<IssueCertificatesResult> {
    return issueBatch(ctx.db, { caller: ctx.caller, requestId: ctx.requestId }, schoolResultsSource(ctx.peers, peerResultsSource(ctx.peers)), assessmentId, { issuedOn, carrier });
  }
}

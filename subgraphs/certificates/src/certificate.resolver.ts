import {
  BadUserInputError,
  ConnectionType,
  MAX_PAGE_SIZE,
  NotFoundError,
  canActFor,
  maskName,
  paginate,
  parsePage,
  type SubgraphContext,
  noteUnmaskedRead,
} from '@skillfed/common';
import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Certificate } from './certificate.entity';
import { CertificatesArgs } from './certificate.input';
import type { Loaders } from './certificate.loader';
import { ExamBatchRef, InstitutionRef, ProjectRef } from './references';

@ObjectType({ description: '证书分页列表 / a page of certificates' })
export class CertificateConnection extends ConnectionType(Certificate) {}

type Ctx = SubgraphContext<Loaders>;

/** Certificate information is public by law (免费向社会提供证书信息查询): no sign-in needed to read. */
@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => CertificateConnection, { nullable: true, description: '证书列表（公开信息，持证人姓名脱敏）/ certificates; holder names masked for the public' })
  async certificates(@Args() args: CertificatesArgs, @Ctx() ctx: Ctx): Promise<CertificateConnection> {
    const page = parsePage(args);
    if (args.issuedFrom && args.issuedTo && args.issuedFrom > args.issuedTo) {
      throw new BadUserInputError('issuedFrom 不能晚于 issuedTo / `issuedFrom` is after `issuedTo`', { field: 'issuedFrom' });
    }
    const qb = ctx.db.getRepository(Certificate).createQueryBuilder('c');
    if (args.province) qb.andWhere('c.province = :province', { province: args.province });
    if (args.institutionId) qb.andWhere('c.institutionId = :institutionId', { institutionId: args.institutionId });
    if (args.projectId) qb.andWhere('c.projectId = :projectId', { projectId: args.projectId });
    if (args.examBatchId) qb.andWhere('c.examBatchId = :examBatchId', { examBatchId: args.examBatchId });
    if (args.issuedFrom) qb.andWhere('c.issuedOn >= :issuedFrom', { issuedFrom: args.issuedFrom });
    if (args.issuedTo) qb.andWhere('c.issuedOn <= :issuedTo', { issuedTo: args.issuedTo });
    return paginate(qb, 'c', page);
  }

  @Query(() => Certificate, { nullable: true, description: '按证书编号查询 / look a certificate up by its number' })
  async certificate(@Arg('number') number: string, @Ctx() ctx: Ctx): Promise<Certificate> {
    const trimmed = number.trim();
    if (!trimmed || trimmed.length > 40) throw new BadUserInputError('证书编号应为1-40个字符 / number must be 1-40 characters', { field: 'number' });
    const certificate = await ctx.loaders.certificateByNumber.load(trimmed);
    if (!certificate) throw new NotFoundError('证书 certificate', trimmed);
    return certificate;
  }

  @FieldResolver(() => String, { description: '持证人姓名（非本省经办人看到脱敏姓名）/ holder name, masked unless the caller acts for the province' })
  holderName(@Root() certificate: Certificate, @Ctx() ctx: Ctx): string {
    if (ctx.caller.role === 'PUBLIC' || !canActFor(ctx.caller, certificate.province)) return maskName(certificate.holderName)!;
    noteUnmaskedRead(ctx, { targetType: 'Certificate', targetId: certificate.id, province: certificate.province, field: 'holderName' });
    return certificate.holderName;
  }

  @FieldResolver(() => InstitutionRef, { nullable: true, description: '发证/考核机构 / institution (institutions subgraph)' })
  institution(@Root() certificate: Certificate): InstitutionRef {
    return { id: certificate.institutionId };
  }

  @FieldResolver(() => ProjectRef, { nullable: true, description: '考核项目 / project (catalog subgraph)' })
  project(@Root() certificate: Certificate): ProjectRef {
    return { id: certificate.projectId };
  }

  @FieldResolver(() => ExamBatchRef, { nullable: true, description: '考核批次 / exam batch (exams subgraph)' })
  exam(@Root() certificate: Certificate): ExamBatchRef {
    return { id: certificate.examBatchId };
  }
}

@Resolver(() => InstitutionRef)
export class InstitutionCertificatesResolver {
  @FieldResolver(() => [Certificate], { nullable: true, description: '该机构颁发/考核的证书（按 id 排序前 first 个）/ certificates of this institution' })
  certificates(@Root() institution: InstitutionRef, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Ctx): Promise<Certificate[]> {
    if (first < 1 || first > MAX_PAGE_SIZE) throw new BadUserInputError(`first 须在 1 到 ${MAX_PAGE_SIZE} 之间 / first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
    return ctx.loaders.certificatesByInstitution(first).load(institution.id);
  }
}

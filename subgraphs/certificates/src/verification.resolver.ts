import crypto from 'node:crypto';
import { BadUserInputError, DateScalar, ProvinceCodeEnum, blindIndex, maskName, type SubgraphContext } from '@skillfed/common';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Certificate, Issuer } from './certificate.entity';
import { CertificateKind, CertificateStatus } from './certificate.enums';
import type { Loaders } from './certificate.loader';
import { ID_INDEX, NAME_INDEX, normaliseName, normaliseResidentId } from './issuing.service';
import { ProjectRef } from './references';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '证书查询结果（与各省证书查询网站相同：编号+姓名）/ a public verification answer' })
export class CertificateVerification {
  @Field({ description: '编号与姓名是否相符 / whether a certificate matched number and name' })
  matched: boolean;

  @Field({ description: '结果说明 / what the answer means' })
  message: string;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field(() => CertificateStatus, { nullable: true, description: '有效、已撤销或已更正换发 / status' })
  status: CertificateStatus | null;

  @Field(() => String, { nullable: true, description: '持证人姓名（脱敏）/ holder name, masked' })
  holderName: string | null;

  @Field(() => CertificateKind, { nullable: true })
  kind: CertificateKind | null;

  @Field(() => ProjectRef, { nullable: true, description: '专项职业能力考核项目 / project (special ability)' })
  project: ProjectRef | null;

  @Field(() => String, { nullable: true, description: '职业（工种）代码 / occupation (skill level)' })
  occupationCode: string | null;

  @Field(() => Int, { nullable: true, description: '等级 / level (skill level)' })
  level: number | null;

  @Field(() => Issuer, { nullable: true })
  issuer: Issuer | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn: string | null;

  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province: string | null;
}

const NO_MATCH = '未查到与该编号和姓名相符的证书 / no certificate matches this number and name';
// Compared against when no row exists, so "no such number" costs what "name mismatch" costs.
const DUMMY_INDEX = crypto.createHash('sha256').update('skillfed-no-certificate').digest('hex');

function noMatch(): CertificateVerification {
  return { matched: false, message: NO_MATCH, number: null, status: null, holderName: null, kind: null, project: null, occupationCode: null, level: null, issuer: null, issuedOn: null, province: null };
}

function answer(c: Certificate): CertificateVerification {
  return {
    matched: true,
    message: c.status === 'VALID' ? '证书有效 / valid' : c.status === 'REVOKED' ? '证书已撤销 / revoked' : '证书已更正换发，请以新证书为准 / replaced by a corrected certificate',
    number: c.number,
    status: c.status,
    holderName: maskName(c.holderName),
    kind: c.kind,
    project: c.projectId ? { id: c.projectId } : null,
    occupationCode: c.occupationCode,
    level: c.level,
    issuer: { tier: c.issuerTier, body: c.issuerBody, code: c.issuerCode },
    issuedOn: c.issuedOn,
    province: c.province,
  };
}

function sameIndex(a: string, b: string): boolean {
  return crypto.timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

function readName(name: string): string {
  const text = normaliseName(name ?? '');
  if (!text || [...text].length > 50 || /[\u0000-\u001f\u007f]/.test(text)) throw new BadUserInputError('姓名须为1-50个字符 / holderName must be 1-50 characters', { field: 'holderName' });
  return text;
}

/**
 * Public verification, as the provincial query sites do it: the number alone finds nothing, the name
 * must match too. Rate-limited at the gateway (stricter per-operation limit for anonymous callers).
 */
@Resolver()
export class VerificationResolver {
  @Query(() => CertificateVerification, { description: '证书查询：证书编号+持证人姓名（公开；"无此编号"与"姓名不符"答复相同）/ verify by number and name' })
  async verifyCertificate(@Arg('number') number: string, @Arg('holderName') holderName: string, @Ctx() ctx: Ctx): Promise<CertificateVerification> {
    const trimmed = (number ?? '').trim().toUpperCase();
    if (!/^[A-Z0-9]{1,40}$/.test(trimmed)) throw new BadUserInputError('证书编号应为1-40位字母或数字 / number must be 1-40 letters or digits', { field: 'number' });
    const nameIndex = blindIndex(NAME_INDEX, readName(holderName));
    const row = await ctx.db.getRepository(Certificate).findOneBy({ number: trimmed });
    const matches = sameIndex(nameIndex, row?.holderNameIndex ?? DUMMY_INDEX);
    return row && matches ? answer(row) : noMatch();
  }

  @Query(() => [CertificateVerification], { description: '证书查询：身份证号+姓名（公开；经盲索引比对）/ verify by ID number and name. Bounded: one person\'s certificates.' })
  async verifyCertificatesByIdNumber(@Arg('residentId') residentId: string, @Arg('holderName') holderName: string, @Ctx() ctx: Ctx): Promise<CertificateVerification[]> {
    const id = normaliseResidentId(residentId ?? '');
    if (!/^\d{17}[\dX]$/.test(id)) throw new BadUserInputError('身份证号应为18位 / residentId must be 18 characters', { field: 'residentId' });
    const nameIndex = blindIndex(NAME_INDEX, readName(holderName));
    const rows = await ctx.db.getRepository(Certificate).find({ where: { holderIdIndex: blindIndex(ID_INDEX, id) }, order: { issuedOn: 'DESC', id: 'ASC' }, take: 50 });
    const matched = rows.filter((r) => sameIndex(nameIndex, r.holderNameIndex));
    if (rows.length === 0) sameIndex(nameIndex, DUMMY_INDEX);
    return matched.map(answer);
  }
}

import { ForbiddenError, type SubgraphContext } from '@skillfed/common';
import DataLoader from 'dataloader';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Certificate } from './certificate.entity';
import type { Loaders } from './certificate.loader';
import { actsFor } from './certificate.resolver';
import { buildCredential, buildVerifiableCredential, projectCodes } from './credential.service';
import type { CredentialStatusEntry } from './status-list.entity';
import { ensureStatusEntries } from './status-list.service';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '证书二维码凭证（签名、可离线核验；不含明文个人信息）/ the signed QR credential of a certificate' })
export class CertificateCredential {
  @Field({ description: '二维码内容：SF1: + Base45(COSE_Sign1, Ed25519)；姓名脱敏，身份证号仅以加盐散列出现 / the QR text' })
  payload: string;

  @Field({ description: '二维码 SVG（纠错等级 Q）/ the QR code as SVG, error correction Q' })
  qrSvg: string;

  @Field(() => Int, { description: '二维码版本（1-40；不超过15）/ QR version chosen (≤ 15)' })
  qrVersion: number;

  @Field({ description: '纠错等级 / error-correction level' })
  errorCorrection: string;

  @Field({ description: '签名密钥 id（见 /.well-known/skillfed/credential-keys.json）/ signing key id' })
  keyId: string;

  @Field({ description: '状态列表 id（每省一组）/ status list id' })
  statusListId: string;

  @Field(() => Int, { description: '在状态列表中的位置（随机分配）/ index in the status list, assigned at random' })
  statusListIndex: number;

  @Field({ description: '状态列表地址（W3C Bitstring Status List，JWT）/ where the status list is published' })
  statusListUrl: string;
}

@ObjectType({ description: 'W3C 可验证凭证 2.0 导出（供数字钱包）/ a W3C VC 2.0 export of a certificate' })
export class VerifiableCertificateCredential {
  @Field({ description: '凭证 JSON（@context https://www.w3.org/ns/credentials/v2；持证人脱敏）/ the credential as JSON text' })
  document: string;

  @Field({ description: 'VC-JOSE：以凭证为载荷、Ed25519 签名的 JWT（typ vc+jwt）/ the credential secured as a JWT' })
  jwt: string;
}

interface CredentialLoaders {
  entries: DataLoader<Certificate, CredentialStatusEntry | null, string>;
  codes: DataLoader<string, string | null>;
}

// Per request: keyed on the request's own loaders object, so nothing is shared across callers.
const perRequest = new WeakMap<object, CredentialLoaders>();

/**
 * A certificate's first credential costs one scrypt of its holder's ID number (about 40 ms of a core,
 * more on a loaded machine): a request may start at most this many, so no request outlives the
 * execution deadline. Credentials produced before cost nothing and are not counted.
 */
export const MAX_NEW_CREDENTIALS_PER_REQUEST = 25;

function loadersOf(ctx: Ctx): CredentialLoaders {
  let loaders = perRequest.get(ctx.loaders as object);
  if (!loaders) {
    loaders = {
      entries: new DataLoader(
        async (certificates) => {
          const entries = await ensureStatusEntries(ctx.db, [...certificates], { maxNew: MAX_NEW_CREDENTIALS_PER_REQUEST });
          return certificates.map((c) => entries.get(c.id) ?? null);
        },
        { cacheKeyFn: (c) => c.id },
      ),
      codes: new DataLoader(async (ids) => {
        const codes = await projectCodes(ctx.peers.catalog, [...ids], ctx.caller);
        return ids.map((id) => codes.get(id) ?? null);
      }),
    };
    perRequest.set(ctx.loaders as object, loaders);
  }
  return loaders;
}

async function inputsFor(c: Certificate, ctx: Ctx): Promise<{ entry: CredentialStatusEntry; code: string | null } | null> {
  if (!actsFor(ctx.caller, c)) throw new ForbiddenError('证书凭证仅供发证范围内的经办人制发 / only operators acting for the certificate may produce its credential');
  if (c.status !== 'VALID') return null;
  const loaders = loadersOf(ctx);
  const [entry, code] = await Promise.all([loaders.entries.load(c), c.kind === 'SKILL_LEVEL' || !c.projectId ? Promise.resolve(c.occupationCode) : loaders.codes.load(c.projectId)]);
  return entry ? { entry, code } : null;
}

@Resolver(() => Certificate)
export class CredentialResolver {
  @FieldResolver(() => CertificateCredential, {
    nullable: true,
    description: '签名二维码凭证（仅有效证书；撤销、换发后为 null，已发出的二维码经状态列表显示撤销）/ the signed QR credential; null unless VALID',
  })
  async credential(@Root() c: Certificate, @Ctx() ctx: Ctx): Promise<CertificateCredential | null> {
    const inputs = await inputsFor(c, ctx);
    return inputs ? buildCredential(c, inputs.entry, inputs.code) : null;
  }

  @FieldResolver(() => VerifiableCertificateCredential, { nullable: true, description: 'W3C VC 2.0 导出（仅有效证书）/ W3C VC 2.0 export; null unless VALID' })
  async verifiableCredential(@Root() c: Certificate, @Ctx() ctx: Ctx): Promise<VerifiableCertificateCredential | null> {
    const inputs = await inputsFor(c, ctx);
    return inputs ? buildVerifiableCredential(c, inputs.entry, inputs.code) : null;
  }
}

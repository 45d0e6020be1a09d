import { maskName, type Caller, type PeerClient } from '@skillfed/common';
import { CREDENTIAL_PREFIX, ID_HASH_PARAMS, VC_CONTEXT_V2, signCredential, signVcJwt, type CredentialClaims } from '@skillfed/verifier';
import QRCode from 'qrcode';
import type { Certificate } from './certificate.entity';
import { parseCredentialConfig, type CredentialConfig } from './credential.config';
import type { CredentialStatusEntry } from './status-list.entity';
import { statusListUrl } from './status-list.service';

let current: CredentialConfig | undefined;

/** The credential keys and addresses, read from the environment once (createServer reads them at start). */
export function credentialConfig(): CredentialConfig {
  return (current ??= parseCredentialConfig());
}

/** Tests and embedders: replace the configuration (e.g. a rotated key set). */
export function setCredentialConfig(config: CredentialConfig | undefined): void {
  current = config;
}

/** Error-correction level Q recovers about 25 % of the code: a printed QR survives a fold or a stamp. */
export const QR_ERROR_CORRECTION = 'Q' as const;
/** The largest QR version we accept (77×77 modules): at 30 mm (001 附件6) a module stays ≥ 0.38 mm. */
export const MAX_QR_VERSION = 15;

export function claimsFor(c: Certificate, entry: CredentialStatusEntry, code: string | null): CredentialClaims {
  return {
    number: c.number,
    kind: c.kind as CredentialClaims['kind'],
    code,
    level: c.level,
    issuerCode: c.issuerCode,
    issuedOn: c.issuedOn,
    holderName: maskName(c.holderName)!,
    idSalt: new Uint8Array(Buffer.from(entry.idSalt, 'base64url')),
    idHash: new Uint8Array(Buffer.from(entry.idHash, 'base64url')),
    statusListId: entry.listId,
    statusIndex: entry.statusIndex,
  };
}

export interface CredentialOutput {
  payload: string;
  qrSvg: string;
  qrVersion: number;
  errorCorrection: string;
  keyId: string;
  statusListId: string;
  statusListIndex: number;
  statusListUrl: string;
}

export async function buildCredential(c: Certificate, entry: CredentialStatusEntry, code: string | null, config = credentialConfig()): Promise<CredentialOutput> {
  const payload = signCredential(claimsFor(c, entry, code), config.signer);
  // The whole payload is in the QR alphanumeric set (Base45 + "SF1:"), so the encoder uses that mode.
  const qr = QRCode.create(payload, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  if (qr.version > MAX_QR_VERSION) throw new Error(`credential needs QR version ${qr.version} (> ${MAX_QR_VERSION})`);
  const qrSvg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: QR_ERROR_CORRECTION, version: qr.version, margin: 4 });
  return {
    payload,
    qrSvg,
    qrVersion: qr.version,
    errorCorrection: QR_ERROR_CORRECTION,
    keyId: config.signer.kid,
    statusListId: entry.listId,
    statusListIndex: entry.statusIndex,
    statusListUrl: statusListUrl(config, entry.listId),
  };
}

const KIND_NAMES: Record<string, string> = { SPECIAL_ABILITY: '专项职业能力证书', SKILL_LEVEL: '职业技能等级证书' };

/**
 * W3C VC 2.0 for wallets: masked subject (family name + **, salted ID hash), status as a
 * BitstringStatusListEntry pointing at the province's list; secured as VC-JOSE (a JWT whose payload is
 * the credential) with the credential key.
 */
export async function buildVerifiableCredential(c: Certificate, entry: CredentialStatusEntry, code: string | null, config = credentialConfig()): Promise<{ document: string; jwt: string }> {
  const listUrl = statusListUrl(config, entry.listId);
  const credential = {
    '@context': [VC_CONTEXT_V2],
    id: `urn:skillfed:certificate:${c.number}`,
    type: ['VerifiableCredential', 'SkillfedCertificateCredential'],
    name: KIND_NAMES[c.kind] ?? c.kind,
    issuer: { id: config.baseUrl, name: c.issuerBody },
    validFrom: `${c.issuedOn}T00:00:00+08:00`,
    credentialSubject: {
      type: 'CertificateHolder',
      name: maskName(c.holderName),
      idNumberHash: { algorithm: `scrypt-N${ID_HASH_PARAMS.N}-r${ID_HASH_PARAMS.r}-p${ID_HASH_PARAMS.p}`, salt: entry.idSalt, hash: entry.idHash },
      certificate: {
        number: c.number,
        kind: c.kind,
        ...(c.kind === 'SKILL_LEVEL' ? { occupationCode: code, level: c.level } : { projectCode: code }),
        issuerCode: c.issuerCode,
        issuerTier: c.issuerTier,
        province: c.province,
        issuedOn: c.issuedOn,
        compactPayloadPrefix: CREDENTIAL_PREFIX,
      },
    },
    credentialStatus: {
      id: `${listUrl}#${entry.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(entry.statusIndex),
      statusListCredential: listUrl,
    },
  };
  return { document: JSON.stringify(credential), jwt: await signVcJwt(credential, config.signer) };
}

/**
 * Project codes from the catalog (special-ability certificates store the project id), one peer call
 * per request for all the certificates asked about. Skill-level certificates carry their occupation code.
 */
export async function projectCodes(catalog: PeerClient | undefined, ids: string[], caller: Caller): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!catalog || unique.length === 0) return new Map();
  const data = await catalog.query<{ _entities: ({ id: string; code: string } | null)[] }>(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id code } } }',
    { r: unique.map((id) => ({ __typename: 'Project', id })) },
    caller,
  );
  return new Map(data._entities.filter((p): p is { id: string; code: string } => !!p).map((p) => [p.id, p.code]));
}

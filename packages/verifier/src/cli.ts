#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCredential } from './format';
import { keyRingFromJwks } from './keys';
import { CredentialCache, defaultCacheDir, fetchKeys, fetchStatusList } from './store';
import { verifyStatusList } from './status-list';
import { EXIT_CODES, verifyCredential, type VerificationResult } from './verify';

const USAGE = `usage: npm run verify -- [options] '<SF1:… payload>'   (or - to read it from stdin)

Verifies a skillfed certificate QR payload offline: the signature with cached public keys, revocation
with a cached status list.

  --keys FILE        JWK set of the credential keys (default: the cache)
  --status FILE      a status list (vc+jwt) file; repeat for several lists (default: the cache)
  --cache DIR        cache folder (default $SKILLFED_VERIFY_CACHE or ~/.cache/skillfed-verify)
  --gateway URL      the federation's public address: fetch the keys and the payload's status list
                     when missing or stale, and keep them in the cache
  --refresh          with --gateway: fetch even when the cache is fresh
  --id-number ID     confirm the holder's ID number from the ID card (MATCH / MISMATCH)
  --json             print the result as JSON
  --help

Exit codes: 0 VALID, 2 TAMPERED, 3 UNKNOWN_KEY, 4 REVOKED, 5 STALE_STATUS, 6 STATUS_UNKNOWN,
7 ID number MISMATCH, 1 bad arguments or files. Quote the payload: it may contain spaces.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: () => Promise<string>;
  env?: Record<string, string | undefined>;
  now?: Date;
  /** Where relative paths are resolved: the directory the command was typed in (npm's INIT_CWD). */
  cwd?: string;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => (data += chunk));
    process.stdin.on('end', () => resolve(data));
    process.stdin.on('error', reject);
  });
}

function describe(r: VerificationResult): string {
  const lines = [`${r.verdict}: ${r.message}`];
  const c = r.claims;
  if (c) {
    lines.push(
      `  证书编号 number:      ${c.number}`,
      `  种类 kind:            ${c.kind === 'SPECIAL_ABILITY' ? '专项职业能力证书 SPECIAL_ABILITY' : '职业技能等级证书 SKILL_LEVEL'}`,
      `  项目/职业 code:       ${c.code ?? '-'}${c.level ? `  等级 level ${c.level}` : ''}`,
      `  发证机构 issuer code: ${c.issuerCode}`,
      `  发证日期 issued on:   ${c.issuedOn}`,
      `  持证人 holder:        ${c.holderName}`,
      `  状态列表 status:      ${c.statusListId} #${c.statusIndex}${r.statusAsOf ? ` (as of ${r.statusAsOf}, valid until ${r.statusValidUntil})` : ''}`,
    );
  }
  if (r.kid) lines.push(`  签名密钥 key:         ${r.kid}`);
  if (r.idNumber) lines.push(`  身份证号 ID number:   ${r.idNumber === 'MATCH' ? 'MATCH 相符' : 'MISMATCH 不符'}`);
  return lines.join('\n') + '\n';
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        keys: { type: 'string' },
        status: { type: 'string', multiple: true },
        cache: { type: 'string' },
        gateway: { type: 'string' },
        refresh: { type: 'boolean' },
        'id-number': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT_CODES.USAGE;
  }
  const { values, positionals } = parsed;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? env.INIT_CWD ?? process.cwd();
  const file = (name: string) => path.resolve(cwd, name);
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`${positionals.length === 0 ? 'give the payload' : `expected one payload, got ${positionals.length} arguments: quote the payload, it may contain spaces`}\n\n${USAGE}\n`);
    return EXIT_CODES.USAGE;
  }
  const payload = positionals[0] === '-' ? (await (io.stdin ?? readStdin)()).trim() : positionals[0];
  const now = io.now ?? new Date();
  const cache = new CredentialCache(values.cache ? file(values.cache) : defaultCacheDir(env));
  let gateway: string | undefined;
  if (values.gateway) {
    try {
      gateway = new URL(values.gateway).toString();
    } catch {
      io.stderr(`--gateway must be a URL, got ${JSON.stringify(values.gateway)}\n`);
      return EXIT_CODES.USAGE;
    }
  }

  // Keys: a given file, else the cache; online, fetched when missing or when the payload's kid is unknown.
  let jwks: unknown;
  try {
    jwks = values.keys ? JSON.parse(fs.readFileSync(file(values.keys), 'utf8')) : cache.readKeys();
  } catch (error) {
    io.stderr(`cannot read the keys: ${(error as Error).message}\n`);
    return EXIT_CODES.USAGE;
  }
  let kid: string | undefined;
  let listId: string | undefined;
  let malformed = false;
  try {
    const p = parseCredential(payload);
    kid = p.kid;
    listId = p.claims.statusListId;
  } catch {
    // Malformed: TAMPERED whatever keys are at hand; nothing to fetch for it.
    malformed = true;
  }
  const knows = (set: unknown) => {
    try {
      return !!set && (!kid || keyRingFromJwks(set).has(kid));
    } catch {
      return false;
    }
  };
  if (gateway && !malformed && !values.keys && (values.refresh || !knows(jwks))) {
    try {
      jwks = await fetchKeys(gateway);
      cache.writeKeys(jwks);
    } catch (error) {
      io.stderr(`could not fetch the keys (${(error as Error).message}); using the cache\n`);
    }
  }
  if (!jwks && malformed) jwks = { keys: [] };
  if (!jwks) {
    io.stderr(`no credential keys: pass --keys FILE or --gateway URL once to fill the cache (${cache.dir})\n`);
    return EXIT_CODES.USAGE;
  }
  let keys;
  try {
    keys = keyRingFromJwks(jwks);
  } catch (error) {
    io.stderr(`the keys are not a JWK set: ${(error as Error).message}\n`);
    return EXIT_CODES.USAGE;
  }

  // Status lists: given files first (matched by their own id), else the cache, refreshed online when stale.
  const given = new Map<string, string>();
  for (const name of values.status ?? []) {
    let jwt: string;
    try {
      jwt = fs.readFileSync(file(name), 'utf8').trim();
    } catch (error) {
      io.stderr(`cannot read status list ${name}: ${(error as Error).message}\n`);
      return EXIT_CODES.USAGE;
    }
    try {
      given.set((await verifyStatusList(jwt, keys)).listId, jwt);
    } catch (error) {
      io.stderr(`ignoring status list ${name}: ${(error as Error).message}\n`);
    }
  }
  if (gateway && listId && !given.has(listId)) {
    let fresh = false;
    const cached = cache.readStatus(listId);
    if (cached && !values.refresh) {
      try {
        fresh = (await verifyStatusList(cached, keys)).validUntil.getTime() >= now.getTime();
      } catch {
        fresh = false;
      }
    }
    if (!fresh) {
      try {
        cache.writeStatus(listId, await fetchStatusList(gateway, listId));
      } catch (error) {
        io.stderr(`could not fetch status list ${listId} (${(error as Error).message}); using the cache\n`);
      }
    }
  }
  const result = await verifyCredential(payload, {
    keys,
    now,
    idNumber: values['id-number'],
    statusList: (id) => given.get(id) ?? cache.readStatus(id),
  });
  if (values.json) {
    const { claims, ...rest } = result;
    const out = claims ? { ...rest, claims: { ...claims, idSalt: Buffer.from(claims.idSalt).toString('base64url'), idHash: Buffer.from(claims.idHash).toString('base64url') } } : rest;
    io.stdout(JSON.stringify(out, null, 2) + '\n');
  } else {
    io.stdout(describe(result));
  }
  return result.exitCode;
}

if (require.main === module) {
  runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }).then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(EXIT_CODES.USAGE);
    },
  );
}

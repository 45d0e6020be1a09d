import crypto from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';

/**
 * `npm run keys`: prints a fresh set of caller-assertion keys as environment lines. GATEWAY_SIGNING_KEY
 * goes to the gateway only; GATEWAY_VERIFY_KEYS and PEER_SIGNING_KEYS to every subgraph. To rotate, add
 * the new public key to GATEWAY_VERIFY_KEYS (keeping the old one) on the subgraphs, restart them, switch
 * the gateway's GATEWAY_SIGNING_KEY, and drop the old public key a minute later (assertions live ≤ 60 s).
 * Peer keys rotate the same way: put the new key second everywhere, then first, then remove the old one.
 * CREDENTIAL_SIGNING_KEYS goes to the certificates subgraph only: it signs QR credentials, status lists
 * and VC exports. To rotate it, put the new key first and keep the old one listed (its public half stays
 * published, so QR codes printed before still verify).
 */
export async function generateKeys(now = new Date()): Promise<Record<string, string>> {
  const stamp = now.toISOString().slice(0, 10);
  const kid = `gw-${stamp}-${crypto.randomBytes(3).toString('hex')}`;
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA' };
  return {
    GATEWAY_SIGNING_KEY: JSON.stringify(privateJwk),
    GATEWAY_VERIFY_KEYS: JSON.stringify({ keys: [publicJwk] }),
    PEER_SIGNING_KEYS: `peer-${stamp}-${crypto.randomBytes(3).toString('hex')}:${crypto.randomBytes(32).toString('base64url')}`,
    GATEWAY_SHARED_SECRET: crypto.randomBytes(32).toString('hex'),
    CREDENTIAL_SIGNING_KEYS: JSON.stringify({ keys: [await credentialKey(now)] }),
  };
}

/** An Ed25519 credential key; its kid is short because it travels in every QR code. */
export async function credentialKey(now = new Date()): Promise<Record<string, unknown>> {
  const kid = `cred-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${crypto.randomBytes(2).toString('hex')}`;
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' };
}

if (require.main === module) {
  generateKeys().then(
    (keys) => process.stdout.write(Object.entries(keys).map(([name, value]) => `${name}='${value}'`).join('\n') + '\n'),
    (error: Error) => {
      process.stderr.write(error.message + '\n');
      process.exit(1);
    },
  );
}

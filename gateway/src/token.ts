import { DEV_JWT_SECRET } from '@skillfed/common';
import { hasProvince, isDivisionWithin, listProvinces } from '@skillfed/province-rules';
import { SignJWT } from 'jose';

/**
 * Prints a development token: `token national-admin` or `token province-operator SHANDONG`. It signs
 * only with the development secret and refuses when a real secret or an OIDC issuer is configured,
 * so it can never mint tokens that production would accept.
 */
export async function makeDevToken(args: string[], env: Record<string, string | undefined> = process.env): Promise<string> {
  if (env.NODE_ENV === 'production' || env.JWT_JWKS_URL || (env.JWT_SECRET && env.JWT_SECRET !== DEV_JWT_SECRET)) {
    throw new Error('refusing to sign: a production JWT configuration is present (NODE_ENV=production, JWT_JWKS_URL or a non-development JWT_SECRET)');
  }
  const [kind, ...provinces] = args;
  const codes = listProvinces().map((p) => p.identity.code).join(', ');
  let claims: { role: string; provinces?: string[] };
  if (kind === 'national-admin') claims = { role: 'NATIONAL_ADMIN' };
  else if (kind === 'province-operator') {
    if (provinces.length === 0) throw new Error(`name the province: token province-operator <${codes}>`);
    const unknown = provinces.filter((p) => !hasProvince(p));
    if (unknown.length) throw new Error(`unknown province ${unknown.join(', ')}; one of ${codes}`);
    claims = { role: 'PROVINCE_OPERATOR', provinces };
  } else if (kind === 'examiner') {
    const [province, examinerId] = provinces;
    if (!province || !hasProvince(province) || !examinerId) throw new Error(`usage: token examiner <${codes}> <examinerId>`);
    return new SignJWT({ role: 'EXAMINER', provinces: [province] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(examinerId)
      .setIssuedAt()
      .setExpirationTime('12h')
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
  } else if (kind === 'city-operator') {
    // token city-operator SHANDONG 370100 [370200 …]: the centre of one or more cities of one province.
    const [province, ...cityCodes] = provinces;
    if (!province || !hasProvince(province) || cityCodes.length === 0) throw new Error(`usage: token city-operator <${codes}> <cityCode (GB/T 2260, e.g. 370100)> [cityCode …]`);
    const bad = cityCodes.filter((c) => !/^\d{4}00$/.test(c) || !isDivisionWithin(province, c));
    if (bad.length) throw new Error(`not a city of ${province}: ${bad.join(', ')}`);
    return sign({ role: 'CITY_OPERATOR', provinces: [province], cityCodes }, `dev-city-operator-${cityCodes.join('-')}`);
  } else if (kind === 'institution-staff') {
    const [province, institutionId] = provinces;
    if (!province || !hasProvince(province) || !institutionId) throw new Error(`usage: token institution-staff <${codes}> <institutionId>`);
    return sign({ role: 'INSTITUTION_STAFF', provinces: [province], institutionId }, `dev-institution-staff-${institutionId.slice(0, 8)}`);
  } else throw new Error(`usage: token national-admin | token province-operator <${codes}> | token city-operator <${codes}> <cityCode…> | token institution-staff <${codes}> <institutionId> | token examiner <${codes}> <examinerId>`);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`dev-${kind}${provinces.length ? `-${provinces.join('-').toLowerCase()}` : ''}`)
    .setIssuedAt()
    .setExpirationTime('12h')
    .sign(new TextEncoder().encode(DEV_JWT_SECRET));
}

function sign(claims: Record<string, unknown>, subject: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt().setExpirationTime('12h').sign(new TextEncoder().encode(DEV_JWT_SECRET));
}

if (require.main === module) {
  makeDevToken(process.argv.slice(2)).then(
    (token) => process.stdout.write(token + '\n'),
    (error: Error) => {
      process.stderr.write(error.message + '\n');
      process.exit(2);
    },
  );
}

// Anonymous callers verify one certificate by number and holder name; lists need a token.
const SAMPLE_QUERY = '{ verifyCertificate(number: "Z370100240000001", holderName: "张三") { matched status holderName issuer { body } issuedOn } }';
const OPERATOR_QUERY = '{ institutions { totalCount nodes { name cityCode contactPhone } } certificates(first: 5) { totalCount nodes { number holderName project { name } } } }';

/**
 * What `npm start` prints once the gateway listens. Kept apart from main.ts (which starts the server
 * on import) so the README test can run exactly these commands.
 */
export function startBanner(url: string, options: { explorer?: boolean } = {}): string {
  return [
    '',
    `skillfed gateway ready at ${url}`,
    ...(options.explorer ? [`Explorer (GraphiQL, served locally): open ${url} in a browser`] : []),
    'Try (no token needed to verify a certificate):',
    `  curl -s ${url} -H 'content-type: application/json' -d '${JSON.stringify({ query: SAMPLE_QUERY })}'`,
    'Operator view (a development token; -s keeps npm quiet so only the token is captured):',
    '  TOKEN=$(npm run -s token -- province-operator SHANDONG)',
    `  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '${JSON.stringify({ query: OPERATOR_QUERY })}'`,
    '',
  ].join('\n') + '\n';
}

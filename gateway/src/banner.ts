// Anonymous callers verify one certificate by number and holder name; lists need a token.
const SAMPLE_QUERY = '{ verifyCertificate(number: "Z370100240000001", holderName: "张三") { matched status holderName issuer { body } issuedOn } }';
const OPERATOR_QUERY = '{ institutions { totalCount nodes { name cityCode contactPhone } } certificates(first: 5) { totalCount nodes { number holderName project { name } } } }';

/**
 * What `npm start` prints once the gateway listens. Kept apart from main.ts (which starts the server
 * on import) so the README test can run exactly these commands.
 */
export function startBanner(url: string, options: { explorer?: boolean; dashboard?: boolean; production?: boolean } = {}): string {
  // Production: anonymous callers run trusted documents only and development tokens do not work, so no samples.
  if (options.production) return ['', `skillfed gateway ready at ${url}`, ''].join('\n') + '\n';
  return [
    '',
    `skillfed gateway ready at ${url}`,
    ...(options.explorer ? [`Explorer (GraphiQL, served locally): open ${url} in a browser`] : []),
    ...(options.dashboard === undefined
      ? []
      : [
          options.dashboard
            ? `Dashboard (跨省统计看板): open ${new URL('/dashboard/', url)} and sign in with: npm run -s token -- national-admin`
            : 'Dashboard not built: npm run build writes dashboard/dist (or set DASHBOARD_DIR)',
        ]),
    'Try (no token needed to verify a certificate):',
    `  curl -s ${url} -H 'content-type: application/json' -d '${JSON.stringify({ query: SAMPLE_QUERY })}'`,
    'Operator view (a development token; -s keeps npm quiet so only the token is captured):',
    '  TOKEN=$(npm run -s token -- province-operator SHANDONG)',
    `  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '${JSON.stringify({ query: OPERATOR_QUERY })}'`,
    '',
  ].join('\n') + '\n';
}

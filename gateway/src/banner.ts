const SAMPLE_QUERY = '{ certificates(first: 5) { totalCount nodes { number holderName institution { name } project { name } exam { id startDate } } } }';
const OPERATOR_QUERY = '{ institutions { totalCount nodes { name cityCode contactPhone } } }';

/**
 * What `npm start` prints once the gateway listens. Kept apart from main.ts (which starts the server
 * on import) so the README test can run exactly these commands.
 */
export function startBanner(url: string, options: { explorer?: boolean } = {}): string {
  return [
    '',
    `skillfed gateway ready at ${url}`,
    ...(options.explorer ? [`Explorer (GraphiQL, served locally): open ${url} in a browser`] : []),
    'Try (no token needed for public data):',
    `  curl -s ${url} -H 'content-type: application/json' -d '${JSON.stringify({ query: SAMPLE_QUERY })}'`,
    'Operator view (a development token; -s keeps npm quiet so only the token is captured):',
    '  TOKEN=$(npm run -s token -- province-operator SHANDONG)',
    `  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '${JSON.stringify({ query: OPERATOR_QUERY })}'`,
    '',
  ].join('\n') + '\n';
}

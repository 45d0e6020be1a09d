import { createLogger } from '@skillfed/common';
import { parseGatewayConfig } from './config';
import { createGatewayServer, createVerifierFromConfig, readSupergraph } from './gateway';

const SAMPLE_QUERY = '{ certificates(first: 5) { totalCount nodes { number holderName institution { name } project { name } exam { id startDate } } } }';

async function start(): Promise<void> {
  const logger = createLogger('gateway');
  const config = parseGatewayConfig();
  const server = await createGatewayServer({ ...config, supergraphSdl: readSupergraph(), verifyCaller: createVerifierFromConfig(config), logger });
  const running = await server.listen(config.port, config.host);
  logger.info('listening', { url: running.url, subgraphs: config.subgraphUrls });
  process.stdout.write(
    [
      '',
      `skillfed gateway ready at ${running.url}`,
      server.dashboard
        ? `Dashboard (跨省统计看板): ${new URL('/dashboard/', running.url)}  — sign in with a token from: npm run -s token -- national-admin`
        : 'Dashboard not built (npm run build builds dashboard/dist; DASHBOARD_DIR points elsewhere)',
      'Try (no token needed for public data):',
      `  curl -s ${running.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: SAMPLE_QUERY })}'`,
      'Operator view: TOKEN=$(npm run -s token -- province-operator SHANDONG) and add -H "authorization: Bearer $TOKEN"',
      '',
    ].join('\n') + '\n',
  );
  const shutdown = () => running.stop().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

start().catch((error: unknown) => {
  createLogger('gateway').error('start_failed', { name: (error as Error)?.name, message: (error as Error)?.message });
  process.exit(1);
});

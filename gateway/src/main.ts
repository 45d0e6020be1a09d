import { createLogger, isProduction } from '@skillfed/common';
import { parseGatewayConfig } from './config';
import { startBanner } from './banner';
import { createGatewayServer, createVerifierFromConfig, readSupergraph } from './gateway';

async function start(): Promise<void> {
  const logger = createLogger('gateway');
  const config = parseGatewayConfig();
  const server = await createGatewayServer({ ...config, supergraphSdl: readSupergraph(), verifyCaller: createVerifierFromConfig(config), logger });
  const running = await server.listen(config.port, config.host);
  logger.info('listening', { url: running.url, subgraphs: config.subgraphUrls });
  process.stdout.write(startBanner(running.url, { explorer: server.explorer, dashboard: server.dashboard, production: isProduction() }));
  const shutdown = () => running.stop().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

start().catch((error: unknown) => {
  createLogger('gateway').error('start_failed', { name: (error as Error)?.name, message: (error as Error)?.message });
  process.exit(1);
});

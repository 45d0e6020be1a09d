import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Listens on `port` (0 = any free port, as tests use) and returns the GraphQL URL and a stopper. */
export async function listen(app: Express, port: number, host: string, onStop: () => Promise<void>): Promise<RunningServer> {
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    port: address.port,
    url: `http://${host}:${address.port}/graphql`,
    stop() {
      stopped ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await onStop();
      })();
      return stopped;
    },
  };
}

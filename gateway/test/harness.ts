import { SUBGRAPHS, type RunningServer, type SubgraphName, type SubgraphServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, findPlainPersonalData, type GraphQLResponse, type TestDatabase } from '@skillfed/common/testing';
import { createServer as catalog } from '@skillfed/subgraph-catalog';
import { createServer as certificates } from '@skillfed/subgraph-certificates';
import { createServer as examiners } from '@skillfed/subgraph-examiners';
import { createServer as exams } from '@skillfed/subgraph-exams';
import { createServer as institutions } from '@skillfed/subgraph-institutions';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { createCallerVerifier } from '../src/auth';
import { createGatewayServer, readSupergraph, type GatewayOptions } from '../src/gateway';
import { makeDevToken } from '../src/token';
import { DEV_JWT_SECRET } from '@skillfed/common';

const FACTORIES = { institutions, catalog, exams, examiners, certificates };

export interface Federation {
  url: string;
  subgraphs: Record<SubgraphName, { server: SubgraphServer; running: RunningServer }>;
  fetches: string[];
  stop(): Promise<void>;
}

/** Five subgraphs and the gateway in-process on free ports, each subgraph on its own fresh database. */
/** `supergraphSdl`: a freshly composed supergraph, for tests that register a province first (default: the checked-in file). */
export async function startFederation(
  database: TestDatabase,
  options: { down?: SubgraphName[]; timeoutMs?: number; gateway?: Partial<GatewayOptions>; supergraphSdl?: string; dashboardDir?: string } = {},
): Promise<Federation> {
  const subgraphs = {} as Federation['subgraphs'];
  const DOWN = 'http://127.0.0.1:9/graphql';
  // Peers resolve lazily: exams and examiners ask each other, so neither can start first with the other's URL.
  const lazy = (name: SubgraphName) => () => (options.down?.includes(name) ? DOWN : subgraphs[name]?.running.url ?? DOWN);
  // SUBGRAPHS lists institutions before exams (asks for sites) and exams before examiners (asks for bookings).
  for (const name of SUBGRAPHS) {
    if (options.down?.includes(name)) continue;
    const peerUrls = { exams: lazy('exams'), institutions: lazy('institutions'), examiners: lazy('examiners'), certificates: lazy('certificates'), catalog: lazy('catalog') };
    const server = await FACTORIES[name]({ database: database.config(name), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true, peerUrls });
    subgraphs[name] = { server, running: await server.listen(0) };
  }
  // A subgraph that is "down" gets a port nothing listens on.
  const urls = Object.fromEntries(SUBGRAPHS.map((name) => [name, subgraphs[name]?.running.url ?? DOWN])) as Record<SubgraphName, string>;
  const fetches: string[] = [];
  const gateway = await createGatewayServer({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    subgraphUrls: urls,
    gatewaySecret: TEST_GATEWAY_SECRET,
    timeoutMs: options.timeoutMs ?? 5000,
    verifyCaller: createCallerVerifier({ kind: 'hs256', secret: DEV_JWT_SECRET }),
    onFetch: (name) => fetches.push(name),
    dashboardDir: options.dashboardDir,
    // Suites send hundreds of anonymous requests from one address; the rate limit has its own tests.
    rateLimit: { anonymous: null, operations: {} },
    ...options.gateway,
  });
  const running = await gateway.listen(0);
  return {
    url: running.url,
    subgraphs,
    fetches,
    async stop() {
      // Issue 9 "done when": after the demo seed and whatever the suite wrote, no table of any subgraph
      // holds a plain resident ID or mobile number. Every gateway suite checks it as it stops.
      const found = [];
      for (const [name, { server }] of Object.entries(subgraphs)) {
        if (server.database.dataSource.isInitialized) found.push(...(await findPlainPersonalData(server.database.dataSource)).map((hit) => ({ subgraph: name, ...hit })));
      }
      await running.stop();
      for (const { running: r } of Object.values(subgraphs)) await r.stop();
      if (found.length) throw new Error(`plain personal data at rest: ${JSON.stringify(found)}`);
    },
  };
}

export async function tokenFor(kind: 'national-admin' | 'province-operator' | 'examiner' | 'city-operator' | 'institution-staff', province?: string, ...rest: string[]): Promise<string> {
  return makeDevToken([kind, ...(province ? [province] : []), ...rest], {});
}

export async function gql<T = any, V = Record<string, unknown>>(
  url: string,
  query: string | DocumentNode | TypedDocumentNode<T, V>,
  options: { variables?: V; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables: options.variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

import http from 'node:http';
import net from 'node:net';
import { callers, testAssertion, testDatabases, TEST_GATEWAY_SECRET } from '@skillfed/common/testing';
import { CALLER_HEADER, GATEWAY_SECRET_HEADER } from '@skillfed/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryingFetch } from '../src/remote-data-source';
import { createSubgraphFetcher } from '../src/subgraph-fetcher';
import { startFederation, tokenFor, type Federation } from './harness';

/**
 * Issue 12 item 3: a kept-alive connection idle for 6 s is reused, not closed under the client (Node's
 * default server keep-alive is 5 s, which made the gateway close connections its clients then reused).
 */
const [sqlite] = await testDatabases();

function post(agent: http.Agent, url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; reused: boolean; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('keep-alive', () => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startFederation(sqlite);
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('reuses a connection to the gateway and to a subgraph after 6 s idle, with 0 failures', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const query = JSON.stringify({ query: '{ certificates(first: 2) { nodes { number institution { name } } } }' });
    // Certificate lists need a signed-in caller (issue 10).
    const authorization = `Bearer ${await tokenFor('national-admin')}`;
    const direct = async () =>
      post(agent, fed.subgraphs.certificates.running.url, JSON.stringify({ query: '{ certificates(first: 1) { totalCount } }' }), {
        [GATEWAY_SECRET_HEADER]: TEST_GATEWAY_SECRET,
        [CALLER_HEADER]: await testAssertion(callers.admin),
      });
    const results = [await post(agent, fed.url, query, { authorization }), await direct()];
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const afterIdle = [await post(agent, fed.url, query, { authorization }), await direct()];
    for (const result of [...results, ...afterIdle]) {
      expect(result.status).toBe(200);
      expect(JSON.parse(result.body).errors).toBeUndefined();
    }
    // The same sockets were still open after 6 s idle (the servers keep them 65 s).
    expect(afterIdle.map((r) => r.reused)).toEqual([true, true]);
    agent.destroy();
  }, 30_000);
});

describe('the gateway retries a query once when a connection is reset', () => {
  let server: net.Server;
  let url: string;
  let connections = 0;
  beforeAll(async () => {
    // The first connection is dropped as soon as the request arrives (as a server closing an idle socket would).
    server = net.createServer((socket) => {
      connections++;
      const mine = connections;
      socket.once('data', () => {
        if (mine === 1) return socket.destroy();
        const body = '{"data":{"ok":true}}';
        socket.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('repeats a query and gets the answer', async () => {
    connections = 0;
    const response = await retryingFetch(2000)(url, { method: 'POST', body: JSON.stringify({ query: 'query Q { ok }' }) });
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(connections).toBe(2);
  });

  it('never repeats a mutation', async () => {
    connections = 0;
    await expect(retryingFetch(2000)(url, { method: 'POST', body: JSON.stringify({ query: 'mutation M { ok }' }) })).rejects.toThrow();
    expect(connections).toBe(1);
  });

  it('the pooled client (the default) repeats a query once and never a mutation', async () => {
    const pooled = createSubgraphFetcher({ timeoutMs: 2000 });
    try {
      connections = 0;
      const response = await pooled(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Q { ok }' }) });
      expect(await response.json()).toEqual({ data: { ok: true } });
      expect(connections).toBe(2);
      connections = 0;
      const refused = await pooled(url, { method: 'POST', body: JSON.stringify({ query: 'mutation M { ok }' }) }).catch((error: unknown) => error as TypeError & { cause?: { code?: string } });
      expect(refused).toBeInstanceOf(TypeError);
      expect((refused as { cause?: { code?: string } }).cause?.code).toMatch(/UND_ERR_SOCKET|ECONNRESET/);
      expect(connections).toBe(1);
    } finally {
      await pooled.close();
    }
  });
});

import { testDatabases } from '@skillfed/common/testing';
import { afterAll, bench, describe } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from '../test/harness';

// Throughput of the cross-subgraph certificate query through the gateway, in-process on SQLite.
// Targets are read from these numbers (README); tests never time anything.
const [sqlite] = await testDatabases();
// Set up at module level: bench mode does not run beforeAll hooks before measuring.
const fed: Federation = await startFederation(sqlite);
const token = await tokenFor('national-admin');

const QUERY = '{ certificates(first: 20) { totalCount nodes { number institution { name } project { name } exam { startDate } } } }';

describe('gateway', () => {
  afterAll(async () => {
    await fed?.stop();
    await sqlite.cleanup();
  });

  bench('certificates(first: 20) across four subgraphs', async () => {
    const { body } = await gql(fed.url, QUERY, { token });
    if (body.errors) throw new Error(body.errors[0].message);
  }, { time: 3000 });

  bench('provinces (one subgraph)', async () => {
    await gql(fed.url, '{ provinces { code name } }');
  }, { time: 2000 });
});

import fs from 'node:fs';
import express from 'express';
import { listen, type RunningServer } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerEnabled, mountExplorer } from '../src/explorer';
import { startFederation, tokenFor, type Federation } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
// CI installs Chromium (.ci/run); there a missing browser is a failure, not a skip.
if (!haveChromium && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);

describe('explorer switch', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', GATEWAY_EXPLORER: 'true' }, true],
    [{ GATEWAY_EXPLORER: 'false' }, false],
  ])('%j → %s', (env, expected) => {
    expect(explorerEnabled(env)).toBe(expected);
  });

  it('refuses a value it does not understand', () => {
    expect(() => explorerEnabled({ GATEWAY_EXPLORER: 'yes please' })).toThrow(/GATEWAY_EXPLORER/);
  });

  it('when off, a browser gets a local notice (never a CDN-loaded landing page) and the assets are gone', async () => {
    const app = express();
    mountExplorer(app, { enabled: false });
    app.use((_req, res) => void res.status(418).send('next'));
    const running: RunningServer = await listen(app, 0, '127.0.0.1', async () => {});
    try {
      const page = await fetch(running.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      const text = await page.text();
      expect(text).toContain('GATEWAY_EXPLORER=true');
      expect(text).not.toMatch(/https?:\/\//);
      expect((await fetch(running.url.replace(/\/graphql$/, '/graphql/explorer/graphiql.js'))).status).toBe(418);
      // A GraphQL client's GET is not intercepted.
      expect((await fetch(`${running.url}?query=%7B__typename%7D`, { headers: { accept: 'application/json' } })).status).toBe(418);
    } finally {
      await running.stop();
    }
  });
});

describe.skipIf(!haveChromium)('explorer in headless Chromium', () => {
  const databases: Awaited<ReturnType<typeof testDatabases>> = [];
  let fed: Federation;
  let browser: Browser;

  beforeAll(async () => {
    databases.push(...(await testDatabases()).slice(0, 1));
    fed = await startFederation(databases[0]!);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await fed?.stop();
    await databases[0]?.cleanup();
  });

  it('loads GraphiQL with no request leaving 127.0.0.1, and runs a query with the token from the Headers tab', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const failed: string[] = [];
    // Every request the page makes is recorded; anything not addressed to the gateway is aborted, so a
    // CDN script or a remote font would show up here (and the page would not render).
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (new URL(url).hostname !== '127.0.0.1') return route.abort();
      return route.continue();
    });
    page.on('requestfailed', (r) => failed.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(fed.url, { waitUntil: 'networkidle' });

    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(4);
    expect(requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
    expect(failed).toEqual([]);
    // The schema arrived (introspection through the gateway): the docs explorer can be opened.
    expect(requests.some((u) => u === fed.url)).toBe(true);

    // Set the operator's token in the Headers editor, then run a query only an operator may make.
    const token = await tokenFor('province-operator', 'SHANDONG');
    const setValue = (el: any, value: string) => el.CodeMirror.setValue(value);
    await page.locator('.graphiql-query-editor .CodeMirror').first().evaluate(setValue, '{ institutions { totalCount nodes { name province } } }');
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').evaluate(setValue, JSON.stringify({ authorization: `Bearer ${token}` }));
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`(document.querySelector('.result-window')?.textContent ?? '').includes('"data"')`, undefined, { timeout: 20_000 });
    const result = (await page.locator('.result-window').textContent()) ?? '';
    expect(result).toContain('SHANDONG');
    expect(result).not.toContain('UNAUTHENTICATED');
    expect(result).not.toContain('LIAONING');
    expect(requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
    await context.close();
  }, 120_000);
});

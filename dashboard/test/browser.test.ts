import fs from 'node:fs';
import path from 'node:path';
import { DEMO_CANDIDATES } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from '../../gateway/test/harness';

/**
 * The dashboard in a real browser (Debian's Chromium driven by playwright-core) against the whole
 * federation running in-process with the demo data: every page loads, charts draw, a filter changes
 * the figures, a demo certificate verifies, tables export, and the numbers on the page equal the
 * API's aggregates and the detail rows. Screenshots go to dashboard/test-output/ (not committed).
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const DIST = path.resolve(__dirname, '..', 'dist');
const OUT = path.resolve(__dirname, '..', 'test-output');

// One database is enough here: the statistics themselves are checked on SQLite and MariaDB in the subgraphs' tests.
const [database] = await testDatabases();

describe('dashboard in Chromium', () => {
  let federation: Federation;
  let browser: Browser;
  let page: Page;
  let base: string;
  let token: string;
  const external: string[] = [];
  const api = async <T = any>(query: string, variables?: Record<string, unknown>) => {
    const { body } = await gql<T>(federation.url, query, { token, variables });
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dashboard/dist is missing: run `npm run build` first (turbo builds it before this test)');
    if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does it)`);
    fs.mkdirSync(OUT, { recursive: true });
    federation = await startFederation(database, { dashboardDir: DIST });
    base = new URL('/dashboard/', federation.url).toString();
    token = await tokenFor('national-admin');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('console', (m) => process.stderr.write(`[browser] ${m.type()} ${m.text()}\n`));
    page.on('pageerror', (e) => process.stderr.write(`[browser] pageerror ${e.message}\n`));
    // Nothing may leave the intranet: every request must go to the gateway's own origin.
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(new URL(federation.url).origin) && !/^(data|blob):/.test(url)) external.push(url);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await federation?.stop();
    await database.cleanup();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: false });
  const text = async (testId: string) => (await page.getByTestId(testId).innerText()).trim();
  const asNumber = (s: string) => Number(s.replace(/[,%\s]/g, ''));
  /** True when the chart's canvas has painted pixels. */
  const chartDrawn = (testId: string) =>
    page.getByTestId(testId).locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
      return painted > 200;
    });
  const tableRows = (testId: string) => page.getByTestId(testId).locator('tbody tr').allInnerTexts();

  it('asks for a token, then shows every province\'s figures equal to the API and the detail rows', async () => {
    await page.goto(`${base}#/overview`);
    await expect.poll(() => page.getByTestId('sign-in').isVisible()).toBe(true);
    await shot('00-sign-in');
    await page.locator('textarea[name=token]').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('figure-candidatesExamined').waitFor();

    const stats = await api(`{ examStats(groupBy: TOTAL) { batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue archivesDueForPurge }
      byProvince: examStats(groupBy: PROVINCE) { province candidatesExamined candidatesPassed }
      certificateStats(groupBy: TOTAL) { issued } }`);
    const total = stats.examStats[0];
    expect(asNumber(await text('figure-candidatesExamined'))).toBe(total.candidatesExamined);
    expect(asNumber(await text('figure-candidatesPassed'))).toBe(total.candidatesPassed);
    expect(asNumber(await text('figure-batchesDeclared'))).toBe(total.batchesDeclared);
    expect(await text('figure-passRate')).toBe(`${(total.passRate * 100).toFixed(1)}%`);
    expect(asNumber(await text('figure-certificatesIssued'))).toBe(stats.certificateStats[0].issued);
    expect(asNumber(await text('figure-deadlinesOverdue'))).toBe(total.deadlinesOverdue);

    // The detail rows behind the aggregates: every batch's scores, and the certificate register.
    const detail = await api(`{ examBatches(first: 100) { totalCount nodes { status province scores { candidateId } passingCandidates { candidateId } } } certificates(first: 1) { totalCount } }`);
    type Batch = { status: string; scores: { candidateId: string }[]; passingCandidates: { candidateId: string }[] };
    const published: Batch[] = detail.examBatches.nodes.filter((b: Batch) => b.status === 'RESULTS_PUBLISHED');
    expect(total.candidatesExamined).toBe(new Set(published.flatMap((b) => b.scores.map((s) => s.candidateId))).size);
    expect(total.candidatesPassed).toBe(published.reduce((n, b) => n + b.passingCandidates.length, 0));
    expect(stats.certificateStats[0].issued).toBe(detail.certificates.totalCount);

    // All four provinces appear in the province table, with the API's numbers.
    const rows = await tableRows('table-province');
    expect(rows).toHaveLength(4);
    for (const [zh, code] of [['辽宁', 'LIAONING'], ['山东', 'SHANDONG'], ['广东韶关', 'GUANGDONG_SHAOGUAN'], ['江苏', 'JIANGSU']]) {
      const row = rows.find((r) => r.startsWith(zh))!;
      const api = stats.byProvince.find((p: { province: string }) => p.province === code);
      expect(row.split('\t').slice(1, 4).map(asNumber), zh).toEqual([expect.any(Number), api.candidatesExamined, api.candidatesPassed]);
    }
    for (const chart of ['chart-trend', 'chart-province', 'chart-city', 'chart-groups']) await expect.poll(() => chartDrawn(chart), { message: chart }).toBe(true);
    await shot('01-overview');
  });

  it('changes the figures with a filter, to the API\'s figures for that filter', async () => {
    const before = await text('figure-candidatesExamined');
    await page.locator('select[name=province]').selectOption('SHANDONG');
    await page.getByTestId('apply-filters').click();
    await expect.poll(() => text('figure-candidatesExamined')).not.toBe(before);
    const shandong = await api(`{ examStats(groupBy: TOTAL, filter: { provinces: [SHANDONG] }) { candidatesExamined priorityGroups { group examined } } }`);
    expect(asNumber(await text('figure-candidatesExamined'))).toBe(shandong.examStats[0].candidatesExamined);
    expect(await tableRows('table-province')).toHaveLength(1);
    const groups = await tableRows('table-groups');
    const veterans = shandong.examStats[0].priorityGroups.find((g: { group: string }) => g.group === 'VETERAN');
    expect(asNumber(groups.find((r) => r.startsWith('退役军人'))!.split('\t')[1])).toBe(veterans.examined);
    await expect.poll(() => chartDrawn('chart-groups')).toBe(true);
    await shot('02-overview-shandong');

    // A city narrows it further (Qingdao's institution only).
    await page.locator('select[name=cityCode]').selectOption('370200');
    await page.getByTestId('apply-filters').click();
    const qingdao = await api(`{ examStats(groupBy: TOTAL, filter: { cityCodes: ["370200"], provinces: [SHANDONG] }) { candidatesExamined } }`);
    await expect.poll(async () => asNumber(await text('figure-candidatesExamined'))).toBe(qingdao.examStats[0].candidatesExamined);
  });

  it('exports a table as CSV and XLSX', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('table-province-csv').click()]);
    const content = fs.readFileSync((await csv.path())!, 'utf8');
    expect(content.charCodeAt(0)).toBe(0xfeff);
    expect(content).toContain('省份,申报批次');
    expect(content).toContain('山东');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('table-province-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = fs.readFileSync((await xlsx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('shows the compliance board with the API\'s totals and citations', async () => {
    await page.getByTestId('nav-compliance').click();
    await page.getByTestId('figure-overdueTotal').waitFor();
    const board = await api('{ complianceBoard { overdueTotal metLateTotal refusedPanelsTotal } }');
    expect(asNumber(await text('figure-overdueTotal'))).toBe(board.complianceBoard.overdueTotal);
    expect(asNumber(await text('figure-metLateTotal'))).toBe(board.complianceBoard.metLateTotal);
    expect(asNumber(await text('figure-refusedPanelsTotal'))).toBe(board.complianceBoard.refusedPanelsTotal);
    expect((await tableRows('table-overdue')).length).toBe(board.complianceBoard.overdueTotal);
    const late = await tableRows('table-late');
    expect(late.length).toBe(board.complianceBoard.metLateTotal);
    // Liaoning's demo certificates went online late, shown with the notice's words.
    expect(late.join('\n')).toMatch(/辽宁.*证书数据上网.*辽就〔2023〕4号/s);
    expect((await tableRows('table-refused')).length).toBe(board.complianceBoard.refusedPanelsTotal);
    await expect.poll(() => chartDrawn('chart-compliance')).toBe(true);
    await expect.poll(() => page.getByTestId('pending-uploads').isVisible()).toBe(true);
    await shot('03-compliance');
  });

  it('drills down from province to institution to batch', async () => {
    await page.getByTestId('nav-drill').click();
    await page.getByTestId('drill-provinces').locator('tbody tr', { hasText: '江苏' }).click();
    const institutions = page.getByTestId('drill-institutions');
    await institutions.waitFor();
    const names = await tableRows('drill-institutions');
    expect(names.some((r) => r.includes('南京示例职业技能鉴定中心'))).toBe(true);
    await institutions.locator('tbody tr', { hasText: '南京示例职业技能鉴定中心' }).click();
    await page.getByTestId('drill-batches').waitFor();
    const batches = await tableRows('drill-batches');
    expect(batches.length).toBeGreaterThan(0);
    expect(batches[0]).toContain('RESULTS_PUBLISHED');
    await shot('04-drill');
  });

  it('puts the provinces\' rules side by side with citations', async () => {
    await page.getByTestId('nav-rules').click();
    await page.getByTestId('table-rules').waitFor();
    const rows = await tableRows('table-rules');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.join('\n')).toMatch(/\[.*(辽|鲁|苏|韶).*\]/);
    await shot('05-rules');
  });

  it('verifies a demo certificate by number and holder name, and refuses a wrong name', async () => {
    // A demo certificate and its holder, the candidate it was issued to.
    const list = await api('{ certificates(first: 1, province: JIANGSU) { nodes { number candidateId } } }');
    const certificate = list.certificates.nodes[0];
    const sample = { number: certificate.number as string, holderName: DEMO_CANDIDATES.find((c) => c.id === certificate.candidateId)!.name };
    await page.getByTestId('nav-verify').click();
    await page.locator('input[name=number]').fill(sample.number);
    await page.locator('input[name=holderName]').fill(sample.holderName);
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-matched')).toBe('true');
    expect(await text('verify-result')).toContain(sample.number);
    expect(await page.getByTestId('verify-result').getAttribute('data-status')).toBe('VALID');
    await shot('06-verify');
    await page.locator('input[name=holderName]').fill('错误姓名很长');
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-matched')).toBe('false');
  });

  it('switches to English, shows API errors, and never asks anything outside its origin', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('nav-overview').innerText()).toBe('Overview');
    await page.getByTestId('nav-overview').click();
    await page.getByTestId('figure-candidatesExamined').waitFor();
    await shot('07-overview-en');
    // A token the gateway refuses: the page says so instead of showing stale numbers.
    await page.evaluate(() => localStorage.setItem('skillfed.dashboard.token', 'not-a-token'));
    await page.reload();
    await page.getByTestId('error').waitFor();
    expect(await text('error')).toMatch(/UNAUTHENTICATED|401|token|令牌/i);
    expect(external).toEqual([]);
  });
});

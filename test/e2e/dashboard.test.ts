// End to end: the dashboard example, bundled for the browser, served over HTTP on 127.0.0.1 and
// driven in headless Chromium. It must show the sample city's numbers exactly as assessCity
// computes them, with its three charts, and without a single page or console error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assessCity, formatAssessment, type CityAssessment, type CityAssessmentInput } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..', '..');
const served = join(root, 'examples');
// The README's picture is refreshed only on request (UPDATE_SCREENSHOT=1), so that a failing
// or experimental run never overwrites it; every run saves its own under test-results/.
const screenshot = process.env['UPDATE_SCREENSHOT']
  ? join(root, 'docs', 'images', 'dashboard.png')
  : join(root, 'test-results', 'dashboard.png');
const inCi = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
// Locally a machine without Chromium skips; under CI a missing browser is a failure.
const suite = existsSync(CHROMIUM) || inCi ? describe : describe.skip;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !(extname(file) in TYPES)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)]!, 'cache-control': 'no-store' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

suite('dashboard example in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const problems: string[] = [];
  const sample = JSON.parse(readFileSync(join(served, 'sample-city.json'), 'utf8')) as CityAssessmentInput;
  const expected: CityAssessment = assessCity(sample);
  const fixed = (n: number | null): string => (n === null ? '—' : n.toFixed(2));

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
    execFileSync(process.execPath, [join(root, 'scripts', 'build-dashboard.mjs'), '--source'], {
      cwd: root,
      stdio: 'pipe',
    });
    server = await serve(served);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1600 }, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    // Nothing may leave the local server: the page and its charts are self-contained.
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(`${origin}/`)) return route.continue();
      problems.push(`external request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(`${origin}/dashboard/index.html`);
    await page.waitForFunction(() => document.documentElement.dataset['state'] !== 'loading');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  const text = (id: string): Promise<string | null> => page.locator(`[data-testid="${id}"]`).textContent();

  test('the page loads without a page error, console error or failed request', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset['state'])).toBe('ready');
    expect(await page.locator('[data-testid="error"]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  test('the key numbers equal assessCity on the same sample', async () => {
    expect(await text('city-name')).toBe(expected.city.name);
    expect(await text('overall-score')).toBe(fixed(expected.overall.score));
    expect(await text('overall-level')).toBe(
      `Level ${expected.overall.level!.level} · ${expected.overall.level!.name}`,
    );
    expect(await text('services-average')).toBe(fixed(expected.average.score));
    expect(await text('services-count')).toBe(
      `${expected.average.totalServices} services · Level ${expected.average.level!.level} · ${expected.average.level!.name}`,
    );
    expect(await text('readiness-score')).toBe(fixed(expected.readiness.score));
    expect(await text('budget-execution')).toBe(`${fixed(expected.budget!.total.executionRate)} %`);
    expect(await text('budget-band')).toBe(`band ${expected.budget!.total.band} · ${expected.budget!.currency}`);
    expect(await text('warning-count')).toBe(String(expected.warnings.length));
    expect(await text('report')).toBe(formatAssessment(expected));
  });

  test.each([
    ['area-chart', 'Area chart'],
    ['dimension-chart', 'Dimensions'],
    ['budget-chart', 'Budget vs spending'],
  ])('the %s is an accessible SVG titled for the city', async (id, prefix) => {
    const title = `${prefix}: ${expected.city.name}`;
    const svg = page.locator(`[data-testid="${id}"] > svg[role="img"]`);
    expect(await svg.count()).toBe(1);
    expect(await svg.getAttribute('aria-label')).toBe(title);
    expect(await svg.locator('title').textContent()).toBe(title);
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    // Serialised again and re-parsed as XML in the browser: still a well-formed document.
    const wellFormed = await svg.evaluate((node) => {
      const markup = new XMLSerializer().serializeToString(node);
      return new DOMParser().parseFromString(markup, 'image/svg+xml').querySelector('parsererror') === null;
    });
    expect(wellFormed).toBe(true);
  });

  test('the charts show the values of the assessment', async () => {
    const area = (await page.locator('[data-testid="area-chart"] svg').textContent()) ?? '';
    for (const row of [...expected.areas, expected.average]) expect(area).toContain(fixed(row.score));
    const radar = (await page.locator('[data-testid="dimension-chart"] svg').textContent()) ?? '';
    for (const d of expected.dimensions) {
      expect(radar).toContain(d.label);
      expect(radar).toContain(fixed(d.score));
    }
    const budget = (await page.locator('[data-testid="budget-chart"] svg').textContent()) ?? '';
    for (const a of expected.budget!.areas) expect(budget).toContain(`${fixed(a.executionRate)} %`);
  });

  test('a screenshot of the dashboard is saved', async () => {
    const bottom = await page
      .locator('[data-testid="warnings"]')
      .evaluate((node) => node.closest('.card')!.getBoundingClientRect().bottom);
    mkdirSync(join(root, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: screenshot, clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) + 12 } });
    expect(existsSync(screenshot)).toBe(true);
    expect(problems).toEqual([]);
  });
});

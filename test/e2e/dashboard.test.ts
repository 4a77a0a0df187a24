import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDriver } from '../../src/db/driver.ts';
import { ARTIFACTS, launchChromium, skipReason, startApi, watchFailures, type PwBrowser, type PwContext, type PwPage, type RunningApi } from './browser.ts';

const READY = 60_000;

describe.skipIf(skipReason !== null)('the dashboard in Chromium', () => {
  let api: RunningApi;
  let browser: PwBrowser;
  let context: PwContext;
  let page: PwPage;
  let failures: string[];

  /** Waits until the page says it has drawn everything for the current pair (or shown why not). */
  const settled = (states: string[] = ['ready']) =>
    page.waitForFunction((wanted) => wanted.includes(document.body.dataset['state'] ?? ''), states, { timeout: READY });

  beforeAll(async () => {
    api = await startApi();
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await closeDriver();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(READY);
    failures = watchFailures(page);
  });
  afterEach(async () => {
    await context.close();
    expect(failures).toEqual([]);
  });

  it('when the page opens with the sample data, then China and Kyrgyzstan are drawn: summary, three charts, topics, officials, statements', async () => {
    await page.goto(`${api.base}/`);
    await settled();
    expect(await page.locator('#country-a').inputValue()).toBe('CN');
    expect(await page.locator('#country-b').inputValue()).toBe('KG');
    expect(await page.locator('h1').textContent()).toMatch(/China.*Kyrgyzstan/);
    expect(Number((await page.locator('#stat-statements').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await page.locator('#chart-kinds svg rect').count()).toBeGreaterThan(3);
    expect(await page.locator('#chart-topics svg rect').count()).toBeGreaterThan(3);
    expect(await page.locator('#chart-tone svg circle').count()).toBeGreaterThan(0);
    expect(await page.locator('#chart-kinds svg .tick-label').count()).toBeGreaterThan(3);
    expect(await page.locator('#legend-kinds li').count()).toBeGreaterThan(1);
    expect(await page.locator('#top-topics li').count()).toBeGreaterThan(1);
    expect(await page.locator('#officials li').count()).toBeGreaterThan(1);
    expect(await page.locator('#statements > li').count()).toBeGreaterThan(1);
    expect(await page.locator('#alert').isVisible()).toBe(false);
    // The officials' counts come in a second request, after the rest of the view.
    await page.waitForFunction(() => document.getElementById('officials')?.dataset['counts'] === 'loaded', null);
    expect(Number(await page.locator('#officials .bar-value').first().textContent())).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });
  });

  it('when two unrelated countries are shown and Kyrgyzstan is then chosen, then the empty state gives way to charts and statements', async () => {
    await page.goto(`${api.base}/?a=CN&b=IS`);
    await settled(['empty']);
    expect(await page.locator('#empty').isVisible()).toBe(true);
    expect(await page.locator('#content').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-empty.png') });

    await page.locator('#country-b').selectOption('KG');
    await settled();
    expect(await page.locator('h1').textContent()).toMatch(/Kyrgyzstan/);
    expect(await page.locator('#empty').isVisible()).toBe(false);
    expect(await page.locator('#chart-kinds svg rect').count()).toBeGreaterThan(3);
    expect(await page.locator('#statements > li').count()).toBeGreaterThan(1);
    expect(await page.locator('#export-csv').evaluate((a) => a.getAttribute('href'))).toContain('between=CN%2CKG');
  });

  it('when the API answers with an error, then the page says what went wrong and offers to try again', async () => {
    let fail = true;
    await context.route(
      (url) => url.pathname === '/graphql',
      async (route) => {
        if (fail) await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Neo4j is unavailable (test)' }] }) });
        else await route.fallback();
      },
    );
    await page.goto(`${api.base}/`);
    await settled(['error']);
    expect(await page.locator('#alert').isVisible()).toBe(true);
    expect(await page.locator('#alert-text').textContent()).toContain('Neo4j is unavailable (test)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-error.png') });
    fail = false;
    await page.locator('#retry').click();
    await settled();
    expect(await page.locator('#alert').isVisible()).toBe(false);
  });

  it('when a statement is clicked, then its article opens with exactly that sentence highlighted', async () => {
    await page.goto(`${api.base}/?a=CN&b=KG`);
    await settled();
    const first = page.locator('#statements .statement-text').first();
    const sentence = await first.textContent();
    await first.click();
    const mark = page.locator('#article #highlight');
    await mark.waitFor({ state: 'visible' });
    expect(await mark.textContent()).toBe(sentence);
    expect(await page.locator('#article-text').textContent()).toContain(sentence ?? '');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-article.png') });
    await page.keyboard.press('Escape');
    await mark.waitFor({ state: 'hidden' });
  });

  it.each([
    ['Arabic', 'right to left', 'ar', 'rtl', /Arabic|Naskh|Kufi/],
    ['Chinese', 'left to right', 'zh', 'ltr', /CJK/],
  ])('when a statement in %s is opened by its link, then the highlighted sentence runs %s in a font of its script', async (_, __, language, direction, font) => {
    const res = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($language: String) { relation(a: "CN", b: "KG") { statements(filter: { language: $language }, first: 1) { edges { node { text start end article { id } } } } } }',
        variables: { language },
      }),
    });
    const body = (await res.json()) as { data: { relation: { statements: { edges: Array<{ node: { text: string; start: number; end: number; article: { id: string } } }> } } } };
    const statement = body.data.relation.statements.edges[0]?.node;
    expect(statement).toBeDefined();
    const link = new URLSearchParams({ article: statement!.article.id, start: String(statement!.start), end: String(statement!.end) });
    await page.goto(`${api.base}/?a=CN&b=KG#${link}`);
    const mark = page.locator('#article #highlight');
    await mark.waitFor({ state: 'visible' });
    expect(await mark.textContent()).toBe(statement!.text);
    expect(await mark.evaluate((el) => getComputedStyle(el).direction)).toBe(direction);
    expect(await page.locator('#article-text').evaluate((el) => el.lang)).toBe(language);
    // The fonts Chromium really drew the sentence with: without Noto, Arabic and Chinese come out as boxes.
    const cdp = await context.newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#highlight' })) as { nodeId: number };
    await cdp.send('CSS.enable');
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: Array<{ familyName: string; glyphCount: number }> };
    const main = [...fonts].sort((x, y) => y.glyphCount - x.glyphCount)[0];
    expect(main?.familyName).toMatch(font);
    await page.screenshot({ path: path.join(ARTIFACTS, `dashboard-article-${language}.png`) });
  });
});

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

  it('when an Arabic statement is opened by its link, then the highlighted sentence runs right to left in an Arabic font', async () => {
    await page.goto(`${api.base}/?a=CN&b=KG`);
    await settled();
    await page.locator('#filter-text').fill('الصين');
    await page.waitForFunction(() => [...document.querySelectorAll('#statements .statement-text')].some((b) => b.getAttribute('lang') === 'ar'), null);
    const arabic = page.locator('#statements .statement-text[lang="ar"]').first();
    const sentence = await arabic.textContent();
    await arabic.click();
    const mark = page.locator('#article #highlight');
    await mark.waitFor({ state: 'visible' });
    expect(await mark.textContent()).toBe(sentence);
    expect(await mark.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('#article-text').evaluate((el) => el.lang)).toBe('ar');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-article-ar.png') });
  });
});

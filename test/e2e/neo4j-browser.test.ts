import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { storedPassword } from '../../src/neo4j/configure.ts';
import { serverLayout } from '../../src/neo4j/layout.ts';
import { readyQueries } from '../../src/api/browse-files.ts';
import { ARTIFACTS, launchChromium, skipReason, startApi, watchFailures, type PwBrowser, type PwPage, type PwRoute, type RunningApi } from './browser.ts';

const cfg = config();
const local = cfg.neo4j.uri === undefined;
const skip = skipReason ?? (local ? null : 'NEO4J_URI points to another Neo4j; this test opens the local server\'s Browser');

/**
 * Types a command into the Browser's editor and runs it, then waits for its result frame: the editor takes the
 * next command only once it has been cleared. insertText avoids the editor's auto-closing of quotes.
 */
async function run(page: PwPage, command: string) {
  const frames = await page.locator('[data-testid="frame"]').count();
  // The first .monaco-editor is the editor itself; Monaco adds others (the rename box) inside it.
  await page.locator('[data-testid="activeEditor"] .monaco-editor').first().click();
  await page.keyboard.insertText(command);
  await page.locator('[data-testid="editor-Run"]').click();
  await page.waitForFunction((before) => document.querySelectorAll('[data-testid="frame"]').length > before, frames);
  await page.waitForFunction(() => (document.querySelector('[data-testid="activeEditor"] .view-lines')?.textContent ?? '').trim() === '', null);
}

describe.skipIf(skip !== null)('Neo4j Browser on the local server', () => {
  let api: RunningApi;
  let browser: PwBrowser;

  beforeAll(async () => {
    api = await startApi();
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await closeDriver();
  });

  it('when a researcher logs in with the local password and runs the ready relation query, then the Dyad graph shows its nodes', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    // The Browser bundle asks third parties (web fonts, usage analytics, the feedback widget); the test
    // answers those itself so that nothing leaves the machine. It also probes the Bolt port over HTTP for a
    // discovery document, which Bolt cannot serve: the test answers that probe with 404, which the Browser
    // reads the same way (no discovery there). Every other request must succeed.
    const answered: string[] = [];
    const boltPort = String(cfg.local.boltPort);
    await context.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) || url.port === boltPort,
      async (route: PwRoute) => {
        const url = new URL(route.request().url());
        answered.push(url.origin);
        if (url.port === boltPort) await route.fulfill({ status: 404, body: '' });
        else if (url.pathname.endsWith('.js')) await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
        else if (url.hostname.startsWith('fonts.')) await route.fulfill({ status: 200, contentType: 'text/css', body: '' });
        else await route.fulfill({ status: 204, body: '' });
      },
    );
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const failures = watchFailures(page);

    await page.goto(`http://127.0.0.1:${cfg.local.httpPort}/browser/`);
    await page.locator('[data-testid="password"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="username"]').fill(cfg.neo4j.user);
    await page.locator('[data-testid="password"]').fill(cfg.neo4j.password ?? storedPassword(serverLayout()) ?? '');
    await page.locator('[data-testid="connect"]').click();
    await page.waitForFunction(() => document.body.innerText.includes('You are connected as user'), null);

    await run(page, `:style http://localhost:${api.port}/browse/dyad.grass`);
    const relation = readyQueries().find((q) => q.name === 'relation');
    expect(relation).toBeDefined();
    for (const param of relation?.params ?? []) await run(page, param);
    await run(page, (relation?.query ?? '').replace(/\s+/g, ' '));

    // Frames stack newest first: the first frame is the query's, and its graph view draws one <g.node> per node.
    await page.waitForFunction(() => (document.querySelector('[data-testid="frame"]')?.querySelectorAll('svg g.node').length ?? 0) > 2, null);
    const frame = page.locator('[data-testid="frame"]').first();
    expect(await frame.evaluate((el) => el.querySelectorAll('svg g.node').length)).toBeGreaterThan(2);
    expect(await frame.evaluate((el) => el.innerText)).toMatch(/Country/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'neo4j-browser.png') });
    await context.close();
    expect(failures).toEqual([]);
  }, 180_000);
});

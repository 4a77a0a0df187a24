// What the browser tests share: playwright-core driving Debian's Chromium (no browser download), the API on a
// free port with the sample articles ingested, and a record of every failed request. playwright-core is loaded
// by a computed name, so that without it the tests skip (with the reason below) instead of failing to import.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config.ts';
import { listen } from '../../src/cli/serve.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { readSources } from '../../src/ingest/sources.ts';
import { runIngest } from '../../src/ingest/run-ingest.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test', 'artifacts');

// The part of playwright-core's API these tests use, typed here because the package (and its types) may be
// missing; the names and signatures are playwright-core's own.
export interface PwRequest { url(): string; method(): string; failure(): { errorText: string } | null }
export interface PwRoute {
  request(): PwRequest;
  fulfill(response: { status?: number; contentType?: string; body?: string }): Promise<void>;
  fallback(): Promise<void>;
}
export interface PwLocator {
  click(options?: { timeout?: number }): Promise<void>;
  fill(value: string): Promise<void>;
  count(): Promise<number>;
  first(): PwLocator;
  nth(index: number): PwLocator;
  textContent(): Promise<string | null>;
  inputValue(): Promise<string>;
  isVisible(): Promise<boolean>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  selectOption(value: string): Promise<string[]>;
  evaluate<R>(fn: (element: HTMLElement) => R): Promise<R>;
}
export interface PwPage {
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle'; timeout?: number }): Promise<unknown>;
  locator(selector: string): PwLocator;
  on(event: 'requestfailed', listener: (request: PwRequest) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, options?: { timeout?: number }): Promise<unknown>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  keyboard: { insertText(text: string): Promise<void>; press(key: string): Promise<void> };
  setDefaultTimeout(ms: number): void;
  close(): Promise<void>;
}
export interface PwCdpSession { send(method: string, params?: Record<string, unknown>): Promise<unknown> }
export interface PwContext {
  newPage(): Promise<PwPage>;
  newCDPSession(page: PwPage): Promise<PwCdpSession>;
  route(match: (url: URL) => boolean, handler: (route: PwRoute) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}
export interface PwBrowser {
  newContext(options?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number; locale?: string }): Promise<PwContext>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(options: { executablePath: string; args: string[]; headless: boolean; timeout?: number }): Promise<PwBrowser> };
}

async function importPlaywright(): Promise<Playwright | null> {
  const name = 'playwright-core';
  try {
    return (await import(/* @vite-ignore */ name)) as Playwright;
  } catch {
    return null;
  }
}

const playwright = await importPlaywright();

/** Why the browser tests cannot run here, or null when they can. */
export const skipReason: string | null =
  playwright === null
    ? 'playwright-core is not installed (add it to devDependencies; see the README, "Dashboard and export")'
    : !existsSync(CHROMIUM)
      ? `${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-core fonts-noto-cjk)`
      : null;
if (skipReason !== null) console.warn(`browser tests skipped: ${skipReason}`);

export async function launchChromium(): Promise<PwBrowser> {
  if (playwright === null) throw new Error(skipReason ?? 'playwright-core is missing');
  mkdirSync(ARTIFACTS, { recursive: true });
  return playwright.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

/** Collects every failed request of a page; a test ends by expecting the list to be empty. */
export function watchFailures(page: PwPage): string[] {
  const failures: string[] = [];
  page.on('requestfailed', (request) => failures.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  return failures;
}

export interface RunningApi {
  /** http://127.0.0.1:<port> */
  base: string;
  port: number;
  close(): Promise<void>;
}

/** Writes the sample articles of examples/ (unchanged ones are skipped, as in `npm start`). */
export async function ingestExamples(): Promise<void> {
  await runIngest(readSources([path.join(PROJECT_ROOT, 'examples', 'articles')]), { concurrency: 0, batchSize: 100 });
}

/** The sample articles written and the API on a free port. */
export async function startApi(): Promise<RunningApi> {
  await ingestExamples();
  const server = await listen(createApp(loadConfig({ ...process.env, LOG_LEVEL: 'silent' })), 0, '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

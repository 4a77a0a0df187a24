// The dashboard without a browser: every file the page loads is served, and every GraphQL document it sends is
// answered by the API as it stands, so a change of the schema or of the limits that would break the page fails
// here, even where Chromium or playwright-core is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startServer, type TestServer } from '../helpers/api-client.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { ingestExamples } from './browser.ts';

// The page's own module, plain JavaScript that the browser loads as it is.
const QUERIES = '../../src/api/dashboard/queries.js';
const documents = (await import(/* @vite-ignore */ QUERIES)) as Record<string, string>;
let app: TestServer;
const get = (path: string) => fetch(`${app.base}${path}`);

beforeAll(async () => {
  await ingestExamples();
  app = await startServer();
}, 240_000);
afterAll(async () => {
  await app.close();
  await closeDriver();
});

describe('the dashboard files', () => {
  it('when / is asked, then the page comes as HTML under a same-origin Content-Security-Policy', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<script type="module" src="/dashboard/app.js">');
  });

  it('when the page and its modules are followed, then every file they name is served with its type', async () => {
    const seen = new Map<string, string>();
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const res = await get(path);
      expect(res.status, path).toBe(200);
      seen.set(path, res.headers.get('content-type') ?? '');
      const body = await res.text();
      const links = [...body.matchAll(/(?:src|href)="(\/dashboard\/[^"]+)"/g)].map((m) => m[1]!);
      const imports = [...body.matchAll(/from '\.\/([\w-]+\.js)'/g)].map((m) => `/dashboard/${m[1]}`);
      queue.push(...links, ...imports);
    }
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['/dashboard/app.js', '/dashboard/charts.js', '/dashboard/style.css', '/dashboard/favicon.svg']));
    for (const [path, type] of seen) {
      const expected = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : path.endsWith('.svg') ? 'image/svg+xml' : 'text/html';
      expect(type, path).toContain(expected);
    }
  });

  it('when a file the dashboard does not have is asked, then the answer is 404', async () => {
    expect((await get('/dashboard/../package.json')).status).not.toBe(200);
    expect((await get('/dashboard/missing.js')).status).toBe(404);
  });

  it.each(Object.entries(documents))('when the dashboard sends %s for China and Kyrgyzstan, then the API answers it without errors', async (_, query) => {
    const body = await gql<Record<string, unknown>>(app, query, { a: 'CN', b: 'KG', code: 'CN', first: 20, after: null, filter: {}, id: 'sample-ar-cn-kg-2023-03-call' });
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {}).every((v) => v !== null)).toBe(true);
  });
});

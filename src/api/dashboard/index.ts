// Serves the dashboard: `/` is the page, `/dashboard/<file>` its script, styles and icon. The files are plain
// HTML, CSS and ES modules that the browser runs as they are (no build step); they are read once, at start.
// The page talks only to the public GraphQL API, which the Content-Security-Policy pins to this origin.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const FILES = ['index.html', 'style.css', 'favicon.svg', 'app.js', 'core.js', 'queries.js', 'periods.js', 'charts.js', 'overview.js', 'statements.js', 'article.js'] as const;

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function dashboardPlugin(): Plugin {
  const files = new Map(FILES.map((name) => [name, readFileSync(path.join(DIR, name))]));
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const name = url.pathname === '/' ? 'index.html' : url.pathname.startsWith('/dashboard/') ? url.pathname.slice('/dashboard/'.length) : undefined;
      if (name === undefined) return;
      const body = files.get(name as (typeof FILES)[number]);
      if (body === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(new fetchAPI.Response('not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          headers: {
            'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
            'x-content-type-options': 'nosniff',
            ...(name === 'index.html' ? { 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' } : {}),
          },
        }),
      );
    },
  };
}

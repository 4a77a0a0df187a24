// Serves what Neo4j Browser loads by URL: the Dyad style (`:style http://localhost:4000/browse/dyad.grass`)
// and a guide with the ready queries (`:play http://localhost:4000/browse/guide.html`). Browser allows
// remote content from localhost by default; the answers carry CORS headers because it fetches from :7474.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { CYPHER_ROOT } from '../db/queries.ts';

const BROWSE_DIR = path.join(CYPHER_ROOT, 'browse');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ReadyQuery {
  name: string;
  title: string;
  params: string[];
  query: string;
}

/** The ready queries of cypher/browse/: the first comment line is the title, `// :param` lines the parameters. */
export function readyQueries(): ReadyQuery[] {
  return readdirSync(BROWSE_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(BROWSE_DIR, file), 'utf8');
      const lines = text.split('\n');
      return {
        name: file.replace(/\.cypher$/, ''),
        title: (lines[0] ?? '').replace(/^\/\/\s*/, ''),
        params: lines.filter((l) => l.startsWith('// :param')).map((l) => l.replace(/^\/\/\s*/, '')),
        query: lines.filter((l) => !l.startsWith('//')).join('\n').trim(),
      };
    });
}

export function guideHtml(): string {
  const slides = readyQueries().map(
    (q) => `<slide class="row-fluid"><div class="col-sm-12"><h3>${escapeHtml(q.title)}</h3>
${q.params.length > 0 ? `<p>Set the parameters first:</p><pre class="code runnable">${escapeHtml(q.params.join('\n'))}</pre>` : ''}
<pre class="code runnable">${escapeHtml(q.query)}</pre></div></slide>`,
  );
  const intro = `<slide class="row-fluid"><div class="col-sm-12"><h3>Dyad: relations between states, from the news</h3>
<p>Countries (blue), officials (orange), events (red), statements (yellow), topics (green) and the articles (grey)
that report them. Load the colours and captions first:</p>
<pre class="code runnable">:style http://localhost:4000/browse/dyad.grass</pre>
<p>The next slides hold ready queries: click one to put it in the editor, then run it.</p></div></slide>`;
  return `<article class="guide"><carousel class="deck container-fluid">${[intro, ...slides].join('\n')}</carousel></article>\n`;
}

export function browseFilesPlugin(): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/browse/')) return;
      const name = url.pathname.slice('/browse/'.length);
      const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' };
      if (name === 'guide.html') {
        endResponse(new fetchAPI.Response(guideHtml(), { headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } }));
      } else if (name === 'dyad.grass') {
        endResponse(new fetchAPI.Response(readFileSync(path.join(BROWSE_DIR, 'dyad.grass'), 'utf8'), { headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } }));
      } else {
        endResponse(new fetchAPI.Response('not found', { status: 404, headers }));
      }
    },
  };
}

// Over a real socket. No GraphQL client package is installed (graphql-request, graphql-sse): global fetch is
// the client here, with test/helpers/api-sse.ts reading the event stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testApp, TEST_TOKEN } from '../helpers/api-client.ts';
import { buildFixture, type Fixture } from '../helpers/api-fixture.ts';
import { readSse } from '../helpers/api-sse.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { deleteArticles } from '../../src/pipeline/write/index.ts';

let server: Server;
let base: string;
let f: Fixture;

beforeAll(async () => {
  f = await buildFixture({ months: 2, perArticle: 4 });
  server = createServer(testApp());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await f.cleanup();
  await closeDriver();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the API over HTTP', () => {
  it('when a browser opens /graphql, then GraphiQL is served with its assets inline', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/Dyad GraphQL/);
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
  });

  it('when /healthz is asked, then it answers 200 with neo4j true', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, neo4j: true });
  });

  it('when a relation is asked by POST and by GET, then both answer the same JSON', async () => {
    const query = `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { statementCount tone statements(first: 3) { edges { node { speaker { name } } } } } }`;
    const variables = { a: f.A, b: f.B };
    const viaPost = await (await post({ query, variables })).json();
    const url = `${base}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
    const viaGet = await (await fetch(url, { headers: { accept: 'application/json' } })).json();
    expect(viaPost.errors).toBeUndefined();
    expect(viaPost.data.relation.statementCount).toBe(f.statements.filter((s) => s.targets.includes(f.B) || s.speakerCountry === f.B).length);
    expect(viaGet).toEqual(viaPost);
  });

  it('when a mutation is sent by GET, then it is refused', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "x") { deleted } }')}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(res.status).toBe(405);
  });

  it('when a client subscribes over SSE and another ingests over HTTP, then the statement arrives on the stream', async () => {
    const sub = await post({ query: 'subscription { statementAdded(filter: { language: "en", kind: "support" }) { kind text article { id } } }' }, { accept: 'text/event-stream' });
    expect(sub.status).toBe(200);
    const sse = readSse(sub);
    const id = `api-http-${f.tag}`;
    try {
      const next = sse.next();
      await new Promise((r) => setTimeout(r, 300));
      const text = 'PARIS, June 3 -- French Foreign Minister Claire Dumontel met Kenyan Foreign Minister Joseph Kamau in Paris on Monday.\nDumontel said France supports Kenya in its efforts to expand trade across East Africa.';
      const ingest = await post(
        { query: 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { statements { kind } } }', variables: { input: { id, text, language: 'en', publishedAt: '2024-06-03', title: 'French, Kenyan ministers meet' } } },
        { authorization: `Bearer ${TEST_TOKEN}` },
      );
      expect((await ingest.json()).errors).toBeUndefined();
      const event = await next;
      expect(event.data.statementAdded).toMatchObject({ kind: 'support', article: { id } });
    } finally {
      await sse.close();
      await deleteArticles([id]);
    }
  });
});

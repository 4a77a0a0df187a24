// What the HTTP layer itself does: GraphiQL, /healthz, GET next to POST, the refusal of mutations by GET, and a
// subscription over SSE while another client ingests. GraphQL goes through graphql-request and graphql-sse;
// plain fetch asks only for what is no GraphQL request (a page, the health check, a GET that no client would send).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from 'graphql-request';
import { auth, gql, startServer, subscribe, TEST_TOKEN, type TestServer } from '../helpers/api-client.ts';
import { buildFixture, type Fixture } from '../helpers/api-fixture.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { deleteArticles } from '../../src/pipeline/write/index.ts';

let app: TestServer;
let base: string;
let f: Fixture;

beforeAll(async () => {
  f = await buildFixture({ months: 2, perArticle: 4 });
  app = await startServer();
  base = app.base;
});
afterAll(async () => {
  await app.close();
  await f.cleanup();
  await closeDriver();
});

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
    const viaPost = await gql(app, query, variables);
    // graphql-request's GET puts the query and the variables in the URL
    const getClient = new GraphQLClient(app.url, { method: 'GET', errorPolicy: 'all' });
    const viaGet = await getClient.rawRequest(query, variables);
    expect(viaGet.status).toBe(200);
    expect(viaPost.errors).toBeUndefined();
    expect(viaPost.data.relation.statementCount).toBe(f.statements.filter((s) => s.targets.includes(f.B) || s.speakerCountry === f.B).length);
    expect({ data: viaGet.data, errors: viaGet.errors }).toEqual({ data: viaPost.data, errors: viaPost.errors });
  });

  it('when a mutation is sent by GET, then it is refused', async () => {
    // graphql-request always POSTs a mutation, so this request is made by hand
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "x") { deleted } }')}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(res.status).toBe(405);
  });

  it('when a client subscribes over SSE and another ingests over HTTP, then the statement arrives on the stream', async () => {
    const sse = subscribe(app, 'subscription { statementAdded(filter: { language: "en", kind: "support" }) { kind text article { id } } }');
    const id = `api-http-${f.tag}`;
    try {
      const next = sse.next();
      expect((await sse.response).status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      const text = 'PARIS, June 3 -- French Foreign Minister Claire Dumontel met Kenyan Foreign Minister Joseph Kamau in Paris on Monday.\nDumontel said France supports Kenya in its efforts to expand trade across East Africa.';
      const ingest = await gql(
        app,
        'mutation($input: ArticleInput!) { ingestArticle(input: $input) { statements { kind } } }',
        { input: { id, text, language: 'en', publishedAt: '2024-06-03', title: 'French, Kenyan ministers meet' } },
        auth,
      );
      expect(ingest.errors).toBeUndefined();
      const event = await next;
      expect(event.data.statementAdded).toMatchObject({ kind: 'support', article: { id } });
    } finally {
      await sse.close();
      await deleteArticles([id]);
    }
  });
});

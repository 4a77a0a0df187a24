import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { auth, codes, gql, startServer, subscribe, TEST_TOKEN, type TestServer } from '../helpers/api-client.ts';
import { buildFixture, type Fixture } from '../helpers/api-fixture.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { deleteArticles } from '../../src/pipeline/write/index.ts';

let app: TestServer;
const tag = randomUUID().slice(0, 8);
const articleId = `api-mut-${tag}`;
const article = {
  id: articleId,
  source: 'Dyad sample',
  title: 'Italian, Chilean foreign ministers discuss trade in Rome',
  publishedAt: '2024-05-06',
  language: 'en',
  text:
    'ROME, May 6 -- Italian Foreign Minister Paolo Ventresca held talks in Rome on Monday with Chilean Foreign Minister Ana Vergara.\n' +
    'Ventresca said Italy supports deeper trade and investment ties with Chile and is ready to expand cooperation in renewable energy.\n' +
    'Vergara thanked Italy for its support during the COVID-19 pandemic and said Chile hopes to sign a new investment agreement next year.',
};

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { changed diagnostics article { id title }
  statements { id kind text start end speaker { name } speakerCountry { code } targets { code } article { id } }
  events { type date countries { code } } officials { name country { code } } } }`;

let f: Fixture;
beforeAll(async () => {
  f = await buildFixture({ months: 2, perArticle: 4 });
  app = await startServer();
});
afterAll(async () => {
  await app.close();
  await deleteArticles([articleId, `${articleId}-b`]);
  await f.cleanup();
  await closeDriver();
});

describe('mutations and their token', () => {
  it('when a mutation comes without a token or with a wrong one, then it is UNAUTHENTICATED and nothing is written', async () => {
    expect(codes(await gql(app, INGEST, { input: article }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(app, INGEST, { input: article }, { authorization: 'Bearer wrong-token-wrong-token' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(app, INGEST, { input: article }, { authorization: TEST_TOKEN }))).toEqual(['UNAUTHENTICATED']);
    expect((await gql(app, 'query($id: ID!) { article(id: $id) { id } }', { id: articleId })).data.article).toBeNull();
  });

  it('when the server has no token configured, then mutations are FORBIDDEN even with a header', async () => {
    const open = await startServer({ token: null });
    try {
      expect(codes(await gql(open, INGEST, { input: article }, auth))).toEqual(['FORBIDDEN']);
      expect(codes(await gql(open, 'mutation { deleteArticle(id: "x") { deleted } }'))).toEqual(['FORBIDDEN']);
    } finally {
      await open.close();
    }
  });

  it('when an article is ingested with the token, then its statements, events and officials come back and can be queried', async () => {
    const RELATION = '{ relation(a: "IT", b: "CL") { statementCount } }';
    // asked three times, as a dashboard would: the repeats are answered from the response cache's front door
    const before = (await gql(app, RELATION)).data.relation?.statementCount ?? 0;
    for (let i = 0; i < 2; i += 1) expect((await gql(app, RELATION)).data.relation?.statementCount ?? 0).toBe(before);
    const r = await gql(app, INGEST, { input: article }, auth);
    expect(r.errors).toBeUndefined();
    const res = r.data.ingestArticle;
    expect(res.changed).toBe(true);
    expect(res.article).toEqual({ id: articleId, title: article.title });
    expect(res.statements.length).toBeGreaterThanOrEqual(2);
    for (const s of res.statements) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.article.id).toBe(articleId);
    }
    expect(res.statements.map((s: any) => s.speakerCountry?.code)).toEqual(expect.arrayContaining(['IT', 'CL']));
    expect(res.officials.map((o: any) => o.name)).toEqual(expect.arrayContaining(['Paolo Ventresca']));
    expect(res.events[0]?.countries.map((c: any) => c.code).sort()).toEqual(['CL', 'IT']);
    // the relation aggregate was cached before the ingest; the mutation must have cleared it
    expect((await gql(app, RELATION)).data.relation.statementCount).toBe(before + res.statements.length);
    const again = await gql(app, INGEST, { input: article }, auth);
    expect(again.data.ingestArticle.changed).toBe(false);
    expect(again.data.ingestArticle.statements.map((s: any) => s.id)).toEqual(res.statements.map((s: any) => s.id));
  });

  it('when several articles are ingested at once, then each gets its result, in order', async () => {
    const second = { ...article, id: `${articleId}-b`, text: article.text.replace('next year', 'this autumn') };
    const r = await gql(app, `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { changed article { id } statements { id } } }`, { inputs: [article, second] }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticles.map((x: any) => [x.article.id, x.changed])).toEqual([[articleId, false], [second.id, true]]);
    const dup = await gql(app, `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { changed } }`, { inputs: [article, article] }, auth);
    expect(codes(dup)).toEqual(['BAD_USER_INPUT']);
  });

  it('when a dashboard subscribes to statementAdded over SSE, then an ingest pushes matching statements only', async () => {
    const sse = subscribe(app, 'subscription { statementAdded(filter: { speakerCountry: "CL" }) { id speakerCountry { code } article { id } } }');
    try {
      const first = sse.next();
      expect((await sse.response).headers.get('content-type')).toMatch(/text\/event-stream/);
      await new Promise((r) => setTimeout(r, 300));
      const third = { ...article, id: `${articleId}-c`, text: article.text.replace('renewable energy', 'mining and lithium') };
      const ingested = await gql(app, INGEST, { input: third }, auth);
      expect(ingested.errors).toBeUndefined();
      const event = await first;
      expect(event.data.statementAdded).toMatchObject({ speakerCountry: { code: 'CL' }, article: { id: third.id } });
    } finally {
      await sse.close();
      await deleteArticles([`${articleId}-c`]);
    }
  });

  it('when two officials are merged, then statements, events and names move to the kept one and the other is gone', async () => {
    const before = await gql(app, 'query($id: ID!) { official(id: $id) { statements { totalCount } events { totalCount } } }', { id: f.officials.a });
    const r = await gql(app, `mutation($keep: ID!, $merge: ID!) { mergeOfficials(keep: $keep, merge: $merge) { id aliases
        statements { totalCount } events { totalCount } counterparts { id } } }`, { keep: f.officials.a, merge: f.officials.b }, auth);
    expect(r.errors).toBeUndefined();
    const kept = r.data.mergeOfficials;
    expect(kept.statements.totalCount).toBe(f.statements.filter((s) => s.speaker !== f.officials.c).length);
    expect(kept.statements.totalCount).toBeGreaterThan(before.data.official.statements.totalCount);
    // b's meeting with c (without a) now counts for a too
    expect(kept.events.totalCount).toBe(before.data.official.events.totalCount + 1);
    expect(kept.aliases).toEqual(expect.arrayContaining([`Boris ${f.tag}`, 'Boris']));
    expect(kept.counterparts.map((o: any) => o.id)).toEqual([f.officials.c]);
    expect((await gql(app, 'query($id: ID!) { official(id: $id) { id } }', { id: f.officials.b })).data.official).toBeNull();
  });

  it('when a merge names an unknown official or the same one twice, then NOT_FOUND or BAD_USER_INPUT', async () => {
    const m = 'mutation($keep: ID!, $merge: ID!) { mergeOfficials(keep: $keep, merge: $merge) { id } }';
    expect(codes(await gql(app, m, { keep: f.officials.a, merge: 'nobody-at-all' }, auth))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(app, m, { keep: f.officials.a, merge: f.officials.a }, auth))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, m, { keep: f.officials.a, merge: f.officials.c }))).toEqual(['UNAUTHENTICATED']);
  });

  it('when an ingested article is deleted, then it and its statements are gone and a second delete is NOT_FOUND', async () => {
    const del = 'mutation($id: ID!) { deleteArticle(id: $id) { id deleted } }';
    const r = await gql(app, del, { id: articleId }, auth);
    expect(r.data.deleteArticle).toEqual({ id: articleId, deleted: true });
    expect((await gql(app, 'query($id: ID!) { article(id: $id) { id } }', { id: articleId })).data.article).toBeNull();
    const left = await gql(app, 'query($t: String!) { search(text: $t) { kind node { ... on Article { id } } } }', { t: 'Ventresca' });
    expect(left.data.search.filter((h: any) => h.node.id === articleId)).toEqual([]);
    expect(codes(await gql(app, del, { id: articleId }, auth))).toEqual(['NOT_FOUND']);
  });
});

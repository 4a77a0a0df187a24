import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type Fixture } from '../helpers/api-fixture.ts';
import { codes, gql, startServer, type GqlResult, type TestServer } from '../helpers/api-client.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { encodeCursor } from '../../src/db/repositories/index.ts';
import { deleteArticles, statementId, writeArticles } from '../../src/pipeline/write/index.ts';

let app: TestServer;
let f: Fixture;

beforeAll(async () => {
  f = await buildFixture({ months: 5, perArticle: 9 });
  app = await startServer();
});
afterAll(async () => {
  await app.close();
  await f.cleanup();
  await closeDriver();
});

const PAGE = `query($a: ID!, $first: Int, $after: String, $order: StatementOrder) {
  statements(filter: { speakerCountry: $a }, first: $first, after: $after, orderBy: $order) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id date } } } }`;

async function walk(order: 'DATE_DESC' | 'DATE_ASC', first: number) {
  const ids: string[] = [];
  const dates: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const r: GqlResult = await gql(app, PAGE, { a: f.A, first, after, order });
    expect(r.errors).toBeUndefined();
    const c: any = r.data.statements;
    pages += 1;
    ids.push(...c.edges.map((e: any) => e.node.id));
    dates.push(...c.edges.map((e: any) => e.node.date));
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!c.pageInfo.hasNextPage) return { ids, dates, pages, total: c.totalCount };
    after = c.pageInfo.endCursor;
  }
}

describe('keyset pagination of connections', () => {
  it('when statements are walked page by page newest first, then every one comes once, in date order', async () => {
    const expected = f.statements.filter((s) => s.speakerCountry === f.A);
    const { ids, dates, pages, total } = await walk('DATE_DESC', 7);
    expect(total).toBe(expected.length);
    expect(ids).toHaveLength(expected.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(expected.map((s) => s.id)));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it('when statements are walked oldest first, then the order is the exact reverse of newest first', async () => {
    const desc = await walk('DATE_DESC', 10);
    const asc = await walk('DATE_ASC', 4);
    expect(asc.ids).toEqual([...desc.ids].reverse());
  });

  it('when the last page is asked, then hasNextPage is false and endCursor still points at its last row', async () => {
    const total = f.statements.filter((s) => s.speakerCountry === f.A).length;
    const first = await gql(app, PAGE, { a: f.A, first: total - 2 });
    const last = await gql(app, PAGE, { a: f.A, first: 5, after: first.data.statements.pageInfo.endCursor });
    expect(last.data.statements.edges).toHaveLength(2);
    expect(last.data.statements.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.data.statements.pageInfo.endCursor).toBe(last.data.statements.edges[1].cursor);
    const beyond = await gql(app, PAGE, { a: f.A, first: 5, after: last.data.statements.pageInfo.endCursor });
    expect(beyond.data.statements).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, startCursor: null, endCursor: null } });
  });

  it('when a filter matches nothing, then the connection is empty with a zero count', async () => {
    const r = await gql(app, `query($a: ID!) { statements(filter: { speakerCountry: $a, kind: "threaten" }) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`, { a: f.A });
    expect(r.data.statements).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('when first is 0, then no rows come but the count and hasNextPage do', async () => {
    const r = await gql(app, PAGE, { a: f.A, first: 0 });
    expect(r.data.statements.edges).toEqual([]);
    expect(r.data.statements.pageInfo.hasNextPage).toBe(true);
    expect(r.data.statements.totalCount).toBeGreaterThan(0);
  });

  it('when a statement is added after a page was read, then the next page neither repeats nor skips older rows', async () => {
    const page1 = await gql(app, PAGE, { a: f.A, first: 5 });
    const extra = await buildFixture({ months: 1, perArticle: 2 });
    try {
      const page2 = await gql(app, PAGE, { a: f.A, first: 5, after: page1.data.statements.pageInfo.endCursor });
      const all = await walk('DATE_DESC', 50);
      expect(page2.data.statements.edges.map((e: any) => e.node.id)).toEqual(all.ids.slice(5, 10));
    } finally {
      await extra.cleanup();
    }
  });

  it('when a cursor is forged, truncated or from another list, then the answer is BAD_USER_INPUT', async () => {
    const events = await gql(app, `query($a: ID!) { events(filter: { country: $a }, first: 1) { pageInfo { endCursor } } }`, { a: f.A });
    const eventCursor = events.data.events.pageInfo.endCursor;
    for (const after of ['nonsense', 'eyJ4IjoxfQ', eventCursor, eventCursor.slice(0, 10)]) {
      const r = await gql(app, PAGE, { a: f.A, first: 5, after });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    }
    const asc = await gql(app, PAGE, { a: f.A, first: 1, order: 'DATE_ASC' });
    const mixed = await gql(app, PAGE, { a: f.A, first: 1, order: 'DATE_DESC', after: asc.data.statements.pageInfo.endCursor });
    expect(codes(mixed)).toEqual(['BAD_USER_INPUT']);
  });

  it('when first is above MAX_PAGE_SIZE or negative, then the answer is BAD_USER_INPUT and Neo4j is not asked', async () => {
    const big = await gql(app, PAGE, { a: f.A, first: 101 });
    expect(codes(big)).toEqual(['BAD_USER_INPUT']);
    expect(big.errors?.[0]?.message).toMatch(/at most 100/);
    expect(codes(await gql(app, PAGE, { a: f.A, first: -1 }))).toEqual(['BAD_USER_INPUT']);
    const small = await startServer({ env: { MAX_PAGE_SIZE: '3' } });
    try {
      expect(codes(await gql(small, PAGE, { a: f.A, first: 4 }))).toEqual(['BAD_USER_INPUT']);
      expect((await gql(small, PAGE, { a: f.A })).data.statements.edges).toHaveLength(3);
    } finally {
      await small.close();
    }
  });

  it('when events, officials and countries are paged, then pages chain without repeats', async () => {
    const ev1 = await gql(app, `query($a: ID!) { events(filter: { country: $a }, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id date } } } }`, { a: f.A });
    const ev2 = await gql(app, `query($a: ID!, $after: String) { events(filter: { country: $a }, first: 10, after: $after) { pageInfo { hasNextPage } edges { node { id date } } } }`, { a: f.A, after: ev1.data.events.pageInfo.endCursor });
    const evIds = [...ev1.data.events.edges, ...ev2.data.events.edges].map((e: any) => e.node.id);
    const ofA = f.events.filter((e) => e.countries.includes(f.A));
    expect(new Set(evIds)).toEqual(new Set(ofA.map((e) => e.id)));
    expect(ev1.data.events.totalCount).toBe(ofA.length);
    expect(ev2.data.events.pageInfo.hasNextPage).toBe(false);

    const c1 = await gql(app, '{ countries(first: 2) { totalCount pageInfo { endCursor } edges { node { code } } } }');
    const c2 = await gql(app, 'query($after: String) { countries(first: 2, after: $after) { edges { node { code } } } }', { after: c1.data.countries.pageInfo.endCursor });
    const four = [...c1.data.countries.edges, ...c2.data.countries.edges].map((e: any) => e.node.code);
    expect(four).toEqual([...four].sort());
    expect(new Set(four).size).toBe(4);
    expect(c1.data.countries.totalCount).toBeGreaterThan(240);

    const o1 = await gql(app, 'query($s: String!) { officials(search: $s, first: 2) { totalCount pageInfo { endCursor } edges { node { id } } } }', { s: f.tag });
    const o2 = await gql(app, 'query($s: String!, $after: String) { officials(search: $s, first: 2, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }', { s: f.tag, after: o1.data.officials.pageInfo.endCursor });
    expect(o1.data.officials.totalCount).toBe(3);
    expect([...o1.data.officials.edges, ...o2.data.officials.edges].map((e: any) => e.node.id)).toEqual([f.officials.a, f.officials.b, f.officials.c]);
  });

  it('when statements are paged without any filter, then pages chain newest first and undated statements follow the dated', async () => {
    const id = `undated-${f.tag}`;
    const text = 'An undated remark.';
    await writeArticles([{
      article: { id, text, title: null, language: 'en', publishedAt: null },
      extraction: {
        article: { id, language: 'en', publishedAt: null, title: null, url: null },
        countries: [], officials: [], topics: [], events: [],
        statements: [{ id: 's0', speaker: null, speakerCountry: f.A, kind: 'inform', text, start: 0, end: text.length, topics: [], targets: [f.B] }],
      },
    }]);
    try {
      const ALL = `query($first: Int, $after: String) { statements(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id date } } } }`;
      const p1 = await gql(app, ALL, { first: 4 });
      const p2 = await gql(app, ALL, { first: 4, after: p1.data.statements.pageInfo.endCursor });
      const rows = [...p1.data.statements.edges, ...p2.data.statements.edges].map((e: any) => e.node);
      expect(new Set(rows.map((r: any) => r.id)).size).toBe(8);
      const keys = rows.map((r: any) => `${r.date ?? ''}|${r.id}`);
      expect(keys).toEqual([...keys].sort().reverse());
      const ours = statementId(id, 0, text.length);
      // a cursor just past our undated statement: it must come first among the undated ones
      const undated = await gql(app, ALL, { first: 3, after: encodeCursor('statement', { key: '', id: `${ours}0` }) });
      expect(undated.errors).toBeUndefined();
      const nodes = undated.data.statements.edges.map((e: any) => e.node);
      expect(nodes.every((n: any) => n.date === null)).toBe(true);
      expect(nodes[0].id).toBe(ours);
      const side = await gql(app, `query($a: ID!) { statements(filter: { speakerCountry: $a }, first: 100) { edges { node { date text } } } }`, { a: f.A });
      expect(side.data.statements.edges.at(-1).node).toEqual({ date: null, text });
    } finally {
      await deleteArticles([id]);
    }
  });
});

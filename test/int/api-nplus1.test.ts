import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type Fixture } from '../helpers/api-fixture.ts';
import { gql, startServer, type TestServer } from '../helpers/api-client.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { onQuery } from '../../src/db/run.ts';

// Without the response cache, so that every request's queries are counted.
let app: TestServer;
let f: Fixture;

beforeAll(async () => {
  f = await buildFixture({ months: 6, perArticle: 10 });
  app = await startServer({ env: { API_CACHE_SECONDS: '0' } });
});
afterAll(async () => {
  await app.close();
  await f.cleanup();
  await closeDriver();
});

async function counted(query: string, variables: Record<string, unknown>) {
  const names: string[] = [];
  const stop = onQuery((e) => names.push(e.name ?? '(literal)'));
  try {
    return { r: await gql(app, query, variables), names };
  } finally {
    stop();
  }
}

describe('batched loading (no N+1)', () => {
  it('when a page of 50 statements is asked with speaker, countries, topics and article, then a handful of batched Cypher queries run, not one per row', async () => {
    const { r, names } = await counted(
      `query($a: ID!) { statements(filter: { speakerCountry: $a }, first: 50) { totalCount edges { node { id text
          speaker { id name country { code name } } speakerCountry { code name } targets { code name } topics { id label parent { id } }
          article { id title source } event { id type participants { id } } } } } }`,
      { a: f.A },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.statements.edges).toHaveLength(32);
    // The filter's country check, the page and the count, then one batch per type and nesting level:
    // officials, countries, topics (the whole taxonomy once), articles, events, then the speakers' countries
    // and the events' participants one level down. 50 rows, 9 queries; 500 rows would still be 9.
    expect(names.length).toBeLessThanOrEqual(10);
    for (const name of new Set(names)) expect(names.filter((n) => n === name).length, name).toBeLessThanOrEqual(2);
  });

  it('when the page grows from 10 to 50 statements, then the number of queries does not grow', async () => {
    const run = (first: number) =>
      counted(`query($a: ID!, $b: ID!, $first: Int) { relation(a: $a, b: $b) { statements(first: $first) { edges { node {
          speaker { name } targets { code } topics { id } article { title } } } } } }`, { a: f.A, b: f.B, first });
    const small = await run(10);
    const large = await run(50);
    expect(small.r.errors).toBeUndefined();
    expect(large.r.data.relation.statements.edges).toHaveLength(50);
    expect(large.names.length).toBeLessThanOrEqual(small.names.length);
  });

  it('when partners and their relations are asked, then the relations are loaded in one batch', async () => {
    const { r, names } = await counted(`query($a: ID!) { country(code: $a) { partners { country { name } relation { tone firstAt topics { count } officials { name } } } } }`, { a: f.A });
    expect(r.errors).toBeUndefined();
    expect(r.data.country.partners).toHaveLength(2);
    // Counts, tone, dates, topics and officials of every partner pair come from one query.
    expect(names.filter((n) => n.startsWith('read/relation-'))).toEqual(['read/relation-summaries']);
  });

  it('when a relation view is asked twice within API_CACHE_SECONDS, then the second is served without a Neo4j query', async () => {
    const cached = await startServer({ env: { API_CACHE_SECONDS: '60' } });
    const q = `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { tone topics { count } officials { id } timeline(interval: MONTH) { statements } } }`;
    const count = async () => {
      const names: string[] = [];
      const stop = onQuery((e) => names.push(e.name ?? ''));
      try {
        const r = await gql(cached, q, { a: f.A, b: f.B });
        expect(r.errors).toBeUndefined();
        return { names, data: r.data };
      } finally {
        stop();
      }
    };
    try {
      const first = await count();
      const second = await count();
      expect(second.data).toEqual(first.data);
      expect(first.names.filter((n) => n.startsWith('read/relation')).sort()).toEqual(['read/relation-summaries', 'read/relation-timeline', 'read/relations-exist']);
      expect(second.names).toEqual([]);
    } finally {
      await cached.close();
    }
  });

  it('when a dashboard repeats the same request, then the repeats get the same bytes and headers, by POST and by GET', async () => {
    const cached = await startServer({ env: { API_CACHE_SECONDS: '60' } });
    const query = `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { statementCount tone topics { topic { id } count } } }`;
    const variables = { a: f.A, b: f.B };
    const post = () =>
      fetch(cached.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const get = () => fetch(`${cached.url}?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`);
    const read = async (res: Response) => ({ status: res.status, type: res.headers.get('content-type'), etag: res.headers.get('etag'), body: await res.text() });
    try {
      const names: string[] = [];
      const answers = [];
      for (let i = 0; i < 4; i += 1) {
        const stop = onQuery((e) => names.push(e.name ?? ''));
        try {
          answers.push(await read(await post()));
        } finally {
          stop();
        }
        if (i === 0) names.length = 0; // only the first may reach Neo4j
      }
      expect(names).toEqual([]);
      expect(JSON.parse(answers[0]!.body).data.relation.statementCount).toBeGreaterThan(0);
      for (const a of answers) expect(a).toEqual(answers[0]);
      const byGet = [await read(await get()), await read(await get()), await read(await get())];
      for (const a of byGet) expect(a.body).toBe(answers[0]!.body);
      expect(byGet[2]).toEqual(byGet[1]);
      // a request with credentials is answered by the API itself, with the same data
      const withToken = await fetch(cached.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer whatever' },
        body: JSON.stringify({ query, variables }),
      });
      expect(await withToken.text()).toBe(answers[0]!.body);
    } finally {
      await cached.close();
    }
  });
});

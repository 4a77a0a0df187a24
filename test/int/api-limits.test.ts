import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, startServer, type TestServer } from '../helpers/api-client.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { onQuery } from '../../src/db/run.ts';
import { LIMITS } from '../../src/api/app.ts';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app.close();
  await closeDriver();
});

/** Runs a query and says how many Cypher queries it sent. */
async function refused(query: string, variables: Record<string, unknown> = {}) {
  let sent = 0;
  const stop = onQuery(() => (sent += 1));
  try {
    const r = await gql(app, query, variables);
    return { r, sent };
  } finally {
    stop();
  }
}

const STATEMENT_FIELDS = 'id text kind tone date start end speaker { id name country { code } } speakerCountry { code name } targets { code name } topics { id label } article { id title url } event { id type date }';

describe('limits that refuse hostile queries before Neo4j', () => {
  it('when a dashboard asks a full relation view, then it passes every limit', async () => {
    const r = await gql(app, `{ relation(a: "CN", b: "KG") { countries { code name } statementCount eventCount firstAt lastAt tone
        topics { topic { id label } count } officials { id name titles }
        statements(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${STATEMENT_FIELDS} } } }
        events(first: 50) { edges { node { id type date countries { code } participants { name } } } }
        timeline(interval: MONTH) { start end statements events tone byKind { kind count } byTopic { topic { id } count } } }
      country(code: "CN") { partners(first: 20) { country { code name } weight relation { tone firstAt lastAt } } } }`);
    expect(r.errors).toBeUndefined();
  });

  it('when a query nests deeper than the depth limit, then it is refused with QUERY_TOO_COMPLEX and no Cypher runs', async () => {
    const { r, sent } = await refused('{ official(id: "x") { counterparts { counterparts { counterparts { counterparts { counterparts { counterparts { counterparts { counterparts { counterparts { counterparts { id } } } } } } } } } } } }');
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(sent).toBe(0);
  });

  it('when a query fans out through nested lists, then the fan-out estimate refuses it', async () => {
    const { r, sent } = await refused('query($n: Int) { officials(first: $n) { edges { node { counterparts { counterparts { counterparts { statements(first: $n) { edges { node { id } } } } } } } } } }', { n: 100 });
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors?.[0]?.message).toMatch(new RegExp(`limit is ${LIMITS.maxObjects}`));
    expect(sent).toBe(0);
  });

  it('when a query is wide (big pages inside big pages), then the cost limit refuses it', async () => {
    const { r, sent } = await refused(`{ officials(first: 100) { edges { node { statements(first: 100) { edges { node { ${STATEMENT_FIELDS} } } } } } } }`);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(sent).toBe(0);
  });

  it('when a query repeats a field under many aliases, then the alias limit refuses it', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: search(text: "china") { score }`).join(' ');
    const { r, sent } = await refused(`{ ${aliases} }`);
    expect(codes(r)).toContain('QUERY_TOO_COMPLEX');
    expect(sent).toBe(0);
  });

  it('when a document has more tokens than allowed, then the token limit refuses it', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'code').join(' ');
    const { r, sent } = await refused(`{ country(code: "CN") { ${fields} } }`);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(sent).toBe(0);
  });

  it('when a page is bigger than MAX_PAGE_SIZE, then it is BAD_USER_INPUT before Neo4j is asked', async () => {
    const { r, sent } = await refused('{ statements(first: 5000) { edges { node { id } } } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(sent).toBe(0);
  });

  it('when the schema is introspected, then introspection works and field suggestions stay hidden', async () => {
    const intro = await gql(app, '{ __schema { queryType { name } types { name } } }');
    expect(intro.errors).toBeUndefined();
    expect(intro.data.__schema.types.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Relation', 'StatementConnection', 'Period', 'Point']));
    const typo = await gql(app, '{ statments { totalCount } }');
    expect(codes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

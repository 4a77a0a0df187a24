import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, startServer, type TestServer } from '../helpers/api-client.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { API_ERROR_CODES } from '../../src/api/errors.ts';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app.close();
  await closeDriver();
});

describe('error codes', () => {
  it('when a relation names an unknown country, then the answer is BAD_USER_INPUT naming it', async () => {
    const r = await gql(app, '{ relation(a: "CN", b: "ZZ") { tone } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toContain('ZZ');
    expect(r.data).toEqual({ relation: null });
  });

  it('when a relation names the same country twice, then the answer is BAD_USER_INPUT', async () => {
    expect(codes(await gql(app, '{ relation(a: "CN", b: "cn") { tone } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('when Country.relation names an unknown country, then the answer is BAD_USER_INPUT', async () => {
    expect(codes(await gql(app, '{ country(code: "CN") { relation(with: "Q1") { tone } } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('when officials are asked for an unknown country, then the answer is BAD_USER_INPUT', async () => {
    expect(codes(await gql(app, '{ officials(country: "XQ") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('when a mutation deletes an unknown article, then the answer is NOT_FOUND', async () => {
    const r = await gql(app, 'mutation { deleteArticle(id: "no-such-article") { deleted } }', {}, { authorization: 'Bearer test-token-0123456789abcdef' });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('when the document does not parse, then the answer is GRAPHQL_PARSE_FAILED or GRAPHQL_VALIDATION_FAILED with the syntax message', async () => {
    const r = await gql(app, '{ statements( }');
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(codes(r)[0]);
    expect(r.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('when any error comes back, then its code is in the closed list', async () => {
    const queries = ['{ relation(a: "CN", b: "ZZ") { tone } }', '{ nope }', '{ statements(first: 1000) { totalCount } }', 'mutation { mergeOfficials(keep: "a", merge: "b") { id } }'];
    for (const q of queries) {
      for (const code of codes(await gql(app, q))) expect(API_ERROR_CODES).toContain(code);
    }
  });
});

// This file points the process at a Neo4j that does not exist; vitest runs each file in its own module
// graph, and the variables are restored afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const saved = { uri: process.env['NEO4J_URI'], password: process.env['NEO4J_PASSWORD'] };
process.env['NEO4J_URI'] = 'bolt://127.0.0.1:9';
process.env['NEO4J_PASSWORD'] = 'not-a-real-password';

const { codes, gql, startServer } = await import('../helpers/api-client.ts');
const { closeDriver } = await import('../../src/db/driver.ts');

let app: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app.close();
  await closeDriver();
  for (const [key, value] of [['NEO4J_URI', saved.uri], ['NEO4J_PASSWORD', saved.password]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('when Neo4j is down', () => {
  it('when a query needs the graph, then the answer is UNAVAILABLE with a hint, not a masked error', async () => {
    const r = await gql(app, '{ statements(first: 1) { totalCount } }');
    expect(codes(r)).toEqual(['UNAVAILABLE']);
    expect(r.errors?.[0]?.message).toMatch(/Neo4j/);
    expect(r.errors?.[0]?.extensions?.['hint']).toBeTruthy();
  }, 60_000);

  it('when /healthz is asked, then it answers 503 with neo4j false', async () => {
    const res = await fetch(`${app.base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, neo4j: false });
  });
});

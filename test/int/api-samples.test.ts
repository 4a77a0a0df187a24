// The API over what the real pipeline makes of the sample articles (and of ../shared/corpus when present).
// The extraction itself is judged elsewhere (eval/); here every answer is checked against the graph or the text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain.ts';
import { gql, startServer, type TestServer } from '../helpers/api-client.ts';
import { loadSamples } from '../helpers/api-samples.ts';
import { runCypher } from '../../src/db/run.ts';
import { closeDriver } from '../../src/db/driver.ts';

let app: TestServer;
let articles: Article[];

beforeAll(async () => {
  articles = await loadSamples({ corpus: true });
  app = await startServer();
}, 600_000);
afterAll(async () => {
  await app.close();
  await closeDriver();
});

describe('the API over ingested sample articles', () => {
  it('when China and Kyrgyzstan are asked for, then the relation matches the graph’s own counts', async () => {
    const r = await gql(app, `{ relation(a: "KG", b: "CN") { statementCount eventCount firstAt lastAt tone
        timeline(interval: YEAR) { statements events } officials { name } topics { topic { id } count } } }`);
    expect(r.errors).toBeUndefined();
    const rel = r.data.relation;
    const [said] = await runCypher<{ n: number }>('READ', `MATCH (a:Country)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(b:Country)
        WHERE (a.code = 'CN' AND b.code = 'KG') OR (a.code = 'KG' AND b.code = 'CN') RETURN count(DISTINCT s) AS n`);
    expect(rel.statementCount).toBe(said?.n);
    expect(rel.statementCount).toBeGreaterThan(10);
    expect(rel.eventCount).toBeGreaterThan(0);
    expect(rel.officials.length).toBeGreaterThanOrEqual(2);
    const dated = rel.timeline.reduce((n: number, p: any) => n + p.statements, 0);
    expect(dated).toBeLessThanOrEqual(rel.statementCount);
    expect(rel.firstAt <= rel.lastAt).toBe(true);
    expect(rel.tone).toBeGreaterThan(0);
  });

  it('when statements of every sample article are read through the API, then each one’s text is its article’s text at its offsets', async () => {
    const ids = articles.map((a) => a.id);
    for (let i = 0; i < ids.length; i += 20) {
      const batch = ids.slice(i, i + 20);
      const query = `{ ${batch.map((id, j) => `a${j}: article(id: ${JSON.stringify(id)}) { id text statements { text start end } }`).join(' ')} }`;
      const r = await gql(app, query);
      expect(r.errors).toBeUndefined();
      for (const a of Object.values(r.data) as any[]) {
        for (const s of a.statements) expect(a.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('when one event is reported in several languages, then the API lists every reporting article', async () => {
    const [multi] = await runCypher<{ id: string; n: number }>('READ', `MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
        WITH e, count(DISTINCT a.language) AS langs, count(a) AS n WHERE langs > 1 RETURN e.id AS id, n ORDER BY n DESC LIMIT 1`);
    expect(multi).toBeDefined();
    const r = await gql(app, 'query($id: ID!) { event(id: $id) { articles { id language } countries { code } } }', { id: multi!.id });
    expect(r.data.event.articles).toHaveLength(multi!.n);
    expect(new Set(r.data.event.articles.map((a: any) => a.language)).size).toBeGreaterThan(1);
  });

  it('when an official is searched in another script, then the same official is found', async () => {
    const [o] = await runCypher<{ id: string; alias: string }>('READ', `MATCH (o:Official)<-[:MADE_BY]-(:Statement)
        WITH DISTINCT o UNWIND o.aliases AS alias WITH o, alias WHERE alias =~ '.*[\\u0600-\\u06FF\\u4E00-\\u9FFF\\u0400-\\u04FF].*'
        RETURN o.id AS id, alias LIMIT 1`);
    expect(o).toBeDefined();
    const r = await gql(app, 'query($t: String!) { search(text: $t, first: 50) { kind node { ... on Official { id } } } }', { t: o!.alias });
    expect(r.data.search.filter((h: any) => h.kind === 'OFFICIAL').map((h: any) => h.node.id)).toContain(o!.id);
  });

  it('when a dashboard asks China’s partners and a monthly series by kind, then the numbers agree with each other', async () => {
    const r = await gql(app, `{ country(code: "CN") { partners(first: 5) { country { code } statements } }
        timeSeries(metric: STATEMENTS, interval: MONTH, filter: { between: ["CN", "KG"] }, groupBy: KIND) { period value series }
        total: statements(filter: { between: ["CN", "KG"] }) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.country.partners.map((p: any) => p.country.code)).toContain('KG');
    const series = r.data.timeSeries.reduce((n: number, p: any) => n + p.value, 0);
    expect(series).toBeLessThanOrEqual(r.data.total.totalCount);
    expect(series).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type Fixture, type FixtureStatement } from '../helpers/api-fixture.ts';
import { codes, gql, startServer, type TestServer } from '../helpers/api-client.ts';
import { closeDriver } from '../../src/db/driver.ts';

let app: TestServer;
let f: Fixture;

beforeAll(async () => {
  f = await buildFixture({ months: 4, perArticle: 8 });
  app = await startServer();
});
afterAll(async () => {
  await app.close();
  await f.cleanup();
  await closeDriver();
});

const QUERY = `query($filter: StatementFilter) { statements(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;

/** Every filter is combined with the fixture's own countries, so other tests' data never counts. */
async function ids(filter: Record<string, unknown>): Promise<Set<string>> {
  const r = await gql(app, QUERY, { filter });
  expect(r.errors).toBeUndefined();
  expect(r.data.statements.totalCount).toBe(r.data.statements.edges.length);
  return new Set(r.data.statements.edges.map((e: any) => e.node.id));
}
const expected = (pred: (s: FixtureStatement) => boolean) => new Set(f.statements.filter(pred).map((s) => s.id));

describe('statement filters', () => {
  it('when filtered by speaker, then only that official’s statements come', async () => {
    expect(await ids({ speaker: f.officials.b })).toEqual(expected((s) => s.speaker === f.officials.b));
  });

  it('when filtered by speakerCountry (in lower case), then only that side’s statements come', async () => {
    expect(await ids({ speakerCountry: f.C.toLowerCase() })).toEqual(expected((s) => s.speakerCountry === f.C));
  });

  it('when filtered by target, then only statements concerning that country come', async () => {
    expect(await ids({ target: f.C })).toEqual(expected((s) => s.targets.includes(f.C)));
  });

  it('when filtered by a pair with between, then statements of either side about the other come', async () => {
    const pair = expected((s) => (s.speakerCountry === f.A && s.targets.includes(f.C)) || (s.speakerCountry === f.C && s.targets.includes(f.A)));
    expect(await ids({ between: [f.C, f.A] })).toEqual(pair);
    expect(pair.size).toBe(2);
  });

  it('when filtered by a parent topic, then statements about its children come too', async () => {
    const taiwan = expected((s) => s.topics.includes('sovereignty.taiwan'));
    expect(await ids({ speakerCountry: f.A, topic: 'sovereignty' })).toEqual(expected((s) => s.speakerCountry === f.A && s.topics.some((t) => t.startsWith('sovereignty'))));
    expect(await ids({ speakerCountry: f.A, topic: 'sovereignty.taiwan' })).toEqual(new Set([...taiwan].filter((id) => f.statements.find((s) => s.id === id)?.speakerCountry === f.A)));
    expect(await ids({ speaker: f.officials.a, topic: 'health' })).toEqual(expected((s) => s.speaker === f.officials.a && s.topics.includes('health.covid19')));
  });

  it('when filtered by kind and language, then only those statements come', async () => {
    expect(await ids({ speakerCountry: f.A, kind: 'support' })).toEqual(expected((s) => s.speakerCountry === f.A && s.kind === 'support'));
    expect(await ids({ target: f.B, language: 'fr' })).toEqual(expected((s) => s.targets.includes(f.B) && s.language === 'fr'));
  });

  it('when filtered by from and to, then both days are included', async () => {
    expect(await ids({ speakerCountry: f.B, from: '2023-02-10', to: '2023-03-10' })).toEqual(
      expected((s) => s.speakerCountry === f.B && s.date >= '2023-02-10' && s.date <= '2023-03-10'),
    );
    expect(await ids({ speakerCountry: f.B, from: '2023-03-11' })).toEqual(expected((s) => s.speakerCountry === f.B && s.date >= '2023-03-11'));
  });

  it('when filtered by text, then the full-text index finds the words in any case, together with other filters', async () => {
    expect(await ids({ text: f.word.toUpperCase() })).toEqual(expected((s) => s.text.includes(f.word)));
    expect(await ids({ text: `${f.word} oppose`, speakerCountry: f.A })).toEqual(
      expected((s) => s.text.includes(f.word) && s.text.includes('oppose') && s.speakerCountry === f.A),
    );
  });

  it('when every filter is given at once, then all of them hold', async () => {
    const want = expected((s) => s.speaker === f.officials.a && s.targets.includes(f.B) && s.kind === 'support' && s.language === 'en' && s.topics.includes('trade') && s.date >= '2023-01-01');
    expect(want.size).toBeGreaterThan(0);
    expect(await ids({ speaker: f.officials.a, speakerCountry: f.A, target: f.B, between: [f.A, f.B], topic: 'trade', kind: 'support', language: 'en', from: '2023-01-01', to: '2023-12-31', text: 'Statement' })).toEqual(want);
  });

  it('when an official’s statements are filtered by another speaker, then nothing comes', async () => {
    const r = await gql(app, `query($id: ID!, $other: ID!) { official(id: $id) { statements(filter: { speaker: $other }) { totalCount edges { node { id } } } } }`, { id: f.officials.a, other: f.officials.b });
    expect(r.data.official.statements).toEqual({ totalCount: 0, edges: [] });
  });

  it('when a filter names an unknown country, a bad pair, a reversed range or an empty text, then the answer is BAD_USER_INPUT', async () => {
    for (const filter of [{ speakerCountry: 'QQ9' }, { target: 'nowhere' }, { between: [f.A] }, { between: [f.A, f.A] }, { from: '2023-05-01', to: '2023-01-01' }, { text: '  ?! ' }]) {
      const r = await gql(app, QUERY, { filter });
      expect(codes(r), JSON.stringify(filter)).toEqual(['BAD_USER_INPUT']);
    }
    const badDate = await gql(app, QUERY, { filter: { from: '2023-13-45' } });
    expect(codes(badDate)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('event filters', () => {
  const EVENTS = `query($filter: EventFilter) { events(filter: $filter, first: 100) { totalCount edges { node { id type } } } }`;
  const eventIds = async (filter: Record<string, unknown>) => {
    const r = await gql(app, EVENTS, { filter });
    expect(r.errors).toBeUndefined();
    return new Set(r.data.events.edges.map((e: any) => e.node.id));
  };

  it('when events are filtered by country, pair, type, participant and dates, then each filter holds', async () => {
    const all = (pred: (e: Fixture['events'][number]) => boolean) => new Set(f.events.filter(pred).map((e) => e.id));
    expect(await eventIds({ country: f.C })).toEqual(all((e) => e.countries.includes(f.C)));
    expect(await eventIds({ between: [f.B, f.A] })).toEqual(all((e) => e.countries.includes(f.A) && e.countries.includes(f.B)));
    expect(await eventIds({ country: f.A, type: 'visit' })).toEqual(all((e) => e.type === 'visit'));
    expect(await eventIds({ country: f.B, type: 'meeting' })).toEqual(all((e) => e.type === 'meeting' && e.countries.includes(f.B)));
    expect(await eventIds({ participant: f.officials.c })).toEqual(all((e) => e.countries.includes(f.C)));
    expect(await eventIds({ country: f.A, from: '2023-02-01', to: '2023-03-31' })).toEqual(all((e) => e.countries.includes(f.A) && e.date >= '2023-02-01' && e.date <= '2023-03-31'));
    expect(codes(await gql(app, EVENTS, { filter: { country: 'XX0' } }))).toEqual(['BAD_USER_INPUT']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type Fixture } from '../helpers/api-fixture.ts';
import { gql, startServer, type TestServer } from '../helpers/api-client.ts';
import { closeDriver } from '../../src/db/driver.ts';

let app: TestServer;
let f: Fixture;

beforeAll(async () => {
  f = await buildFixture();
  app = await startServer();
});
afterAll(async () => {
  await app.close();
  await f.cleanup();
  await closeDriver();
});

describe('queries of the GraphQL API', () => {
  it('when health is asked, then it says Neo4j answers', async () => {
    const r = await gql(app, '{ health { ok neo4j version } }');
    expect(r.data?.health).toMatchObject({ ok: true, neo4j: true });
  });

  it('when a country is asked by code in any case, then its names come in the asked language', async () => {
    const r = await gql(app, '{ cn: country(code: "cn") { code kind name zh: name(language: "zh") ar: name(language: "ar") xx: name(language: "xx") } none: country(code: "ZZZ9") { code } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.cn).toMatchObject({ code: 'CN', kind: 'state', zh: '中国', ar: 'الصين' });
    expect(r.data?.cn.xx).toBe(r.data?.cn.name);
    expect(r.data?.none).toBeNull();
  });

  it('when countries are searched by a name in another script, then the country is found', async () => {
    const r = await gql(app, '{ countries(search: "Киргизия", first: 5) { totalCount edges { node { code } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.countries.edges.map((e: any) => e.node.code)).toContain('KG');
  });

  it('when an official is asked, then name, country, titles, counterparts, statements and events come back', async () => {
    const r = await gql(app, `query($id: ID!) { official(id: $id) { id name aliases titles country { code }
        counterparts { id } statements(first: 3) { totalCount edges { node { speaker { id } } } } events(first: 50) { totalCount } } }`, { id: f.officials.a });
    expect(r.errors).toBeUndefined();
    const o = r.data?.official;
    expect(o).toMatchObject({ id: f.officials.a, name: `Amira ${f.tag}`, titles: ['foreign minister'], country: { code: f.A } });
    expect(o.aliases).toContain('Amira');
    expect(o.counterparts.map((c: any) => c.id).sort()).toEqual([f.officials.b, f.officials.c].sort());
    const said = f.statements.filter((s) => s.speaker === f.officials.a).length;
    expect(o.statements.totalCount).toBe(said);
    expect(o.statements.edges.every((e: any) => e.node.speaker.id === f.officials.a)).toBe(true);
    expect(o.events.totalCount).toBe(f.events.filter((e) => e.countries.includes(f.A)).length);
  });

  it('when officials are listed by country or searched, then only matching officials come', async () => {
    const r = await gql(app, `query($c: ID!, $s: String!) { byCountry: officials(country: $c) { totalCount edges { node { id } } }
        bySearch: officials(search: $s) { edges { node { id } } } }`, { c: f.B, s: `Boris ${f.tag}` });
    expect(r.errors).toBeUndefined();
    expect(r.data?.byCountry.totalCount).toBe(1);
    expect(r.data?.byCountry.edges[0].node.id).toBe(f.officials.b);
    expect(r.data?.bySearch.edges.map((e: any) => e.node.id)).toEqual([f.officials.b]);
  });

  it('when topics are asked, then the taxonomy comes with parents and children', async () => {
    const r = await gql(app, '{ topics { id } topic(id: "sovereignty.taiwan") { id label parent { id children { id } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.topics.length).toBeGreaterThan(10);
    expect(r.data?.topic.parent.id).toBe('sovereignty');
    expect(r.data?.topic.parent.children.map((c: any) => c.id)).toContain('sovereignty.taiwan');
  });

  it('when the relation of two countries is asked in either order, then it is summarised the same way', async () => {
    const q = `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { countries { code } statementCount eventCount firstAt lastAt tone
        topics { topic { id } count } officials { id } events(first: 2) { totalCount edges { node { type } } }
        statements(first: 2, filter: { kind: "support" }) { totalCount } } }`;
    const ab = await gql(app, q, { a: f.A, b: f.B });
    const ba = await gql(app, q, { a: f.B, b: f.A });
    expect(ab.errors).toBeUndefined();
    expect(ab.data).toEqual(ba.data);
    const rel = ab.data?.relation;
    const pair = f.statements.filter((s) => [f.A, f.B].includes(s.speakerCountry) && s.targets.some((t) => [f.A, f.B].includes(t)));
    expect(rel.statementCount).toBe(pair.length);
    expect(rel.eventCount).toBe(f.events.filter((e) => e.countries.includes(f.A) && e.countries.includes(f.B)).length);
    expect(rel.countries.map((c: any) => c.code)).toEqual([f.A, f.B].sort());
    expect(rel.firstAt).toBe('2023-01-10');
    expect(rel.lastAt).toBe('2023-06-20');
    const tones: Record<string, number> = { support: 1, commit: 1, hope: 1, thank: 1, urge: 0, concern: -1, oppose: -1 };
    const tone = pair.reduce((sum, s) => sum + (tones[s.kind] ?? 0), 0) / pair.length;
    expect(rel.tone).toBeCloseTo(tone, 6);
    // trade and health tie; ties come in id order
    expect(rel.topics.slice(0, 2)).toEqual(['health.covid19', 'trade'].map((id) => ({ topic: { id }, count: pair.filter((s) => s.topics.includes(id)).length })));
    expect(rel.officials.map((o: any) => o.id).sort()).toEqual([f.officials.a, f.officials.b].sort());
    expect(rel.statements.totalCount).toBe(pair.filter((s) => s.kind === 'support').length);
  });

  it('when two countries have nothing between them, then the relation is null', async () => {
    const r = await gql(app, 'query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { tone } }', { a: f.C, b: 'AQ' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.relation).toBeNull();
  });

  it('when two countries only met, without statements, then they are related by that event alone', async () => {
    const r = await gql(app, 'query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { statementCount eventCount tone firstAt events { edges { node { type } } } } }', { a: f.B, b: f.C });
    expect(r.errors).toBeUndefined();
    expect(r.data?.relation).toEqual({ statementCount: 0, eventCount: 1, tone: null, firstAt: '2023-04-07', events: { edges: [{ node: { type: 'meeting' } }] } });
  });

  it('when a country is asked for its partners, then they come strongest first with the relation', async () => {
    const r = await gql(app, `query($a: ID!, $b: ID!) { country(code: $a) { partners { country { code } statements events weight relation { statementCount } }
        relation(with: $b) { statementCount } officials { id } } }`, { a: f.A, b: f.B });
    expect(r.errors).toBeUndefined();
    const partners = r.data?.country.partners;
    expect(partners.map((p: any) => p.country.code)).toEqual([f.B, f.C]);
    expect(partners[0].weight).toBe(partners[0].statements + partners[0].events);
    expect(partners[0].relation.statementCount).toBe(partners[0].statements);
    expect(partners[1]).toMatchObject({ statements: 2, events: 1, weight: 3 });
    expect(r.data?.country.relation.statementCount).toBe(partners[0].statements);
    expect(r.data?.country.officials).toEqual([{ id: f.officials.a }]);
  });

  it('when a relation timeline is asked by month, then each month carries counts by kind and topic, gaps filled', async () => {
    const r = await gql(app, `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { timeline(interval: MONTH) { start end statements events tone
        byKind { kind count } byTopic { topic { id } count } }
        q: timeline(interval: QUARTER, from: "2023-04-01", to: "2023-12-31") { start statements } } }`, { a: f.A, b: f.B });
    expect(r.errors).toBeUndefined();
    const months = r.data?.relation.timeline;
    expect(months.map((p: any) => p.start)).toEqual(['2023-01-01', '2023-02-01', '2023-03-01', '2023-04-01', '2023-05-01', '2023-06-01']);
    expect(months[0]).toMatchObject({ end: '2023-01-31', statements: 10, events: 1 });
    expect(months[5]).toMatchObject({ statements: 12, events: 2 });
    expect(months[0].byKind.reduce((n: number, k: any) => n + k.count, 0)).toBe(10);
    expect(months[0].byKind.slice(0, 3)).toEqual(['commit', 'hope', 'support'].map((kind) => ({ kind, count: 2 })));
    expect(months[0].byTopic.find((t: any) => t.topic.id === 'trade').count).toBe(3);
    expect(r.data?.relation.q).toEqual([{ start: '2023-04-01', statements: 32 }]);
  });

  it('when a timeline is asked by week or with bounds inside a month, then it counts the same statements as the monthly one', async () => {
    const fields = 'start statements events tone byKind { kind count } byTopic { topic { id } count }';
    const r = await gql(app, `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) {
        whole: timeline(interval: MONTH, from: "2023-02-01", to: "2023-05-31") { ${fields} }
        inside: timeline(interval: MONTH, from: "2023-02-02", to: "2023-05-30") { ${fields} }
        weeks: timeline(interval: WEEK) { statements } } }`, { a: f.A, b: f.B });
    expect(r.errors).toBeUndefined();
    const { whole, inside, weeks } = r.data!.relation;
    // the fixture's statements fall on the 5th to the 20th: bounds on the 2nd and the 30th exclude none
    expect(inside).toEqual(whole);
    expect(whole.map((p: any) => p.start)).toEqual(['2023-02-01', '2023-03-01', '2023-04-01', '2023-05-01']);
    expect(weeks.reduce((n: number, p: any) => n + p.statements, 0)).toBe(62);
  });

  it('when an event is asked, then countries, participants, articles and statements come', async () => {
    const ev = f.events[0]!;
    const r = await gql(app, `query($id: ID!) { event(id: $id) { id type date countries { code } participants { id } articles { id }
        statements(first: 100) { totalCount edges { node { event { id } } } } } }`, { id: ev.id });
    expect(r.errors).toBeUndefined();
    const e = r.data?.event;
    expect(e).toMatchObject({ id: ev.id, type: 'phone_call', date: ev.date, articles: [{ id: f.articles[0] }] });
    expect(e.countries.map((c: any) => c.code)).toEqual([f.A, f.B].sort());
    expect(e.participants.map((p: any) => p.id).sort()).toEqual([f.officials.a, f.officials.b].sort());
    expect(e.statements.totalCount).toBe(10);
    expect(e.statements.edges.every((x: any) => x.node.event.id === ev.id)).toBe(true);
  });

  it('when an article is asked, then its statements come in text order with offsets into its text', async () => {
    const r = await gql(app, `query($id: ID!) { article(id: $id) { id title source language publishedAt text countries { code } officials { id }
        events { type } statements { text start end language } } }`, { id: f.articles[0] });
    expect(r.errors).toBeUndefined();
    const a = r.data?.article;
    expect(a).toMatchObject({ source: 'Dyad test', language: 'en', publishedAt: '2023-01-10', events: [{ type: 'phone_call' }] });
    expect(a.statements).toHaveLength(10);
    for (const s of a.statements) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(a.statements.map((s: any) => s.start)).toEqual([...a.statements.map((s: any) => s.start)].sort((x: number, y: number) => x - y));
  });

  it('when a statement is asked with every field, then speaker, side, targets, topics, event and article are its own', async () => {
    const first = f.statements.find((s) => s.text.includes(f.word) && s.kind === 'concern')!;
    const r = await gql(app, `query($w: String!) { statements(first: 100, filter: { text: $w }) { edges { node { id text language kind tone date start end
        speaker { id } speakerCountry { code } targets { code } topics { id } event { id } article { id } } } } }`, { w: f.word });
    expect(r.errors).toBeUndefined();
    const node = r.data?.statements.edges.map((e: any) => e.node).find((n: any) => n.id === first.id);
    expect(node).toMatchObject({
      kind: first.kind, tone: -1, date: first.date, language: 'en', speaker: { id: first.speaker }, speakerCountry: { code: first.speakerCountry },
      targets: first.targets.map((code) => ({ code })), topics: [{ id: 'health.covid19' }], article: { id: first.articleId },
    });
  });

  it('when search is asked, then statements, officials and articles are found with a score and a type', async () => {
    const r = await gql(app, `query($t: String!) { search(text: $t, first: 50) { score kind node { __typename
        ... on Statement { id } ... on Official { id } ... on Article { id } } } }`, { t: `${f.word} Amira` });
    expect(r.errors).toBeUndefined();
    const hits = r.data?.search;
    const kinds = new Set(hits.map((h: any) => h.kind));
    expect(kinds).toEqual(new Set(['STATEMENT', 'ARTICLE', 'OFFICIAL']));
    expect(hits.every((h: any) => h.score > 0 && h.node.__typename[0] === h.kind[0])).toBe(true);
    expect(hits.map((h: any) => h.node.id)).toContain(f.officials.a);
  });

  it('when search text is only punctuation or Lucene syntax, then it answers without an error', async () => {
    const r = await gql(app, '{ a: search(text: "+-&&||!(){}[]^~*?:\\\\/") { kind } b: search(text: "AND OR NOT") { kind } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.a).toEqual([]);
  });

  it('when a time series is asked, then rows are (period, value, series) ready to chart', async () => {
    const r = await gql(app, `query($a: ID!, $b: ID!) {
        count: timeSeries(metric: STATEMENTS, interval: MONTH, filter: { between: [$a, $b] }) { period value series }
        tone: timeSeries(metric: TONE, interval: YEAR, filter: { speakerCountry: $a }) { period value series }
        byKind: timeSeries(metric: STATEMENTS, interval: QUARTER, filter: { between: [$a, $b] }, groupBy: KIND) { period value series }
        speakers: timeSeries(metric: SPEAKERS, interval: YEAR, filter: { between: [$a, $b] }) { value }
        events: timeSeries(metric: EVENTS, interval: YEAR, filter: { between: [$a, $b] }) { value } }`, { a: f.A, b: f.B });
    expect(r.errors).toBeUndefined();
    expect(r.data?.count).toHaveLength(6);
    expect(r.data?.count[0]).toEqual({ period: '2023-01-01', value: 10, series: null });
    expect(r.data?.tone).toHaveLength(1);
    expect(r.data?.tone[0].value).toBeGreaterThan(-1);
    const q1 = r.data?.byKind.filter((p: any) => p.period === '2023-01-01');
    expect(q1.reduce((n: number, p: any) => n + p.value, 0)).toBe(30);
    expect(new Set(q1.map((p: any) => p.series))).toEqual(new Set(['support', 'commit', 'hope', 'thank', 'urge', 'concern', 'oppose']));
    expect(r.data?.speakers).toEqual([{ value: 2 }]);
    expect(r.data?.events).toEqual([{ value: 7 }]);
  });

  it('when an id is unknown, then the single-entity queries answer null', async () => {
    const r = await gql(app, '{ official(id: "nobody") { id } event(id: "nothing") { id } article(id: "none") { id } topic(id: "nope") { id } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ official: null, event: null, article: null, topic: null });
  });
});

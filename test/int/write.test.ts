import { afterAll, describe, expect, it } from 'vitest';
import { deleteArticles, writeArticles } from '../../src/pipeline/write/index.ts';
import { runCypher } from '../../src/db/run.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { sampleArticle, uniqueTag } from '../helpers/extractions.ts';

afterAll(closeDriver);

async function count(query: string, params: Record<string, unknown>): Promise<number> {
  const rows = await runCypher<{ n: number }>('READ', query, params);
  return rows[0]?.n ?? 0;
}

const statementsOf = (id: string) => count('MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(s) AS n', { id });

describe('the graph writer', () => {
  it('when an article is written twice, then the second write changes nothing', async () => {
    const tag = uniqueTag();
    const item = sampleArticle(tag);
    const first = await writeArticles([item]);
    expect(first).toMatchObject({ written: 1, unchanged: 0, statements: 2 });
    expect(first.nodesCreated).toBeGreaterThan(0);
    const second = await writeArticles([item]);
    expect(second).toMatchObject({ written: 0, unchanged: 1, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
    expect(await statementsOf(item.article.id)).toBe(2);
  });

  it('when a statement is written, then it links to its speaker, side, targets, topics, event and article with offsets', async () => {
    const tag = uniqueTag();
    const item = sampleArticle(tag);
    await writeArticles([item]);
    const rows = await runCypher<Record<string, unknown>>(
      'READ',
      `MATCH (s:Statement {kind: 'commit'})-[:REPORTED_IN]->(a:Article {id: $id})
       MATCH (s)-[:MADE_BY]->(o:Official), (s)-[:ON_BEHALF_OF]->(side:Country), (s)-[:CONCERNS]->(t:Country),
             (s)-[:ABOUT]->(topic:Topic), (s)-[:DURING]->(e:Event)
       RETURN o.id AS speaker, side.code AS side, t.code AS target, topic.id AS topic, e.type AS type, s.start AS start, s.end AS end, s.tone AS tone`,
      { id: item.article.id },
    );
    expect(rows).toEqual([{ speaker: item.alpha, side: 'LI', target: 'SM', topic: 'trade', type: 'phone_call', start: 0, end: 10, tone: 1 }]);
  });

  it('when an article changes, then its statements are replaced, not added to', async () => {
    const tag = uniqueTag();
    const item = sampleArticle(tag, { statements: 4 });
    await writeArticles([item]);
    expect(await statementsOf(item.article.id)).toBe(4);
    const changed = sampleArticle(tag, { id: item.article.id, statements: 1, text: `${item.article.text} An update.` });
    const summary = await writeArticles([changed]);
    expect(summary).toMatchObject({ written: 1, replaced: 1 });
    expect(await statementsOf(item.article.id)).toBe(1);
  });

  it('when two articles in different languages report the same event, then there is one event with two reports', async () => {
    const tag = uniqueTag();
    const en = sampleArticle(tag);
    const ar = sampleArticle(tag, { language: 'ar', text: 'قال الوزير ألفا إن البلدين سيعمقان التجارة.' });
    await writeArticles([en]);
    await writeArticles([ar]);
    expect(await count('MATCH (e:Event {id: $id}) RETURN count(e) AS n', { id: en.eventId })).toBe(1);
    expect(await count('MATCH (:Event {id: $id})-[:REPORTED_IN]->(a:Article) RETURN count(a) AS n', { id: en.eventId })).toBe(2);
  });

  it('when the only article of an event is deleted, then the event, its statements and its officials go too', async () => {
    const tag = uniqueTag();
    const item = sampleArticle(tag);
    await writeArticles([item]);
    const result = await deleteArticles([item.article.id]);
    expect(result.deleted).toBe(1);
    expect(await count('MATCH (e:Event {id: $id}) RETURN count(e) AS n', { id: item.eventId })).toBe(0);
    expect(await count('MATCH (o:Official) WHERE o.id IN $ids RETURN count(o) AS n', { ids: [item.alpha, item.beta] })).toBe(0);
    expect(await statementsOf(item.article.id)).toBe(0);
  });

  it('when one of two reports of an event is deleted, then the event stays with the other report', async () => {
    const tag = uniqueTag();
    const a = sampleArticle(tag);
    const b = sampleArticle(tag);
    await writeArticles([a, b]);
    await deleteArticles([a.article.id]);
    expect(await count('MATCH (:Event {id: $id})-[:REPORTED_IN]->(a:Article) RETURN count(a) AS n', { id: a.eventId })).toBe(1);
    expect(await count('MATCH (:Event {id: $id})-[:PARTICIPANT]->(o) RETURN count(o) AS n', { id: a.eventId })).toBe(2);
  });

  it('when a report gives no date, then it joins the one dated event of the same type, states and participants', async () => {
    const tag = uniqueTag();
    const dated = sampleArticle(tag);
    await writeArticles([dated]);
    const undated = sampleArticle(tag, { date: '' });
    undated.extraction.events = [{ ...undated.extraction.events[0]!, id: `undated-${tag}`, date: null }];
    await writeArticles([undated]);
    expect(await count('MATCH (e:Event {id: $id})-[:REPORTED_IN]->(a:Article) RETURN count(a) AS n', { id: dated.eventId })).toBe(2);
    expect(await count('MATCH (e:Event {id: $id}) RETURN count(e) AS n', { id: `undated-${tag}` })).toBe(0);
  });

  it('when an undated report could be one of two dated events, then it keeps its own event', async () => {
    const tag = uniqueTag();
    const first = sampleArticle(tag, { date: '2024-03-04' });
    const second = sampleArticle(tag, { date: '2024-05-06' });
    second.extraction.events = [{ ...second.extraction.events[0]!, id: `second-${tag}` }];
    await writeArticles([first, second]);
    const undated = sampleArticle(tag, { date: '' });
    undated.extraction.events = [{ ...undated.extraction.events[0]!, id: `undated-${tag}`, date: null }];
    await writeArticles([undated]);
    expect(await count('MATCH (e:Event {id: $id}) RETURN count(e) AS n', { id: `undated-${tag}` })).toBe(1);
  });

  it('when a report is dated only by its publication day, then it joins the text-dated event stored two days before', async () => {
    const tag = uniqueTag();
    const dated = sampleArticle(tag);
    dated.extraction.events = [{ ...dated.extraction.events[0]!, dateBasis: 'text' }];
    await writeArticles([dated]);
    const late = sampleArticle(tag, { date: '2024-03-06' });
    late.extraction.events = [{ ...late.extraction.events[0]!, id: `late-${tag}`, dateBasis: 'published' }];
    const weekLate = sampleArticle(tag, { date: '2024-03-11' });
    weekLate.extraction.events = [{ ...weekLate.extraction.events[0]!, id: `week-${tag}`, dateBasis: 'published' }];
    await writeArticles([late, weekLate]);
    expect(await count('MATCH (e:Event {id: $id})-[:REPORTED_IN]->(a:Article) RETURN count(a) AS n', { id: dated.eventId })).toBe(2);
    expect(await count('MATCH (e:Event) WHERE e.id IN $ids RETURN count(e) AS n', { ids: [`late-${tag}`] })).toBe(0);
    expect(await count('MATCH (e:Event {id: $id, date: "2024-03-11"}) RETURN count(e) AS n', { id: `week-${tag}` })).toBe(1);
  });

  it('when an undated report names another weekday than the stored event, then it keeps its own event', async () => {
    const tag = uniqueTag();
    await writeArticles([sampleArticle(tag)]); // 2024-03-04, a Monday
    const undated = sampleArticle(tag, { date: '' });
    undated.extraction.events = [{ ...undated.extraction.events[0]!, id: `undated-${tag}`, date: null, weekday: 3 }];
    await writeArticles([undated]);
    expect(await count('MATCH (e:Event {id: $id}) RETURN count(e) AS n', { id: `undated-${tag}` })).toBe(1);
  });

  it('when articles are written, rewritten and deleted, then the pair\'s monthly tallies follow their statements exactly', async () => {
    const tag = uniqueTag();
    const day = '1987-06-15'; // in a month no other test writes
    const tallied = async () => count(
      "MATCH (x:Tally {pair: 'LI|SM', month: $month, dim: 'kind'}) RETURN coalesce(sum(x.n), 0) AS n", { month: day.slice(0, 7) },
    );
    const first = sampleArticle(tag, { date: day, statements: 2 });
    const second = sampleArticle(tag, { date: day, statements: 3 });
    await writeArticles([first, second]);
    expect(await tallied()).toBe(5);
    await writeArticles([sampleArticle(tag, { id: first.article.id, date: day, statements: 4, text: `${first.article.text} More.` })]);
    expect(await tallied()).toBe(7);
    await deleteArticles([first.article.id, second.article.id]);
    expect(await tallied()).toBe(0);
    expect(await count("MATCH (x:Tally {pair: 'LI|SM', month: $month}) RETURN count(x) AS n", { month: day.slice(0, 7) })).toBe(0);
  });

  it('when a batch holds the same article twice, then it is written once, in its later version', async () => {
    const tag = uniqueTag();
    const first = sampleArticle(tag, { statements: 4 });
    const later = sampleArticle(tag, { id: first.article.id, statements: 2, text: `${first.article.text} Later.` });
    const summary = await writeArticles([first, later]);
    expect(summary.written).toBe(1);
    expect(await statementsOf(first.article.id)).toBe(2);
  });

  it('when the same batch is written by two writers at once, then nothing is duplicated', async () => {
    const tag = uniqueTag();
    const items = Array.from({ length: 20 }, () => sampleArticle(tag));
    await Promise.all([writeArticles(items), writeArticles([...items].reverse())]);
    const ids = items.map((i) => i.article.id);
    expect(await count('MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n', { ids })).toBe(20);
    expect(await count('MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids RETURN count(s) AS n', { ids })).toBe(40);
    expect(await count('MATCH (e:Event {id: $id}) RETURN count(e) AS n', { id: items[0]!.eventId })).toBe(1);
    expect(await count('MATCH (:Event {id: $id})-[r:REPORTED_IN]->() RETURN count(r) AS n', { id: items[0]!.eventId })).toBe(20);
  });
});

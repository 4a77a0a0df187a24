import { afterAll, describe, expect, it, vi } from 'vitest';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { closeDriver } from '../../src/db/driver.ts';
import { runDyad } from '../helpers/cli.ts';
import { taggedCopies } from '../helpers/articles.ts';
import { countWhere, fingerprint } from '../helpers/graph.ts';
import { uniqueTag } from '../helpers/extractions.ts';
import type { Article } from '../../src/domain.ts';

afterAll(closeDriver);
// Each test starts the real CLI several times (tsx start-up, lexicon compilation, worker threads).
vi.setConfig({ testTimeout: 240_000 });

const ids = (articles: Article[]) => articles.map((a) => a.id);
const articleCount = (articleIds: string[]) => countWhere('MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n', { ids: articleIds });

describe('dyad ingest', () => {
  it('when the same folder is ingested twice, then the second run skips every article and the graph is identical', async () => {
    const { dir, articles } = taggedCopies(`re-${uniqueTag()}`, 12);
    const first = await runDyad(['ingest', dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/12 read, 12 written/);
    const before = await fingerprint(ids(articles));
    const second = await runDyad(['ingest', dir]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/0 written \(0 replaced\), 12 unchanged/);
    expect(await fingerprint(ids(articles))).toEqual(before);
  });

  it('when a JSONL dump has a malformed line, then that line is reported and the other articles are ingested', async () => {
    const { dir, articles } = taggedCopies(`jl-${uniqueTag()}`, 3);
    const lines = articles.map((a) => JSON.stringify(a));
    lines.splice(1, 0, '{"id": "broken", "text": ');
    // an article in a language Dyad has no data for: failed, and kept in the errors file to come back
    const unreadable = { ...articles[0]!, id: `${articles[0]!.id}-xx`, language: 'xx' };
    lines.push(JSON.stringify(unreadable));
    const file = path.join(dir, 'dump.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const errors = path.join(dir, 'errors.jsonl');
    const result = await runDyad(['ingest', file, '--errors', errors]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/dump\.jsonl:2: not valid JSON/);
    expect(result.stderr).toMatch(/no language data for "xx"/);
    expect(result.stderr).toMatch(/5 read, 3 written/);
    expect(await articleCount([...ids(articles), unreadable.id])).toBe(3);
    // the errors file is articles that ingest accepts again: given a language, the failed one goes in
    const failed = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(failed.map((a) => a.id)).toEqual([unreadable.id]);
    writeFileSync(errors, `${JSON.stringify({ ...failed[0], language: 'en' })}\n`);
    const again = await runDyad(['ingest', errors]);
    expect(again.code).toBe(0);
    expect(await articleCount([unreadable.id])).toBe(1);
  });

  it('when an RSS feed is served over HTTP, then its items are ingested as articles with their metadata', async () => {
    const tag = uniqueTag();
    const { articles } = taggedCopies(`rss-${tag}`, 3);
    const items = articles
      .map(
        (a) => `<item><title><![CDATA[${a.title ?? a.id}]]></title><link>http://127.0.0.1/${a.id}</link><guid>${a.id}</guid>
          <pubDate>${new Date(`${a.publishedAt ?? '2024-01-01'}T08:00:00Z`).toUTCString()}</pubDate>
          <content:encoded><![CDATA[<p>${a.text.replace(/\n/g, '</p><p>')}</p>]]></content:encoded></item>`,
      )
      .join('\n');
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Dyad sample feed ${tag}</title>${items}</channel></rss>`;
    const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
      const result = await runDyad(['ingest', url]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/3 read, 3 written/);
      const n = await countWhere(
        'MATCH (a:Article)-[:PUBLISHED_BY]->(:Source {name: $source}) WHERE a.title IS NOT NULL AND a.publishedAt IS NOT NULL RETURN count(a) AS n',
        { source: `Dyad sample feed ${tag}` },
      );
      expect(n).toBe(3);
    } finally {
      server.close();
    }
  });

  it('when two ingests of the same folder run at once, then no article, statement or event is duplicated', async () => {
    const { dir, articles } = taggedCopies(`cc-${uniqueTag()}`, 15);
    const [a, b] = await Promise.all([runDyad(['ingest', dir, '--batch-size', '4']), runDyad(['ingest', dir, '--batch-size', '4'])]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(await articleCount(ids(articles))).toBe(15);
    const dryRun = await runDyad(['ingest', '--dry-run', dir]);
    const expected = dryRun.stdout
      .trim()
      .split('\n')
      .reduce((sum, line) => sum + (JSON.parse(line) as { statements: number }).statements, 0);
    const statements = await countWhere('MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids RETURN count(s) AS n', { ids: ids(articles) });
    expect(statements).toBe(expected);
    const duplicateEvents = await countWhere(
      'MATCH (e:Event)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids WITH e.id AS id, count(DISTINCT elementId(e)) AS copies WHERE copies > 1 RETURN count(*) AS n',
      { ids: ids(articles) },
    );
    expect(duplicateEvents).toBe(0);
  });

  it('when an ingest is killed mid-run and run again, then the graph equals that of one clean run', async () => {
    const { dir, articles } = taggedCopies(`kill-${uniqueTag()}`);
    const killed = await runDyad(['ingest', dir, '--batch-size', '3', '--concurrency', '0'], { killWhen: (stderr) => /batch 2:/.test(stderr) });
    expect(killed.signal).toBe('SIGKILL');
    const partial = await articleCount(ids(articles));
    expect(partial).toBeLessThan(articles.length);
    const rerun = await runDyad(['ingest', dir]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const afterRerun = await fingerprint(ids(articles));
    const removed = await runDyad(['delete', ...ids(articles)]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(await articleCount(ids(articles))).toBe(0);
    const clean = await runDyad(['ingest', dir]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(await fingerprint(ids(articles))).toEqual(afterRerun);
  });

  it('when a source does not exist or is empty, then it is reported and the other sources are still ingested', async () => {
    const { dir, articles } = taggedCopies(`bad-${uniqueTag()}`, 2);
    writeFileSync(path.join(dir, 'empty.json'), '');
    const result = await runDyad(['ingest', path.join(dir, 'missing.json'), dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.json.*no such file/);
    expect(result.stderr).toMatch(/empty\.json.*empty/);
    expect(await articleCount(ids(articles))).toBe(2);
  });
});

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const GOLD = path.resolve(import.meta.dirname, '../../../shared/eval/gold');

describe.runIf(existsSync(CORPUS) && existsSync(GOLD))('dyad ingest on the shared corpus', () => {
  it('when the five reports of the 2020-11-16 China–Kyrgyzstan call are ingested, then they give exactly one Event with five reporting articles', async () => {
    // Chosen by what the hand-made answers say happened, not by file name.
    const reports = readdirSync(GOLD)
      .map((f) => JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')) as { id: string; events: Array<{ date: string | null; countries: string[] }> })
      .filter((g) => g.events[0]?.date === '2020-11-16' && [...(g.events[0]?.countries ?? [])].sort().join() === 'CN,KG')
      .map((g) => g.id);
    expect(reports).toHaveLength(5);
    const files = reports.map((id) => path.join(CORPUS, `${id}.json`));
    const result = await runDyad(['ingest', ...files]);
    expect(result.code, result.stderr).toBe(0);
    const mainEvents = await countWhere(
      'MATCH (e:Event)-[:REPORTED_IN {main: true}]->(a:Article) WHERE a.id IN $ids RETURN count(DISTINCT e) AS n',
      { ids: reports },
    );
    expect(mainEvents).toBe(1);
    const reporting = await countWhere(
      'MATCH (e:Event)-[:REPORTED_IN {main: true}]->(a:Article) WHERE a.id IN $ids WITH e MATCH (e)-[:REPORTED_IN]->(r:Article) WHERE r.id IN $ids RETURN count(DISTINCT r) AS n',
      { ids: reports },
    );
    expect(reporting).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/pipeline/read/index.ts';

describe('read', () => {
  it('when a .jsonl has a broken line, then the other lines are still read and the bad one is named', () => {
    const content = '{"id":"a","text":"One."}\nnot json\n{"id":"c","text":"Three."}\n';
    const r = readArticles({ name: 'in.jsonl', content });
    expect(r.articles.map((a) => a.id)).toEqual(['a', 'c']);
    expect(r.errors).toEqual(['in.jsonl:2: not valid JSON, line skipped']);
  });

  it('when a file is empty, binary or not JSON, then there is one clear message and no article', () => {
    expect(readArticles({ name: 'e.json', content: '  ' }).errors[0]).toMatch(/empty/);
    expect(readArticles({ name: 'b.txt', content: 'ab\u0000cd' }).errors[0]).toMatch(/binary/);
    expect(readArticles({ name: 'm.json', content: '{"id":' }).errors[0]).toMatch(/not valid JSON/);
    expect(readArticles({ name: 'n.json', content: '{"id":"x"}' }).errors[0]).toMatch(/no "text"/);
  });

  it('when plain text comes on stdin, then it becomes one article with the given language', () => {
    const r = readArticles({ name: '-', content: 'Kenya and Uganda signed a deal.', language: 'en' });
    expect(r.articles[0]).toMatchObject({ id: 'stdin', language: 'en', text: 'Kenya and Uganda signed a deal.' });
  });
});

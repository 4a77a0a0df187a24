import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract-article.ts';
import { loadLexicons } from '../../src/lexicon/index.ts';

const lex = loadLexicons();
const officialsOf = (text: string) =>
  extractArticle({ id: 'namesake', text, language: 'en', publishedAt: '2024-01-01' }, lex).officials.map((o) => o.name);

describe('namesakes', () => {
  it('when an unknown official shares a surname with a known one, then the full unknown name is kept as another person', () => {
    // "Zhao" is the short name of a real spokesperson in the gazetteer; this invented one is someone else.
    const names = officialsOf('Chinese Foreign Ministry spokesperson Zhao Minghui said China opposes the sanctions. Zhao added that Beijing will respond.');
    expect(names).toEqual(['Zhao Minghui']);
  });

  it('when an invented official holds a title the gazetteer knows, then the title does not turn them into the real holder', () => {
    const names = officialsOf('Chinese Vice Premier Liu Zhenguo met Kyrgyz Foreign Minister Ruslan Kazakbaev on Monday.');
    expect(names).toContain('Liu Zhenguo');
    expect(names).toContain('Ruslan Kazakbayev');
  });
});

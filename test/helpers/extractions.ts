// Hand-built extractions for writer tests: unique ids per call so test files can share one database.
import { randomUUID } from 'node:crypto';
import type { Article, Extraction } from '../../src/domain.ts';

export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}

/**
 * An article about a call between two officials, with `n` statements, all under the given tag. The two sides
 * are Liechtenstein and San Marino, which no sample or corpus article is about, so that tests counting a real
 * pair (China and Kyrgyzstan) are not disturbed by writer tests running beside them.
 */
export function sampleArticle(tag: string, opts: { id?: string; text?: string; statements?: number; date?: string; language?: string } = {}) {
  const id = opts.id ?? `t-${tag}-${uniqueTag()}`;
  const text = opts.text ?? 'Minister Alpha said the two countries will deepen trade. Minister Beta thanked Alpha for vaccines. ';
  const article: Article = { id, url: null, source: `Test source ${tag}`, title: `Call ${tag}`, language: opts.language ?? 'en', publishedAt: opts.date ?? '2024-03-04', text };
  const alpha = `alpha-${tag}`;
  const beta = `beta-${tag}`;
  const n = opts.statements ?? 2;
  const extraction: Extraction = {
    article: { id, language: opts.language ?? 'en', publishedAt: opts.date ?? '2024-03-04', title: article.title ?? null, url: null },
    countries: [
      { code: 'LI', mentions: [] },
      { code: 'SM', mentions: [] },
    ],
    officials: [
      { id: alpha, name: `Alpha ${tag}`, country: 'LI', titles: ['foreign minister'], aliases: ['Alpha'], mentions: [{ start: 9, end: 14, text: 'Alpha' }] },
      { id: beta, name: `Beta ${tag}`, country: 'SM', titles: ['foreign minister'], aliases: ['Beta'], mentions: [] },
    ],
    topics: [{ id: 'trade', mentions: [] }],
    events: [{ id: `ev-${tag}`, type: 'phone_call', date: opts.date ?? '2024-03-04', participants: [alpha, beta], countries: ['LI', 'SM'] }],
    statements: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      speaker: i % 2 === 0 ? alpha : beta,
      speakerCountry: i % 2 === 0 ? 'LI' : 'SM',
      kind: i % 2 === 0 ? 'commit' : 'thank',
      text: text.slice(i * 10, i * 10 + 10),
      start: i * 10,
      end: i * 10 + 10,
      topics: i % 2 === 0 ? ['trade'] : ['health.covid19'],
      targets: [i % 2 === 0 ? 'SM' : 'LI'],
    })),
  };
  return { article, extraction, alpha, beta, eventId: `ev-${tag}` };
}

import { describe, expect, it } from 'vitest';
import { createExtractPool } from '../../src/ingest/extract-pool.ts';

const article = (id: string, text: string) => ({ id, text, language: 'en', url: null, source: null, title: null, publishedAt: null });

describe('extraction worker pool', () => {
  it('when a worker dies or throws on an article, then only that article fails and the pool goes on at full size', async () => {
    const pool = createExtractPool(2, new URL('../helpers/crashing-worker.mjs', import.meta.url));
    try {
      const first = await Promise.all([pool.extract(article('a', 'crash')), pool.extract(article('b', 'throw')), pool.extract(article('c', 'fine'))]);
      expect(first.map((o) => o.ok)).toEqual([false, false, true]);
      expect(first[0]).toMatchObject({ error: expect.stringMatching(/exited with code 3/) });
      expect(first[1]).toMatchObject({ error: expect.stringMatching(/worker bug/) });
      // both replacements work, in parallel
      const after = await Promise.all(['d', 'e', 'f', 'g'].map((id) => pool.extract(article(id, 'fine'))));
      expect(after.every((o) => o.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('when one worker holds several articles and dies on one of them, then the articles sent with it are still extracted, once each', async () => {
    const pool = createExtractPool(1, new URL('../helpers/crashing-worker.mjs', import.meta.url));
    try {
      const texts = ['fine', 'fine', 'crash', 'fine', 'fine', 'fine', 'crash', 'fine'];
      const outcomes = await Promise.all(texts.map((text, i) => pool.extract(article(`a${i}`, text))));
      expect(outcomes.map((o) => o.ok)).toEqual(texts.map((t) => t !== 'crash'));
      expect(outcomes.map((o) => (o.ok ? o.extraction.article.id : null))).toEqual(texts.map((t, i) => (t === 'crash' ? null : `a${i}`)));
    } finally {
      await pool.close();
    }
  });

  it('when the pool is closed, then every article still waiting gets an answer (none hangs)', async () => {
    const pool = createExtractPool(1, new URL('../helpers/crashing-worker.mjs', import.meta.url));
    const waiting = Array.from({ length: 12 }, (_, i) => pool.extract(article(`w${i}`, 'fine')));
    await pool.close();
    const outcomes = await Promise.all(waiting);
    // closed before the worker could answer any of them: each one is told so, none is left waiting
    expect(outcomes.map((o) => (o.ok ? 'extracted' : o.error))).toEqual(waiting.map(() => 'extraction pool is closed'));
  });
});

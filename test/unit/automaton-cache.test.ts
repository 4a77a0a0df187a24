import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { cachedAutomaton } from '../../src/lexicon/automaton-cache.ts';

const keywords = ['китай', 'китайск', 'киргиз', 'министр', 'he', 'she', 'hers', 'his'];
const text = 'министр иностранных дел китайской стороны и киргизский коллега; she said his hers';

describe('compiled automatons kept on disk', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'dyad-automaton-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('finds the same matches when read back as when just built', () => {
    const where = dir();
    const fresh = new AhoCorasick(keywords).matchInText(text);
    const built = cachedAutomaton(keywords, where, 'xx');
    expect(readdirSync(where)).toHaveLength(1);
    const readBack = cachedAutomaton(keywords, where, 'xx');
    expect(readBack).not.toBe(built);
    expect(readBack.matchInText(text)).toEqual(fresh);
    expect(built.matchInText(text)).toEqual(fresh);
  });

  it('keeps one file per label: changed keywords replace the stale build', () => {
    const where = dir();
    cachedAutomaton(keywords, where, 'xx');
    const changed = cachedAutomaton([...keywords, 'стороны'], where, 'xx');
    expect(readdirSync(where)).toHaveLength(1);
    expect(changed.matchInText('стороны').map((m) => m.keyword)).toEqual(['стороны']);
  });

  it('builds again when the stored file is damaged, and still matches', () => {
    const where = dir();
    cachedAutomaton(keywords, where, 'xx');
    const [file] = readdirSync(where);
    writeFileSync(path.join(where, file!), 'not a serialised automaton');
    expect(cachedAutomaton(keywords, where, 'xx').matchInText(text)).toEqual(new AhoCorasick(keywords).matchInText(text));
  });

  it('works without a place to keep it', () => {
    expect(cachedAutomaton(keywords, null, 'xx').matchInText('she').map((m) => m.keyword)).toEqual(['she', 'he']);
  });
});

// Compiled Aho-Corasick automatons kept on disk. Building the double array is most of a worker's start-up
// (seconds for a language with tens of thousands of inflected terms), while reading it back takes tens of
// milliseconds. The automaton is a pure function of its keyword list and the library's version, so the file
// is named by a hash of both: changed language data simply makes a new file. Any problem with the cache
// (unwritable folder, truncated file, a library whose object shape changed) falls back to building.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { AhoCorasick } from '@monyone/aho-corasick/fast';

// the package does not export its package.json: read it beside the resolved entry (dist/index.cjs)
const LIBRARY_VERSION = (() => {
  const entry = createRequire(import.meta.url).resolve('@monyone/aho-corasick');
  return (JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
})();

// The library keeps its double array in one field of the automaton; a deserialised copy gets its classes back
// from a probe. If a future version stores it differently, `usable` is false and nothing is cached.
const probe = new AhoCorasick(['ab']) as unknown as { trie?: object };
const usable = typeof probe.trie === 'object' && probe.trie !== null;
const TRIE_PROTO = usable ? Object.getPrototypeOf(probe.trie) : null;

function revive(value: unknown): AhoCorasick | null {
  const o = value as { trie?: unknown } | null;
  if (!o || typeof o.trie !== 'object' || o.trie === null) return null;
  Object.setPrototypeOf(o.trie, TRIE_PROTO);
  Object.setPrototypeOf(o, AhoCorasick.prototype);
  return o as unknown as AhoCorasick;
}

/** The automaton over `keywords`, read from `dir` when built before, else built and stored there. */
export function cachedAutomaton(keywords: string[], dir: string | null, label: string): AhoCorasick {
  if (!usable || !dir) return new AhoCorasick(keywords);
  const hash = createHash('sha256').update(LIBRARY_VERSION);
  for (const k of keywords) hash.update(k).update('\u0000');
  const name = `${label}-${hash.digest('hex').slice(0, 16)}.v8`;
  const file = path.join(dir, name);
  try {
    const revived = revive(deserialize(readFileSync(file)));
    if (revived) return revived;
  } catch {
    // absent or unreadable: build it
  }
  const automaton = new AhoCorasick(keywords);
  try {
    mkdirSync(dir, { recursive: true });
    // older builds of the same label are stale
    for (const old of readdirSync(dir)) if (old.startsWith(`${label}-`) && old !== name && old.endsWith('.v8')) rmSync(path.join(dir, old), { force: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, serialize(automaton));
    renameSync(tmp, file); // atomic: a concurrent reader sees the old state or the whole file
  } catch {
    // a read-only checkout still works, only slower to start
  }
  return automaton;
}

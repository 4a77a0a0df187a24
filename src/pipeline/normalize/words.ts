// Word lists of a language's data, folded as running text folds (normalizeTerm), once per lexicon: the
// attribution stages test short gaps and tokens against them for every clause of every article.
import type { Lexicon } from '../../lexicon/index.ts';
import { normalizeTerm } from './index.ts';

const folded = new WeakMap<Lexicon, Map<string, string[]>>();

/** The words `pick` takes from the lexicon's data, folded; `name` tells the lists of one lexicon apart. */
export function foldedWords(lex: Lexicon, name: string, pick: (data: Lexicon['data']) => readonly string[] | undefined): string[] {
  let lists = folded.get(lex);
  if (!lists) folded.set(lex, (lists = new Map()));
  let words = lists.get(name);
  if (!words) lists.set(name, (words = (pick(lex.data) ?? []).map((w) => normalizeTerm(w, lex.rules))));
  return words;
}

const sets = new WeakMap<string[], Set<string>>();
/** The same words as a set. */
export function foldedSet(lex: Lexicon, name: string, pick: (data: Lexicon['data']) => readonly string[] | undefined): Set<string> {
  const words = foldedWords(lex, name, pick);
  let set = sets.get(words);
  if (!set) sets.set(words, (set = new Set(words)));
  return set;
}

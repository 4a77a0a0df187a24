// Synthetic multilingual articles for benchmarks: real countries, fictional officials (source "Dyad sample"),
// grouped into events that 1–4 articles in different languages report. Deterministic for a given seed.
//   npx tsx bench/generate.ts 10000 > /tmp/articles.jsonl
import { createRequire } from 'node:module';
import type { Article } from '../src/domain.ts';

type Lang = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';
interface GeneratorData {
  countries: Record<string, Record<Lang, [string, string]>>;
  officials: Record<string, Record<Lang, string>>;
  templates: Record<Lang, { intro: string; statements: string[] }>;
  days: Record<Lang, string[]>;
}

const data = createRequire(import.meta.url)('./data/generator.json') as GeneratorData;
const LANGS = Object.keys(data.templates) as Lang[];
const CODES = Object.keys(data.countries);

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fill(template: string, lang: Lang, a: string, b: string, day: string): string {
  const [nameA, adjA] = data.countries[a]![lang];
  const [nameB, adjB] = data.countries[b]![lang];
  return template
    .replaceAll('{a_A}', adjA)
    .replaceAll('{a_B}', adjB)
    .replaceAll('{A}', nameA)
    .replaceAll('{B}', nameB)
    .replaceAll('{PA}', data.officials[a]![lang])
    .replaceAll('{PB}', data.officials[b]![lang])
    .replaceAll('{day}', day);
}

export function* generateArticles(count: number, seed = 42): Generator<Article> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  let produced = 0;
  let event = 0;
  while (produced < count) {
    event += 1;
    const a = pick(CODES);
    let b = pick(CODES);
    while (b === a) b = pick(CODES);
    // A weekday event, published the same day.
    const day = new Date(Date.UTC(2020 + Math.floor(rnd() * 6), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
    const date = day.toISOString().slice(0, 10);
    const reports = 1 + Math.floor(rnd() * 4);
    const langs = [...LANGS].sort(() => rnd() - 0.5).slice(0, reports);
    for (const lang of langs) {
      if (produced >= count) return;
      const t = data.templates[lang];
      const weekday = data.days[lang][day.getUTCDay() - 1]!;
      const order = [...t.statements].sort(() => rnd() - 0.5);
      const body = [fill(t.intro, lang, a, b, weekday), ...order.map((s) => fill(s, lang, a, b, weekday))];
      const second = order.slice(0, 3).map((s) => fill(s, lang, a, b, weekday));
      produced += 1;
      yield {
        id: `bench-${seed}-${event}-${lang}`,
        url: null,
        source: 'Dyad sample',
        title: fill(t.intro, lang, a, b, weekday).slice(0, 80),
        language: lang,
        publishedAt: date,
        text: `${body.join(' ')}\n${second.join(' ')}`,
      };
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 42);
  for (const article of generateArticles(count, seed)) process.stdout.write(`${JSON.stringify(article)}\n`);
}

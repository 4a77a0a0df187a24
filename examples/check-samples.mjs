#!/usr/bin/env node
// Checks the sample articles and their gold answers: valid JSON, the corpus article shape,
// ids unique and equal to file names, gold anchors present exactly once, gold names in the
// text, and kinds/topics/event types known to the taxonomy.   node examples/check-samples.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const taxonomy = path.join(here, '..', 'src', 'taxonomy');
const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const topicIds = new Set(readJson(path.join(taxonomy, 'topics.json')).topics.map((t) => t.id));
const kindsFile = readJson(path.join(taxonomy, 'statement-kinds.json'));
const kindIds = new Set(kindsFile.kinds.map((k) => k.id));
const eventTypes = new Set(kindsFile.eventTypes.map((e) => e.id));
const ORGS = new Set(['UN', 'EU', 'AU', 'ASEAN', 'SCO', 'BRICS', 'NATO', 'CSTO', 'GCC', 'OIC', 'AL', 'OAS', 'G20', 'G7', 'WHO']);
const isCode = (c) => typeof c === 'string' && (/^[A-Z]{2}$/.test(c) || ORGS.has(c));

let problems = 0;
const bad = (where, msg) => { problems++; console.log(`${where}: ${msg}`); };

const articles = new Map();
const articlesDir = path.join(here, 'articles');
const langs = fs.readdirSync(articlesDir, { withFileTypes: true }).filter((d) => d.isDirectory());
for (const dir of langs) {
  for (const f of fs.readdirSync(path.join(articlesDir, dir.name)).filter((n) => n.endsWith('.json'))) {
    const where = `${dir.name}/${f}`;
    let a;
    try { a = readJson(path.join(articlesDir, dir.name, f)); } catch (e) { bad(where, `not JSON: ${e.message}`); continue; }
    if (`${a.id}.json` !== f) bad(where, `id ${a.id} does not match the file name`);
    if (articles.has(a.id)) bad(where, `id ${a.id} repeated`);
    if (a.source !== 'Dyad sample') bad(where, 'source must be "Dyad sample"');
    if (a.url !== null) bad(where, 'url must be null');
    if (typeof a.text !== 'string' || a.text.length < 200) bad(where, 'text missing or too short');
    if ('language' in a && a.language !== dir.name) bad(where, `language ${a.language} is not the folder ${dir.name}`);
    if (a.publishedAt != null && !/^\d{4}-\d{2}-\d{2}$/.test(a.publishedAt)) bad(where, `publishedAt ${a.publishedAt}`);
    if (!a.id.startsWith(`sample-${dir.name}-`)) bad(where, 'id must start with sample-<lang>-');
    articles.set(a.id, a);
  }
}

const goldDir = path.join(here, 'gold');
const golds = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json'));
for (const f of golds) {
  let g;
  try { g = readJson(path.join(goldDir, f)); } catch (e) { bad(`gold/${f}`, `not JSON: ${e.message}`); continue; }
  const where = `gold/${f}`;
  if (`${g.id}.json` !== f) bad(where, 'id does not match the file name');
  const a = articles.get(g.id);
  if (!a) { bad(where, 'no sample article with this id'); continue; }
  const text = a.text;
  if (!(g.countries ?? []).length || !g.countries.every(isCode)) bad(where, 'countries');
  const keys = new Set();
  for (const o of g.officials ?? []) {
    if (!o.key || keys.has(o.key)) bad(where, `official key ${o.key}`);
    keys.add(o.key);
    if (!isCode(o.country)) bad(where, `official ${o.key} country ${o.country}`);
    const missing = (o.names ?? []).filter((n) => !/^[\x00-\x7F]+$/.test(n) && !text.includes(n));
    if (!(o.names ?? []).some((n) => text.includes(n))) bad(where, `official ${o.key}: no name in the text`);
    for (const n of missing) bad(where, `official ${o.key}: name ${n} not in the text`);
  }
  for (const e of g.events ?? []) {
    if (!eventTypes.has(e.type)) bad(where, `event type ${e.type}`);
    if (e.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(e.date ?? '')) bad(where, `event date ${e.date}`);
    for (const p of e.participants ?? []) if (!keys.has(p)) bad(where, `participant ${p}`);
  }
  for (const s of g.statements ?? []) {
    const n = s.anchor ? text.split(s.anchor).length - 1 : 0;
    if (n !== 1) bad(where, `anchor found ${n} times: ${s.anchor}`);
    if (!(keys.has(s.speaker) || (/^country:/.test(s.speaker ?? '') && isCode(s.speaker.slice(8))))) bad(where, `speaker ${s.speaker}`);
    if (!kindIds.has(s.kind)) bad(where, `kind ${s.kind}`);
    for (const t of s.topics ?? []) if (!topicIds.has(t)) bad(where, `topic ${t}`);
    for (const c of s.targets ?? []) if (!isCode(c)) bad(where, `target ${c}`);
  }
  for (const t of g.topics ?? []) if (!topicIds.has(t)) bad(where, `topic ${t}`);
  if (typeof g.cluster !== 'string' || !g.cluster) bad(where, 'cluster missing');
}
console.log(`${articles.size} articles, ${golds.length} gold files, ${problems} problems`);
process.exit(problems ? 1 : 0);

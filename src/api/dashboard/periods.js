// The API gives the timeline by month; the page folds months into quarters or years, so changing the period
// redraws without a request. Counts add up; a period's tone is the statement-weighted mean of its months' tones.
import { monthFormat } from './core.js';

function periodKey(iso, interval) {
  const [y, m] = iso.split('-').map(Number);
  if (interval === 'YEAR') return `${y}`;
  if (interval === 'QUARTER') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return `${y}-${String(m).padStart(2, '0')}`;
}

function periodLabel(key, interval) {
  if (interval === 'YEAR') return key;
  if (interval === 'QUARTER') return `${key.slice(5)} ${key.slice(0, 4)}`;
  return monthFormat.format(new Date(`${key}-01T00:00:00Z`));
}

export function chooseInterval(choice, first, last) {
  if (choice !== 'AUTO') return choice;
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  return months <= 30 ? 'MONTH' : months <= 120 ? 'QUARTER' : 'YEAR';
}

/** Every period from the first month to the last, gaps included, with counts summed and tone re-weighted. */
export function foldTimeline(months, interval) {
  if (months.length === 0) return [];
  const keys = [];
  const start = new Date(`${months[0].start.slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(`${months.at(-1).start.slice(0, 7)}-01T00:00:00Z`);
  for (let d = start; d <= end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    const key = periodKey(d.toISOString().slice(0, 10), interval);
    if (keys.at(-1) !== key) keys.push(key);
  }
  const byKey = new Map(keys.map((k) => [k, { key: k, label: periodLabel(k, interval), statements: 0, toneSum: 0, toned: 0, kinds: new Map(), topics: new Map() }]));
  for (const m of months) {
    const p = byKey.get(periodKey(m.start, interval));
    if (!p) continue;
    p.statements += m.statements;
    if (m.tone !== null) {
      p.toneSum += m.tone * m.statements;
      p.toned += m.statements;
    }
    for (const k of m.byKind) p.kinds.set(k.kind, (p.kinds.get(k.kind) ?? 0) + k.count);
    for (const t of m.byTopic) p.topics.set(t.topic.id, (p.topics.get(t.topic.id) ?? 0) + t.count);
  }
  return [...byKey.values()].map((p) => ({ ...p, tone: p.toned > 0 ? p.toneSum / p.toned : null }));
}

// The relation at a glance: summary cards, the three charts over time, top topics and the officials.
import { barList, legend, lineChart, stackedBars } from './charts.js';
import { $, sideOf, KINDS, OTHER_COLOR, TOPIC_COLORS, formatDay, nameOf, numberFormat, signed, state } from './core.js';
import { chooseInterval, foldTimeline } from './periods.js';

function emptyChart(host, message) {
  const p = document.createElement('p');
  p.className = 'chart-empty muted';
  p.textContent = message;
  host.replaceChildren(p);
}

export function drawCharts() {
  const r = state.relation;
  if (!r) return;
  const interval = r.statementCount > 0 ? chooseInterval(state.interval, r.firstAt ?? r.timeline[0]?.start, r.lastAt ?? r.timeline.at(-1)?.start) : 'MONTH';
  const periods = foldTimeline(r.timeline.filter((m) => m.statements > 0), interval);
  const labels = periods.map((p) => p.label);
  const noStatements = 'No statements between these two yet: only shared events.';

  if (periods.length === 0) {
    for (const id of ['chart-kinds', 'chart-topics', 'chart-tone']) emptyChart($(id), noStatements);
    $('legend-kinds').replaceChildren();
    $('legend-topics').replaceChildren();
  } else {
    const kinds = KINDS.map(([id, label, color]) => ({ key: id, label, color, values: periods.map((p) => p.kinds.get(id) ?? 0) }))
      .filter((s) => s.values.some((v) => v > 0));
    stackedBars($('chart-kinds'), { labels, series: kinds, title: 'Statements by kind over time' });
    legend($('legend-kinds'), kinds.map((s) => ({ label: s.label, color: s.color, total: s.values.reduce((x, y) => x + y, 0) })));

    const top = r.topics.slice(0, TOPIC_COLORS.length);
    const topics = top.map((t, i) => ({ key: t.topic.id, label: t.topic.label, color: TOPIC_COLORS[i], values: periods.map((p) => p.topics.get(t.topic.id) ?? 0) }));
    const shown = new Set(top.map((t) => t.topic.id));
    const other = periods.map((p) => [...p.topics].filter(([id]) => !shown.has(id)).reduce((sum, [, n]) => sum + n, 0));
    if (other.some((v) => v > 0)) topics.push({ key: 'other', label: 'Other topics', color: OTHER_COLOR, values: other });
    if (topics.length === 0) emptyChart($('chart-topics'), 'No topic was recognised in these statements.');
    else stackedBars($('chart-topics'), { labels, series: topics, title: 'Statements by topic over time', unit: 'topic mentions' });
    legend($('legend-topics'), topics.map((s) => ({ label: s.label, color: s.color, total: s.values.reduce((x, y) => x + y, 0) })));

    lineChart($('chart-tone'), {
      labels,
      values: periods.map((p) => p.tone),
      weights: periods.map((p) => p.statements),
      title: 'Tone over time',
      format: signed,
      bands: [{ from: 0, to: 1, class: 'band-up', label: 'cooperative' }, { from: -1, to: 0, class: 'band-down', label: 'conflictual' }],
    });
  }

  if (r.topics.length === 0) emptyChart($('top-topics'), 'No topic was recognised in these statements.');
  else barList($('top-topics'), r.topics.slice(0, 10).map((t, i) => ({
    label: t.topic.label,
    note: t.topic.id.includes('.') ? ` · ${t.topic.id.split('.')[0].replace(/_/g, ' ')}` : '',
    value: t.count,
    color: TOPIC_COLORS[i] ?? '#64748b',
  })));
}

export function drawSummary(r) {
  $('stat-statements').textContent = numberFormat.format(r.statementCount);
  $('stat-statements-note').textContent = `of either side about the other; ${numberFormat.format(r.officials.length)} officials named`;
  $('stat-events').textContent = numberFormat.format(r.eventCount);
  if (r.tone === null) {
    $('stat-tone').textContent = 'n/a';
    $('tone-marker').hidden = true;
  } else {
    $('stat-tone').textContent = signed(r.tone);
    $('stat-tone').className = `stat-value ${r.tone > 0.2 ? 'up' : r.tone < -0.2 ? 'down' : ''}`;
    $('tone-marker').hidden = false;
    $('tone-marker').style.left = `${((r.tone + 1) / 2) * 100}%`;
  }
  $('stat-period').textContent = r.firstAt ? `${formatDay(r.firstAt)} – ${formatDay(r.lastAt)}` : 'no dates';
  $('stat-period-note').textContent = 'first and last dated statement or event';
}

/** The officials, by their statements between the two once `counts` (id -> number) has come; until then by side. */
export function drawOfficials(r, counts = null) {
  const side = (o) => (o.country?.code === state.a ? 0 : o.country?.code === state.b ? 1 : 2);
  const officials = [...r.officials]
    .map((o) => ({ ...o, count: counts?.get(o.id) ?? 0 }))
    .sort((x, y) => y.count - x.count || side(x) - side(y) || x.name.localeCompare(y.name));
  $('officials').dataset.counts = counts ? 'loaded' : 'pending';
  $('officials-empty').hidden = officials.length > 0;
  const max = Math.max(1, ...officials.map((o) => o.count));
  $('officials').replaceChildren(
    ...officials.slice(0, 14).map((o) => {
      const li = document.createElement('li');
      const who = document.createElement('div');
      who.className = 'official-who';
      const name = document.createElement('span');
      name.className = 'official-name';
      name.dir = 'auto';
      name.textContent = o.name;
      const code = document.createElement('span');
      code.className = `code ${sideOf(o.country?.code)}`;
      code.textContent = o.country?.code ?? '?';
      code.title = nameOf(o.country?.code ?? '');
      who.append(code, name);
      const title = document.createElement('span');
      title.className = 'official-title muted';
      title.dir = 'auto';
      title.textContent = o.titles.slice(0, 2).join(' · ') || 'title not known';
      const bar = document.createElement('span');
      bar.className = 'bar-track';
      const fill = document.createElement('span');
      fill.className = `bar-fill ${sideOf(o.country?.code)}`;
      fill.style.width = `${(100 * o.count) / max}%`;
      bar.append(fill);
      const n = document.createElement('span');
      n.className = 'bar-value';
      n.textContent = counts ? String(o.count) : '…';
      n.title = counts ? `${o.count} statements between ${nameOf(state.a)} and ${nameOf(state.b)}` : 'counting';
      li.append(who, title, bar, n);
      return li;
    }),
  );
  if (officials.length > 14) {
    const li = document.createElement('li');
    li.className = 'muted more-line';
    li.textContent = `and ${officials.length - 14} more`;
    $('officials').append(li);
  }
}

export function fillFilters(r) {
  const kinds = new Set(r.timeline.flatMap((m) => m.byKind.map((k) => k.kind)));
  const kindSelect = $('filter-kind');
  const topicSelect = $('filter-topic');
  kindSelect.replaceChildren(new Option('All kinds', ''), ...KINDS.filter(([id]) => kinds.has(id)).map(([id, label]) => new Option(label, id)));
  topicSelect.replaceChildren(new Option('All topics', ''), ...r.topics.map((t) => new Option(`${t.topic.label} (${t.count})`, t.topic.id)));
  $('filter-text').value = '';
}

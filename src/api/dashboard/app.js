// The Dyad dashboard: two countries, their relation over time, and every statement back to its sentence.
// It only speaks the public GraphQL API (POST /graphql); the state lives in the URL (?a=CN&b=KG&interval=...)
// so a view can be shared, and #article=...&start=...&end=... opens an article at a highlighted span.
import { barList, legend, lineChart, stackedBars } from './charts.js';
import { COUNTRIES, PARTNERS, RELATION, STATEMENTS, ARTICLE } from './queries.js';

const $ = (id) => document.getElementById(id);
const PAGE = 20;

const KINDS = [
  ['support', 'Support', '#2563eb'], ['commit', 'Commitment', '#0891b2'], ['agree', 'Agreement', '#059669'],
  ['hope', 'Hope', '#65a30d'], ['thank', 'Thanks', '#7c3aed'], ['urge', 'Urging', '#a16207'],
  ['inform', 'Information', '#94a3b8'], ['concern', 'Concern', '#f97316'], ['oppose', 'Opposition', '#dc2626'],
  ['accuse', 'Accusation', '#be123c'], ['threaten', 'Threat', '#7f1d1d'],
];
const KIND = new Map(KINDS.map(([id, label, color]) => [id, { label, color }]));
const TOPIC_COLORS = ['#2563eb', '#f59e0b', '#10b981', '#8b5cf6', '#ef4444', '#06b6d4'];
const OTHER_COLOR = '#cbd5e1';

const numberFormat = new Intl.NumberFormat('en');
const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const formatDay = (iso) => (iso ? dayFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : 'undated');
const signed = (v) => (v > 0.005 ? `+${v.toFixed(2)}` : v < -0.005 ? `−${Math.abs(v).toFixed(2)}` : '0.00');

const state = {
  a: 'CN',
  b: 'KG',
  interval: 'AUTO',
  countries: new Map(),
  relation: null,
  after: null,
  token: 0,
  listToken: 0,
};

// ---- GraphQL -------------------------------------------------------------------------------------------------

class ApiError extends Error {}

async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The Dyad API did not answer. Is the server running?');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} without a readable body.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok) throw new ApiError(`The API answered ${response.status}.`);
  return body.data;
}

function showError(error) {
  document.body.dataset.state = 'error';
  $('alert-text').textContent = error instanceof ApiError ? error.message : 'The page hit an unexpected error; see the browser console.';
  $('alert').hidden = false;
  if (!(error instanceof ApiError)) console.error(error);
}

// ---- the country picker --------------------------------------------------------------------------------------

async function loadCountries() {
  let after = null;
  const all = [];
  do {
    const data = await gql(COUNTRIES, { after });
    all.push(...data.countries.edges.map((e) => e.node));
    after = data.countries.pageInfo.hasNextPage ? data.countries.pageInfo.endCursor : null;
  } while (after);
  all.sort((x, y) => x.name.localeCompare(y.name, 'en'));
  for (const c of all) state.countries.set(c.code, c);
}

const nameOf = (code) => state.countries.get(code)?.name ?? code;

function option(country) {
  const o = document.createElement('option');
  o.value = country.code;
  o.textContent = `${country.name} (${country.code})`;
  return o;
}

function fillSelect(select, selected, partners = []) {
  const groups = [];
  if (partners.length) groups.push([`Most related to ${nameOf(state.a)}`, partners.map((p) => state.countries.get(p.country.code) ?? p.country)]);
  const list = [...state.countries.values()];
  groups.push(['States', list.filter((c) => c.kind !== 'organisation')], ['Organisations', list.filter((c) => c.kind === 'organisation')]);
  select.replaceChildren(
    ...groups.map(([label, items]) => {
      const g = document.createElement('optgroup');
      g.label = label;
      g.append(...items.map(option));
      return g;
    }),
  );
  select.value = selected;
}

async function loadPartners() {
  const data = await gql(PARTNERS, { code: state.a });
  const partners = (data.country?.partners ?? []).filter((p) => p.country.code !== state.a);
  $('partners-title').textContent = partners.length ? `Most related to ${nameOf(state.a)}:` : `${nameOf(state.a)} has no partners in the graph yet.`;
  $('partners').replaceChildren(
    ...partners.slice(0, 8).map((p) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = `chip${p.country.code === state.b ? ' active' : ''}`;
      b.textContent = nameOf(p.country.code);
      b.title = `${p.statements} statements, ${p.events} events`;
      b.addEventListener('click', () => choose(state.a, p.country.code));
      li.append(b);
      return li;
    }),
  );
  fillSelect($('country-a'), state.a);
  fillSelect($('country-b'), state.b, partners);
  return partners;
}

function writeUrl() {
  const params = new URLSearchParams({ a: state.a, b: state.b });
  if (state.interval !== 'AUTO') params.set('interval', state.interval);
  history.replaceState(null, '', `?${params}${location.hash}`);
}

async function choose(a, b) {
  state.a = a;
  state.b = b;
  writeUrl();
  await refresh();
}

// ---- periods: the API gives months, the page folds them into quarters or years --------------------------------

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

function chooseInterval(first, last) {
  if (state.interval !== 'AUTO') return state.interval;
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  return months <= 30 ? 'MONTH' : months <= 120 ? 'QUARTER' : 'YEAR';
}

/** Every period from the first month to the last, gaps included, with counts summed and tone re-weighted. */
function foldTimeline(months, interval) {
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

// ---- drawing ----------------------------------------------------------------------------------------------------

function emptyChart(host, message) {
  const p = document.createElement('p');
  p.className = 'chart-empty muted';
  p.textContent = message;
  host.replaceChildren(p);
}

function drawCharts() {
  const r = state.relation;
  if (!r) return;
  const interval = r.statementCount > 0 ? chooseInterval(r.firstAt ?? r.timeline[0]?.start, r.lastAt ?? r.timeline.at(-1)?.start) : 'MONTH';
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

function drawSummary(r) {
  $('stat-statements').textContent = numberFormat.format(r.statementCount);
  const named = r.officials.filter((o) => o.statements.totalCount > 0).length;
  $('stat-statements-note').textContent = `of either side about the other; ${numberFormat.format(named)} named speakers`;
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

function drawOfficials(r) {
  const officials = [...r.officials]
    .map((o) => ({ ...o, count: o.statements.totalCount }))
    .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
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
      code.className = `code side-${o.country?.code === state.a ? 'a' : 'b'}`;
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
      fill.className = `bar-fill side-${o.country?.code === state.a ? 'a' : 'b'}`;
      fill.style.width = `${(100 * o.count) / max}%`;
      bar.append(fill);
      const n = document.createElement('span');
      n.className = 'bar-value';
      n.textContent = String(o.count);
      n.title = `${o.count} statements between ${nameOf(state.a)} and ${nameOf(state.b)}`;
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

function fillFilters(r) {
  const kinds = new Set(r.timeline.flatMap((m) => m.byKind.map((k) => k.kind)));
  const kindSelect = $('filter-kind');
  const topicSelect = $('filter-topic');
  kindSelect.replaceChildren(new Option('All kinds', ''), ...KINDS.filter(([id]) => kinds.has(id)).map(([id, label]) => new Option(label, id)));
  topicSelect.replaceChildren(new Option('All topics', ''), ...r.topics.map((t) => new Option(`${t.topic.label} (${t.count})`, t.topic.id)));
  $('filter-text').value = '';
}

// ---- statements -------------------------------------------------------------------------------------------------

function statementFilter() {
  const filter = {};
  if ($('filter-kind').value) filter.kind = $('filter-kind').value;
  if ($('filter-topic').value) filter.topic = $('filter-topic').value;
  const words = $('filter-text').value.trim();
  if (words) filter.text = words;
  return filter;
}

function exportLinks(filter) {
  const params = new URLSearchParams({ between: `${state.a},${state.b}`, ...filter });
  $('export-csv').href = `/export/statements.csv?${params}`;
  $('export-jsonl').href = `/export/statements.jsonl?${params}`;
}

function countryChip(country) {
  const span = document.createElement('span');
  span.className = `code side-${country.code === state.a ? 'a' : 'b'}`;
  span.textContent = country.code;
  span.title = country.name;
  return span;
}

function statementItem(s) {
  const li = document.createElement('li');
  li.className = 'statement';
  li.dataset.id = s.id;
  const head = document.createElement('div');
  head.className = 'statement-head';
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.style.setProperty('--kind', KIND.get(s.kind)?.color ?? '#64748b');
  kind.textContent = KIND.get(s.kind)?.label ?? s.kind;
  const who = document.createElement('span');
  who.className = 'who';
  const speaker = document.createElement('span');
  speaker.className = 'speaker';
  speaker.dir = 'auto';
  speaker.textContent = s.speaker?.name ?? `${s.speakerCountry?.name ?? 'Unknown'} (no named speaker)`;
  who.append(...(s.speakerCountry ? [countryChip(s.speakerCountry)] : []), speaker);
  if (s.targets.length) {
    const arrow = document.createElement('span');
    arrow.className = 'muted';
    arrow.textContent = ' on ';
    who.append(arrow, ...s.targets.map(countryChip));
  }
  const time = document.createElement('time');
  time.className = 'muted';
  if (s.date) time.dateTime = s.date;
  time.textContent = formatDay(s.date);
  head.append(kind, who, time);

  const quote = document.createElement('button');
  quote.type = 'button';
  quote.className = 'statement-text';
  quote.dir = 'auto';
  quote.lang = s.language;
  quote.textContent = s.text;
  quote.title = 'Show this sentence in its article';
  quote.addEventListener('click', () => openArticle(s.article.id, s.start, s.end, s));

  const foot = document.createElement('div');
  foot.className = 'statement-foot';
  const topics = document.createElement('ul');
  topics.className = 'chips small';
  topics.append(...s.topics.map((t) => {
    const t1 = document.createElement('li');
    t1.className = 'chip static';
    t1.textContent = t.label;
    return t1;
  }));
  const source = document.createElement('span');
  source.className = 'source';
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'link-button';
  open.textContent = 'In the article';
  open.addEventListener('click', () => openArticle(s.article.id, s.start, s.end, s));
  source.append(open);
  if (s.article.url) {
    const a = document.createElement('a');
    a.href = s.article.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = `${s.article.source ?? new URL(s.article.url).hostname} ↗`;
    a.title = s.article.title ?? s.article.url;
    source.append(a);
  } else if (s.article.source) {
    const span = document.createElement('span');
    span.className = 'muted';
    span.textContent = s.article.source;
    source.append(span);
  }
  foot.append(topics, source);
  li.append(head, quote, foot);
  return li;
}

async function loadStatements(more = false) {
  const token = ++state.listToken;
  const filter = statementFilter();
  exportLinks(filter);
  if (!more) state.after = null;
  $('more').disabled = true;
  $('statements-card').classList.add('busy');
  try {
    const data = await gql(STATEMENTS, { a: state.a, b: state.b, filter, first: PAGE, after: state.after });
    if (token !== state.listToken) return;
    const conn = data.relation?.statements ?? { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const items = conn.edges.map((e) => statementItem(e.node));
    if (more) $('statements').append(...items);
    else $('statements').replaceChildren(...items);
    state.after = conn.pageInfo.endCursor;
    const shown = $('statements').children.length;
    $('statements-count').textContent = `${numberFormat.format(conn.totalCount)} statement${conn.totalCount === 1 ? '' : 's'}, newest first${conn.totalCount ? `; ${shown} shown` : ''}. Click one to read it in its article.`;
    $('statements-empty').hidden = shown > 0;
    $('more').hidden = !conn.pageInfo.hasNextPage;
    $('statements').dataset.loaded = 'true';
  } catch (error) {
    if (token === state.listToken) showError(error);
  } finally {
    if (token === state.listToken) {
      $('more').disabled = false;
      $('statements-card').classList.remove('busy');
    }
  }
}

// ---- the article with its highlighted statement ---------------------------------------------------------------

async function openArticle(id, start, end, statement = undefined) {
  const dialog = $('article');
  $('article-title').textContent = 'Loading the article…';
  $('article-meta').textContent = '';
  $('article-text').replaceChildren();
  $('article-offsets').textContent = '';
  $('article-link').hidden = true;
  $('article-statement').replaceChildren();
  if (statement) {
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.style.setProperty('--kind', KIND.get(statement.kind)?.color ?? '#64748b');
    kind.textContent = KIND.get(statement.kind)?.label ?? statement.kind;
    const who = document.createElement('span');
    who.dir = 'auto';
    who.textContent = ` ${statement.speaker?.name ?? statement.speakerCountry?.name ?? ''} · ${formatDay(statement.date)}`;
    $('article-statement').append(kind, who);
  }
  if (!dialog.open) dialog.showModal();
  history.replaceState(null, '', `${location.search}#${new URLSearchParams({ article: id, start: String(start), end: String(end) })}`);
  try {
    const { article } = await gql(ARTICLE, { id });
    if (!article) throw new ApiError(`The article ${id} is no longer in the graph.`);
    $('article-title').textContent = article.title ?? article.id;
    $('article-title').lang = article.language ?? '';
    $('article-meta').textContent = [article.source, article.publishedAt ? formatDay(article.publishedAt) : null, article.language?.toUpperCase()].filter(Boolean).join(' · ');
    if (article.url) {
      $('article-link').href = article.url;
      $('article-link').hidden = false;
    }
    const body = $('article-text');
    body.lang = article.language ?? '';
    const text = article.text ?? '';
    if (!text) {
      body.textContent = 'The text of this article is not stored.';
      return;
    }
    if (start < 0 || end > text.length || start >= end) {
      body.textContent = text;
      $('article-offsets').textContent = `The statement's place [${start}, ${end}) is outside this text.`;
      return;
    }
    // Offsets are UTF-16 code units, exactly what String.prototype.slice counts.
    const mark = document.createElement('mark');
    mark.id = 'highlight';
    mark.dir = 'auto';
    mark.textContent = text.slice(start, end);
    body.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
    $('article-offsets').textContent = `Highlighted: characters ${start}–${end} of ${text.length}`;
    mark.scrollIntoView({ block: 'center' });
  } catch (error) {
    $('article-title').textContent = 'The article could not be loaded';
    $('article-text').textContent = error instanceof ApiError ? error.message : String(error);
  }
}

function closeArticle() {
  $('article').close();
}

// ---- the whole view ---------------------------------------------------------------------------------------------

async function refresh() {
  const token = ++state.token;
  document.body.dataset.state = 'loading';
  $('alert').hidden = true;
  $('title').textContent = `${nameOf(state.a)} and ${nameOf(state.b)}`;
  $('subtitle').textContent = 'Loading…';
  try {
    if (state.a === state.b) throw new ApiError('Pick two different countries.');
    const [, data] = await Promise.all([loadPartners(), gql(RELATION, { a: state.a, b: state.b })]);
    if (token !== state.token) return;
    state.relation = data.relation;
    const r = data.relation;
    $('empty').hidden = r !== null;
    $('content').hidden = r === null;
    if (r === null) {
      $('subtitle').textContent = '';
      $('empty-text').textContent = `No statement of ${nameOf(state.a)} concerns ${nameOf(state.b)} or the other way round, and no event involves both. Try one of the countries most related to ${nameOf(state.a)} above.`;
      exportLinks({});
      document.body.dataset.state = 'empty';
      return;
    }
    $('subtitle').textContent = `${numberFormat.format(r.statementCount)} statements and ${numberFormat.format(r.eventCount)} events from the news, ${r.firstAt ? `${formatDay(r.firstAt)} to ${formatDay(r.lastAt)}` : 'undated'}.`;
    drawSummary(r);
    drawCharts();
    drawOfficials(r);
    fillFilters(r);
    await loadStatements();
    if (token === state.token && $('alert').hidden) document.body.dataset.state = 'ready';
  } catch (error) {
    if (token === state.token) showError(error);
  }
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  const code = (v) => (v && /^[A-Za-z0-9]{2,12}$/.test(v) ? v.toUpperCase() : null);
  state.a = code(params.get('a')) ?? state.a;
  state.b = code(params.get('b')) ?? state.b;
  const interval = params.get('interval');
  if (['MONTH', 'QUARTER', 'YEAR'].includes(interval)) state.interval = interval;
  $('interval').value = state.interval;
}

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

async function main() {
  readUrl();
  $('country-a').addEventListener('change', (e) => {
    const a = e.target.value;
    void choose(a, a === state.b ? state.a : state.b);
  });
  $('country-b').addEventListener('change', (e) => {
    const b = e.target.value;
    void choose(b === state.a ? state.b : state.a, b);
  });
  $('swap').addEventListener('click', () => void choose(state.b, state.a));
  $('interval').addEventListener('change', (e) => {
    state.interval = e.target.value;
    writeUrl();
    drawCharts();
  });
  $('picker').addEventListener('submit', (e) => e.preventDefault());
  $('retry').addEventListener('click', () => void start());
  $('filter-kind').addEventListener('change', () => void loadStatements());
  $('filter-topic').addEventListener('change', () => void loadStatements());
  $('filter-text').addEventListener('input', debounce(() => void loadStatements(), 350));
  $('more').addEventListener('click', () => void loadStatements(true));
  $('article-close').addEventListener('click', closeArticle);
  $('article').addEventListener('click', (e) => {
    if (e.target === $('article')) closeArticle();
  });
  $('article').addEventListener('close', () => history.replaceState(null, '', location.search || location.pathname));
  window.addEventListener('resize', debounce(drawCharts, 150));
  await start();
}

async function start() {
  try {
    if (state.countries.size === 0) await loadCountries();
    if (!state.countries.has(state.a)) state.a = 'CN';
    if (!state.countries.has(state.b)) state.b = 'KG';
    writeUrl();
    await refresh();
    const hash = new URLSearchParams(location.hash.slice(1));
    if (hash.get('article')) await openArticle(hash.get('article'), Number(hash.get('start')), Number(hash.get('end')));
  } catch (error) {
    showError(error);
  }
}

void main();

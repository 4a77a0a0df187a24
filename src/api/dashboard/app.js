// The Dyad dashboard: two countries, their relation over time, and every statement back to its sentence.
// It only speaks the public GraphQL API (POST /graphql); the state lives in the URL (?a=CN&b=KG&interval=...)
// so a view can be shared, and #article=...&start=...&end=... opens an article at a highlighted span.
import { $, ApiError, gql, nameOf, numberFormat, formatDay, showError, state } from './core.js';
import { COUNTRIES, OFFICIAL_COUNTS, PARTNERS, RELATION } from './queries.js';
import { drawCharts, drawOfficials, drawSummary, fillFilters } from './overview.js';
import { exportLinks, loadStatements } from './statements.js';
import { closeArticle, openArticle } from './article.js';


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
    void countOfficials(r, token);
    fillFilters(r);
    await loadStatements();
    if (token === state.token && $('alert').hidden) document.body.dataset.state = 'ready';
  } catch (error) {
    if (token === state.token) failView(error, 'This view could not be loaded.');
  }
}

/** Nothing stale or half-drawn stays on screen when the view fails: the header says so, the alert says why. */
function failView(error, what) {
  $('content').hidden = true;
  $('empty').hidden = true;
  $('subtitle').textContent = what;
  if (state.countries.size === 0) $('title').textContent = 'Dyad';
  showError(error);
}

async function countOfficials(r, token) {
  try {
    const data = await gql(OFFICIAL_COUNTS, { a: state.a, b: state.b });
    if (token !== state.token) return;
    drawOfficials(r, new Map((data.relation?.officials ?? []).map((o) => [o.id, o.statements.totalCount])));
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
    failView(error, 'The list of countries could not be loaded.');
  }
}

void main();

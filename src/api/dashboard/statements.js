// The latest statements of the relation, filtered by kind, topic and words, page by page; each opens its article.
import { $, sideOf, KIND, PAGE, formatDay, gql, numberFormat, showError, state } from './core.js';
import { STATEMENTS } from './queries.js';
import { openArticle } from './article.js';

function statementFilter() {
  const filter = {};
  if ($('filter-kind').value) filter.kind = $('filter-kind').value;
  if ($('filter-topic').value) filter.topic = $('filter-topic').value;
  const words = $('filter-text').value.trim();
  if (words) filter.text = words;
  return filter;
}

export function exportLinks(filter) {
  const params = new URLSearchParams({ between: `${state.a},${state.b}`, ...filter });
  $('export-csv').href = `/export/statements.csv?${params}`;
  $('export-jsonl').href = `/export/statements.jsonl?${params}`;
}

function countryChip(country) {
  const span = document.createElement('span');
  span.className = `code ${sideOf(country.code)}`;
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

export async function loadStatements(more = false) {
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

// The article dialog: the text as stored, with the statement's [start, end) span marked and scrolled into view.
import { $, ApiError, KIND, formatDay, gql } from './core.js';
import { ARTICLE } from './queries.js';

export async function openArticle(id, start, end, statement = undefined) {
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

export function closeArticle() {
  $('article').close();
}

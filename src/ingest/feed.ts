// RSS 2.0, RSS 1.0 (RDF) and Atom feeds to articles. Items whose text is only a teaser are fetched by URL.
import { XMLParser } from 'fast-xml-parser';
import { createHash } from 'node:crypto';
import type { Article } from '../domain.ts';
import { htmlToText } from './html-text.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

export interface FeedItem {
  article: Article;
  /** True when the feed gives only a summary, so the page at `url` should be fetched for the text. */
  needsFetch: boolean;
}

type Node = Record<string, unknown>;
const text = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return '';
};

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const alternate = links.find((l: Node) => !l['@rel'] || l['@rel'] === 'alternate') as Node | undefined;
  return (alternate?.['@href'] as string | undefined) ?? null;
}

function isoDate(value: string): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const idFor = (feedTitle: string, key: string) => `feed-${createHash('sha256').update(`${feedTitle}\u0000${key}`).digest('hex').slice(0, 16)}`;

/** Looks like a feed: an XML document whose root is rss, rdf:RDF or feed. */
export function isFeed(body: string): boolean {
  const head = body.slice(0, 2000);
  return /<(rss|rdf:RDF|feed)[\s>]/i.test(head);
}

export function parseFeed(xml: string, language?: string): FeedItem[] {
  const doc = parser.parse(xml) as Node;
  const rss = doc['rss'] as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc['feed'] as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.['channel'] ?? rdf?.['channel']) as Node | undefined) ?? {};
    const source = text(channel['title']) || 'RSS feed';
    const lang = language ?? (text(channel['language']).slice(0, 2).toLowerCase() || undefined);
    const items = ((channel['item'] ?? rdf?.['item']) as Node[] | undefined) ?? [];
    return items.map((item) => {
      const url = text(item['link']) || null;
      const full = text(item['content:encoded']);
      const summary = text(item['description']);
      const body = htmlToText(full || summary);
      const key = text(item['guid']) || url || text(item['title']);
      return {
        article: { id: idFor(source, key), url, source, title: text(item['title']) || null, language: lang ?? null, publishedAt: isoDate(text(item['pubDate']) || text(item['dc:date'])), text: body },
        needsFetch: !full && url !== null,
      };
    });
  }
  if (atom) {
    const source = text(atom['title']) || 'Atom feed';
    const entries = (atom['entry'] as Node[] | undefined) ?? [];
    return entries.map((entry) => {
      const url = atomLink(entry['link']);
      const content = text(entry['content']);
      const body = htmlToText(content || text(entry['summary']));
      const key = text(entry['id']) || url || text(entry['title']);
      return {
        article: { id: idFor(source, key), url, source, title: text(entry['title']) || null, language: language ?? null, publishedAt: isoDate(text(entry['published']) || text(entry['updated'])), text: body },
        needsFetch: !content && url !== null,
      };
    });
  }
  return [];
}

// The readable text of a news page: the paragraphs of its <article> (or <main>, or the whole body),
// without scripts, navigation, headers and footers. Good enough for wire copy; no DOM needed.
const DROP_BLOCKS = /<(script|style|noscript|template|svg|nav|header|footer|aside|form|figure|iframe)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAGS = /<\/?(p|div|br|li|h[1-6]|section|article|blockquote|tr|ul|ol)\b[^>]*>/gi;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function innerOf(html: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)<\\/${tag}>`, 'i').exec(html);
  return match?.[1];
}

export function htmlToText(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return decodeEntities(html).trim();
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(DROP_BLOCKS, ' ');
  const scope = innerOf(cleaned, 'article') ?? innerOf(cleaned, 'main') ?? innerOf(cleaned, 'body') ?? cleaned;
  return decodeEntities(scope.replace(BLOCK_TAGS, '\n').replace(/<[^>]+>/g, ''))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function htmlTitle(html: string): string | null {
  const og = /<meta[^>]+property=["']og:title["'][^>]+content=["']([^"']+)["']/i.exec(html)?.[1];
  const title = og ?? innerOf(html, 'title');
  return title ? decodeEntities(title).trim() : null;
}

export function htmlLanguage(html: string): string | null {
  return /<html[^>]+lang=["']?([a-zA-Z]{2})/i.exec(html)?.[1]?.toLowerCase() ?? null;
}

export function htmlPublished(html: string): string | null {
  const value = /<meta[^>]+(?:property|name)=["'](?:article:published_time|date|pubdate|og:published_time)["'][^>]+content=["']([^"']+)["']/i.exec(html)?.[1];
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

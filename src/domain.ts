// The domain types: the extraction contract of DESIGN.md. Field names are a contract used by
// the scorer and the graph writer; add fields freely, never rename these.

/** An article as a user hands it over (corpus format). */
export interface Article {
  id: string;
  url?: string | null;
  source?: string | null;
  title?: string | null;
  /** ISO 639-1 code; detected when absent. */
  language?: string | null;
  /** ISO date or date-time. */
  publishedAt?: string | null;
  text: string;
}

/** UTF-16 code-unit offsets into `article.text`, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedCountry {
  /** ISO 3166-1 alpha-2, or an organisation code such as UN, EU, SCO. */
  code: string;
  mentions: Mention[];
}

export interface ExtractedOfficial {
  /** Stable across articles and languages: the gazetteer id, or one derived from the canonical name and country. */
  id: string;
  name: string;
  country: string | null;
  titles: string[];
  aliases: string[];
  mentions: Mention[];
}

export interface ExtractedTopic {
  id: string;
  mentions: Mention[];
}

export interface ExtractedEvent {
  /** Derived from type, date and participants, so the same real event gets the same id in any language. */
  id: string;
  type: string;
  /** YYYY-MM-DD or null when neither the text nor the publication date fixes it. */
  date: string | null;
  /** How the date was fixed: by a date expression in the text, or by the publication day alone. */
  dateBasis?: 'text' | 'published';
  /** For an undated event, the weekday the text gives ("on Monday"): 1 = Monday ... 7 = Sunday (ISO 8601). */
  weekday?: number;
  /** For an undated event, the day of the month the text gives without its month (zh "26日", ar "16 الجاري"). */
  monthDay?: number;
  participants: string[];
  countries: string[];
}

export interface ExtractedStatement {
  id: string;
  speaker: string | null;
  speakerCountry: string | null;
  kind: string;
  text: string;
  start: number;
  end: number;
  topics: string[];
  targets: string[];
}

export interface ArticleMeta {
  id: string;
  language: string;
  publishedAt: string | null;
  title: string | null;
  url: string | null;
  source?: string | null;
}

export interface Diagnostic {
  stage: string;
  message: string;
}

/** One article's extraction: the JSON object `dyad extract` prints per article. */
export interface Extraction {
  article: ArticleMeta;
  countries: ExtractedCountry[];
  officials: ExtractedOfficial[];
  topics: ExtractedTopic[];
  /** The main event (the one the article is about) first. */
  events: ExtractedEvent[];
  statements: ExtractedStatement[];
  diagnostics?: Diagnostic[];
}

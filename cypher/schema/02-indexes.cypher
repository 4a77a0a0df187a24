// Range indexes for the filters and orderings of the API and the dashboards.
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE INDEX statement_language IF NOT EXISTS FOR (n:Statement) ON (n.language);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX official_country IF NOT EXISTS FOR (n:Official) ON (n.country);
CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX country_kind IF NOT EXISTS FOR (n:Country) ON (n.kind);
CREATE INDEX topic_parent IF NOT EXISTS FOR (n:Topic) ON (n.parent);
CREATE INDEX tally_pair_month IF NOT EXISTS FOR (n:Tally) ON (n.pair, n.month);

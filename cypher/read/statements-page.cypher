// One page of statements, newest first, keyset on (date, id); undated statements come last.
// Params: the StatementFilter (event, speaker, speakerCountry, target, pairA/pairB, topic, kind, language, from,
// to, text as an escaped Lucene query), each null when not given.
// $after: null or {key, id} from the previous page's last row; $limit: page size + 1.
// Nodes the filter names, bound once; null when not given (or unknown, which then matches nothing).
OPTIONAL MATCH (ev:Event {id: $event})
OPTIONAL MATCH (spk:Official {id: $speaker})
OPTIONAL MATCH (pa:Country {code: $pairA})
OPTIONAL MATCH (pb:Country {code: $pairB})
OPTIONAL MATCH (sc:Country {code: $speakerCountry})
OPTIONAL MATCH (tg:Country {code: $target})
// The most selective filter given picks where the search starts; the branches exclude each other, and each
// says which filter it already satisfies so that the checks below skip it.
CALL (ev, spk, pa, pb, sc, tg) {
  WITH 1 AS go WHERE $text IS NOT NULL
  CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node
  RETURN node AS s, 'text' AS anchor
  UNION ALL
  WITH ev WHERE $text IS NULL AND ev IS NOT NULL
  MATCH (ev)<-[:DURING]-(s:Statement)
  RETURN s, 'event' AS anchor
  UNION ALL
  WITH spk WHERE $text IS NULL AND $event IS NULL AND spk IS NOT NULL
  MATCH (spk)<-[:MADE_BY]-(s:Statement)
  RETURN s, 'speaker' AS anchor
  UNION ALL
  WITH pa, pb WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND pa IS NOT NULL AND pb IS NOT NULL
  MATCH (pa)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(pb)
  USING JOIN ON s
  RETURN s, 'pair' AS anchor
  UNION ALL
  WITH pa, pb WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND pa IS NOT NULL AND pb IS NOT NULL AND pa <> pb
  MATCH (pb)<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(pa)
  USING JOIN ON s
  RETURN s, 'pair' AS anchor
  UNION ALL
  WITH sc WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NULL AND sc IS NOT NULL
  MATCH (sc)<-[:ON_BEHALF_OF]-(s:Statement)
  RETURN s, 'speakerCountry' AS anchor
  UNION ALL
  WITH tg WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NULL AND $speakerCountry IS NULL
    AND tg IS NOT NULL
  MATCH (tg)<-[:CONCERNS]-(s:Statement)
  RETURN s, 'target' AS anchor
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NULL AND $speakerCountry IS NULL
    AND $target IS NULL AND $topic IS NOT NULL
  MATCH (t:Topic) WHERE t.id = $topic OR t.id STARTS WITH $topic + '.'
  MATCH (t)<-[:ABOUT]-(s:Statement)
  RETURN DISTINCT s, 'topic' AS anchor
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NULL AND $speakerCountry IS NULL
    AND $target IS NULL AND $topic IS NULL
  MATCH (s:Statement)
  RETURN s, 'all' AS anchor
}
WITH s, anchor, ev, spk, pa, pb, sc, tg
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($language IS NULL OR s.language = $language)
  AND ($from IS NULL OR s.date >= $from)
  AND ($to IS NULL OR s.date <= $to)
  AND ($event IS NULL OR anchor = 'event' OR EXISTS { (s)-[:DURING]->(ev) })
  AND ($speaker IS NULL OR anchor = 'speaker' OR EXISTS { (s)-[:MADE_BY]->(spk) })
  AND ($speakerCountry IS NULL OR anchor = 'speakerCountry' OR EXISTS { (s)-[:ON_BEHALF_OF]->(sc) })
  AND ($target IS NULL OR anchor = 'target' OR EXISTS { (s)-[:CONCERNS]->(tg) })
  AND ($pairA IS NULL OR anchor = 'pair'
       OR (EXISTS { (s)-[:ON_BEHALF_OF]->(pa) } AND EXISTS { (s)-[:CONCERNS]->(pb) })
       OR (EXISTS { (s)-[:ON_BEHALF_OF]->(pb) } AND EXISTS { (s)-[:CONCERNS]->(pa) }))
  AND ($topic IS NULL OR anchor = 'topic' OR EXISTS { (s)-[:ABOUT]->(t:Topic) WHERE t.id = $topic OR t.id STARTS WITH $topic + '.' })
WITH s, coalesce(s.date, '') AS key
WHERE $after IS NULL OR key < $after.key OR (key = $after.key AND s.id < $after.id)
WITH s, key ORDER BY key DESC, s.id DESC LIMIT toInteger($limit)
RETURN s.id AS id, s.text AS text, s.language AS language, s.kind AS kind, s.tone AS tone,
       toString(s.date) AS date, s.start AS start, s.end AS end,
       [(s)-[:MADE_BY]->(o:Official) | o.id][0] AS speakerId,
       [(s)-[:ON_BEHALF_OF]->(c:Country) | c.code][0] AS speakerCountry,
       [(s)-[:CONCERNS]->(c:Country) | c.code] AS targets,
       [(s)-[:ABOUT]->(t:Topic) | t.id] AS topics,
       [(s)-[:DURING]->(e:Event) | e.id][0] AS eventId,
       [(s)-[:REPORTED_IN]->(a:Article) | a.id][0] AS articleId, key AS sortKey

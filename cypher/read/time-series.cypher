// Statements bucketed by period (date.truncate unit $unit) and split into series by $groupBy
// (KIND, TOPIC, SPEAKER_COUNTRY, TARGET, LANGUAGE or null); every metric is returned, the caller picks one.
// Params: the StatementFilter (event, speaker, speakerCountry, target, pairA/pairB, topic, kind, language, from, to,
// text as an escaped Lucene query), each null when not given.
// The most selective filter given picks where the search starts; the branches exclude each other.
CALL () {
  WITH 1 AS go WHERE $text IS NOT NULL
  CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node
  RETURN node AS s
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NOT NULL
  MATCH (:Event {id: $event})<-[:DURING]-(s:Statement)
  RETURN s
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NOT NULL
  MATCH (:Official {id: $speaker})<-[:MADE_BY]-(s:Statement)
  RETURN s
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NOT NULL
  MATCH (:Country {code: $pairA})<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(:Country {code: $pairB})
  RETURN s
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NOT NULL
  MATCH (:Country {code: $pairB})<-[:ON_BEHALF_OF]-(s:Statement)-[:CONCERNS]->(:Country {code: $pairA})
  WHERE $pairA <> $pairB
  RETURN s
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NULL AND $speakerCountry IS NOT NULL
  MATCH (:Country {code: $speakerCountry})<-[:ON_BEHALF_OF]-(s:Statement)
  RETURN s
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NULL AND $speakerCountry IS NULL AND $target IS NOT NULL
  MATCH (:Country {code: $target})<-[:CONCERNS]-(s:Statement)
  RETURN s
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NULL AND $speakerCountry IS NULL AND $target IS NULL
    AND $topic IS NOT NULL
  MATCH (t:Topic) WHERE t.id = $topic OR t.id STARTS WITH $topic + '.'
  MATCH (t)<-[:ABOUT]-(s:Statement)
  RETURN DISTINCT s
  UNION ALL
  WITH 1 AS go WHERE $text IS NULL AND $event IS NULL AND $speaker IS NULL AND $pairA IS NULL AND $speakerCountry IS NULL AND $target IS NULL
    AND $topic IS NULL
  MATCH (s:Statement)
  RETURN s
}
WITH s
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($language IS NULL OR s.language = $language)
  AND ($from IS NULL OR s.date >= $from)
  AND ($to IS NULL OR s.date <= $to)
  AND ($event IS NULL OR EXISTS { (s)-[:DURING]->(:Event {id: $event}) })
  AND ($speaker IS NULL OR EXISTS { (s)-[:MADE_BY]->(:Official {id: $speaker}) })
  AND ($speakerCountry IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(:Country {code: $speakerCountry}) })
  AND ($target IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Country {code: $target}) })
  AND ($pairA IS NULL
       OR (EXISTS { (s)-[:ON_BEHALF_OF]->(:Country {code: $pairA}) } AND EXISTS { (s)-[:CONCERNS]->(:Country {code: $pairB}) })
       OR (EXISTS { (s)-[:ON_BEHALF_OF]->(:Country {code: $pairB}) } AND EXISTS { (s)-[:CONCERNS]->(:Country {code: $pairA}) }))
  AND ($topic IS NULL OR EXISTS { (s)-[:ABOUT]->(t:Topic) WHERE t.id = $topic OR t.id STARTS WITH $topic + '.' })
WITH s WHERE s.date IS NOT NULL
WITH s, date.truncate($unit, date(s.date)) AS period
UNWIND (CASE $groupBy
  WHEN 'KIND' THEN [s.kind]
  WHEN 'LANGUAGE' THEN [s.language]
  WHEN 'TOPIC' THEN [(s)-[:ABOUT]->(t:Topic) | t.id]
  WHEN 'SPEAKER_COUNTRY' THEN [(s)-[:ON_BEHALF_OF]->(c:Country) | c.code]
  WHEN 'TARGET' THEN [(s)-[:CONCERNS]->(c:Country) | c.code]
  ELSE [null] END) AS series
WITH period, series, s, [(s)-[:DURING]->(e:Event) | e.id][0] AS eventId, [(s)-[:MADE_BY]->(o:Official) | o.id][0] AS speakerId
RETURN toString(period) AS period, series, count(s) AS statements, avg(toFloat(s.tone)) AS tone,
       count(DISTINCT eventId) AS events, count(DISTINCT speakerId) AS speakers
ORDER BY period, series

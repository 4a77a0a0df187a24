// The newest statements of a pair, for a page filtered by `between` alone (plus kind, language, from, to):
// reads the newest $scan statements from the Statement.date index (from $maxDate down to $minDate) and keeps
// those of the pair, instead of expanding both countries' every statement. Rows on the window's last date may
// be incomplete, so they are dropped unless the window held every statement in range; the caller runs
// statements-page when fewer than $limit rows are left (a quiet pair, an old page).
// Keyset on (date, id) like statements-page; $after is null or {key, id} with a non-empty key.
MATCH (pa:Country {code: $pairA}), (pb:Country {code: $pairB})
CALL () {
  MATCH (s:Statement) WHERE s.date <= $maxDate AND s.date >= $minDate
  RETURN s ORDER BY s.date DESC LIMIT toInteger($scan)
}
WITH pa, pb, collect(s) AS window
WITH pa, pb, window, CASE WHEN size(window) < $scan THEN null ELSE window[-1].date END AS floor
UNWIND window AS s
// One walk of each statement's relationships gives its side ([true, country]) and its targets ([false, country]).
WITH s, s.date AS key, floor, pa, pb, [(s)-[r:ON_BEHALF_OF|CONCERNS]->(c) | [type(r) = 'ON_BEHALF_OF', c]] AS links
WHERE (floor IS NULL OR key > floor)
  AND ($after IS NULL OR key < $after.key OR (key = $after.key AND s.id < $after.id))
  AND ($kind IS NULL OR s.kind = $kind)
  AND ($language IS NULL OR s.language = $language)
  AND (([true, pa] IN links AND [false, pb] IN links) OR ([true, pb] IN links AND [false, pa] IN links))
WITH s, key ORDER BY key DESC, s.id DESC LIMIT toInteger($limit)
RETURN s.id AS id, s.text AS text, s.language AS language, s.kind AS kind, s.tone AS tone,
       toString(s.date) AS date, s.start AS start, s.end AS end,
       [(s)-[:MADE_BY]->(o:Official) | o.id][0] AS speakerId,
       [(s)-[:ON_BEHALF_OF]->(c:Country) | c.code][0] AS speakerCountry,
       [(s)-[:CONCERNS]->(c:Country) | c.code] AS targets,
       [(s)-[:ABOUT]->(t:Topic) | t.id] AS topics,
       [(s)-[:DURING]->(e:Event) | e.id][0] AS eventId,
       [(s)-[:REPORTED_IN]->(a:Article) | a.id][0] AS articleId, key AS sortKey

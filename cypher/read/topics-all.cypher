// The whole topic taxonomy (a few dozen nodes): the topic loader reads it once per request.
MATCH (t:Topic)
RETURN t.id AS id, coalesce(t.label, t.id) AS label, t.about AS about,
       coalesce(t.parent, [(t)-[:CHILD_OF]->(p:Topic) | p.id][0]) AS parent
ORDER BY t.id

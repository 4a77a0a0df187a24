// The events each article reports, the main one first.
UNWIND $ids AS id
MATCH (e:Event)-[r:REPORTED_IN]->(:Article {id: id})
WITH id, e, r ORDER BY coalesce(r.main, false) DESC, e.date, e.id
RETURN id AS key, collect(e.id) AS ids

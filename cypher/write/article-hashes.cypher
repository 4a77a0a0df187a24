// The content hashes of the articles already in the graph: an unchanged article is skipped.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash

// Takes the write lock of each article of the batch (creating the new ones), in id order so that writers
// never deadlock, then returns the stored hash. Read after the lock, so of two writers of one article the
// second sees what the first committed and skips it: everything an article owns can then be CREATEd.
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.writing = true
RETURN a.id AS id, a.contentHash AS contentHash

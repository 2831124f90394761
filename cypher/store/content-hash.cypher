// The content hash stored for an article, to skip loading the same bytes twice.
// @param id string Article id
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash

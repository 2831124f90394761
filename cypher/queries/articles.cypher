// Ingested articles, newest ingestion first, with how many entities and facts each contributed.
// @param offset int? Rows to skip (paging); null for none
// @param limit int Maximum number of rows
MATCH (a:Article)
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN count(e) AS entityCount
}
RETURN a.id AS id, a.fileName AS fileName, a.title AS title, a.published AS published, a.source AS source, a.contentHash AS contentHash,
       a.ingestedAt AS ingestedAt, entityCount, a.factCount AS factCount
ORDER BY ingestedAt DESC, id
SKIP coalesce($offset, 0)
LIMIT $limit

// Ingested articles, newest ingestion first, with how many entities and facts each contributed.
// @param limit int Maximum number of rows
MATCH (a:Article)
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN count(e) AS entityCount
}
RETURN a.id AS id, a.fileName AS fileName, a.title AS title, a.published AS published, a.contentHash AS contentHash,
       a.ingestedAt AS ingestedAt, entityCount, a.factCount AS factCount
ORDER BY ingestedAt DESC, id
LIMIT $limit

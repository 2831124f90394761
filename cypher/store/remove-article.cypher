// Removes one article and its facts; entities other articles still mention stay, with their aliases recomputed.
// @param id string Article id
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(previous:Entity)
OPTIONAL MATCH (previous)-[fact]->(:Entity)
  WHERE fact.article = a.id
// In id order, as the article write takes them: writers that lock shared entities in one order cannot deadlock.
WITH a, previous, fact ORDER BY previous.id
WITH a, collect(DISTINCT previous) AS touched, collect(DISTINCT fact) AS facts
FOREACH (f IN facts | DELETE f)
DETACH DELETE a
WITH touched
CALL (touched) {
  UNWIND touched AS e
  CALL (e) {
    OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
    UNWIND coalesce(m.aliases, []) AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  SET e.aliases = aliases
}
CALL (touched) {
  UNWIND touched AS e
  WITH e WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
  DETACH DELETE e
}
RETURN size(touched) AS entities

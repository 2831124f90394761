// Who visited where: VISITED facts, optionally of one visitor or to one place, announced trips included (planned = true), with up to five evidence sentences.
// @param visitor string? Visitor entity id; null for anyone
// @param place string? Place entity id; null for anywhere
// @param limit int Maximum number of rows
CALL () {
  // One branch per case, so that a given id is an index seek: "$x IS NULL OR s.id = $x" would scan every :Entity.
  MATCH (s:Entity {id: $visitor})-[r:VISITED]->(o:Entity)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:VISITED]->(o:Entity {id: $place})
    WHERE $visitor IS NULL
  RETURN s, r, o
  UNION ALL
  WITH $visitor AS visitor, $place AS place
    WHERE visitor IS NULL AND place IS NULL
  MATCH (s:Entity)-[r:VISITED]->(o:Entity)
  RETURN s, r, o
}
WITH s, r, o
  WHERE ($place IS NULL OR o.id = $place)
WITH s, type(r) AS type, o, r ORDER BY r.article, r.start
WITH s, type, o, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence, count(r) AS articles, count(DISTINCT r.story) AS sources,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, articles, sources, firstSeen, lastSeen, evidence[..5] AS evidence
ORDER BY sources DESC, articles DESC, subject.id, type, object.id
LIMIT $limit

// Sales, seller to buyer (SOLD), with the items and amounts stated (up to five evidence sentences).
// @param seller string? Seller entity id; null for any
// @param buyer string? Buyer entity id; null for any
// @param limit int Maximum number of rows
CALL () {
  // One branch per case, so that a given id is an index seek: "$x IS NULL OR s.id = $x" would scan every :Entity.
  MATCH (s:Entity {id: $seller})-[r:SOLD]->(o:Entity)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:SOLD]->(o:Entity {id: $buyer})
    WHERE $seller IS NULL
  RETURN s, r, o
  UNION ALL
  WITH $seller AS seller, $buyer AS buyer
    WHERE seller IS NULL AND buyer IS NULL
  MATCH (s:Entity)-[r:SOLD]->(o:Entity)
  RETURN s, r, o
}
WITH s, r, o
  WHERE ($buyer IS NULL OR o.id = $buyer)
WITH s, type(r) AS type, o, r ORDER BY r.article, r.start
WITH s, type, o, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence, count(r) AS articles, count(DISTINCT r.story) AS sources,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, articles, sources, firstSeen, lastSeen, evidence[..5] AS evidence
ORDER BY sources DESC, articles DESC, subject.id, type, object.id
LIMIT $limit

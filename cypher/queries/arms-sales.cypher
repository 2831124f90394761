// Sales, seller to buyer (SOLD), with the items and amounts stated, the number of articles and of sources (distinct stories), and the strongest evidence sentence.
// @param seller string? Seller entity id; null for any
// @param buyer string? Buyer entity id; null for any
// @param since string? Earliest date (ISO, e.g. 2008-01-01) of a fact: its own date, else its article's publication date, compared at that date's precision; null for no limit
// @param until string? Latest date (ISO, e.g. 2008-12-31), compared the same way; null for no limit
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
    AND ($since IS NULL OR r.when >= left($since, coalesce(size(r.when), 0)))
    AND ($until IS NULL OR r.when <= left($until, coalesce(size(r.when), 0)))
// The strongest evidence first: highest confidence, then article and text order.
WITH s, type(r) AS type, o, r ORDER BY r.confidence DESC, r.article, r.start
WITH s, type, o, collect(r {.article, .source, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence})[0] AS evidence, count(r) AS articles, count(DISTINCT r.story) AS sources,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, articles, sources, firstSeen, lastSeen, evidence
ORDER BY sources DESC, articles DESC, subject.id, type, object.id
LIMIT $limit

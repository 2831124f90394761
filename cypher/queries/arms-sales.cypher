// Sales, seller to buyer (SOLD), with the items and amounts stated (up to five evidence sentences).
// @param seller string? Seller entity id; null for any
// @param buyer string? Buyer entity id; null for any
// @param limit int Maximum number of rows
MATCH (s:Entity)-[r:SOLD]->(o:Entity)
WHERE ($seller IS NULL OR s.id = $seller) AND ($buyer IS NULL OR o.id = $buyer)
WITH s, type(r) AS type, o, r ORDER BY r.article, r.start
WITH s, type, o, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence, count(r) AS articles,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, articles, firstSeen, lastSeen, evidence[..5] AS evidence
ORDER BY articles DESC, subject.id, type, object.id
LIMIT $limit

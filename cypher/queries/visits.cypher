// Who visited where: VISITED facts, optionally of one visitor or to one place, announced trips included (planned = true).
// @param visitor string? Visitor entity id; null for anyone
// @param place string? Place entity id; null for anywhere
// @param limit int Maximum number of rows
MATCH (s:Entity)-[r:VISITED]->(o:Entity)
WHERE ($visitor IS NULL OR s.id = $visitor) AND ($place IS NULL OR o.id = $place)
WITH s, type(r) AS type, o, r ORDER BY r.article, r.start
WITH s, type, o, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, size(evidence) AS articles, firstSeen, lastSeen, evidence
ORDER BY articles DESC, subject.id, type, object.id
LIMIT $limit

// Facts of a type, optionally from a subject and to an object, each with its number of articles, first and last seen, and up to five evidence sentences.
// @param type string? Relation type (SIGNED, SOLD, VISITED, FUNDED, MET, LEADS, PARTNERED_WITH, DEVELOPS, MEMBER_OF, LOCATED_IN); null for all
// @param subject string? Subject entity id; null for any
// @param object string? Object entity id; null for any
// @param limit int Maximum number of rows
MATCH (s:Entity)-[r]->(o:Entity)
WHERE ($type IS NULL OR type(r) = $type)
  AND ($subject IS NULL OR s.id = $subject)
  AND ($object IS NULL OR o.id = $object)
WITH s, type(r) AS type, o, r ORDER BY r.article, r.start
WITH s, type, o, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence, count(r) AS articles,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, articles, firstSeen, lastSeen, evidence[..5] AS evidence
ORDER BY articles DESC, subject.id, type, object.id
LIMIT $limit

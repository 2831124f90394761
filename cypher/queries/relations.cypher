// Facts of a type, optionally from a subject and to an object, each with its number of articles and of sources (distinct stories), first and last seen, and the strongest evidence sentence, a page at a time.
// @param type string? Relation type (SIGNED, SOLD, VISITED, FUNDED, MET, LEADS, PARTNERED_WITH, DEVELOPS, MEMBER_OF, LOCATED_IN); null for all
// @param subject string? Subject entity id; null for any
// @param object string? Object entity id; null for any
// @param since string? Earliest date (ISO, e.g. 2008-01-01) of a fact: its own date, else its article's publication date, compared at that date's precision; null for no limit
// @param until string? Latest date (ISO, e.g. 2008-12-31), compared the same way; null for no limit
// @param offset int? Rows to skip (paging); null for none
// @param limit int Maximum number of rows
CALL () {
  // One branch per case, so that a given id is an index seek: "$x IS NULL OR s.id = $x" would scan every :Entity.
  MATCH (s:Entity {id: $subject})-[r]->(o:Entity)
  RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r]->(o:Entity {id: $object})
    WHERE $subject IS NULL
  RETURN s, r, o
  UNION ALL
  WITH $subject AS subject, $object AS object
    WHERE subject IS NULL AND object IS NULL
  MATCH (s:Entity)-[r]->(o:Entity)
  RETURN s, r, o
}
WITH s, r, o
  WHERE ($type IS NULL OR type(r) = $type) AND ($object IS NULL OR o.id = $object)
    AND ($since IS NULL OR r.when >= left($since, coalesce(size(r.when), 0)))
    AND ($until IS NULL OR r.when <= left($until, coalesce(size(r.when), 0)))
// The strongest evidence first: highest confidence, then article and text order.
WITH s, type(r) AS type, o, r ORDER BY r.confidence DESC, r.article, r.start
WITH s, type, o, collect(r {.article, .source, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence})[0] AS evidence, count(r) AS articles, count(DISTINCT r.story) AS sources,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, articles, sources, firstSeen, lastSeen, evidence
ORDER BY sources DESC, articles DESC, subject.id, type, object.id
SKIP coalesce($offset, 0)
LIMIT $limit

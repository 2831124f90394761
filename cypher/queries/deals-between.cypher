// Deals signed between two parties, in either order, with up to five evidence sentences.
// @param a string One party's entity id, e.g. gazprom
// @param b string The other party's entity id, e.g. pdvsa
// @param limit int Maximum number of rows
MATCH (s:Entity)-[r:SIGNED]->(o:Entity)
  // IN lists, not an OR of pairs, so that both ends are index seeks.
  WHERE s.id IN [$a, $b] AND o.id IN [$a, $b] AND (s.id <> o.id OR $a = $b)
WITH s, type(r) AS type, o, r ORDER BY r.article, r.start
WITH s, type, o, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence, count(r) AS articles, count(DISTINCT r.story) AS sources,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, articles, sources, firstSeen, lastSeen, evidence[..5] AS evidence
ORDER BY sources DESC, articles DESC, subject.id, type, object.id
LIMIT $limit

// Deals signed between two parties, in either order, with the number of articles and of sources (distinct stories) and the strongest evidence sentence (GET the fact's evidence for all).
// @param a string One party's entity id, e.g. gazprom
// @param b string The other party's entity id, e.g. pdvsa
// @param since string? Earliest date (ISO, e.g. 2008-01-01) of a fact: its own date, else its article's publication date, compared at that date's precision; null for no limit
// @param until string? Latest date (ISO, e.g. 2008-12-31), compared the same way; null for no limit
// @param limit int Maximum number of rows
MATCH (s:Entity)-[r:SIGNED]->(o:Entity)
  // IN lists, not an OR of pairs, so that both ends are index seeks.
  WHERE s.id IN [$a, $b] AND o.id IN [$a, $b] AND (s.id <> o.id OR $a = $b)
    AND ($since IS NULL OR r.when >= left($since, coalesce(size(r.when), 0)))
    AND ($until IS NULL OR r.when <= left($until, coalesce(size(r.when), 0)))
// The strongest evidence first: highest confidence, then article and text order.
WITH s, type(r) AS type, o, r ORDER BY r.confidence DESC, r.article, r.start
WITH s, type, o, collect(r {.article, .source, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence})[0] AS evidence, count(r) AS articles, count(DISTINCT r.story) AS sources,
     min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
RETURN s {.id, .name, .type} AS subject, type, o {.id, .name, .type} AS object, articles, sources, firstSeen, lastSeen, evidence
ORDER BY sources DESC, articles DESC, subject.id, type, object.id
LIMIT $limit

// One entity with its relations: each neighbour with the relation type, number of articles and of sources (distinct stories), first and last seen, and up to five evidence sentences.
// @param id string Entity id, e.g. vladimir-putin
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]->(other:Entity)
  WITH type(r) AS type, other, r ORDER BY r.article, r.start
  WITH type, other, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence, count(r) AS articles, count(DISTINCT r.story) AS sources,
       min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
  ORDER BY sources DESC, articles DESC, type, other.id
  RETURN collect(CASE WHEN other IS NULL THEN NULL ELSE {type: type, other: other {.id, .name, .type}, articles: articles, sources: sources,
                      firstSeen: firstSeen, lastSeen: lastSeen, evidence: evidence[..5]} END) AS outgoing
}
CALL (e) {
  OPTIONAL MATCH (e)<-[r]-(other:Entity)
  WITH type(r) AS type, other, r ORDER BY r.article, r.start
  WITH type, other, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence, count(r) AS articles, count(DISTINCT r.story) AS sources,
       min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
  ORDER BY sources DESC, articles DESC, type, other.id
  RETURN collect(CASE WHEN other IS NULL THEN NULL ELSE {type: type, other: other {.id, .name, .type}, articles: articles, sources: sources,
                      firstSeen: firstSeen, lastSeen: lastSeen, evidence: evidence[..5]} END) AS incoming
}
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, outgoing, incoming

// One entity with its relations: each neighbour with the relation type, number of articles, first and last seen, and evidence.
// @param id string Entity id, e.g. vladimir-putin
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]->(other:Entity)
  WITH type(r) AS type, other, r ORDER BY r.article, r.start
  WITH type, other, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence,
       min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
  ORDER BY size(evidence) DESC, type, other.id
  RETURN collect(CASE WHEN other IS NULL THEN NULL ELSE {type: type, other: other {.id, .name, .type}, articles: size(evidence),
                      firstSeen: firstSeen, lastSeen: lastSeen, evidence: evidence} END) AS outgoing
}
CALL (e) {
  OPTIONAL MATCH (e)<-[r]-(other:Entity)
  WITH type(r) AS type, other, r ORDER BY r.article, r.start
  WITH type, other, collect(r {.article, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}) AS evidence,
       min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
  ORDER BY size(evidence) DESC, type, other.id
  RETURN collect(CASE WHEN other IS NULL THEN NULL ELSE {type: type, other: other {.id, .name, .type}, articles: size(evidence),
                      firstSeen: firstSeen, lastSeen: lastSeen, evidence: evidence} END) AS incoming
}
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, outgoing, incoming

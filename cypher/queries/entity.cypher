// One entity and a page of its neighbours, most sources (distinct stories) then most articles first: each with the relation type, its direction, the other entity, number of articles and of sources, first and last seen, and the strongest evidence sentence; neighbourCount counts them all.
// @param id string Entity id, e.g. vladimir-putin
// @param since string? Earliest date (ISO, e.g. 2008-01-01) of a fact: its own date, else its article's publication date, compared at that date's precision; null for no limit
// @param until string? Latest date (ISO, e.g. 2008-12-31), compared the same way; null for no limit
// @param offset int? Neighbours to skip (paging); null for none
// @param limit int Maximum number of neighbours
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(other:Entity)
    WHERE ($since IS NULL OR r.when >= left($since, coalesce(size(r.when), 0)))
    AND ($until IS NULL OR r.when <= left($until, coalesce(size(r.when), 0)))
  // The strongest evidence first: highest confidence, then article and text order.
  WITH CASE WHEN startNode(r) = e THEN 'outgoing' ELSE 'incoming' END AS direction, type(r) AS type, other, r
    ORDER BY r.confidence DESC, r.article, r.start
  WITH direction, type, other, collect(r {.article, .source, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence})[0] AS evidence,
       count(r) AS articles, count(DISTINCT r.story) AS sources, min(r.seen) AS firstSeen, max(r.seen) AS lastSeen
  ORDER BY sources DESC, articles DESC, type, direction, other.id
  RETURN collect(CASE WHEN other IS NULL THEN NULL ELSE {type: type, direction: direction, other: other {.id, .name, .type},
                      articles: articles, sources: sources, firstSeen: firstSeen, lastSeen: lastSeen, evidence: evidence} END) AS neighbours
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, size(neighbours) AS neighbourCount,
       neighbours[coalesce($offset, 0)..coalesce($offset, 0) + $limit] AS neighbours

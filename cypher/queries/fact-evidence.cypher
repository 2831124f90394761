// The evidence of one fact, a page at a time in article order: each article's sentence, offsets, amounts, items, dates and source.
// @param subject string Subject entity id, e.g. russia
// @param type string Relation type, e.g. SOLD
// @param object string Object entity id, e.g. venezuela
// @param since string? Earliest date (ISO, e.g. 2008-01-01) of a fact: its own date, else its article's publication date, compared at that date's precision; null for no limit
// @param until string? Latest date (ISO, e.g. 2008-12-31), compared the same way; null for no limit
// @param offset int? Rows to skip (paging); null for none
// @param limit int Maximum number of rows
MATCH (s:Entity {id: $subject})-[r]->(o:Entity {id: $object})
  WHERE type(r) = $type
    AND ($since IS NULL OR r.when >= left($since, coalesce(size(r.when), 0)))
    AND ($until IS NULL OR r.when <= left($until, coalesce(size(r.when), 0)))
RETURN r.article AS article, r.source AS source, r.sentence AS sentence, r.start AS start, r.end AS end, r.amount AS amount,
       r.currency AS currency, r.items AS items, r.stake AS stake, r.date AS date, r.planned AS planned, r.rule AS rule,
       r.confidence AS confidence
ORDER BY article, start
SKIP coalesce($offset, 0)
LIMIT $limit

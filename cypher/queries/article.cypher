// One article: its metadata, its story (the story's id and every article in it), the entities it mentions and the facts read from it, in text order.
// @param id string Article id (the file name without extension)
// @param since string? Earliest date (ISO, e.g. 2008-01-01) of a fact: its own date, else its article's publication date, compared at that date's precision; null for no limit
// @param until string? Latest date (ISO, e.g. 2008-12-31), compared the same way; null for no limit
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (other:Article {story: a.story})
  WITH other ORDER BY other.id
  RETURN collect(other.id) AS storyArticles
}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  WITH e ORDER BY e.id
  RETURN collect(e {.id, .name, .type}) AS entities
}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
    WHERE r.article = a.id
      AND ($since IS NULL OR r.when >= left($since, coalesce(size(r.when), 0)))
      AND ($until IS NULL OR r.when <= left($until, coalesce(size(r.when), 0)))
  WITH s, r, o ORDER BY r.start, type(r), s.id, o.id
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {subject: s {.id, .name, .type}, type: type(r), object: o {.id, .name, .type},
                      evidence: r {.article, .source, .sentence, .start, .end, .amount, .currency, .items, .stake, .date, .planned, .rule, .confidence}} END) AS facts
}
RETURN a.id AS id, a.fileName AS fileName, a.title AS title, a.published AS published, a.source AS source, a.contentHash AS contentHash,
       a.ingestedAt AS ingestedAt, {id: a.story, articles: storyArticles} AS story, entities, facts

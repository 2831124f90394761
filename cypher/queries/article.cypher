// One article: its metadata, its story (the story's id and every article in it), the entities it mentions and the facts read from it, in text order.
// @param id string Article id (the file name without extension)
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
  WITH s, r, o ORDER BY r.start, type(r), s.id, o.id
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {subject: s {.id, .name, .type}, type: type(r), object: o {.id, .name, .type},
                      sentence: r.sentence, start: r.start, end: r.end, amount: r.amount, currency: r.currency, items: r.items, stake: r.stake,
                      date: r.date, planned: r.planned, rule: r.rule, confidence: r.confidence} END) AS facts
}
RETURN a.id AS id, a.fileName AS fileName, a.title AS title, a.published AS published, a.contentHash AS contentHash,
       a.ingestedAt AS ingestedAt, {id: a.story, articles: storyArticles} AS story, entities, facts

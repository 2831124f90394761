// Replaces everything one article says, in one statement (one round trip, one implicit transaction):
// its previous facts and mentions go; then the article, its entities and mentions, then its facts are merged on
// constrained keys; entities gain the article's aliases; entities the article stopped mentioning, or mentions under
// fewer aliases, have theirs recomputed, and are removed when no article mentions them any more.
// The article is filed under a story: that of the most similar other article sharing one of its band keys (an index seek
// each), if the share of equal MinHash slots reaches $storyThreshold (on a tie, the smallest story id), else a new
// story named after the article.
// Its facts carry the story, so that a fact's sources (distinct stories) are counted without visiting articles.
// @param article map {id, fileName, title, published, source, contentHash, ingestedAt, factCount, minhash, band0 … band11}
// @param storyThreshold float Similarity from which two articles are one story
// @param entities list {id, name, type, aliases} per entity
// @param facts list {subject, type, object, props: {article, source, sentence, start, end, amount, currency, items, stake, date, planned, rule, confidence, seen, when}}
MERGE (a:Article {id: $article.id})
WITH a
OPTIONAL MATCH (a)-[mention:MENTIONS]->(previous:Entity)
OPTIONAL MATCH (previous)-[fact]->(:Entity)
  WHERE fact.article = a.id
// In id order, as the rows below: writers that lock shared entities in one order cannot deadlock.
WITH a, previous, mention, fact ORDER BY previous.id
WITH a, collect(DISTINCT mention) AS mentions, collect(DISTINCT fact) AS facts,
     collect(DISTINCT CASE WHEN mention IS NOT NULL THEN {entity: previous, aliases: mention.aliases} END) AS previousMentions
FOREACH (f IN facts | DELETE f)
FOREACH (m IN mentions | DELETE m)
SET a += $article
WITH a, previousMentions, COLLECT {
  CALL (a) {
    MATCH (c:Article {band0: a.band0}) RETURN c
    UNION
    MATCH (c:Article {band1: a.band1}) RETURN c
    UNION
    MATCH (c:Article {band2: a.band2}) RETURN c
    UNION
    MATCH (c:Article {band3: a.band3}) RETURN c
    UNION
    MATCH (c:Article {band4: a.band4}) RETURN c
    UNION
    MATCH (c:Article {band5: a.band5}) RETURN c
    UNION
    MATCH (c:Article {band6: a.band6}) RETURN c
    UNION
    MATCH (c:Article {band7: a.band7}) RETURN c
    UNION
    MATCH (c:Article {band8: a.band8}) RETURN c
    UNION
    MATCH (c:Article {band9: a.band9}) RETURN c
    UNION
    MATCH (c:Article {band10: a.band10}) RETURN c
    UNION
    MATCH (c:Article {band11: a.band11}) RETURN c
  }
  WITH c WHERE c <> a
  WITH c.story AS story, toFloat(size([i IN range(0, size(a.minhash) - 1) WHERE c.minhash[i] = a.minhash[i]])) / size(a.minhash) AS similarity
    WHERE similarity >= $storyThreshold
  RETURN story ORDER BY similarity DESC, story LIMIT 1
} AS matched
// A new story takes the article's id, unless copies of the article's earlier text still hold it (see StoryIds).
SET a.story = coalesce(matched[0],
  CASE WHEN EXISTS { MATCH (other:Article {story: a.id}) WHERE other <> a } THEN a.id + '~' + left(a.contentHash, 12) ELSE a.id END)
WITH a, previousMentions
CALL (a) {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
  SET e.name = row.name, e.type = row.type,
      e.aliases = COLLECT { UNWIND coalesce(e.aliases, []) + row.aliases AS alias WITH DISTINCT alias ORDER BY alias RETURN alias }
  REMOVE e:Person:Organization:Country:City:Region:OilField:Product:Event
  FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
  FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
  FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
  FOREACH (_ IN CASE WHEN row.type = 'City' THEN [1] ELSE [] END | SET e:City)
  FOREACH (_ IN CASE WHEN row.type = 'Region' THEN [1] ELSE [] END | SET e:Region)
  FOREACH (_ IN CASE WHEN row.type = 'OilField' THEN [1] ELSE [] END | SET e:OilField)
  FOREACH (_ IN CASE WHEN row.type = 'Product' THEN [1] ELSE [] END | SET e:Product)
  FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
  MERGE (a)-[m:MENTIONS]->(e)
  SET m.aliases = row.aliases
}
CALL (a) {
  UNWIND $facts AS row
  MATCH (s:Entity {id: row.subject})
  MATCH (o:Entity {id: row.object})
  FOREACH (_ IN CASE WHEN row.type = 'SIGNED' THEN [1] ELSE [] END |
    MERGE (s)-[r:SIGNED {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'SOLD' THEN [1] ELSE [] END |
    MERGE (s)-[r:SOLD {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'VISITED' THEN [1] ELSE [] END |
    MERGE (s)-[r:VISITED {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'FUNDED' THEN [1] ELSE [] END |
    MERGE (s)-[r:FUNDED {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'MET' THEN [1] ELSE [] END |
    MERGE (s)-[r:MET {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'LEADS' THEN [1] ELSE [] END |
    MERGE (s)-[r:LEADS {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'PARTNERED_WITH' THEN [1] ELSE [] END |
    MERGE (s)-[r:PARTNERED_WITH {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'DEVELOPS' THEN [1] ELSE [] END |
    MERGE (s)-[r:DEVELOPS {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
    MERGE (s)-[r:MEMBER_OF {article: a.id}]->(o) SET r += row.props, r.story = a.story)
  FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
    MERGE (s)-[r:LOCATED_IN {article: a.id}]->(o) SET r += row.props, r.story = a.story)
}
// Only these entities read every mention into them: recomputing every entity the article mentions would read all
// the mentions of a hub (a country in every article) on every write.
WITH a, COLLECT {
  UNWIND previousMentions AS previousMention
  WITH previousMention.entity AS e, coalesce(previousMention.aliases, []) AS previousAliases
    WHERE NOT EXISTS { MATCH (a)-[m:MENTIONS]->(e) WHERE all(alias IN previousAliases WHERE alias IN m.aliases) }
  RETURN e ORDER BY e.id
} AS shrunk
CALL (shrunk) {
  UNWIND shrunk AS e
  CALL (e) {
    OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
    UNWIND coalesce(m.aliases, []) AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  SET e.aliases = aliases
}
CALL (shrunk) {
  UNWIND shrunk AS e
  WITH e WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
  DETACH DELETE e
}
RETURN a.id AS id

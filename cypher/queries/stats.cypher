// Counts: entities by type, distinct facts by relation type, and articles.
CALL () {
  MATCH (e:Entity)
  RETURN 'entity' AS kind, e.type AS type, count(*) AS count
  UNION ALL
  MATCH (s:Entity)-[r]->(o:Entity)
  WITH DISTINCT s.id AS subject, type(r) AS type, o.id AS object
  RETURN 'relation' AS kind, type, count(*) AS count
  UNION ALL
  MATCH (a:Article)
  RETURN 'article' AS kind, 'Article' AS type, count(*) AS count
}
RETURN kind, type, count
ORDER BY kind, type

// Example queries for Neo4j Browser (run :style cypher/browser/style.grass first). Each is one statement; paste one at a time.
// Who visited where, with the sentence that says so.
MATCH (v:Person)-[r:VISITED]->(p:Entity)
RETURN v.name AS visitor, p.name AS place, r.sentence AS evidence, r.article AS article
ORDER BY visitor, place
LIMIT 50;

// Vladimir Putin's neighbourhood, drawn as a graph.
MATCH (p:Entity {id: 'vladimir-putin'})-[r]-(other:Entity)
RETURN p, r, other;

// From Igor Sechin to the Junin 6 field.
MATCH path = shortestPath((:Entity {id: 'igor-sechin'})-[:SIGNED|SOLD|VISITED|FUNDED|MET|LEADS|PARTNERED_WITH|DEVELOPS*..4]-(:Entity {id: 'junin-6'}))
RETURN path;

// Deals, sales and money between Russia and Venezuela.
MATCH (a:Entity)-[r:SIGNED|SOLD|FUNDED]-(b:Entity)
WHERE a.id IN ['russia', 'gazprom', 'rosneft'] AND b.id IN ['venezuela', 'pdvsa', 'hugo-chavez']
RETURN a, r, b;

// Companies developing oil fields.
MATCH (c:Organization)-[r:DEVELOPS]->(f:OilField)
RETURN c, r, f;

// One article and everything read from it.
MATCH (a:Article {id: '003_2e36d6adccfe9259'})-[:MENTIONS]->(e:Entity)
OPTIONAL MATCH (e)-[r]->(o:Entity)
  WHERE r.article = a.id
RETURN a, e, r, o;

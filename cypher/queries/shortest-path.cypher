// The shortest connections between two entities over the extracted relations, in either direction, as nodes and edges.
// @param from string Start entity id, e.g. igor-sechin
// @param to string End entity id, e.g. junin-6
// @param maxHops int Longest path to look for, 1 to 6
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
  // Neo4j refuses a shortest-path search whose ends are one node (GQLSTATUS 51N23); the answer is no path.
  WHERE a <> b
CALL (a, b) {
  // The hop limit is applied after the search: a whole-path predicate inside it can force an exhaustive depth-first
  // search. Parallel per-article facts multiply the raw paths, so at most 1000 of them are read.
  MATCH p = allShortestPaths((a)-[:SIGNED|SOLD|VISITED|FUNDED|MET|LEADS|PARTNERED_WITH|DEVELOPS|MEMBER_OF|LOCATED_IN*..6]-(b))
  RETURN p
  LIMIT 1000
}
WITH p
  WHERE length(p) <= $maxHops
WITH DISTINCT [n IN nodes(p) | n {.id, .name, .type}] AS nodes,
     [r IN relationships(p) | {from: startNode(r).id, type: type(r), to: endNode(r).id}] AS edges
RETURN nodes, edges
ORDER BY [n IN nodes | n.id], [e IN edges | e.type]
LIMIT 10

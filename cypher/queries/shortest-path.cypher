// The shortest connections between two entities over the extracted relations, in either direction, as nodes and edges.
// @param from string Start entity id, e.g. igor-sechin
// @param to string End entity id, e.g. junin-6
// @param maxHops int Longest path to look for, 1 to 6
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SIGNED|SOLD|VISITED|FUNDED|MET|LEADS|PARTNERED_WITH|DEVELOPS|MEMBER_OF|LOCATED_IN*..6]-(b))
WHERE length(p) <= $maxHops
WITH DISTINCT [n IN nodes(p) | n {.id, .name, .type}] AS nodes,
     [r IN relationships(p) | {from: startNode(r).id, type: type(r), to: endNode(r).id}] AS edges
RETURN nodes, edges
ORDER BY [n IN nodes | n.id], [e IN edges | e.type]
LIMIT 10

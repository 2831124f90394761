// Entities whose name or an alias contains the search text (case-insensitive), most connected first.
// @param search string Text to look for in names and aliases; '' matches every entity
// @param type string? Entity type to keep (Person, Organization, Country, City, Region, OilField, Product, Event); null keeps all
// @param limit int Maximum number of rows
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($search = '' OR toLower(e.name) CONTAINS toLower($search)
       OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($search)))
CALL (e) {
  // A MATCH, not an OPTIONAL MATCH: the list [null, null] is not null, so counting it would give a lone entity degree 1.
  MATCH (e)-[r]-(other:Entity)
  RETURN count(DISTINCT [type(r), other.id]) AS degree
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, degree
ORDER BY degree DESC, id
LIMIT $limit

// Lints Cypher files with Neo4j's own Cypher front end (@neo4j-cypher/language-support).
// Usage: node lint.mjs <schema.json> <file.cypher>...   Prints one JSON object per diagnostic; exit 0.
import { readFileSync } from "node:fs";
import { lintCypherQuery } from "@neo4j-cypher/language-support";

const [schemaPath, ...files] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const severities = { 1: "error", 2: "warning", 3: "information", 4: "hint" };

for (const file of files) {
  const text = readFileSync(file, "utf8");
  const parameters = Object.fromEntries(
    [...text.matchAll(/^\/\/ @param (\w+) (\S+)/gm)].map(([, name, type]) => [name, sampleValue(type)]));
  const { diagnostics } = lintCypherQuery(text, { ...schema, parameters: { ...schema.parameters, ...parameters } });
  for (const d of diagnostics) {
    console.log(JSON.stringify({ file, severity: severities[d.severity] ?? String(d.severity), line: d.range.start.line + 1, message: d.message }));
  }
}

function sampleValue(type) {
  if (type.startsWith("int")) return 1;
  if (type.startsWith("float")) return 0.5;
  if (type.startsWith("map")) return {};
  if (type.startsWith("list")) return [];
  return "";
}

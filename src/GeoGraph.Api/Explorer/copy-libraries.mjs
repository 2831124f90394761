// Copies the explorer's npm packages into wwwroot/lib, where the page loads them from.
import { copyFileSync, mkdirSync } from "node:fs";

const target = new URL("../wwwroot/lib/", import.meta.url);
mkdirSync(target, { recursive: true });
copyFileSync(new URL("./node_modules/cytoscape/dist/cytoscape.min.js", import.meta.url), new URL("cytoscape.min.js", target));
console.log("explorer libraries copied to wwwroot/lib");

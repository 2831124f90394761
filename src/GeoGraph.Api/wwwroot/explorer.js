// The GeoGraph explorer: draws what the public API returns, so it works with either store.
import * as data from "./explorer-data.js";

const TYPE_COLOURS = {
  Person: "#4c8eda", Organization: "#f16667", Country: "#57c7e3", City: "#8dcc93",
  Region: "#d9c8ae", OilField: "#ffc454", Product: "#c990c0", Event: "#ecb5c9",
};
// The relation types the README documents.
const RELATION_TYPES = ["SIGNED", "SOLD", "VISITED", "FUNDED", "MET", "LEADS", "PARTNERED_WITH", "DEVELOPS"];

const $ = (selector) => document.querySelector(selector);
function element(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children.filter((child) => child != null));
  return node;
}

const cy = cytoscape({
  container: $("#graph"),
  wheelSensitivity: 0.3,
  style: [
    { selector: "node", style: { label: "data(name)", "background-color": (n) => TYPE_COLOURS[n.data("type")] ?? "#a5abb6", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4 } },
    { selector: "edge", style: { label: "data(type)", "font-size": 8, width: (e) => edgeWidth(e.data("fact")), "line-color": "#a5abb6", "target-arrow-color": "#a5abb6", "target-arrow-shape": "triangle", "curve-style": "bezier", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
    { selector: "edge.path", style: { "line-color": "#e4572e", "target-arrow-color": "#e4572e", width: 4 } },
    { selector: "node.path", style: { "border-color": "#e4572e", "border-width": 4 } },
    { selector: ":selected", style: { "border-color": "#f5b700", "border-width": 4, "line-color": "#f5b700", "target-arrow-color": "#f5b700" } },
    { selector: ".hidden", style: { display: "none" } },
  ],
});
window.explorer = { cy };

// Entities expanded so far, with how many of their neighbours are drawn: a change of dates draws them again.
const expanded = new Map();

function addNode(entity) {
  if (cy.getElementById(entity.id).empty()) cy.add({ group: "nodes", data: { id: entity.id, name: entity.name, type: entity.type } });
  const option = element("option", { value: entity.id, label: entity.name });
  if (![...$("#known-entities").options].some((o) => o.value === entity.id)) $("#known-entities").append(option);
}

// An edge is as thick as the number of independent sources (distinct stories) behind it, not of copies: 2 px for one, up to 8.
const MAX_EDGE_WIDTH = 8;
function edgeWidth(fact) {
  return Math.min(MAX_EDGE_WIDTH, 1 + (fact?.sources ?? 1));
}

function addEdge(from, type, to, fact) {
  const id = `${from}|${type}|${to}`;
  if (cy.getElementById(id).empty()) cy.add({ group: "edges", data: { id, source: from, target: to, type, fact } });
}

function addNeighbours(entity) {
  for (const neighbour of entity.neighbours.items) {
    addNode(neighbour.other);
    if (neighbour.direction === "outgoing") addEdge(entity.id, neighbour.type, neighbour.other.id, neighbour);
    else addEdge(neighbour.other.id, neighbour.type, entity.id, neighbour);
  }
}

function layout() {
  applyFilters();
  cy.layout({ name: "cose", animate: false, nodeDimensionsIncludeLabels: true }).run();
}

async function expand(id, offset = 0) {
  const entity = await data.entity(id, offset);
  addNode(entity);
  addNeighbours(entity);
  expanded.set(id, offset + entity.neighbours.items.length);
  layout();
  showEntity(entity);
}

// Before any search: the most connected entities and the links between them.
async function opening() {
  const top = await data.mostConnected();
  const ids = new Set(top.map((e) => e.id));
  top.forEach(addNode);
  for (const entity of await Promise.all(top.map((e) => data.entity(e.id)))) {
    addNeighbours({ ...entity, neighbours: { items: entity.neighbours.items.filter((n) => ids.has(n.other.id)) } });
  }
  layout();
  $("#details").replaceChildren(element("h2", {}, "Most connected"),
    element("p", {}, `The ${top.length} most connected entities and the links between them. Click one to expand it, a link to read its evidence.`));
}

async function redraw() {
  cy.elements().remove();
  if (expanded.size === 0) { await opening(); return; }
  for (const id of expanded.keys()) addNeighbours(await data.entity(id));
  layout();
}

function showEntity(entity) {
  const page = entity.neighbours;
  const more = page.hasMore
    ? element("button", { type: "button", onclick: () => expand(entity.id, page.offset + page.items.length) }, "Draw more neighbours")
    : null;
  $("#details").replaceChildren(element("h2", {}, entity.name),
    element("p", { className: "meta" }, `${entity.type} · ${entity.aliases.join(", ")}`),
    element("p", {}, `${page.offset + page.items.length} neighbours drawn, strongest first${page.hasMore ? "; more follow" : ""}.`), more);
}

function evidenceBlock(e) {
  return element("div", { className: "evidence" },
    element("blockquote", {}, e.sentence),
    element("p", { className: "meta" }, [
      `Article ${e.article}`, e.source ? `source ${e.source}` : null, e.amount != null ? `amount ${e.amount.toLocaleString("en")} ${e.currency ?? ""}` : null,
      e.items ? `items: ${e.items.join(", ")}` : null, e.date ? `date ${e.date}` : null, e.planned ? "planned" : null,
      `rule ${e.rule}, confidence ${e.confidence}`,
    ].filter(Boolean).join(" · ")));
}

async function showEvidence(edge, offset = 0) {
  const { fact, source, target, type } = edge.data();
  const name = (id) => cy.getElementById(id).data("name");
  const details = $("#details");
  if (offset === 0) {
    details.replaceChildren(element("h2", {}, `${name(source)} ${type} ${name(target)}`),
      element("p", { className: "meta" }, `${fact.sources} source(s) in ${fact.articles} article(s)` + (fact.firstSeen ? `, first seen ${fact.firstSeen}, last seen ${fact.lastSeen}` : ", date unknown")),
      evidenceBlock(fact.evidence));
    details.focus();
  }
  const page = await data.evidence(source, type, target, offset);
  if (offset === 0) details.querySelector(".evidence").remove();
  details.querySelector("button.more")?.remove();
  details.append(...page.items.map(evidenceBlock));
  if (page.hasMore) details.append(element("button", { type: "button", className: "more", onclick: () => showEvidence(edge, offset + page.items.length) }, "More evidence"));
}

function applyFilters() {
  const shown = new Set([...document.querySelectorAll("#filters input:checked")].map((i) => i.value));
  cy.edges().forEach((edge) => edge.toggleClass("hidden", !shown.has(edge.data("type"))));
  renderTable();
}

function renderTable() {
  const rows = cy.edges().not(".hidden").map((edge) => {
    const { fact, source, target, type } = edge.data();
    const evidence = element("button", { className: "link", type: "button", onclick: () => { edge.select(); showEvidence(edge); } }, fact.evidence.sentence);
    const expandButton = (id) => element("button", { className: "link", type: "button", onclick: () => expand(id) }, cy.getElementById(id).data("name"));
    return element("tr", {}, element("td", {}, expandButton(source)), element("td", {}, type), element("td", {}, expandButton(target)),
      element("td", {}, String(fact.sources)), element("td", {}, String(fact.articles)), element("td", {}, evidence));
  });
  $("#facts-table tbody").replaceChildren(...rows);
}

let searchTimer;
$("#search").addEventListener("input", (event) => {
  clearTimeout(searchTimer);
  const text = event.target.value.trim();
  searchTimer = setTimeout(async () => {
    if (text.length < 2) { $("#results").replaceChildren(); return; }
    const entities = await data.search(text);
    $("#results").replaceChildren(...entities.map((entity) => element("li", {}, element("button", {
      type: "button", className: "result", value: entity.id,
      onclick: () => { $("#results").replaceChildren(); $("#search").value = entity.name; expand(entity.id); },
    }, `${entity.name} (${entity.type}, ${entity.degree})`))));
  }, 200);
});
$("#search").addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown") { $("#results button")?.focus(); event.preventDefault(); }
});
$("#results").addEventListener("keydown", (event) => {
  const buttons = [...document.querySelectorAll("#results button")];
  const index = buttons.indexOf(document.activeElement);
  if (event.key === "ArrowDown") buttons[Math.min(index + 1, buttons.length - 1)]?.focus();
  if (event.key === "ArrowUp") (index <= 0 ? $("#search") : buttons[index - 1]).focus();
  if (event.key === "Escape") { $("#results").replaceChildren(); $("#search").focus(); }
});

$("#path-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const from = $("#path-from").value.trim(), to = $("#path-to").value.trim();
  cy.elements().removeClass("path");
  try {
    const result = await data.paths(from, to);
    const details = $("#details");
    if (result.paths.length === 0) { details.replaceChildren(element("h2", {}, "No path"), element("p", {}, `No connection within ${result.maxHops} hops.`)); return; }
    for (const path of result.paths) {
      path.nodes.forEach(addNode);
      for (const edge of path.edges) {
        const id = `${edge.from}|${edge.type}|${edge.to}`;
        if (cy.getElementById(id).empty()) addEdge(edge.from, edge.type, edge.to, await data.fact(edge.from, edge.type, edge.to));
        cy.getElementById(id).addClass("path");
      }
      path.nodes.forEach((n) => cy.getElementById(n.id).addClass("path"));
    }
    layout();
    details.replaceChildren(element("h2", {}, "Shortest path"),
      ...result.paths.map((p) => element("p", { className: "path-text" }, p.nodes.map((n) => n.name).join(" → "))));
    details.focus();
  } catch (error) {
    $("#details").replaceChildren(element("h2", {}, "Path"), element("p", {}, error.message));
  }
});

$("#toggle-table").addEventListener("click", (event) => {
  const table = $("#facts-table");
  table.hidden = !table.hidden;
  event.target.setAttribute("aria-expanded", String(!table.hidden));
  event.target.textContent = table.hidden ? "Show table view" : "Hide table view";
});

cy.on("tap", "node", (event) => expand(event.target.id()));
$("#since").addEventListener("change", redraw);
$("#until").addEventListener("change", redraw);
cy.on("tap", "edge", (event) => showEvidence(event.target));

for (const type of RELATION_TYPES) {
  const box = element("input", { type: "checkbox", value: type, checked: true, id: `filter-${type}`, onchange: applyFilters });
  $("#filters").append(element("label", { htmlFor: `filter-${type}` }, box, ` ${type}`));
}
for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
  const swatch = element("span");
  swatch.style.background = colour;
  $("#legend").append(element("li", {}, swatch, type));
}
opening();

// What the explorer asks of the public API, within the date range the person chose.
const NEIGHBOURS_PER_PAGE = 30;
const EVIDENCE_PER_PAGE = 20;
const OPENING_ENTITIES = 12;

const encode = encodeURIComponent;

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error((await response.json().catch(() => ({}))).detail ?? `${response.status} ${response.statusText}`);
  return response.json();
}

function dateRange() {
  const since = document.querySelector("#since").value, until = document.querySelector("#until").value;
  return (since ? `&since=${since}` : "") + (until ? `&until=${until}` : "");
}

export const entity = (id, offset = 0) => api(`/api/entities/${encode(id)}?offset=${offset}&limit=${NEIGHBOURS_PER_PAGE}${dateRange()}`);
export const evidence = (subject, type, object, offset = 0) =>
  api(`/api/relations/${encode(subject)}/${encode(type)}/${encode(object)}/evidence?offset=${offset}&limit=${EVIDENCE_PER_PAGE}${dateRange()}`);
export const fact = async (subject, type, object) =>
  (await api(`/api/relations?type=${encode(type)}&subject=${encode(subject)}&object=${encode(object)}&limit=1`)).items[0];
export const mostConnected = () => api(`/api/entities?limit=${OPENING_ENTITIES}`);
export const search = (text) => api(`/api/entities?search=${encode(text)}&limit=10`);
export const paths = (from, to) => api(`/api/paths?from=${encode(from)}&to=${encode(to)}`);

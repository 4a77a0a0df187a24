// What every part of the dashboard shares: the page state, the kinds' colours, formats, and the GraphQL call.
export const $ = (id) => document.getElementById(id);
export const PAGE = 20;

export const KINDS = [
  ['support', 'Support', '#2563eb'], ['commit', 'Commitment', '#0891b2'], ['agree', 'Agreement', '#059669'],
  ['hope', 'Hope', '#65a30d'], ['thank', 'Thanks', '#7c3aed'], ['urge', 'Urging', '#a16207'],
  ['inform', 'Information', '#94a3b8'], ['concern', 'Concern', '#f97316'], ['oppose', 'Opposition', '#dc2626'],
  ['accuse', 'Accusation', '#be123c'], ['threaten', 'Threat', '#7f1d1d'],
];
export const KIND = new Map(KINDS.map(([id, label, color]) => [id, { label, color }]));
export const TOPIC_COLORS = ['#2563eb', '#f59e0b', '#10b981', '#8b5cf6', '#ef4444', '#06b6d4'];
export const OTHER_COLOR = '#cbd5e1';

export const numberFormat = new Intl.NumberFormat('en');
export const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export const formatDay = (iso) => (iso ? dayFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : 'undated');
export const signed = (v) => (v > 0.005 ? `+${v.toFixed(2)}` : v < -0.005 ? `−${Math.abs(v).toFixed(2)}` : '0.00');

export const state = {
  a: 'CN',
  b: 'KG',
  interval: 'AUTO',
  countries: new Map(),
  relation: null,
  after: null,
  token: 0,
  listToken: 0,
};

/** The CSS class of a country's badge: the first country, the second, or a third party. */
export const sideOf = (code) => (code === state.a ? 'side-a' : code === state.b ? 'side-b' : 'side-other');

export const nameOf = (code) => state.countries.get(code)?.name ?? code;

export class ApiError extends Error {}

export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The Dyad API did not answer. Is the server running?');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} without a readable body.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok) throw new ApiError(`The API answered ${response.status}.`);
  return body.data;
}

export function showError(error) {
  document.body.dataset.state = 'error';
  $('alert-text').textContent = error instanceof ApiError ? error.message : 'The page hit an unexpected error; see the browser console.';
  $('alert').hidden = false;
  if (!(error instanceof ApiError)) console.error(error);
}

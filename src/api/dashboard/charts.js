// Small SVG charts for the dashboard: stacked bars over time, a line with a fixed domain, and HTML bar lists.
// Each function empties its host and draws to the host's current width; the page redraws on resize.
const NS = 'http://www.w3.org/2000/svg';

function svgEl(name, attrs = {}, parent = undefined) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (parent) parent.appendChild(node);
  return node;
}

function text(parent, x, y, content, attrs = {}) {
  const node = svgEl('text', { x, y, ...attrs }, parent);
  node.textContent = content;
  return node;
}

/** A round step near max/count: 1, 2, 5, 10, 20, 50, ... */
function niceStep(max, count) {
  const raw = Math.max(max, 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
}

function frame(host, height) {
  host.replaceChildren();
  const width = Math.max(280, Math.floor(host.clientWidth || 600));
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart', role: 'img' }, host);
  return { svg, width, height };
}

/** Period labels, thinned so that they do not overlap: every k-th one is drawn. */
function xLabels(svg, labels, xOf, y, band) {
  const every = Math.max(1, Math.ceil(62 / Math.max(band, 1)));
  labels.forEach((label, i) => {
    if (i % every !== 0) return;
    text(svg, xOf(i) + band / 2, y, label, { class: 'tick-label', 'text-anchor': 'middle' });
  });
}

/**
 * Stacked bars: one column per period, one coloured segment per series.
 * series: [{ key, label, color, values: number[] }], labels: string[] (one per period).
 */
export function stackedBars(host, { labels, series, title, unit = 'statements' }) {
  const { svg, width, height } = frame(host, 250);
  svgEl('title', {}, svg).textContent = title;
  const m = { left: 40, right: 10, top: 12, bottom: 30 };
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const step = niceStep(Math.max(...totals, 1), 4);
  const yMax = Math.ceil(Math.max(...totals, 1) / step) * step;
  const plotH = height - m.top - m.bottom;
  const plotW = width - m.left - m.right;
  const band = plotW / Math.max(labels.length, 1);
  const yOf = (v) => m.top + plotH - (v / yMax) * plotH;
  const xOf = (i) => m.left + i * band;

  for (let v = 0; v <= yMax; v += step) {
    svgEl('line', { x1: m.left, x2: width - m.right, y1: yOf(v), y2: yOf(v), class: v === 0 ? 'axis' : 'grid' }, svg);
    text(svg, m.left - 6, yOf(v) + 4, String(v), { class: 'tick-label', 'text-anchor': 'end' });
  }
  const barW = Math.max(1, Math.min(band * 0.72, 42));
  labels.forEach((label, i) => {
    let base = 0;
    const g = svgEl('g', { class: 'column' }, svg);
    for (const s of series) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      svgEl('rect', { x: xOf(i) + (band - barW) / 2, y: yOf(base + v), width: barW, height: Math.max(0.5, yOf(base) - yOf(base + v)), fill: s.color }, g);
      base += v;
    }
    // A full-height target per period, so the tooltip lists every series of the column.
    const hit = svgEl('rect', { x: xOf(i), y: m.top, width: band, height: plotH, class: 'hit' }, g);
    const lines = series.filter((s) => (s.values[i] ?? 0) > 0).map((s) => `${s.label}: ${s.values[i]}`);
    svgEl('title', {}, hit).textContent = `${label}: ${totals[i]} ${unit}${lines.length ? `\n${lines.join('\n')}` : ''}`;
  });
  xLabels(svg, labels, xOf, height - 10, band);
}

/** A line over periods on a fixed domain (tone: -1 to 1); null values leave a gap, dot size follows `weights`. */
export function lineChart(host, { labels, values, weights, title, domain = [-1, 1], ticks = [-1, -0.5, 0, 0.5, 1], format = String, bands = [] }) {
  const { svg, width, height } = frame(host, 250);
  svgEl('title', {}, svg).textContent = title;
  const m = { left: 40, right: 10, top: 14, bottom: 30 };
  const plotH = height - m.top - m.bottom;
  const plotW = width - m.left - m.right;
  const band = plotW / Math.max(labels.length, 1);
  const [lo, hi] = domain;
  const yOf = (v) => m.top + ((hi - v) / (hi - lo)) * plotH;
  const xOf = (i) => m.left + i * band;
  for (const b of bands) {
    svgEl('rect', { x: m.left, y: yOf(b.to), width: plotW, height: yOf(b.from) - yOf(b.to), class: b.class }, svg);
    text(svg, width - m.right - 4, b.to > 0 ? yOf(b.to) + 13 : yOf(b.from) - 5, b.label, { class: 'band-label', 'text-anchor': 'end' });
  }
  for (const t of ticks) {
    svgEl('line', { x1: m.left, x2: width - m.right, y1: yOf(t), y2: yOf(t), class: t === 0 ? 'axis' : 'grid' }, svg);
    text(svg, m.left - 6, yOf(t) + 4, format(t), { class: 'tick-label', 'text-anchor': 'end' });
  }
  const maxWeight = Math.max(1, ...weights);
  let path = '';
  let open = false;
  values.forEach((v, i) => {
    if (v === null || v === undefined) {
      open = false;
      return;
    }
    path += `${open ? 'L' : 'M'}${(xOf(i) + band / 2).toFixed(1)},${yOf(v).toFixed(1)}`;
    open = true;
  });
  svgEl('path', { d: path, class: 'line' }, svg);
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    const r = 2.5 + 3.5 * Math.sqrt((weights[i] ?? 0) / maxWeight);
    const dot = svgEl('circle', { cx: xOf(i) + band / 2, cy: yOf(v), r, class: v > 0.05 ? 'dot up' : v < -0.05 ? 'dot down' : 'dot' }, svg);
    svgEl('title', {}, dot).textContent = `${labels[i]}: tone ${format(v)} over ${weights[i]} statements`;
  });
  xLabels(svg, labels, xOf, height - 10, band);
}

/** A legend: coloured swatches with labels and optional totals. */
export function legend(host, items) {
  host.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = item.color;
    li.append(swatch, document.createTextNode(item.label));
    if (item.total !== undefined) {
      const n = document.createElement('span');
      n.className = 'muted';
      n.textContent = ` ${item.total}`;
      li.append(n);
    }
    host.append(li);
  }
}

/** Horizontal bars as an HTML list (labels wrap, any script): [{ label, value, note?, color? }]. */
export function barList(host, rows, { max = Math.max(1, ...rows.map((r) => r.value)) } = {}) {
  host.replaceChildren();
  for (const row of rows) {
    const li = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'bar-label';
    label.dir = 'auto';
    label.textContent = row.label;
    if (row.note) {
      const note = document.createElement('span');
      note.className = 'muted bar-note';
      note.textContent = row.note;
      label.append(note);
    }
    const track = document.createElement('span');
    track.className = 'bar-track';
    const fill = document.createElement('span');
    fill.className = 'bar-fill';
    fill.style.width = `${(100 * row.value) / max}%`;
    if (row.color) fill.style.background = row.color;
    track.append(fill);
    const value = document.createElement('span');
    value.className = 'bar-value';
    value.textContent = String(row.value);
    li.append(label, track, value);
    host.append(li);
  }
}

/**
 * Static SVG pictures for the catalogue, drawn at build time so they work without JavaScript:
 * a timeline of meetings and agreements, and the network of actors. Every mark is a link.
 */
import { dayRange } from "../../src/data/dates.js";
import type { Graph } from "../../src/query/types.js";
import { esc } from "./html.js";

/** One event on the timeline. */
export interface TimelineMark {
  readonly date: string;
  readonly label: string;
  readonly href: string;
  readonly type: "meeting" | "agreement";
  readonly status: string;
}

const DAY_MS = 86_400_000;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * A horizontal timeline: one mark per event at the start of its date (a bar across the interval
 * for a month or a year), labels stacked in rows so they never overlap.
 */
export function timelineSvg(marks: readonly TimelineMark[]): string {
  if (marks.length === 0) return "<p>No dated events.</p>";
  const ranges = marks.map((mark) => dayRange(mark.date));
  const first = Math.min(...ranges.map((r) => r.start)) - 15;
  const last = Math.max(...ranges.map((r) => r.end)) + 15;
  const width = 960;
  const left = 20;
  const right = width - 20;
  const x = (day: number) => left + ((day - first) / (last - first)) * (right - left);
  const rowEnds: number[] = [];
  const rowHeight = 34;
  const items = marks
    .map((mark, i) => ({ mark, range: ranges[i]! }))
    .sort((a, b) => a.range.start - b.range.start)
    .map(({ mark, range }) => {
      const x0 = x(range.start);
      const x1 = x(range.end);
      const text = `${mark.date} ${mark.label.length > 46 ? `${mark.label.slice(0, 45)}…` : mark.label}`;
      const labelWidth = text.length * 6.4 + 16;
      // A label that would run off the right edge is written to the left of its mark.
      const flip = x0 + labelWidth > right;
      const spanStart = flip ? x0 - labelWidth : x0 - 8;
      const spanEnd = flip ? Math.max(x0 + 8, x1) : Math.max(x0 + labelWidth, x1);
      let row = rowEnds.findIndex((end) => end < spanStart);
      if (row === -1) {
        row = rowEnds.length;
        rowEnds.push(0);
      }
      rowEnds[row] = spanEnd + 6;
      return { mark, x0, x1, row, text, flip };
    });
  const axisY = 30;
  const height = axisY + 20 + rowEnds.length * rowHeight;
  const ticks: string[] = [];
  const start = new Date(first * DAY_MS);
  for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); m.getTime() / DAY_MS < last; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    const day = m.getTime() / DAY_MS;
    const label = isoOfDay(day).slice(0, 7);
    ticks.push(`<line x1="${x(day).toFixed(1)}" y1="${axisY - 5}" x2="${x(day).toFixed(1)}" y2="${height}" stroke="#e3e7ee"/><text x="${x(day).toFixed(1)}" y="${axisY - 10}" font-size="11" text-anchor="middle" fill="#555">${label}</text>`);
  }
  const body = items
    .map(({ mark, x0, x1, row, text, flip }) => {
      const y = axisY + 24 + row * rowHeight;
      const colour = mark.status === "denied" ? "#b42318" : mark.status === "disputed" ? "#b54708" : mark.type === "meeting" ? "#12355b" : "#1a7f37";
      const shape =
        mark.type === "meeting"
          ? `<circle cx="${x0.toFixed(1)}" cy="${y}" r="6" fill="${colour}"/>`
          : `<rect x="${(x0 - 6).toFixed(1)}" y="${y - 6}" width="12" height="12" fill="${colour}"/>`;
      // The span runs under the label, not through it (a bar through the text read as struck out).
      const spanY = y + 11;
      const span = x1 - x0 > 3 ? `<line x1="${x0.toFixed(1)}" y1="${spanY}" x2="${x1.toFixed(1)}" y2="${spanY}" stroke="${colour}" stroke-width="4" opacity=".45"/>` : "";
      const textX = flip ? x0 - 10 : x0 + 10;
      return `<a href="${esc(mark.href)}"><title>${esc(`${mark.date}: ${mark.label} (${mark.type}, ${mark.status})`)}</title>${span}${shape}<text x="${textX.toFixed(1)}" y="${y + 4}" font-size="12" fill="#1b1b1b" text-anchor="${flip ? "end" : "start"}">${esc(text)}</text></a>`;
    })
    .join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Timeline of meetings and agreements" viewBox="0 0 ${width} ${height}" width="100%">
<line x1="${left}" y1="${axisY}" x2="${right}" y2="${axisY}" stroke="#888"/>
${ticks.join("\n")}
${body}
</svg>
<p class="legend">● meeting · ■ agreement · a bar spans a month or a year when the date is that precise · red: denied, orange: disputed</p>`;
}

const KIND_COLOUR: Record<string, string> = { state: "#12355b", person: "#8a3ffc", organization: "#1a7f37" };

/**
 * The actor network: actors on a circle (states, then organizations, then people), an edge for
 * every pair that met or agreed, its width growing with the number of shared events.
 */
export function networkSvg(graph: Graph, hrefOf: (id: string) => string): string {
  if (graph.nodes.length === 0) return "<p>No shared events.</p>";
  const order = { state: 0, organization: 1, person: 2 } as const;
  const nodes = [...graph.nodes].sort((a, b) => order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : 1));
  const size = 900;
  const centre = size / 2;
  const radius = size / 2 - 180;
  const position = new Map(
    nodes.map((node, i) => {
      const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      return [node.id, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle), angle }];
    }),
  );
  const edges = graph.edges
    .map((edge) => {
      const a = position.get(edge.source)!;
      const b = position.get(edge.target)!;
      return `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#7a8aa0" stroke-opacity=".55" stroke-width="${Math.min(1 + edge.weight, 8)}"><title>${esc(`${edge.source} – ${edge.target}: ${edge.meetings.length} meetings, ${edge.agreements.length} agreements`)}</title></line>`;
    })
    .join("\n");
  const labels = nodes
    .map((node) => {
      const p = position.get(node.id)!;
      const outside = Math.cos(p.angle) >= 0;
      const lx = p.x + (outside ? 10 : -10);
      return `<a href="${esc(hrefOf(node.id))}"><title>${esc(`${node.name} (${node.kind})`)}</title><circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="7" fill="${KIND_COLOUR[node.kind]}"/><text x="${lx.toFixed(1)}" y="${(p.y + 4).toFixed(1)}" font-size="12" text-anchor="${outside ? "start" : "end"}">${esc(node.name)}</text></a>`;
    })
    .join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Network of actors who met or agreed" viewBox="0 ${centre - radius - 30} ${size} ${2 * radius + 60}" width="100%">
${edges}
${labels}
</svg>
<p class="legend">Blue: states · green: organizations · purple: people. A line joins two actors who took part in the same meeting or agreement; it is wider the more they share.</p>`;
}

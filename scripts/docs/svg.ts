/**
 * Static SVG pictures for the catalogue, drawn at build time so they work without JavaScript:
 * a timeline of meetings and agreements, and the network of actors. Every mark is a link.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import type { Graph } from "../../src/query/types.js";
import type { EventKindSingular } from "../../src/schema/kinds.js";
import { esc } from "./html.js";

/** One event on the timeline. */
export interface TimelineMark {
  readonly date: string;
  readonly label: string;
  readonly href: string;
  readonly type: EventKindSingular;
  readonly status: string;
}

/** The colour and the mark of each event kind on the timeline (a new event kind needs both). */
const EVENT_MARKS: { readonly [S in EventKindSingular]: { readonly colour: string; readonly shape: (cy: number, colour: string) => string } } = {
  meeting: { colour: "#12355b", shape: (cy, colour) => `<circle cx="112" cy="${cy}" r="5" fill="${colour}"/>` },
  agreement: { colour: "#1a7f37", shape: (cy, colour) => `<rect x="107" y="${cy - 5}" width="10" height="10" fill="${colour}"/>` },
};

const colourOf = (mark: TimelineMark) =>
  mark.status === "denied" ? "#b42318" : mark.status === "disputed" ? "#b54708" : EVENT_MARKS[mark.type].colour;

/**
 * The timeline, grouped by month: a band per month with its events one per line, in date order,
 * each with its date and its full label (never cut short), so it stays legible at hundreds of
 * events. A month-precise date is listed under its month, a year-precise one under its year
 * ("2025"), before that year's months.
 */
export function timelineSvg(marks: readonly TimelineMark[]): string {
  if (marks.length === 0) return "<p>No dated events.</p>";
  const sorted = [...marks].sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  const months = new Map<string, TimelineMark[]>();
  for (const mark of sorted) {
    const month = mark.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), mark]);
  }
  const width = 960;
  const lineHeight = 20;
  const headerHeight = 30;
  const rows: string[] = [];
  let y = 10;
  let band = 0;
  for (const [month, events] of months) {
    const top = y;
    const bandHeight = headerHeight + events.length * lineHeight + 6;
    rows.push(`<rect x="0" y="${top}" width="${width}" height="${bandHeight}" fill="${band % 2 === 0 ? "#f6f8fb" : "#ffffff"}"/>`);
    rows.push(`<text x="12" y="${top + 20}" font-size="14" font-weight="600" fill="#1b1b1b">${month}</text><text x="100" y="${top + 20}" font-size="12" fill="#555">${events.length} event${events.length === 1 ? "" : "s"}</text>`);
    y += headerHeight;
    for (const mark of events) {
      const cy = y + lineHeight / 2;
      const colour = colourOf(mark);
      const shape = EVENT_MARKS[mark.type].shape(cy, colour);
      const title = `${mark.date}: ${mark.label} (${mark.type}, ${mark.status})`;
      rows.push(
        `<a href="${esc(mark.href)}"><title>${esc(title)}</title>${shape}<text x="24" y="${cy + 4}" font-size="12" fill="#555">${esc(mark.date)}</text><text x="126" y="${cy + 4}" font-size="12" fill="#1b1b1b">${esc(mark.label)}</text></a>`,
      );
      y += lineHeight;
    }
    y += 6;
    band += 1;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Timeline of meetings and agreements" viewBox="0 0 ${width} ${y + 10}" width="100%">
${rows.join("\n")}
</svg>
<p class="legend">● meeting · ■ agreement · grouped by month; a date given only to the year is listed under the year, before its months · red: denied, orange: disputed</p>`;
}

const KIND_COLOUR: Record<string, string> = { state: "#12355b", person: "#8a3ffc", organization: "#1a7f37" };

/** A node of the laid-out network. */
interface LaidOutNode extends SimulationNodeDatum {
  readonly id: string;
  readonly name: string;
  readonly kind: Graph["nodes"][number]["kind"];
  readonly radius: number;
}

/**
 * The actor network, laid out by d3-force at build time (links pull the actors who share events
 * together, every actor repels the others, collision keeps labels apart); d3-force's fixed random
 * source makes the layout, and so the SVG, the same on every build. An edge for every pair that
 * met or agreed, wider the more they share; every actor links to its page.
 */
export function networkSvg(graph: Graph, hrefOf: (id: string) => string, label = "Network of actors who met or agreed"): string {
  if (graph.nodes.length === 0) return "<p>No shared events.</p>";
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + edge.weight);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + edge.weight);
  }
  const nodes: LaidOutNode[] = [...graph.nodes]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((node) => ({ ...node, radius: Math.min(4 + Math.sqrt(degree.get(node.id) ?? 1) * 1.5, 16) }));
  const links: SimulationLinkDatum<LaidOutNode>[] = graph.edges.map((edge) => ({ source: edge.source, target: edge.target }));
  forceSimulation(nodes)
    .force("link", forceLink<LaidOutNode, SimulationLinkDatum<LaidOutNode>>(links).id((node) => node.id).distance(90).strength(0.08))
    .force("charge", forceManyBody<LaidOutNode>().strength(-420))
    // Collision keeps each node's label clear of its neighbours: the radius covers half the label.
    .force("collide", forceCollide<LaidOutNode>((node) => Math.max(node.radius + 10, node.name.length * 3.3 + 4)).iterations(3))
    .force("x", forceX<LaidOutNode>(0).strength(0.05))
    .force("y", forceY<LaidOutNode>(0).strength(0.08))
    .stop()
    .tick(600);
  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  const pad = 140;
  const minX = Math.min(...xs) - pad;
  const minY = Math.min(...ys) - 40;
  const width = Math.max(...xs) - minX + pad;
  const height = Math.max(...ys) - minY + 40;
  const at = new Map(nodes.map((node) => [node.id, node]));
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const edges = graph.edges
    .map((edge) => {
      const a = at.get(edge.source)!;
      const b = at.get(edge.target)!;
      const what = `${names.get(edge.source)} – ${names.get(edge.target)}: ${edge.meetings.length} meeting${edge.meetings.length === 1 ? "" : "s"}, ${edge.agreements.length} agreement${edge.agreements.length === 1 ? "" : "s"}`;
      return `<line x1="${a.x!.toFixed(1)}" y1="${a.y!.toFixed(1)}" x2="${b.x!.toFixed(1)}" y2="${b.y!.toFixed(1)}" stroke="#7a8aa0" stroke-opacity=".3" stroke-width="${Math.min(0.8 + edge.weight * 0.7, 8).toFixed(1)}"><title>${esc(what)}</title></line>`;
    })
    .join("\n");
  const labels = nodes
    .map((node) => {
      const x = node.x!.toFixed(1);
      const y = node.y!.toFixed(1);
      return `<a href="${esc(hrefOf(node.id))}"><title>${esc(`${node.name} (${node.kind})`)}</title><circle cx="${x}" cy="${y}" r="${node.radius.toFixed(1)}" fill="${KIND_COLOUR[node.kind]}" stroke="#fff" stroke-width="1.5"/><text x="${x}" y="${(node.y! + node.radius + 12).toFixed(1)}" font-size="11" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${esc(node.name)}</text></a>`;
    })
    .join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(label)}" viewBox="${minX.toFixed(0)} ${minY.toFixed(0)} ${width.toFixed(0)} ${height.toFixed(0)}" width="100%">
${edges}
${labels}
</svg>
<p class="legend">Blue: states · green: organizations · purple: people. A line joins two actors who took part in the same meeting or agreement; it is wider the more they share, and a larger dot has more shared events. Laid out by d3-force.</p>`;
}

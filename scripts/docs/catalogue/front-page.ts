/** The catalogue's front page: the counts, a link to each kind's index, the timeline and the networks. */
import type { Graph } from "../../../src/query/types.js";
import { EVENT_KINDS, kindOfSingular, RECORD_KIND_INFO, RECORD_KINDS, type EventKindSingular } from "../../../src/schema/kinds.js";
import { link, page } from "../html.js";
import { networkSvg, timelineSvg, type TimelineMark } from "../svg.js";
import type { CatalogueParts } from "./parts.js";

/** The graph without its state nodes (and their edges): the people and bodies who met. */
function withoutStates(graph: Graph): Graph {
  const kept = new Set(graph.nodes.filter((node) => node.kind !== "state").map((node) => node.id));
  const edges = graph.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return { nodes: graph.nodes.filter((node) => linked.has(node.id)), edges };
}

/** The front page (`index.html`): events link to the page sorted by date, other kinds to the one by name. */
export function frontPage({ dataset, kindOf }: CatalogueParts): string {
  const pageOf = (id: string) => `${kindOf.get(id)}/${id}.html`;
  const marks: TimelineMark[] = dataset
    .timeline({ kinds: EVENT_KINDS.map((kind) => RECORD_KIND_INFO[kind].singular) })
    .map((event) => {
      const type = event.type as EventKindSingular;
      return { date: event.date, label: "title" in event.record ? event.record.title : event.record.id, href: `${kindOfSingular(type)}/${event.record.id}.html`, type, status: event.record.status };
    });
  const indexes = RECORD_KINDS.map((kind) => {
    const { event, title } = RECORD_KIND_INFO[kind];
    return `<li>${event ? link(`${kind}/by-date.html`, `${title} by date`) : link(`${kind}/index.html`, title)}</li>`;
  });
  const body = [
    `<p>${dataset.actors.length} actors, ${dataset.meetings.length} meetings, ${dataset.agreements.length} agreements, from ${dataset.sources.length} sources. Every page quotes or summarises its sources; denied and disputed claims are kept and marked.</p>`,
    `<ul>${indexes.join("")}</ul>`,
    `<h2 id="timeline">Timeline</h2>`,
    timelineSvg(marks),
    `<h2 id="network-states">Which states met or agreed</h2>`,
    `<p>Each state stands for itself and the people who held office in it on the day of each event (see affiliation in the data model guide).</p>`,
    networkSvg(dataset.graph({ foldTo: "state" }), pageOf, "Network of states whose officials met or agreed"),
    `<h2 id="network">Who met or agreed with whom</h2>`,
    `<p>People and organizations; the states they stand for are in the picture above.</p>`,
    networkSvg(withoutStates(dataset.graph()), pageOf),
  ].join("\n");
  return page({ title: "Data catalogue", depth: 0, body });
}

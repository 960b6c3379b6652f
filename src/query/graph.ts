import { statesFor } from "./affiliation.js";
import { dateArgument, statusFilter, windowArgument, type Window } from "./args.js";
import type { DateIndex, Indexes } from "./indexes.js";
import { agreementLinks, meetingLinks, type LinksOf } from "./involved.js";
import type { ActorRecord, AgreementRecord, Graph, GraphEdge, GraphOptions, MeetingRecord } from "./types.js";
import { inDateIndex } from "./window.js";

/** The values `foldTo` takes. */
const FOLD_TO = ["state"] as const;

/**
 * The actor network: a weighted edge for each pair of actors linked to the same meetings or
 * agreements. With `foldTo: "state"`, each linked actor counts as the states it stands for on the
 * day of the event (see affiliation.ts), so the nodes are states; an event counts once per pair.
 */
export function graphOf(index: Indexes, options: GraphOptions | undefined): Graph {
  const at = dateArgument("at", options?.at);
  const window = windowArgument(options);
  const end = at && at.end < window.end ? at.end : window.end;
  const limited: Window = { start: window.start, end };
  const keep = statusFilter(options?.status);
  const foldTo = options?.foldTo;
  if (foldTo !== undefined && !FOLD_TO.includes(foldTo)) throw new TypeError(`foldTo must be ${FOLD_TO.join(" or ")}, got ${JSON.stringify(foldTo)}`);
  const edges = new Map<string, { source: string; target: string; meetings: string[]; agreements: string[] }>();
  const addPairs = <R extends MeetingRecord | AgreementRecord>(byDate: DateIndex<R>, links: LinksOf<R>, field: "meetings" | "agreements") => {
    for (const item of inDateIndex(byDate, limited)) {
      if (!keep(item.record.status)) continue;
      if (at !== undefined && item.start === Number.POSITIVE_INFINITY) continue;
      const actors = links(item.record).filter((link) => keep(link.status)).map((link) => link.actor);
      const nodes = foldTo === undefined ? actors : actors.flatMap((id) => statesFor(index.actors.get(id), index.actors, item.start, item.end, keep));
      const ids = [...new Set(nodes)].sort();
      for (let i = 0; i < ids.length; i += 1) {
        for (let j = i + 1; j < ids.length; j += 1) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          let edge = edges.get(key);
          if (!edge) {
            edge = { source: ids[i]!, target: ids[j]!, meetings: [], agreements: [] };
            edges.set(key, edge);
          }
          edge[field].push(item.record.id);
        }
      }
    }
  };
  addPairs(index.meetingsByDate, meetingLinks, "meetings");
  addPairs(index.agreementsByDate, agreementLinks, "agreements");
  const edgeList: GraphEdge[] = [...edges.values()]
    .map((edge) => ({ ...edge, weight: edge.meetings.length + edge.agreements.length }))
    .sort((x, y) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1));
  const nodeIds = new Set<string>();
  for (const edge of edgeList) {
    nodeIds.add(edge.source);
    nodeIds.add(edge.target);
  }
  const nodes = [...nodeIds]
    .sort()
    .map((id) => index.actors.get(id))
    .filter((actor): actor is ActorRecord => actor !== undefined)
    .map((actor) => ({ id: actor.id, name: actor.name, kind: actor.kind }));
  return { nodes, edges: edgeList };
}

import { EVENT_KINDS, type EventKind } from "../schema/kinds.js";
import { statesFor } from "./affiliation.js";
import { dateArgument, optionsArgument, statusFilter, windowArgument, type Window } from "./args.js";
import { compareDated, linksOf, type Indexes } from "./indexes.js";
import type { ActorRecord, Graph, GraphEdge, GraphOptions } from "./types.js";
import { inDateIndex } from "./window.js";

/** The values `foldTo` takes. */
const FOLD_TO = ["state"] as const;

type Edge = { source: string; target: string } & Record<EventKind, string[]>;

/**
 * The actor network: a weighted edge for each pair of actors linked to the same meetings or
 * agreements. With `foldTo: "state"`, each linked actor counts as the states it stands for on the
 * day of the event (see affiliation.ts), so the nodes are states; an event counts once per pair.
 */
export function graph(index: Indexes, options: GraphOptions | undefined): Graph {
  optionsArgument("options", options);
  const at = dateArgument("at", options?.at);
  const window = windowArgument(options);
  const end = at && at.end < window.end ? at.end : window.end;
  const limited: Window = { start: window.start, end };
  const keep = statusFilter(options?.status);
  const foldTo = options?.foldTo;
  if (foldTo !== undefined && !FOLD_TO.includes(foldTo)) throw new TypeError(`foldTo must be ${FOLD_TO.join(" or ")}, got ${JSON.stringify(foldTo)}`);
  const edges = new Map<string, Edge>();
  for (const kind of EVENT_KINDS) {
    for (const item of inDateIndex(index.byDate[kind], limited, compareDated)) {
      if (!keep(item.record.status)) continue;
      if (at !== undefined && item.start === Number.POSITIVE_INFINITY) continue;
      const actors = linksOf(kind, item.record).filter((link) => keep(link.status)).map((link) => link.actor);
      const nodes = foldTo === undefined ? actors : actors.flatMap((id) => statesFor(index.byId.actors.get(id), index.byId.actors, item.start, item.end, keep));
      const ids = [...new Set(nodes)].sort();
      for (let i = 0; i < ids.length; i += 1) {
        for (let j = i + 1; j < ids.length; j += 1) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          let edge = edges.get(key);
          if (!edge) {
            edge = { source: ids[i]!, target: ids[j]!, ...(Object.fromEntries(EVENT_KINDS.map((each) => [each, []])) as unknown as Record<EventKind, string[]>) };
            edges.set(key, edge);
          }
          edge[kind].push(item.record.id);
        }
      }
    }
  }
  const edgeList: GraphEdge[] = [...edges.values()]
    .map((edge) => ({ ...edge, weight: EVENT_KINDS.reduce((sum, kind) => sum + edge[kind].length, 0) }))
    .sort((x, y) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1));
  const nodeIds = new Set<string>();
  for (const edge of edgeList) {
    nodeIds.add(edge.source);
    nodeIds.add(edge.target);
  }
  const nodes = [...nodeIds]
    .sort()
    .map((id) => index.byId.actors.get(id))
    .filter((actor): actor is ActorRecord => actor !== undefined)
    .map((actor) => ({ id: actor.id, name: actor.name, kind: actor.kind }));
  return { nodes, edges: edgeList };
}

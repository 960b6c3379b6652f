import type { RecordKind } from "../schema/kinds.js";
import type { Indexes } from "./indexes.js";
import { currentId } from "./resolve-id.js";
import type { KindRecord } from "./types.js";

/** The record of a kind with this id, redirects followed (`getActor`, `getMeeting`, …), or `undefined`. */
export function getRecord<K extends RecordKind>(index: Indexes, kind: K, id: unknown): KindRecord<K> | undefined {
  const current = currentId(index, id, "id");
  return current === undefined ? undefined : index.byId[kind].get(current);
}

import type { Actor } from "../../schema/actor.js";
import type { DatasetRecords } from "../../schema/dataset.js";
import { RECORD_KIND_INFO, RECORD_KINDS, type RecordKind } from "../../schema/kinds.js";
import type { FoundRecord, RecordsContext } from "../context.js";
import { KINDS, type RecordsRule } from "../rule.js";

/** What a reference may name: a record of a kind, or an actor of a kind. */
type Target = RecordKind | Actor["kind"];
/**
 * Calls `visit` with each reference a record holds: the id, what it may name, and where it is
 * (`field`, `field.index` or `field.index.leaf`). The path is joined only for a reference that is
 * reported: joining one for each of the ~10⁶ references at 10⁵ meetings cost more than the
 * lookups (the createDataset ≤ 2× zod budget).
 */
type References<R> = (record: R, visit: (id: string, targets: readonly Target[], field: string, index?: number, leaf?: string) => void) => void;

const STATE: readonly Target[] = ["state"];
const BODY: readonly Target[] = ["state", "organization"];
const ORGANIZATION: readonly Target[] = ["organization"];
const ACTOR: readonly Target[] = [KINDS.actors];
const AGREEMENT: readonly Target[] = [KINDS.agreements];
const MEETING: readonly Target[] = [KINDS.meetings];
/** What a cited source must be. */
export const SOURCE: readonly Target[] = [KINDS.sources];

/** Every reference field of each kind, outside citations (which every sourced fact has). */
const REFERENCES: { readonly [K in RecordKind]: References<DatasetRecords[K][number]> } = {
  actors(actor, visit) {
    if (actor.kind === "organization") {
      actor.jurisdiction.forEach((id, i) => visit(id, STATE, "jurisdiction", i));
      actor.overseenBy.forEach((link, i) => visit(link.actor, ACTOR, "overseenBy", i, "actor"));
    }
    if (actor.kind === "person") {
      actor.positions.forEach((tenure, i) => visit(tenure.of, BODY, "positions", i, "of"));
      actor.memberships.forEach((tenure, i) => visit(tenure.of, BODY, "memberships", i, "of"));
    }
  },
  meetings(meeting, visit) {
    if (meeting.place) visit(meeting.place.country, STATE, "place.country");
    meeting.participants.forEach((link, i) => visit(link.actor, ACTOR, "participants", i, "actor"));
    meeting.outcomes.forEach((id, i) => visit(id, AGREEMENT, "outcomes", i));
  },
  agreements(agreement, visit) {
    agreement.parties.forEach((link, i) => visit(link.actor, ACTOR, "parties", i, "actor"));
    agreement.establishes.forEach((id, i) => visit(id, ORGANIZATION, "establishes", i));
    if (agreement.reachedAt !== undefined) visit(agreement.reachedAt, MEETING, "reachedAt");
  },
  sources(source, visit) {
    visit(source.publisher, ACTOR, "publisher");
  },
};

const isKind = (target: Target): target is RecordKind => (RECORD_KINDS as readonly string[]).includes(target);
const targetName = (target: Target) => (isKind(target) ? RECORD_KIND_INFO[target].singular : `${target} actor`);
const matches = (found: FoundRecord, target: Target) => (isKind(target) ? found.kind === target : found.kind === KINDS.actors && (found.record as Actor).kind === target);

/** What is wrong with a reference: an unknown id, or a record of the wrong kind; undefined if nothing. */
export function referenceProblem({ records, options }: RecordsContext, ref: string, targets: readonly Target[]): string | undefined {
  const found = records.get(ref);
  if (found !== undefined && targets.some((target) => matches(found, target))) return undefined;
  const wanted = targets.map(targetName).join(" or ");
  if (found === undefined) return options.knownInvalid?.has(ref) ? undefined : `unknown ${wanted} "${ref}"`;
  const actual = found.kind === KINDS.actors ? `a ${(found.record as Actor).kind} actor` : `a record in ${found.kind}`;
  return `"${ref}" is ${actual}, not a ${wanted}`;
}

const pathOf = (field: string, index?: number, leaf?: string) => [field, index, leaf].filter((part) => part !== undefined).join(".");

/** Every reference field names a record of the right kind: an actor, a state, a meeting… */
export const referencesResolve: RecordsRule = {
  name: "references-resolve", scope: "every-dataset", on: "records",
  description:
    "Every id a record's fields refer to (a participant, a place's country, an outcome, a publisher…) names an existing record of the kind the field takes.",
  check(context, report) {
    for (const kind of RECORD_KINDS) {
      const references = REFERENCES[kind] as References<DatasetRecords[RecordKind][number]>;
      for (const record of context.data[kind]) {
        references(record, (ref, targets, field, index, leaf) => {
          const message = referenceProblem(context, ref, targets);
          if (message !== undefined) report({ kind, id: record.id, path: pathOf(field, index, leaf), message });
        });
      }
    }
  },
};

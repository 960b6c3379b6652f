/**
 * Affiliation: who stands for whom on the day of an event. The one definition behind
 * `affiliated: true` (meetingsOf, agreementsOf, between, counterparts, timeline), `graph({ foldTo:
 * "state" })` and counterparts' `excludeOwnSide`; docs/data-model.md ("Affiliation") explains it.
 *
 * - A person is *affiliated* with a state or organization on a day when one of their positions
 *   or memberships is in it and covers that day. A tenure covers the days between its `from` and
 *   `to` (either may be open); an undated event is covered only by a tenure with neither.
 * - An actor *stands for* these states on a day: a state for itself, a person for every state
 *   they are affiliated with, an organization for none.
 * - An actor's *side* on a day: its own states (a state itself; a person's states, directly or
 *   through a body whose only jurisdiction is one state; an organization's jurisdiction), those
 *   states' organizations (whose only jurisdiction is one of them), the actor itself, and every
 *   person affiliated with any of these.
 */
import { dayRange } from "../core/dates.js";
import type { ClaimStatus } from "../generated/record-types.js";
import { dateArgument, optionsArgument, statusFilter } from "./args.js";
import type { ActorRecord, Affiliation, AtOptions, PersonRecord, TenureRecord } from "./types.js";

/**
 * Whether a tenure covers an interval of days (`start` = +Infinity for an undated event): its
 * `from` is not after the interval's end and its `to` not before its start.
 */
export function tenureCovers(tenure: Pick<TenureRecord, "from" | "to">, start: number, end: number): boolean {
  if (start === Number.POSITIVE_INFINITY) return tenure.from === undefined && tenure.to === undefined;
  if (tenure.from && dayRange(tenure.from.value).start > end) return false;
  if (tenure.to && dayRange(tenure.to.value).end < start) return false;
  return true;
}

/** The positions and memberships of an actor (none for a state or an organization). */
function tenuresOf(actor: ActorRecord): readonly TenureRecord[] {
  return actor.kind === "person" ? [...actor.positions, ...actor.memberships] : [];
}

/** The tenures of a person that count on the interval: kept by `keep` and covering it. */
function liveTenures(actor: ActorRecord, start: number, end: number, keep: (status: ClaimStatus) => boolean): TenureRecord[] {
  return tenuresOf(actor).filter((tenure) => keep(tenure.status) && tenureCovers(tenure, start, end));
}

/** Whether a person is affiliated with a body on the interval. */
export function isAffiliated(actor: ActorRecord, body: string, start: number, end: number, keep: (status: ClaimStatus) => boolean): boolean {
  return liveTenures(actor, start, end, keep).some((tenure) => tenure.of === body);
}

/** The states an actor stands for on the interval, in id order. */
export function statesFor(
  actor: ActorRecord | undefined,
  actors: ReadonlyMap<string, ActorRecord>,
  start: number,
  end: number,
  keep: (status: ClaimStatus) => boolean,
): string[] {
  if (actor === undefined) return [];
  if (actor.kind === "state") return [actor.id];
  const states = new Set<string>();
  for (const tenure of liveTenures(actor, start, end, keep)) if (actors.get(tenure.of)?.kind === "state") states.add(tenure.of);
  return [...states].sort();
}

/** The state a body belongs to: a state itself, an organization whose only jurisdiction it is. */
function homeState(actor: ActorRecord | undefined): string | undefined {
  if (actor === undefined || actor.kind === "person") return undefined;
  if (actor.kind === "state") return actor.id;
  return actor.jurisdiction.length === 1 ? actor.jurisdiction[0] : undefined;
}

/** Whether `other` is on `actor`'s side on the interval (see the module comment). */
export function onSideOf(
  actor: ActorRecord,
  actors: ReadonlyMap<string, ActorRecord>,
  start: number,
  end: number,
  keep: (status: ClaimStatus) => boolean,
): (other: ActorRecord) => boolean {
  const ownStates = new Set<string>();
  if (actor.kind === "state") ownStates.add(actor.id);
  else if (actor.kind === "organization") for (const state of actor.jurisdiction) ownStates.add(state);
  else {
    for (const tenure of liveTenures(actor, start, end, keep)) {
      const home = homeState(actors.get(tenure.of));
      if (home !== undefined) ownStates.add(home);
    }
  }
  const isSideBody = (id: string) => {
    if (id === actor.id || ownStates.has(id)) return true;
    const body = actors.get(id);
    if (body?.kind !== "organization") return false;
    const home = homeState(body);
    return home !== undefined && ownStates.has(home);
  };
  return (other) => isSideBody(other.id) || (other.kind === "person" && liveTenures(other, start, end, keep).some((tenure) => isSideBody(tenure.of)));
}

/** A person's positions, then memberships, as affiliations. */
export function affiliationsOfPerson(person: PersonRecord): Affiliation[] {
  return [
    ...person.positions.map((tenure) => ({ person, of: tenure.of, via: "position" as const, tenure })),
    ...person.memberships.map((tenure) => ({ person, of: tenure.of, via: "membership" as const, tenure })),
  ];
}

/** The filter an `AtOptions` argument (of `membersOf`, `positionsOf`) stands for, checked. */
export function affiliationFilter(options: AtOptions | undefined): (affiliation: Affiliation) => boolean {
  optionsArgument("options", options);
  const at = dateArgument("at", options?.at);
  const keep = statusFilter(options?.status);
  return (affiliation) => keep(affiliation.tenure.status) && (at === undefined || tenureCovers(affiliation.tenure, at.start, at.end));
}

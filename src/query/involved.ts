import type { ClaimStatus } from "../generated/record-types.js";
import { tenureCovers } from "./affiliation.js";
import type { Window } from "./args.js";
import { compareDated, type Dated, type Indexes } from "./indexes.js";
import type { AgreementRecord, MeetingRecord } from "./types.js";
import { inWindow } from "./window.js";

/** The actors a meeting or agreement links to (participants or parties), with their statuses. */
export type LinksOf<R> = (record: R) => readonly { readonly actor: string; readonly status: ClaimStatus }[];

/** A meeting's participants. */
export const meetingLinks: LinksOf<MeetingRecord> = (meeting) => meeting.participants;
/** An agreement's parties. */
export const agreementLinks: LinksOf<AgreementRecord> = (agreement) => agreement.parties;

/**
 * The meetings or agreements an actor (a resolved id) takes part in within the window, in date
 * order: the record and the actor's link both pass `keep`. With `affiliated`, a state or
 * organization also takes part in what the people affiliated with it (see affiliation.ts) take
 * part in on the record's date.
 */
export function involvedIn<R extends MeetingRecord | AgreementRecord>(
  index: Indexes,
  byActor: ReadonlyMap<string, readonly Dated<R>[]>,
  links: LinksOf<R>,
  id: string,
  window: Window,
  keep: (status: ClaimStatus) => boolean,
  affiliated: boolean,
): Dated<R>[] {
  const takesPart = (record: R, who: string) => keep(record.status) && links(record).some((link) => link.actor === who && keep(link.status));
  const own = inWindow(byActor.get(id) ?? [], window).filter((item) => takesPart(item.record, id));
  const actor = index.actors.get(id);
  if (!affiliated || actor === undefined || actor.kind === "person") return own;
  const seen = new Set(own.map((item) => item.record.id));
  const all = own;
  for (const affiliation of index.affiliationsOf.get(id) ?? []) {
    if (!keep(affiliation.tenure.status)) continue;
    const person = affiliation.person.id;
    for (const item of inWindow(byActor.get(person) ?? [], window)) {
      if (seen.has(item.record.id) || !takesPart(item.record, person)) continue;
      if (!tenureCovers(affiliation.tenure, item.start, item.end)) continue;
      seen.add(item.record.id);
      all.push(item);
    }
  }
  return all.sort(compareDated);
}

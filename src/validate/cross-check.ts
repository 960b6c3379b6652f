import type { Actor } from "../schema/actor.js";
import type { Agreement } from "../schema/agreement.js";
import type { Citation, ClaimStatus, PartialDate } from "../schema/common.js";
import type { DatasetRecords } from "../schema/dataset.js";
import type { Meeting } from "../schema/meeting.js";
import type { Source } from "../schema/source.js";
import { selectClaim } from "../data/claims.js";
import { dateInterval } from "../data/dates.js";
import { foldName } from "../data/normalize.js";
import type { IssueKind, ValidationIssue } from "./errors.js";

/** Options for {@link crossCheck}. */
export interface CrossCheckOptions {
  /**
   * The full texts of held sources, by source id. When given, every quote of a held source must
   * stand verbatim in its text (whitespace may differ), and every source marked `textHeld` must
   * have a text. When omitted (a user's dataset without texts), quotes are not checked.
   */
  readonly sourceTexts?: ReadonlyMap<string, string>;
  /**
   * Ids of records that exist but failed their schema (already reported). References to them are
   * not reported again as unknown, so one broken file gives one set of messages, not a cascade.
   */
  readonly knownInvalid?: ReadonlySet<string>;
}

type ActorKindName = Actor["kind"];
type RefTarget = ActorKindName | "actor" | "meeting" | "agreement" | "source";

interface Fact {
  readonly path: string;
  readonly status: ClaimStatus;
  readonly citations: readonly Citation[];
  readonly dates: readonly { readonly path: string; readonly date: PartialDate }[];
  /** A record-level fact may be disputed through its field claims rather than a denial. */
  readonly hasDisputedClaims?: boolean;
}

/** Collapses runs of whitespace so a quote may wrap differently from its source. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function prefix(path: string, rest: string): string {
  return path === "" ? rest : `${path}.${rest}`;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Checks a parsed dataset across records: unique ids and names, references that resolve to the
 * right kind, citations (quotes where the text is held, notes where it is not), claim statuses
 * that match their citations, flat fields that match their claims, and consistent dates.
 * Returns every issue found; an empty array means the dataset is consistent.
 *
 * @example
 * ```ts
 * const issues = crossCheck(records, { sourceTexts });
 * if (issues.length > 0) throw new ValidationError(issues);
 * ```
 */
export function crossCheck(data: DatasetRecords, options: CrossCheckOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const kindOfId = new Map<string, { kind: IssueKind; actorKind?: ActorKindName }>();
  const sources = new Map<string, Source>();
  const meetings = new Map<string, Meeting>();
  const agreements = new Map<string, Agreement>();

  const add = (kind: IssueKind, id: string, path: string, message: string) => {
    issues.push({ kind, id, path, message });
  };

  // Ids are unique across every kind.
  const all: [IssueKind, readonly { id: string }[]][] = [
    ["actors", data.actors],
    ["meetings", data.meetings],
    ["agreements", data.agreements],
    ["sources", data.sources],
  ];
  for (const [kind, records] of all) {
    for (const record of records) {
      const seen = kindOfId.get(record.id);
      if (seen) {
        add(kind, record.id, "id", `duplicate id: "${record.id}" is already used by a record in ${seen.kind}`);
        continue;
      }
      const actorKind = kind === "actors" ? (record as Actor).kind : undefined;
      kindOfId.set(record.id, actorKind ? { kind, actorKind } : { kind });
    }
  }
  for (const source of data.sources) sources.set(source.id, source);
  for (const meeting of data.meetings) meetings.set(meeting.id, meeting);
  for (const agreement of data.agreements) agreements.set(agreement.id, agreement);
  const publishedOf = (id: string) => sources.get(id)?.published.value;

  // Names and aliases are unique across actors, after folding case, accents and "al-".
  const nameOwner = new Map<string, string>();
  for (const actor of data.actors) {
    const names: [string, string][] = [["name", actor.name], ...actor.aliases.map((alias, i): [string, string] => [`aliases.${i}`, alias])];
    const own = new Set<string>();
    for (const [path, name] of names) {
      const folded = foldName(name);
      const owner = nameOwner.get(folded);
      if (owner !== undefined && owner !== actor.id) {
        add("actors", actor.id, path, `name "${name}" is also a name of ${owner}`);
      } else if (own.has(name)) {
        add("actors", actor.id, path, `alias "${name}" repeats another name of this actor`);
      }
      own.add(name);
      nameOwner.set(folded, actor.id);
    }
  }

  const refKindName = (target: RefTarget): string =>
    target === "actor" ? "actor" : target === "meeting" || target === "agreement" || target === "source" ? target : `${target} actor`;

  const checkRef = (kind: IssueKind, id: string, path: string, ref: string, targets: readonly RefTarget[]) => {
    const found = kindOfId.get(ref);
    const wanted = targets.map(refKindName).join(" or ");
    if (!found) {
      if (!options.knownInvalid?.has(ref)) add(kind, id, path, `unknown ${wanted} "${ref}"`);
      return;
    }
    const ok = targets.some((target) => {
      if (target === "actor") return found.kind === "actors";
      if (target === "meeting") return found.kind === "meetings";
      if (target === "agreement") return found.kind === "agreements";
      if (target === "source") return found.kind === "sources";
      return found.actorKind === target;
    });
    if (!ok) {
      const actual = found.actorKind ? `a ${found.actorKind} actor` : `a record in ${found.kind}`;
      add(kind, id, path, `"${ref}" is ${actual}, not a ${wanted}`);
    }
  };

  const texts = new Map<string, string>();
  if (options.sourceTexts) {
    for (const source of data.sources) {
      const text = options.sourceTexts.get(source.id);
      if (source.textHeld && text === undefined) {
        add("sources", source.id, "textHeld", `the source is marked textHeld but data/sources/${source.id}.txt is missing`);
      } else if (!source.textHeld && text !== undefined) {
        add("sources", source.id, "textHeld", `data/sources/${source.id}.txt exists but the source is not marked textHeld`);
      }
      if (text !== undefined) texts.set(source.id, normalizeWhitespace(text));
    }
  }

  const checkFact = (kind: IssueKind, id: string, fact: Fact) => {
    const supporting = new Set<string>();
    let denials = 0;
    fact.citations.forEach((citation, i) => {
      const path = prefix(fact.path, `citations.${i}`);
      checkRef(kind, id, `${path}.source`, citation.source, ["source"]);
      const source = sources.get(citation.source);
      if (citation.stance === "denies") denials += 1;
      else supporting.add(citation.source);
      if (!source) return;
      if (source.textHeld && citation.quote === undefined) {
        add(kind, id, `${path}.quote`, `the text of ${source.id} is held, so the citation needs a verbatim quote`);
      }
      if (!source.textHeld && citation.note === undefined) {
        add(kind, id, `${path}.note`, `the text of ${source.id} is not held, so the citation needs a note in our own words`);
      }
      const text = texts.get(source.id);
      if (citation.quote !== undefined && text !== undefined && !text.includes(normalizeWhitespace(citation.quote))) {
        add(kind, id, `${path}.quote`, `quote does not stand verbatim in ${source.id}: "${citation.quote}"`);
      }
    });
    const statusPath = prefix(fact.path, "status");
    if (denials > 0 && (fact.status === "reported" || fact.status === "confirmed")) {
      add(kind, id, statusPath, `is "${fact.status}" but a citation denies it: use "denied" or "disputed"`);
    }
    if (fact.status === "denied" && denials === 0) {
      add(kind, id, statusPath, `is "denied" but no citation has stance "denies"`);
    }
    if (fact.status === "disputed" && denials === 0 && !fact.hasDisputedClaims) {
      add(kind, id, statusPath, `is "disputed" but no citation denies it and no field has conflicting claims`);
    }
    if (fact.status === "confirmed" && supporting.size < 2) {
      add(kind, id, statusPath, `is "confirmed" but only ${supporting.size} source supports it (two or more needed)`);
    }
    for (const { path, date } of fact.dates) {
      const start = dateInterval(date.value).start;
      for (const citation of fact.citations) {
        const published = sources.get(citation.source)?.published.value;
        if (citation.stance === "denies" || published === undefined) continue;
        if (start > dateInterval(published).end) {
          add(kind, id, path, `${date.value} is after ${citation.source} was published (${published}), which reports it`);
        }
      }
    }
  };

  const checkClaims = (kind: IssueKind, id: string, record: Record<string, unknown>, claims: Record<string, unknown> | undefined) => {
    let disputed = false;
    if (!claims) return disputed;
    for (const [field, raw] of Object.entries(claims)) {
      if (raw === undefined) continue;
      const alternatives = raw as Parameters<typeof selectClaim>[0];
      alternatives.forEach((alternative, i) => {
        const dateValue = alternative.value as PartialDate;
        const isDate = field === "date" && typeof dateValue === "object" && dateValue !== null && "value" in dateValue;
        checkFact(kind, id, {
          path: `claims.${field}.${i}`,
          status: alternative.status,
          citations: alternative.citations as readonly Citation[],
          dates: isDate ? [{ path: `claims.${field}.${i}.value`, date: dateValue }] : [],
        });
      });
      const live = alternatives.filter((a) => a.status !== "denied");
      if (new Set(live.map((a) => JSON.stringify(sortKeys(a.value)))).size > 1) disputed = true;
      const selected = selectClaim(alternatives, publishedOf);
      const flat = record[field];
      if (selected === undefined) {
        if (flat !== undefined) add(kind, id, field, `has a value but every alternative in claims.${field} is denied`);
      } else if (!deepEqual(flat, selected.value)) {
        add(kind, id, field, `shows ${JSON.stringify(flat)} but claims.${field} selects ${JSON.stringify(selected.value)}`);
      }
    }
    return disputed;
  };

  const checkTenures = (actor: Actor, field: "positions" | "memberships") => {
    if (actor.kind !== "person") return;
    actor[field].forEach((tenure, i) => {
      const path = `${field}.${i}`;
      checkRef("actors", actor.id, `${path}.of`, tenure.of, ["state", "organization"]);
      const dates: { path: string; date: PartialDate }[] = [];
      if (tenure.from) dates.push({ path: `${path}.from`, date: tenure.from });
      if (tenure.from && tenure.to && dateInterval(tenure.to.value).end < dateInterval(tenure.from.value).start) {
        add("actors", actor.id, `${path}.to`, `${tenure.to.value} is before from (${tenure.from.value})`);
      }
      checkFact("actors", actor.id, { path, status: tenure.status, citations: tenure.citations, dates });
    });
  };

  for (const actor of data.actors) {
    let disputedClaims = false;
    if (actor.kind === "organization") {
      actor.jurisdiction.forEach((state, i) => checkRef("actors", actor.id, `jurisdiction.${i}`, state, ["state"]));
      actor.overseenBy.forEach((link, i) => {
        checkRef("actors", actor.id, `overseenBy.${i}.actor`, link.actor, ["actor"]);
        checkFact("actors", actor.id, { path: `overseenBy.${i}`, status: link.status, citations: link.citations, dates: [] });
      });
      disputedClaims = checkClaims("actors", actor.id, actor, actor.claims);
    }
    checkTenures(actor, "positions");
    checkTenures(actor, "memberships");
    checkFact("actors", actor.id, { path: "", status: actor.status, citations: actor.citations, dates: [], hasDisputedClaims: disputedClaims });
  }

  for (const meeting of data.meetings) {
    if (meeting.place) checkRef("meetings", meeting.id, "place.country", meeting.place.country, ["state"]);
    const seenParticipants = new Set<string>();
    meeting.participants.forEach((link, i) => {
      checkRef("meetings", meeting.id, `participants.${i}.actor`, link.actor, ["actor"]);
      if (seenParticipants.has(link.actor)) add("meetings", meeting.id, `participants.${i}.actor`, `"${link.actor}" is listed twice`);
      seenParticipants.add(link.actor);
      checkFact("meetings", meeting.id, { path: `participants.${i}`, status: link.status, citations: link.citations, dates: [] });
    });
    meeting.outcomes.forEach((outcome, i) => {
      checkRef("meetings", meeting.id, `outcomes.${i}`, outcome, ["agreement"]);
      const agreement = agreements.get(outcome);
      if (agreement && agreement.reachedAt !== meeting.id) {
        add("meetings", meeting.id, `outcomes.${i}`, `lists ${outcome}, but that agreement's reachedAt is ${agreement.reachedAt ?? "not set"}`);
      }
    });
    const disputedClaims = checkClaims("meetings", meeting.id, meeting, meeting.claims);
    checkFact("meetings", meeting.id, {
      path: "",
      status: meeting.status,
      citations: meeting.citations,
      dates: meeting.date ? [{ path: "date", date: meeting.date }] : [],
      hasDisputedClaims: disputedClaims,
    });
  }

  for (const agreement of data.agreements) {
    const seenParties = new Set<string>();
    agreement.parties.forEach((link, i) => {
      checkRef("agreements", agreement.id, `parties.${i}.actor`, link.actor, ["actor"]);
      if (seenParties.has(link.actor)) add("agreements", agreement.id, `parties.${i}.actor`, `"${link.actor}" is listed twice`);
      seenParties.add(link.actor);
      checkFact("agreements", agreement.id, { path: `parties.${i}`, status: link.status, citations: link.citations, dates: [] });
    });
    agreement.establishes.forEach((body, i) => checkRef("agreements", agreement.id, `establishes.${i}`, body, ["organization"]));
    if (agreement.reachedAt !== undefined) {
      checkRef("agreements", agreement.id, "reachedAt", agreement.reachedAt, ["meeting"]);
      const meeting = meetings.get(agreement.reachedAt);
      if (meeting && !meeting.outcomes.includes(agreement.id)) {
        add("agreements", agreement.id, "reachedAt", `is ${meeting.id}, but that meeting's outcomes do not list ${agreement.id}`);
      }
      if (meeting?.date && agreement.date && dateInterval(agreement.date.value).end < dateInterval(meeting.date.value).start) {
        add("agreements", agreement.id, "date", `${agreement.date.value} is before the meeting it was reached at (${meeting.id}, ${meeting.date.value})`);
      }
    }
    const disputedClaims = checkClaims("agreements", agreement.id, agreement, agreement.claims);
    checkFact("agreements", agreement.id, {
      path: "",
      status: agreement.status,
      citations: agreement.citations,
      dates: agreement.date ? [{ path: "date", date: agreement.date }] : [],
      hasDisputedClaims: disputedClaims,
    });
  }

  for (const source of data.sources) {
    checkRef("sources", source.id, "publisher", source.publisher, ["actor"]);
  }

  return issues;
}

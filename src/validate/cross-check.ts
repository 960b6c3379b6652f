import type { Actor } from "../schema/actor.js";
import type { Agreement } from "../schema/agreement.js";
import type { Citation, ClaimStatus, PartialDate } from "../schema/common.js";
import type { DatasetRecords } from "../schema/dataset.js";
import type { Meeting } from "../schema/meeting.js";
import type { Source } from "../schema/source.js";
import { hasConflictingClaims, sameClaimValue, selectClaim } from "../core/claims.js";
import { dayRange, endKey } from "../core/dates.js";
import { foldName } from "../core/normalize.js";
import type { IssueKind, ValidationIssue } from "./errors.js";
import { findById, idTable, removeId, tableIds, tableSize, type IdTable } from "./id-table.js";

/**
 * Options for {@link crossCheck}.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { crossCheck, validateDataset } from "mena-security-data/dataset";
 * const { data } = validateDataset(JSON.parse(readFileSync("my-dataset.json", "utf8")));
 * crossCheck(data, { sourceTexts: new Map([["my-source", readFileSync("my-source.txt", "utf8")]]) });
 * ```
 */
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
type KindEntry = { readonly kind: IssueKind; readonly actorKind?: ActorKindName };

const TENURE_FIELDS = ["positions", "memberships"] as const;
const TO_ACTOR: readonly RefTarget[] = ["actor"];
const TO_STATE: readonly RefTarget[] = ["state"];
const TO_BODY: readonly RefTarget[] = ["state", "organization"];
const TO_ORGANIZATION: readonly RefTarget[] = ["organization"];
const TO_MEETING: readonly RefTarget[] = ["meeting"];
const TO_AGREEMENT: readonly RefTarget[] = ["agreement"];
const TO_SOURCE: readonly RefTarget[] = ["source"];

/** Collapses runs of whitespace so a quote may wrap differently from its source. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A field path built only when an issue is reported: `base`, `base.index` or `base.index.leaf`.
 * Building every path eagerly would allocate millions of strings on a large dataset.
 */
function pathOf(base: string, index: number, leaf: string): string {
  const head = index < 0 ? base : `${base}.${index}`;
  if (leaf === "") return head;
  return head === "" ? leaf : `${head}.${leaf}`;
}


function refKindName(target: RefTarget): string {
  return target === "actor" || target === "meeting" || target === "agreement" || target === "source" ? target : `${target} actor`;
}

function matches(found: KindEntry, target: RefTarget): boolean {
  switch (target) {
    case "actor":
      return found.kind === "actors";
    case "meeting":
      return found.kind === "meetings";
    case "agreement":
      return found.kind === "agreements";
    case "source":
      return found.kind === "sources";
    default:
      return found.actorKind === target;
  }
}

/** What the checks of one dataset share: the issues found so far and the id tables. */
interface CheckContext {
  readonly issues: ValidationIssue[];
  readonly knownInvalid: ReadonlySet<string> | undefined;
  readonly actors: IdTable<Actor>;
  readonly meetings: IdTable<Meeting>;
  readonly agreements: IdTable<Agreement>;
  readonly sources: IdTable<Source>;
  /** Each source's record, last day of publication and normalized text, found with one lookup. */
  readonly sourceInfo: ReadonlyMap<string, SourceInfo>;
}

interface SourceInfo {
  readonly source: Source;
  readonly textHeld: boolean;
  readonly publishedEndKey: string | undefined;
  readonly text: string | undefined;
}

// The checks are functions of a context rather than closures made per call: crossCheck runs once
// per dataset, and closures made anew each time were compiled anew each time, so every dataset
// was checked partly by unoptimized code (measured: 10–15 ms of ~100 at 10⁵ meetings).

function add(issues: ValidationIssue[], kind: IssueKind, id: string, path: string, message: string): void {
  issues.push({ kind, id, path, message });
}

/** What kind of record an id names, if any. */
function lookup(ctx: CheckContext, id: string): KindEntry | undefined {
  const actor = findById(ctx.actors, id);
  if (actor !== undefined) return { kind: "actors", actorKind: actor.kind };
  if (findById(ctx.meetings, id) !== undefined) return { kind: "meetings" };
  if (findById(ctx.agreements, id) !== undefined) return { kind: "agreements" };
  if (findById(ctx.sources, id) !== undefined) return { kind: "sources" };
  return undefined;
}

/**
 * Ids are unique within each kind, and across kinds (the later kind's record is the duplicate).
 * Makes a table per kind (see idTable: a sorted kind needs no map); actors and sources always get
 * a map, as nearly every reference is to an actor or a source.
 */
function checkIds(data: DatasetRecords, issues: ValidationIssue[]) {
  const tables = {
    actors: idTable(data.actors, true),
    meetings: idTable(data.meetings),
    agreements: idTable(data.agreements),
    sources: idTable(data.sources, true),
  };
  const kinds = ["actors", "meetings", "agreements", "sources"] as const;
  for (const kind of kinds) {
    for (const { id } of tables[kind].repeated) add(issues, kind, id, "id", `duplicate id: "${id}" is already used by a record in ${kind}`);
  }
  // Only the smaller table of each pair is walked, so this costs lookups for the few actors and
  // sources, not for every meeting.
  const byKind: readonly (readonly [IssueKind, IdTable<{ readonly id: string }>])[] = kinds.map((kind) => [kind, tables[kind].table] as const);
  for (let j = 1; j < byKind.length; j += 1) {
    const [kind, later] = byKind[j]!;
    const found: string[] = [];
    for (let i = 0; i < j; i += 1) {
      const [earlierKind, earlier] = byKind[i]!;
      const [walked, probed] = tableSize(later) <= tableSize(earlier) ? [later, earlier] : [earlier, later];
      const ids = tableIds(walked);
      for (let k = 0; k < ids.length; k += 1) {
        const id = ids[k]!;
        if (findById(probed, id) === undefined || found.includes(id)) continue;
        found.push(id);
        add(issues, kind, id, "id", `duplicate id: "${id}" is already used by a record in ${earlierKind}`);
      }
    }
    for (const id of found) removeId(later, id);
  }
  return { actors: tables.actors.table, meetings: tables.meetings.table, agreements: tables.agreements.table, sources: tables.sources.table };
}

/** Names and aliases are unique across actors, after folding case, accents and "al-". */
function checkNames(actors: readonly Actor[], issues: ValidationIssue[]): void {
  const nameOwner = new Map<string, string>();
  for (let r = 0; r < actors.length; r += 1) {
    const actor = actors[r]!;
    const { aliases } = actor;
    for (let i = -1; i < aliases.length; i += 1) {
      const name = i < 0 ? actor.name : aliases[i]!;
      const folded = foldName(name);
      const owner = nameOwner.get(folded);
      if (owner !== undefined && owner !== actor.id) {
        add(issues, "actors", actor.id, i < 0 ? "name" : `aliases.${i}`, `name "${name}" is also a name of ${owner}`);
      } else if (i >= 0 && (name === actor.name || aliases.indexOf(name) < i)) {
        // An actor has a handful of names: a scan beats a Set per actor.
        add(issues, "actors", actor.id, `aliases.${i}`, `alias "${name}" repeats another name of this actor`);
      }
      if (owner === undefined) nameOwner.set(folded, actor.id);
    }
  }
}

/**
 * Each source's record, last day of publication and normalized text. With `sourceTexts`, also
 * checks that a text is held exactly for the sources marked `textHeld`.
 */
function sourceInfoOf(sources: readonly Source[], sourceTexts: ReadonlyMap<string, string> | undefined, issues: ValidationIssue[]): Map<string, SourceInfo> {
  const texts = new Map<string, string>();
  if (sourceTexts) {
    for (const source of sources) {
      const text = sourceTexts.get(source.id);
      if (source.textHeld && text === undefined) {
        add(issues, "sources", source.id, "textHeld", `the source is marked textHeld but data/sources/${source.id}.txt is missing`);
      } else if (!source.textHeld && text !== undefined) {
        add(issues, "sources", source.id, "textHeld", `data/sources/${source.id}.txt exists but the source is not marked textHeld`);
      }
      if (text !== undefined) texts.set(source.id, normalizeWhitespace(text));
    }
  }
  const sourceInfo = new Map<string, SourceInfo>();
  for (const source of sources) {
    sourceInfo.set(source.id, {
      source,
      textHeld: source.textHeld,
      publishedEndKey: source.published ? endKey(source.published.value) : undefined,
      text: texts.get(source.id),
    });
  }
  return sourceInfo;
}

/** Checks that `ref` names a record of one of `targets`; the path is `pathOf(base, index, leaf)`. */
function checkRef(ctx: CheckContext, kind: IssueKind, id: string, ref: string, targets: readonly RefTarget[], base: string, index = -1, leaf = ""): void {
  // Nearly every reference is to an actor: settle those with one lookup.
  const actor = findById(ctx.actors, ref);
  if (actor !== undefined && (targets === TO_ACTOR || targets.includes(actor.kind))) return;
  const found = lookup(ctx, ref);
  if (!found) {
    if (!ctx.knownInvalid?.has(ref)) add(ctx.issues, kind, id, pathOf(base, index, leaf), `unknown ${targets.map(refKindName).join(" or ")} "${ref}"`);
    return;
  }
  for (const target of targets) if (matches(found, target)) return;
  const actual = found.actorKind ? `a ${found.actorKind} actor` : `a record in ${found.kind}`;
  add(ctx.issues, kind, id, pathOf(base, index, leaf), `"${ref}" is ${actual}, not a ${targets.map(refKindName).join(" or ")}`);
}

/**
 * Checks the citations of one fact (see {@link checkFact}): each source exists and is quoted or
 * noted as its text requires, and the fact is not dated after a supporting source was
 * published. Returns how many citations deny the fact.
 */
function checkCitations(ctx: CheckContext, kind: IssueKind, id: string, base: string, index: number, citations: readonly Citation[], date: PartialDate | undefined, dateLeaf: string): number {
  let denials = 0;
  // One lookup per citation serves every check. The date check compares strings (see endKey):
  // parsing a date per fact cost more than the rest of the check.
  const value = date?.value;
  for (let i = 0; i < citations.length; i += 1) {
    const citation = citations[i]!;
    const denies = citation.stance === "denies";
    if (denies) denials += 1;
    const info = ctx.sourceInfo.get(citation.source);
    if (info === undefined) {
      checkRef(ctx, kind, id, citation.source, TO_SOURCE, pathOf(base, index, "citations"), i, "source");
      continue;
    }
    const source = info.source;
    if (info.textHeld ? citation.quote === undefined : citation.note === undefined) {
      const [leaf, rule] = info.textHeld ? ["quote", "is held, so the citation needs a verbatim quote"] : ["note", "is not held, so the citation needs a note in our own words"];
      add(ctx.issues, kind, id, pathOf(pathOf(base, index, "citations"), i, leaf), `the text of ${source.id} ${rule}`);
    }
    if (citation.quote !== undefined && info.text !== undefined && !info.text.includes(normalizeWhitespace(citation.quote))) {
      add(ctx.issues, kind, id, pathOf(pathOf(base, index, "citations"), i, "quote"), `quote does not stand verbatim in ${source.id}: "${citation.quote}"`);
    }
    if (!denies && value !== undefined && info.publishedEndKey !== undefined && value > info.publishedEndKey) {
      add(ctx.issues, kind, id, pathOf(base, index, dateLeaf), `${value} is after ${source.id} was published (${source.published!.value}), which reports it`);
    }
  }
  return denials;
}

/** Checks a fact's claim status against the stances of its citations (see {@link checkFact}). */
function checkStatus(ctx: CheckContext, kind: IssueKind, id: string, base: string, index: number, status: ClaimStatus, citations: readonly Citation[], denials: number, hasDisputedClaims: boolean): void {
  if (denials > 0 && (status === "reported" || status === "confirmed")) {
    add(ctx.issues, kind, id, pathOf(base, index, "status"), `is "${status}" but a citation denies it: use "denied" or "disputed"`);
  }
  if (status === "denied" && denials === 0) {
    add(ctx.issues, kind, id, pathOf(base, index, "status"), `is "denied" but no citation has stance "denies"`);
  }
  if (status === "disputed" && denials === 0 && !hasDisputedClaims) {
    add(ctx.issues, kind, id, pathOf(base, index, "status"), `is "disputed" but no citation denies it and no field has conflicting claims`);
  }
  if (status === "confirmed") {
    const supporting = new Set(citations.filter((c) => c.stance !== "denies").map((c) => c.source));
    if (supporting.size < 2) {
      add(ctx.issues, kind, id, pathOf(base, index, "status"), `is "confirmed" but only ${supporting.size} source supports it (two or more needed)`);
    }
  }
}

/**
 * Checks one sourced fact (a record, or a relation at `pathOf(base, index, "")`): its citations,
 * its status against them, and an optional date against the sources' publication dates.
 */
function checkFact(
  ctx: CheckContext,
  kind: IssueKind,
  id: string,
  base: string,
  index: number,
  status: ClaimStatus,
  citations: readonly Citation[],
  date?: PartialDate,
  dateLeaf = "",
  hasDisputedClaims = false,
): void {
  const denials = checkCitations(ctx, kind, id, base, index, citations, date, dateLeaf);
  // Most facts are "reported" with no citation denying them: then no status rule can fail.
  if (denials > 0 || status !== "reported") checkStatus(ctx, kind, id, base, index, status, citations, denials, hasDisputedClaims);
}

/**
 * Checks field-level claims; returns whether any field has conflicting live values. Callers
 * skip records without claims (nearly all): even a call that returns at once cost a small
 * allocation per record, measured over 10⁵ meetings.
 */
function checkClaims(ctx: CheckContext, kind: IssueKind, id: string, record: Record<string, unknown>, claims: Record<string, unknown>): boolean {
  let disputed = false;
  const publishedOf = (sourceId: string) => findById(ctx.sources, sourceId)?.published?.value;
  for (const [field, raw] of Object.entries(claims)) {
    if (raw === undefined) continue;
    const alternatives = raw as Parameters<typeof selectClaim>[0];
    alternatives.forEach((alternative, i) => {
      const value = alternative.value as PartialDate;
      const isDate = field === "date" && typeof value === "object" && value !== null && "value" in value;
      checkFact(ctx, kind, id, `claims.${field}`, i, alternative.status, alternative.citations as readonly Citation[], isDate ? value : undefined, "value");
    });
    // Sources disagree when two live values differ and neither refines the other.
    if (!disputed && hasConflictingClaims(alternatives)) disputed = true;
    const selected = selectClaim(alternatives, publishedOf);
    const flat = record[field];
    if (selected === undefined) {
      if (flat !== undefined) add(ctx.issues, kind, id, field, `has a value but every alternative in claims.${field} is denied`);
    } else if (!sameClaimValue(flat, selected.value)) {
      add(ctx.issues, kind, id, field, `shows ${JSON.stringify(flat)} but claims.${field} selects ${JSON.stringify(selected.value)}`);
    }
  }
  return disputed;
}

/** Checks the actor links of a meeting or agreement: each resolves, none twice, each sourced. */
function checkLinks(ctx: CheckContext, kind: IssueKind, id: string, field: string, links: readonly { actor: string; status: ClaimStatus; citations: readonly Citation[] }[]): void {
  for (let i = 0; i < links.length; i += 1) {
    const link = links[i]!;
    // Any actor will do, so a hit in the actor table settles it without checkRef's kind test.
    if (findById(ctx.actors, link.actor) === undefined) checkRef(ctx, kind, id, link.actor, TO_ACTOR, field, i, "actor");
    for (let j = 0; j < i; j += 1) {
      if (links[j]!.actor === link.actor) add(ctx.issues, kind, id, pathOf(field, i, "actor"), `"${link.actor}" is listed twice`);
    }
    checkFact(ctx, kind, id, field, i, link.status, link.citations);
  }
}

/** The checks of each actor: its references, tenures, claims and citations. */
function checkActors(ctx: CheckContext, actors: readonly Actor[]): void {
  for (let r = 0; r < actors.length; r += 1) {
    const actor = actors[r]!;
    let disputedClaims = false;
    if (actor.kind === "organization") {
      for (let i = 0; i < actor.jurisdiction.length; i += 1) checkRef(ctx, "actors", actor.id, actor.jurisdiction[i]!, TO_STATE, "jurisdiction", i);
      for (let i = 0; i < actor.overseenBy.length; i += 1) {
        const link = actor.overseenBy[i]!;
        checkRef(ctx, "actors", actor.id, link.actor, TO_ACTOR, "overseenBy", i, "actor");
        checkFact(ctx, "actors", actor.id, "overseenBy", i, link.status, link.citations);
      }
      disputedClaims = actor.claims !== undefined && checkClaims(ctx, "actors", actor.id, actor, actor.claims);
    }
    if (actor.kind === "person") {
      for (let f = 0; f < TENURE_FIELDS.length; f += 1) {
        const field = TENURE_FIELDS[f]!;
        const tenures = actor[field];
        for (let i = 0; i < tenures.length; i += 1) {
          const tenure = tenures[i]!;
          checkRef(ctx, "actors", actor.id, tenure.of, TO_BODY, field, i, "of");
          if (tenure.from && tenure.to && dayRange(tenure.to.value).end < dayRange(tenure.from.value).start) {
            add(ctx.issues, "actors", actor.id, pathOf(field, i, "to"), `${tenure.to.value} is before from (${tenure.from.value})`);
          }
          checkFact(ctx, "actors", actor.id, field, i, tenure.status, tenure.citations, tenure.from, "from");
        }
      }
    }
    checkFact(ctx, "actors", actor.id, "", -1, actor.status, actor.citations, undefined, "", disputedClaims);
  }
}

/** The checks of each meeting: place, participants, outcomes, claims and citations. */
function checkMeetings(ctx: CheckContext, meetings: readonly Meeting[]): void {
  for (let r = 0; r < meetings.length; r += 1) {
    const meeting = meetings[r]!;
    if (meeting.place) checkRef(ctx, "meetings", meeting.id, meeting.place.country, TO_STATE, "place.country");
    checkLinks(ctx, "meetings", meeting.id, "participants", meeting.participants);
    for (let i = 0; i < meeting.outcomes.length; i += 1) {
      const outcome = meeting.outcomes[i]!;
      checkRef(ctx, "meetings", meeting.id, outcome, TO_AGREEMENT, "outcomes", i);
      const agreement = findById(ctx.agreements, outcome);
      if (agreement && agreement.reachedAt !== meeting.id) {
        add(ctx.issues, "meetings", meeting.id, `outcomes.${i}`, `lists ${outcome}, but that agreement's reachedAt is ${agreement.reachedAt ?? "not set"}`);
      }
    }
    const disputedClaims = meeting.claims !== undefined && checkClaims(ctx, "meetings", meeting.id, meeting, meeting.claims);
    checkFact(ctx, "meetings", meeting.id, "", -1, meeting.status, meeting.citations, meeting.date, "date", disputedClaims);
  }
}

/** The checks of each agreement: parties, what it establishes, where it was reached, claims and citations. */
function checkAgreements(ctx: CheckContext, agreements: readonly Agreement[]): void {
  for (let r = 0; r < agreements.length; r += 1) {
    const agreement = agreements[r]!;
    checkLinks(ctx, "agreements", agreement.id, "parties", agreement.parties);
    for (let i = 0; i < agreement.establishes.length; i += 1) {
      checkRef(ctx, "agreements", agreement.id, agreement.establishes[i]!, TO_ORGANIZATION, "establishes", i);
    }
    if (agreement.reachedAt !== undefined) {
      checkRef(ctx, "agreements", agreement.id, agreement.reachedAt, TO_MEETING, "reachedAt");
      const meeting = findById(ctx.meetings, agreement.reachedAt);
      if (meeting && !meeting.outcomes.includes(agreement.id)) {
        add(ctx.issues, "agreements", agreement.id, "reachedAt", `is ${meeting.id}, but that meeting's outcomes do not list ${agreement.id}`);
      }
      if (meeting?.date && agreement.date && dayRange(agreement.date.value).end < dayRange(meeting.date.value).start) {
        add(ctx.issues, "agreements", agreement.id, "date", `${agreement.date.value} is before the meeting it was reached at (${meeting.id}, ${meeting.date.value})`);
      }
    }
    const disputedClaims = agreement.claims !== undefined && checkClaims(ctx, "agreements", agreement.id, agreement, agreement.claims);
    checkFact(ctx, "agreements", agreement.id, "", -1, agreement.status, agreement.citations, agreement.date, "date", disputedClaims);
  }
}

/**
 * Checks a parsed dataset across records: unique ids and names, references that resolve to the
 * right kind, citations (quotes where the text is held, notes where it is not), claim statuses
 * that match their citations, flat fields that match their claims, and consistent dates.
 * Returns every issue found; an empty array means the dataset is consistent.
 *
 * @example
 * ```ts
 * import { crossCheck, ValidationError, type CrossCheckOptions } from "mena-security-data/dataset";
 * import type { DatasetRecords } from "mena-security-data/schema";
 * declare const records: DatasetRecords; // records that passed their schemas
 * declare const sourceTexts: CrossCheckOptions["sourceTexts"]; // source id → full text
 * const issues = crossCheck(records, { sourceTexts });
 * if (issues.length > 0) throw new ValidationError(issues);
 * ```
 */
export function crossCheck(data: DatasetRecords, options: CrossCheckOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const tables = checkIds(data, issues);
  checkNames(data.actors, issues);
  const ctx: CheckContext = {
    issues,
    knownInvalid: options.knownInvalid,
    actors: tables.actors,
    meetings: tables.meetings,
    agreements: tables.agreements,
    sources: tables.sources,
    sourceInfo: sourceInfoOf(data.sources, options.sourceTexts, issues),
  };
  checkActors(ctx, data.actors);
  checkMeetings(ctx, data.meetings);
  checkAgreements(ctx, data.agreements);
  for (const source of data.sources) checkRef(ctx, "sources", source.id, source.publisher, TO_ACTOR, "publisher");
  return issues;
}

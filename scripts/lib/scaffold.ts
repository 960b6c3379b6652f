/**
 * The scaffold behind `npm run add:report`: from a report's URL, title, publisher and date, the
 * source record, and optionally a meeting or an agreement with its participants matched to
 * existing actor ids by name. It suggests ids and never invents one: a name it cannot match
 * becomes a `todo-` id, and every field a person must fill from the page is a `TODO` placeholder,
 * so `npm run validate` fails until each is filled (the no-placeholders rule).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { foldName, foldWords } from "../../src/core/normalize.js";
import { RECORD_KIND_INFO } from "../../src/schema/kinds.js";

/** The folders the scaffold writes into: the kinds' folders under `data/`. */
const { actors: ACTORS, meetings: MEETINGS, agreements: AGREEMENTS, sources: SOURCES } = RECORD_KIND_INFO;

/** A name matched (or not) against the actors. */
export interface NameMatch {
  readonly name: string;
  /** The actor id whose name or alias folds to the same text, if exactly one does. */
  readonly id?: string;
  /** Actors sharing words with the name, best first, when there is no exact match. */
  readonly suggestions: readonly { readonly id: string; readonly name: string }[];
}

/** The report to scaffold. */
export interface ReportInput {
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string;
  readonly language?: string;
  /** The title of a meeting the report describes, in our own words. */
  readonly meeting?: string;
  /** The title of an agreement the report describes, in our own words. */
  readonly agreement?: string;
  /** Names of the participants (or parties), as the report writes them. */
  readonly actors?: readonly string[];
}

/** An actor as the scaffold needs it. */
export interface KnownActor {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
}

/** Turns text into a kebab-case id part. */
export function slugOf(text: string, words = 6): string {
  return foldWords(text.replace(/[’']/g, "")).slice(0, words).join("-");
}

/**
 * Matches a name to the actors: an exact match after folding (case, diacritics, hyphens, "al"),
 * or else suggestions that share at least one word (never a guess written as the id).
 */
export function matchActor(name: string, actors: readonly KnownActor[]): NameMatch {
  const folded = foldName(name);
  const exact = actors.filter((actor) => [actor.name, ...actor.aliases].some((candidate) => foldName(candidate) === folded));
  if (exact.length === 1) return { name, id: exact[0]!.id, suggestions: [] };
  const words = new Set(foldWords(name));
  const scored = actors
    .map((actor) => {
      const shared = new Set([actor.name, ...actor.aliases].flatMap(foldWords).filter((word) => words.has(word)));
      return { id: actor.id, name: actor.name, score: shared.size };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 3);
  return { name, suggestions: scored.map(({ id, name: actorName }) => ({ id, name: actorName })) };
}

const q = (text: string) => JSON.stringify(text);
const todo = (what: string) => q(`TODO: ${what}`);

function citation(sourceId: string, what: string, indent: string): string {
  return `${indent}- source: ${sourceId}\n${indent}  note: ${todo(what)}\n`;
}

function links(field: "participants" | "parties", matches: readonly NameMatch[], sourceId: string): string {
  if (matches.length === 0) return `${field}:\n  - actor: todo-${ACTORS.singular}\n    citations:\n${citation(sourceId, "in your own words, what the page says of this actor's part", "      ")}`;
  let text = `${field}:\n`;
  for (const match of matches) {
    if (match.id === undefined) {
      const hint = match.suggestions.length > 0 ? `did you mean ${match.suggestions.map((s) => `${s.id} (${s.name})`).join(", ")}? ` : "";
      text += `  # "${match.name}": no actor has this name; ${hint}if none is right, add data/actors/<id>.yaml\n`;
    }
    text += `  - actor: ${match.id ?? `todo-${slugOf(match.name) || ACTORS.singular}`}\n`;
    if (field === "participants") text += `    role: ${todo("the role as the page gives it")}\n`;
    text += `    citations:\n${citation(sourceId, `in your own words, what the page says of ${match.name}'s part`, "      ")}`;
  }
  return text;
}

/** The files `add:report` writes, by path under the data folder, and what it matched. */
export interface Scaffold {
  readonly files: ReadonlyMap<string, string>;
  readonly publisher: NameMatch;
  readonly actors: readonly NameMatch[];
}

/** Builds the scaffolded files for a report (without writing them). */
export function scaffoldReport(input: ReportInput, actors: readonly KnownActor[]): Scaffold {
  const files = new Map<string, string>();
  const outlets = actors.filter((actor) => actor.kind === "organization");
  const publisher = matchActor(input.publisher, outlets);
  const publisherId = publisher.id ?? (slugOf(input.publisher) || "publisher");
  const sourceId = `${publisherId}-${input.published}-${slugOf(input.title, 5)}`;
  files.set(
    `${SOURCES.plural}/${sourceId}.yaml`,
    `id: ${sourceId}\ntitle: ${q(input.title)}\npublisher: ${publisherId}\nurl: ${input.url}\npublished:\n  value: ${q(input.published)}\nlanguage: ${input.language ?? "en"}\ntextHeld: false\n`,
  );
  if (publisher.id === undefined) {
    files.set(
      `${ACTORS.plural}/${publisherId}.yaml`,
      `id: ${publisherId}\nkind: organization\nclassification: news-outlet\nname: ${q(input.publisher)}\njurisdiction: []\ncitations:\n${citation(sourceId, `one sentence naming ${input.publisher} as the publisher of this report`, "  ")}`,
    );
  }
  const matches = (input.actors ?? []).map((name) => matchActor(name, actors));
  if (input.meeting !== undefined) {
    const id = `${slugOf(input.meeting)}-${input.published}`;
    files.set(
      `${MEETINGS.plural}/${id}.yaml`,
      [
        `# Scaffolded from ${input.url}. Fill every TODO from the page; npm run validate fails until then.`,
        `# The id ends in the report's date: rename the file and the id to the meeting's date if it differs.`,
        `id: ${id}`,
        `title: ${q(input.meeting)}`,
        `kind: ${todo("bilateral-meeting, official-visit, talks or multilateral-conference")}`,
        `date:`,
        `  value: ${todo("the date at the precision the page gives (YYYY, YYYY-MM or YYYY-MM-DD)")}`,
        `place:`,
        `  city: ${todo("the city, as reported")}`,
        `  country: todo-state-id`,
        links("participants", matches, sourceId).trimEnd(),
        `topics: []`,
        `citations:`,
        citation(sourceId, "in your own words, what the page says happened, when and where", "  ").trimEnd(),
        "",
      ].join("\n"),
    );
  }
  if (input.agreement !== undefined) {
    const id = `${slugOf(input.agreement)}-agreement`.replace(/-agreement-agreement$/, "-agreement");
    files.set(
      `${AGREEMENTS.plural}/${id}.yaml`,
      [
        `# Scaffolded from ${input.url}. Fill every TODO from the page; npm run validate fails until then.`,
        `id: ${id}`,
        `title: ${q(input.agreement)}`,
        `kind: ${todo("agreement, memorandum, joint-committee, operations-centre, joint-statement or roadmap")}`,
        `stage: ${todo("proposed, agreed, signed, operational, suspended or ended, as the page says")}`,
        `date:`,
        `  value: ${todo("the date at the precision the page gives")}`,
        links("parties", matches, sourceId).trimEnd(),
        `purposes: []`,
        `topics: []`,
        `citations:`,
        citation(sourceId, "in your own words, what the page says was agreed", "  ").trimEnd(),
        "",
      ].join("\n"),
    );
  }
  return { files, publisher, actors: matches };
}

/** Writes a scaffold into `dataDir`, refusing to overwrite any existing file. */
export function writeScaffold(dataDir: string, scaffold: Scaffold): string[] {
  const existing = [...scaffold.files.keys()].filter((path) => existsSync(join(dataDir, path)));
  if (existing.length > 0) throw new Error(`not overwriting existing files: ${existing.map((path) => join(dataDir, path)).join(", ")}`);
  const written: string[] = [];
  for (const [path, text] of scaffold.files) {
    mkdirSync(join(dataDir, path, ".."), { recursive: true });
    writeFileSync(join(dataDir, path), text, { flag: "wx" });
    written.push(join(dataDir, path));
  }
  return written;
}

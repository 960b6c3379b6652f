// What a validation rule is. Each rule is one module in ./rules/, listed once in ./registry.ts;
// the rule's name is also the folder of its broken fixtures, test/fixtures/invalid/<name>/<case>/.
import type { SourcedFact } from "../core/sourced-facts.js";
import type { RecordKind } from "../schema/kinds.js";
import type { RecordsContext } from "./context.js";
import type { ValidationIssue } from "./errors.js";

/**
 * Where a rule applies: to every dataset (`createDataset`, `validateDataset`, `crossCheck` and
 * `npm run validate`), or only to the package's own `data/` folder (`npm run validate` and the
 * build), for rules about files or about how the bundled data is sourced.
 */
export type RuleScope = "every-dataset" | "data-folder";

/** Reports one issue; the engine records which rule reported it. */
export type Report = (issue: ValidationIssue) => void;

/** One problem a rule found: its message, and the field it is about, if any. */
export interface Problem {
  readonly message: string;
  readonly path?: string;
}

/** The YAML a data file holds, as the reader parsed it (see scripts/lib/read-file.ts). */
export interface YamlFacts {
  /** The parser's errors (syntax, duplicate keys, tabs), each with its line. */
  readonly errors: readonly string[];
  /** The parser's warnings. */
  readonly warnings: readonly string[];
  /** Every tag, anchor and merge key, in document order (an alias needs an anchor before it). */
  readonly nodes: readonly { readonly what: "tag" | "anchor" | "merge key"; readonly name: string; readonly line: number | undefined }[];
}

/**
 * One entry of a `data/` folder, as the file rules see it. The reader supplies what the rules ask
 * for, each read or parsed once and only when asked: a rule that fails stops the file there.
 */
export interface DataFile {
  /** The kind's folder the file is in, or undefined for an entry of `data/` itself. */
  readonly kind: RecordKind | undefined;
  /** The file name. */
  readonly name: string;
  /** A record file (`<kind>/*.yaml`), a source text, the redirects, or anything else. */
  readonly role: "record" | "text" | "redirects" | "stray";
  /** The names in the same folder, and the first name of each in lower case. */
  readonly folder: { readonly names: ReadonlySet<string>; readonly byLowerCase: ReadonlyMap<string, string> };
  stat(): { readonly symlink: boolean; readonly directory: boolean; readonly size: number };
  bytes(): Uint8Array;
  /** The text, with a byte-order mark and CRLF line ends normalised away. */
  text(): string;
  yaml(): YamlFacts;
  /** The parsed value (only asked for once the YAML rules passed). */
  value(): unknown;
}

interface RuleOf<On extends string, Check> {
  /** Kebab-case; also the folder of the rule's broken fixtures. */
  readonly name: string;
  /** What must hold, in one or two sentences. */
  readonly description: string;
  readonly scope: RuleScope;
  /** What the rule reads, which decides how `check` is called. */
  readonly on: On;
  readonly check: Check;
}

/** A rule on one file of a `data/` folder: the first rule a file breaks stops its reading. */
export type FileRule = RuleOf<"file", (file: DataFile) => Problem | undefined>;
/** The schema rule: one raw record against its kind's schema (see ./rules/schema.ts). */
export type RecordRule = RuleOf<"record", (kind: RecordKind, raw: unknown) => { readonly value: unknown } | { readonly problems: readonly Problem[] }>;
/** A rule on the parsed records as a whole (ids, names, references, the links between records). */
export type RecordsRule = RuleOf<"records", (context: RecordsContext, report: Report) => void>;
/** A rule on one sourced fact (see src/core/sourced-facts.ts), called for each fact of the one walk. */
export type FactRule = RuleOf<"fact", (fact: SourcedFact, context: RecordsContext, report: Report) => void>;
/** A rule on the redirects, given the ids of every live record. */
export type RedirectsRule = RuleOf<"redirects", (redirects: RedirectMap, live: ReadonlySet<string>, report: Report) => void>;

/** Retired ids and where each leads (the part of a redirect the rules read). */
export type RedirectMap = Readonly<Record<string, { readonly to?: string | undefined }>>;

/** Any validation rule. */
export type Rule = FileRule | RecordRule | RecordsRule | FactRule | RedirectsRule;

/** Each record kind by name (from the registry), so rules can say `KINDS.sources`. */
export { KINDS } from "../schema/kinds.js";

/** The path of a field of a fact: `factPath({ path: "participants.2" }, "status")` is `participants.2.status`. */
export function factPath(fact: Pick<SourcedFact, "path">, leaf: string): string {
  return fact.path === "" ? leaf : `${fact.path}.${leaf}`;
}

/** Reports an issue about one sourced fact, at a field inside it. */
export function reportOn(report: Report, fact: SourcedFact, leaf: string, message: string): void {
  report({ kind: fact.kind, id: fact.id, path: factPath(fact, leaf), message });
}

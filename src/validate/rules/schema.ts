import { z } from "zod";
import type { $ZodIssue } from "zod/v4/core";
import { Dataset } from "../../schema/dataset.js";
import { RECORD_KINDS, type RecordKind } from "../../schema/kinds.js";
import { joinPath } from "../errors.js";
import type { Problem, RecordRule } from "../rule.js";

/** The schema of each record kind, compiled once for fast parsing. */
const COMPILED = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, z.compile(Dataset.shape[kind].element)])) as {
  readonly [K in RecordKind]: ReturnType<typeof z.compile<(typeof Dataset.shape)[K]["element"]>>;
};

const NOUNS: Readonly<Record<string, string>> = { string: "a text", number: "a number", boolean: "true or false", array: "a list", object: "a mapping of fields" };
const noun = (type: string) => NOUNS[type] ?? type;
const nounOf = (value: unknown) => (value === null ? "null" : noun(Array.isArray(value) ? "array" : typeof value));
const oneOf = (value: unknown, options: readonly unknown[]) => {
  const list = options.map(String).join(", ");
  return value === undefined ? `is required: one of ${list}` : `is ${JSON.stringify(value)}, which is not one of ${list}`;
};

/**
 * An issue zod found, in the package's words. Used as the error map of every parse, so it words
 * only the issues the schemas leave to zod's default ("needs at least one citation" stays).
 */
function inOurWords(issue: { readonly code?: string; readonly input?: unknown } & Readonly<Record<string, unknown>>): string {
  const found = issue as unknown as $ZodIssue & { readonly input?: unknown };
  switch (found.code) {
    case "invalid_type":
      return found.input === undefined ? `is required (${noun(found.expected)})` : `must be ${noun(found.expected)}, not ${nounOf(found.input)}`;
    case "too_small":
      if (found.origin === "string") return Number(found.minimum) <= 1 ? "must not be empty" : `is too short: write at least ${found.minimum} characters`;
      return `needs at least ${found.minimum} ${Number(found.minimum) === 1 ? "entry" : "entries"}`;
    case "invalid_value":
      return oneOf(found.input, found.values);
    case "invalid_union": {
      const { discriminator, options } = found as { discriminator?: string; options?: readonly unknown[] };
      if (discriminator === undefined || options === undefined) return "is not valid";
      return oneOf((found.input as Readonly<Record<string, unknown>> | undefined)?.[discriminator], options);
    }
    case "invalid_format":
      return found.format === "url" ? `is not a full URL (such as https://example.org/page): ${JSON.stringify(found.input)}` : "is not valid";
    case "invalid_key":
      return `is not a valid key: ${found.issues[0]?.message ?? "is not valid"}`;
    default:
      // No schema leaves any other issue to zod's wording today; a new check should say its own.
      return "is not valid";
  }
}

/** Parse options that word zod's issues as {@link inOurWords} does. */
export const IN_OUR_WORDS = { error: inOurWords } as const;

/**
 * The problems of one failed parse, one per problem: an unknown field is reported at its own path,
 * and a value that fails its type or form is reported once (a date that is not `YYYY-MM-DD` is not
 * also "not a real calendar date"; a list where a text goes is not also "too short"). Refinements
 * of a whole record (a redirect's `to` and `note`) each stand, as each is a problem of its own.
 */
export function problemsOf(issues: readonly $ZodIssue[]): { readonly path: readonly PropertyKey[]; readonly message: string }[] {
  const problems: { path: readonly PropertyKey[]; message: string }[] = [];
  const firstCode = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) problems.push({ path: [...issue.path, key], message: "is not a field this record can have: check its spelling, or remove it" });
      continue;
    }
    const path = joinPath(issue.path);
    const first = firstCode.get(path);
    if (first !== undefined && (first !== "custom" || issue.code !== "custom")) continue;
    firstCode.set(path, first ?? issue.code);
    problems.push({ path: issue.path, message: issue.message });
  }
  return problems;
}

/** Each record matches its kind's schema (see src/schema/): the fields it must have, and their forms. */
export const schema: RecordRule = {
  name: "schema", scope: "every-dataset", on: "record",
  description:
    "Each record matches its kind's schema (src/schema/): every required field present, no unknown field, each value of its type, form and vocabulary; the redirects match theirs, and a dataset holds an array of each kind.",
  check(kind, raw) {
    const result = COMPILED[kind].safeParse(raw, IN_OUR_WORDS);
    if (result.success) return { value: result.data };
    return { problems: problemsOf(result.error.issues).map(({ path, message }): Problem => ({ path: joinPath(path), message })) };
  },
};

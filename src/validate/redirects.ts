import { Redirects } from "../schema/redirect.js";
import { RECORD_KINDS, type RecordKind } from "../schema/kinds.js";
import { findings, type Reporting } from "./cross-check.js";
import { joinPath, type ValidationIssue } from "./errors.js";
import { REDIRECT_RULES, SCHEMA_RULE } from "./registry.js";
import type { RedirectMap } from "./rule.js";
import { IN_OUR_WORDS, problemsOf } from "./rules/schema.js";

/**
 * Validates raw redirects (parsed YAML or JSON) with the schema, then against the records (see
 * {@link redirectIssues}). Issues have kind `redirects`, the retired id as `id`, and the path
 * inside its entry.
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources } from "mena-security-data";
 * import { validateRedirects } from "mena-security-data/dataset";
 * const records = { actors, meetings, agreements, sources };
 * const { redirects, issues } = validateRedirects({ "iraq-republic": { to: "iraq", reason: "renamed" } }, records);
 * ```
 */
export function validateRedirects(raw: unknown, data: { readonly [K in RecordKind]: readonly { readonly id: string }[] }): { redirects: Redirects; issues: ValidationIssue[] } {
  const { redirects, found } = checkRedirects(raw, data);
  return { redirects, issues: found.issues };
}

/** {@link validateRedirects}, with the name of the rule behind each issue. */
export function checkRedirects(raw: unknown, data: Parameters<typeof validateRedirects>[1], found = findings()): { redirects: Redirects; found: Reporting } {
  const parsed = Redirects.safeParse(raw, IN_OUR_WORDS);
  if (parsed.success) return { redirects: parsed.data, found: runRedirectRules(parsed.data, data, found) };
  const report = found.reporter(SCHEMA_RULE.name);
  for (const { path, message } of problemsOf(parsed.error.issues)) report({ kind: "redirects", id: String(path[0] ?? ""), path: joinPath(path.slice(1)), message });
  return { redirects: {}, found };
}

function runRedirectRules(redirects: RedirectMap, data: Parameters<typeof validateRedirects>[1], found: Reporting): Reporting {
  const live = new Set<string>();
  for (const kind of RECORD_KINDS) for (const record of data[kind]) live.add(record.id);
  for (const rule of REDIRECT_RULES) rule.check(redirects, live, found.reporter(rule.name));
  return found;
}

/**
 * Checks redirects against the records: a retired id must not be a live id, and every chain must
 * end at a live record (or a withdrawal) without a cycle.
 *
 * @example
 * ```ts
 * import { actors, meetings, agreements, sources } from "mena-security-data";
 * import { redirectIssues } from "mena-security-data/dataset";
 * redirectIssues({ "old-id": { to: "no-such-id" } }, { actors, meetings, agreements, sources }); // one issue: unknown target
 * ```
 */
export function redirectIssues(
  redirects: Record<string, { readonly to?: string | undefined }>,
  data: { readonly [K in RecordKind]: readonly { readonly id: string }[] },
): ValidationIssue[] {
  return runRedirectRules(redirects, data, findings()).issues;
}

import { Redirects } from "../schema/redirect.js";
import { joinPath, type ValidationIssue } from "./errors.js";

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
export function validateRedirects(raw: unknown, data: { readonly [K in "actors" | "meetings" | "agreements" | "sources"]: readonly { readonly id: string }[] }): { redirects: Redirects; issues: ValidationIssue[] } {
  const parsed = Redirects.safeParse(raw);
  if (parsed.success) return { redirects: parsed.data, issues: redirectIssues(parsed.data, data) };
  const issues: ValidationIssue[] = parsed.error.issues.map((issue) => ({
    kind: "redirects",
    id: String(issue.path[0] ?? ""),
    path: joinPath(issue.path.slice(1)),
    message: issue.message,
  }));
  return { redirects: {}, issues };
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
  data: { readonly [K in "actors" | "meetings" | "agreements" | "sources"]: readonly { readonly id: string }[] },
): ValidationIssue[] {
  const live = new Set<string>();
  for (const kind of ["actors", "meetings", "agreements", "sources"] as const) for (const record of data[kind]) live.add(record.id);
  const issues: ValidationIssue[] = [];
  for (const [from, redirect] of Object.entries(redirects)) {
    if (live.has(from)) issues.push({ kind: "redirects", id: from, path: "", message: `"${from}" is retired but a record still has this id` });
    const seen = new Set([from]);
    let target = redirect.to;
    while (target !== undefined && !live.has(target)) {
      if (seen.has(target)) {
        issues.push({ kind: "redirects", id: from, path: "to", message: `redirect cycle through "${target}"` });
        break;
      }
      seen.add(target);
      const next = redirects[target];
      if (next === undefined) {
        issues.push({ kind: "redirects", id: from, path: "to", message: `leads to "${target}", which is neither a record nor a redirect` });
        break;
      }
      target = next.to;
    }
  }
  return issues;
}


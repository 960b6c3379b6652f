import type { RedirectsRule } from "../rule.js";

/** A retired id is not a live id, and its chain of redirects ends at a live record or a withdrawal. */
export const redirectsResolve: RedirectsRule = {
  name: "redirects-resolve", scope: "every-dataset", on: "redirects",
  description: "A retired id is no record's id, and following its redirects ends at a live record (or a withdrawal), never at an unknown id or in a cycle.",
  check(redirects, live, report) {
    for (const [from, redirect] of Object.entries(redirects)) {
      if (live.has(from)) report({ kind: "redirects", id: from, path: "", message: `"${from}" is retired but a record still has this id` });
      const seen = new Set([from]);
      for (let target = redirect.to; target !== undefined && !live.has(target); target = redirects[target]?.to) {
        if (seen.has(target)) {
          report({ kind: "redirects", id: from, path: "to", message: `redirect cycle through "${target}"` });
          break;
        }
        seen.add(target);
        if (redirects[target] === undefined) {
          report({ kind: "redirects", id: from, path: "to", message: `leads to "${target}", which is neither a record nor a redirect` });
          break;
        }
      }
    }
  },
};

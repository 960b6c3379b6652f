import { reportOn, type FactRule } from "../rule.js";

/** A "confirmed" fact is supported by two or more sources. */
export const confirmedByTwoSources: FactRule = {
  name: "confirmed-by-two-sources", scope: "every-dataset", on: "fact",
  description: 'A "confirmed" fact cites two or more distinct sources that support it.',
  check(fact, _context, report) {
    if (fact.status !== "confirmed") return;
    const supporting = new Set(fact.citations.filter((citation) => citation.stance !== "denies").map((citation) => citation.source)).size;
    if (supporting < 2) reportOn(report, fact, "status", `is "confirmed" but only ${supporting} source supports it (two or more needed)`);
  },
};

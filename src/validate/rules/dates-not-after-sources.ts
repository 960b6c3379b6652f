import { dayRange } from "../../core/dates.js";
import type { FactRule } from "../rule.js";

/** A fact is not dated after a source that reports it was published. */
export const datesNotAfterSources: FactRule = {
  name: "dates-not-after-sources", scope: "every-dataset", on: "fact",
  description: "A dated fact (a meeting, an agreement, a tenure's start, a claimed date) does not start after a source supporting it was published.",
  check(fact, { sources }, report) {
    if (fact.date === undefined) return;
    const start = dayRange(fact.date.value).start;
    for (const citation of fact.citations) {
      const entry = sources.get(citation.source);
      if (citation.stance === "denies" || entry?.publishedEnd === undefined || start <= entry.publishedEnd) continue;
      const message = `${fact.date.value} is after ${entry.source.id} was published (${entry.source.published!.value}), which reports it`;
      report({ kind: fact.kind, id: fact.id, path: fact.datePath, message });
    }
  },
};

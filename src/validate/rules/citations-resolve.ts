import { reportOn, type FactRule } from "../rule.js";
import { referenceProblem, SOURCE } from "./references-resolve.js";

/** Every citation names a known source. */
export const citationsResolve: FactRule = {
  name: "citations-resolve", scope: "every-dataset", on: "fact",
  description: "Every citation, of a record or of one of its relations or claims, names an existing source.",
  check(fact, context, report) {
    fact.citations.forEach((citation, i) => {
      const message = context.sources.has(citation.source) ? undefined : referenceProblem(context, citation.source, SOURCE);
      if (message !== undefined) reportOn(report, fact, `citations.${i}.source`, message);
    });
  },
};

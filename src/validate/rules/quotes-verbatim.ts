import { normalizeWhitespace } from "../context.js";
import { reportOn, type FactRule } from "../rule.js";

/** A quote stands verbatim in the source's text, when the text is given. */
export const quotesVerbatim: FactRule = {
  name: "quotes-verbatim", scope: "every-dataset", on: "fact",
  description: "Every quote stands verbatim in the text of the source it cites (whitespace may differ), when that text is given.",
  check(fact, { sources }, report) {
    fact.citations.forEach((citation, i) => {
      const text = sources.get(citation.source)?.text;
      if (citation.quote === undefined || text === undefined || text.includes(normalizeWhitespace(citation.quote))) return;
      reportOn(report, fact, `citations.${i}.quote`, `quote does not stand verbatim in ${citation.source}: "${citation.quote}"`);
    });
  },
};

import { reportOn, type FactRule } from "../rule.js";

/** A citation of a held source quotes it; a citation of a source not held says what it says. */
export const citationsQuotedOrNoted: FactRule = {
  name: "citations-quoted-or-noted", scope: "every-dataset", on: "fact",
  description:
    "A citation of a source whose text is held gives a verbatim quote; a citation of a source not held gives a note in our own words.",
  check(fact, { sources }, report) {
    fact.citations.forEach((citation, i) => {
      const entry = sources.get(citation.source);
      if (entry === undefined) return;
      const { id, textHeld } = entry.source;
      if (textHeld && citation.quote === undefined) {
        reportOn(report, fact, `citations.${i}.quote`, `the text of ${id} is held, so the citation needs a verbatim quote`);
      } else if (!textHeld && citation.note === undefined) {
        reportOn(report, fact, `citations.${i}.note`, `the text of ${id} is not held, so the citation needs a note in our own words`);
      }
    });
  },
};

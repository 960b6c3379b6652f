import { dayRange } from "../../core/dates.js";
import type { PartialDate } from "../../schema/common.js";
import { reportOn, type FactRule } from "../rule.js";

/** A tenure (a position, a membership) does not end before it starts. */
export const tenuresEndAfterStart: FactRule = {
  name: "tenures-end-after-start", scope: "every-dataset", on: "fact",
  description: "A tenure (a position or a membership) does not end before it starts.",
  check(fact, _context, report) {
    const { from, to } = fact.value as { readonly from?: PartialDate; readonly to?: PartialDate };
    if (from === undefined || to === undefined || fact.relation === "record") return;
    if (dayRange(to.value).end < dayRange(from.value).start) reportOn(report, fact, "to", `${to.value} is before from (${from.value})`);
  },
};

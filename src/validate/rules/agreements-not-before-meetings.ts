import { dayRange } from "../../core/dates.js";
import { KINDS, type RecordsRule } from "../rule.js";

/** An agreement is not dated before the meeting it was reached at. */
export const agreementsNotBeforeMeetings: RecordsRule = {
  name: "agreements-not-before-meetings", scope: "every-dataset", on: "records",
  description: "An agreement reached at a meeting is not dated before that meeting.",
  check({ data, records }, report) {
    for (const agreement of data.agreements) {
      const found = agreement.reachedAt === undefined ? undefined : records.get(agreement.reachedAt);
      if (found?.kind !== KINDS.meetings || found.record.date === undefined || agreement.date === undefined) continue;
      const meeting = found.record;
      if (dayRange(agreement.date.value).end >= dayRange(meeting.date!.value).start) continue;
      report({ kind: KINDS.agreements, id: agreement.id, path: "date", message: `${agreement.date.value} is before the meeting it was reached at (${meeting.id}, ${meeting.date!.value})` });
    }
  },
};

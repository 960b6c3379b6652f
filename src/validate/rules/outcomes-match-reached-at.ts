import { KINDS, type RecordsRule } from "../rule.js";

/** A meeting's outcomes and its agreements' `reachedAt` name each other. */
export const outcomesMatchReachedAt: RecordsRule = {
  name: "outcomes-match-reached-at", scope: "every-dataset", on: "records",
  description: "A meeting lists an agreement among its outcomes exactly when the agreement's reachedAt is that meeting.",
  check({ data, records }, report) {
    for (const meeting of data.meetings) {
      meeting.outcomes.forEach((outcome, i) => {
        const found = records.get(outcome);
        if (found?.kind !== KINDS.agreements || found.record.reachedAt === meeting.id) return;
        report({ kind: KINDS.meetings, id: meeting.id, path: `outcomes.${i}`, message: `lists ${outcome}, but that agreement's reachedAt is ${found.record.reachedAt ?? "not set"}` });
      });
    }
    for (const agreement of data.agreements) {
      const found = agreement.reachedAt === undefined ? undefined : records.get(agreement.reachedAt);
      if (found?.kind !== KINDS.meetings || found.record.outcomes.includes(agreement.id)) continue;
      report({ kind: KINDS.agreements, id: agreement.id, path: "reachedAt", message: `is ${found.record.id}, but that meeting's outcomes do not list ${agreement.id}` });
    }
  },
};

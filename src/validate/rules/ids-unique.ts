import type { RecordsRule } from "../rule.js";

/** No two records share an id, within a kind or across kinds; the later record is the duplicate. */
export const idsUnique: RecordsRule = {
  name: "ids-unique", scope: "every-dataset", on: "records",
  description: "Every id names one record: ids are unique within each kind and across kinds (a record with an id an earlier record has is reported).",
  check({ repeatedIds }, report) {
    for (const { kind, id, earlier } of repeatedIds) report({ kind, id, path: "id", message: `duplicate id: "${id}" is already used by a record in ${earlier}` });
  },
};

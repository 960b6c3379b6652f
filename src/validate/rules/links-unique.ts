import { RECORD_KIND_INFO, RECORD_KINDS } from "../../schema/kinds.js";
import type { RecordsRule } from "../rule.js";

/** The kinds whose records link actors (participants, parties), with the field that does. */
const LINKING = RECORD_KINDS.flatMap((kind) => {
  const info = RECORD_KIND_INFO[kind];
  return "actorLinks" in info ? [{ kind, field: info.actorLinks as string }] : [];
});

/** A meeting or agreement lists each actor once. */
export const linksUnique: RecordsRule = {
  name: "links-unique", scope: "every-dataset", on: "records",
  description: "A record that links actors (a meeting's participants, an agreement's parties) lists each actor once.",
  check({ data }, report) {
    for (const { kind, field } of LINKING) {
      for (const record of data[kind] as readonly Record<string, unknown>[]) {
        const links = record[field] as readonly { readonly actor: string }[];
        links.forEach((link, i) => {
          if (links.findIndex((other) => other.actor === link.actor) < i) {
            report({ kind, id: record.id as string, path: `${field}.${i}.actor`, message: `"${link.actor}" is listed twice` });
          }
        });
      }
    }
  },
};

import { sameClaimValue, selectClaim, type ClaimAlternativeLike } from "../../core/claims.js";
import { SOURCED_KINDS } from "../../schema/kinds.js";
import type { RecordsRule } from "../rule.js";

type Claimed = { readonly id: string; readonly claims?: Readonly<Record<string, readonly ClaimAlternativeLike[] | undefined>> } & Readonly<Record<string, unknown>>;

/** A field with claims shows the value its claims select. */
export const claimsMatchFields: RecordsRule = {
  name: "claims-match-fields", scope: "every-dataset", on: "records",
  description:
    "A field with field-level claims shows the alternative the claims select (the best-supported live one), and has no value when every alternative is denied.",
  check({ data, sources }, report) {
    const publishedOf = (id: string) => sources.get(id)?.source.published?.value;
    for (const kind of SOURCED_KINDS) {
      for (const record of data[kind] as readonly Claimed[]) {
        for (const [field, alternatives] of Object.entries(record.claims ?? {})) {
          if (alternatives === undefined) continue;
          const selected = selectClaim(alternatives, publishedOf);
          const flat = record[field];
          if (selected === undefined) {
            if (flat !== undefined) report({ kind, id: record.id, path: field, message: `has a value but every alternative in claims.${field} is denied` });
          } else if (!sameClaimValue(flat, selected.value)) {
            report({ kind, id: record.id, path: field, message: `shows ${JSON.stringify(flat)} but claims.${field} selects ${JSON.stringify(selected.value)}` });
          }
        }
      }
    }
  },
};

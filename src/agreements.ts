/**
 * The agreements alone, for programs (and browser bundles) that need no other kind: this entry
 * carries only the agreements' data, where the main entry carries every kind. The same records, ids
 * and redirects as the main entry's.
 *
 * @example
 * ```ts
 * import { getAgreement, agreements } from "mena-security-data/agreements";
 * getAgreement("syria-jordan-border-security-committee-agreement").stage;
 * agreements.length;
 * ```
 * @module agreements
 */
import { GENERATED_AGREEMENTS_JSON, GENERATED_REDIRECTS_JSON } from "./generated/kind-agreements.js";
import type { Agreement } from "./generated/record-types.js";
import type { AgreementId } from "./generated/ids.js";
import { kindEntry } from "./bundled/kind-entry.js";
import type { Found, KnownId } from "./query/known-ids.js";
import type { AgreementRecord } from "./query/types.js";

const entry = kindEntry<Agreement>(GENERATED_AGREEMENTS_JSON, GENERATED_REDIRECTS_JSON);

/**
 * Every bundled agreement record, sorted by id, deeply frozen.
 *
 * @example
 * ```ts
 * import { agreements } from "mena-security-data/agreements";
 * agreements.map((record) => record.id);
 * ```
 */
export const agreements: readonly AgreementRecord[] = entry.records;

/**
 * The record with this id (a retired id followed to its successor), or `undefined` for an id held
 * in a string that names none; a literal that is no bundled id fails to compile.
 *
 * @example
 * ```ts
 * import { getAgreement } from "mena-security-data/agreements";
 * getAgreement("syria-jordan-border-security-committee-agreement").stage;
 * ```
 */
export function getAgreement<const T extends string>(id: KnownId<T, AgreementId>): Found<T, AgreementRecord> {
  return entry.get(id) as Found<T, AgreementRecord>;
}

/**
 * Whether a string is the id of an agreement here (a retired id that redirects to one counts).
 *
 * @example
 * ```ts
 * import { getAgreement, isAgreementId } from "mena-security-data/agreements";
 * declare const fromUrl: string;
 * if (isAgreementId(fromUrl)) getAgreement(fromUrl).stage;
 * ```
 */
export function isAgreementId(value: unknown): value is AgreementId {
  return typeof value === "string" && entry.get(value) !== undefined;
}

export type { AgreementRecord, AgreementId };

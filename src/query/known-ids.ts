/**
 * The id parameter of a main-entry helper: a bundled id of its kind, or any `string` held in a
 * variable. A string literal that is no bundled id (a typo, `"irak"`) is made the id union
 * itself, so the call fails to compile with the list of ids; a string from a variable passes and
 * is looked up at run time.
 *
 * @example
 * ```ts
 * import type { ActorId, KnownId } from "mena-security-data";
 * type Checked = KnownId<"iraq", ActorId>; // "iraq"
 * type Typo = KnownId<"irak", ActorId>;    // ActorId: "irak" is not assignable to it
 * ```
 */
export type KnownId<T extends string, Id extends string> = string extends T ? T : T extends Id ? T : Id;

/**
 * What a getter returns for an id: the record itself for a bundled id (it exists), the record or
 * `undefined` for a string known only at run time. `Ids` is the ids the getter knows (the bundled
 * ones by default); where any string is an id (a `createDataset` dataset), always `R | undefined`.
 *
 * @example
 * ```ts
 * import type { ActorRecord, Found } from "mena-security-data";
 * type ForALiteral = Found<"iraq", ActorRecord>; // ActorRecord
 * type ForAString = Found<string, ActorRecord>;  // ActorRecord | undefined
 * type InYourData = Found<"iraq", ActorRecord, string>; // ActorRecord | undefined
 * ```
 */
export type Found<T extends string, R, Ids extends string = never> = string extends T | Ids ? R | undefined : R;

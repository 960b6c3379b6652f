import type { Actor, Agreement, Meeting, Redirects, Source } from "../generated/record-types.js";

/** The bundled records as the build wrote them (types generated from the schemas, no zod). */
type BundledRecords = { actors: Actor[]; meetings: Meeting[]; agreements: Agreement[]; sources: Source[]; redirects: Redirects };
import { GENERATED_HISTORY_JSON, GENERATED_SHA256, GENERATED_VERSION } from "../generated/bundled-data.js";
import { GENERATED_ACTORS_JSON, GENERATED_REDIRECTS_JSON } from "../generated/kind-actors.js";
import { GENERATED_AGREEMENTS_JSON } from "../generated/kind-agreements.js";
import { GENERATED_MEETINGS_JSON } from "../generated/kind-meetings.js";
import { GENERATED_SOURCES_JSON } from "../generated/kind-sources.js";
import { deepFreeze, type DeepReadonly } from "../core/freeze.js";

/**
 * The bundled dataset, validated at build time, parsed once and deeply frozen. The texts are the
 * per-kind entries' own (src/generated/kind-*.ts), so the package holds each kind's data once.
 * All kinds are parsed at import: the main entry exports every kind's array.
 */
export const BUNDLED: DeepReadonly<BundledRecords> = deepFreeze({
  actors: JSON.parse(GENERATED_ACTORS_JSON),
  meetings: JSON.parse(GENERATED_MEETINGS_JSON),
  agreements: JSON.parse(GENERATED_AGREEMENTS_JSON),
  sources: JSON.parse(GENERATED_SOURCES_JSON),
  redirects: JSON.parse(GENERATED_REDIRECTS_JSON),
} as BundledRecords);

/** The package version, which is the version of the bundled data. */
export const BUNDLED_VERSION: string = GENERATED_VERSION;

/** SHA-256 of the canonical bundled data. */
export const BUNDLED_SHA256: string = GENERATED_SHA256;

/** The version each record was added in and last changed in. */
export const BUNDLED_HISTORY: Readonly<Record<string, { readonly added: string; readonly changed: string }>> = deepFreeze(
  JSON.parse(GENERATED_HISTORY_JSON) as Record<string, { added: string; changed: string }>,
);

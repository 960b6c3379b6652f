import { GENERATED_HISTORY_JSON, GENERATED_SHA256, GENERATED_VERSION } from "../generated/bundled-data.js";
import { actors } from "../generated/entry-actors.js";
import { agreements } from "../generated/entry-agreements.js";
import { meetings } from "../generated/entry-meetings.js";
import { sources } from "../generated/entry-sources.js";
import { GENERATED_REDIRECTS_JSON } from "../generated/kind-actors.js";
import type { Redirects } from "../generated/record-types.js";
import { deepFreeze } from "../core/freeze.js";
import type { DatasetRecordsReadonly } from "../query/types.js";

/**
 * The bundled dataset, validated at build time: the per-kind entries' records (each parsed once
 * and deeply frozen by its entry, src/generated/entry-*.ts), so the package holds each kind once.
 */
export const BUNDLED: DatasetRecordsReadonly = { actors, meetings, agreements, sources, redirects: deepFreeze(JSON.parse(GENERATED_REDIRECTS_JSON) as Redirects) };

/** The package version, which is the version of the bundled data. */
export const BUNDLED_VERSION: string = GENERATED_VERSION;

/** SHA-256 of the canonical bundled data. */
export const BUNDLED_SHA256: string = GENERATED_SHA256;

/** The version each record was added in and last changed in. */
export const BUNDLED_HISTORY: Readonly<Record<string, { readonly added: string; readonly changed: string }>> = deepFreeze(
  JSON.parse(GENERATED_HISTORY_JSON) as Record<string, { added: string; changed: string }>,
);

import type { DatasetRecords } from "../schema/dataset.js";
import { GENERATED_DATASET_JSON, GENERATED_VERSION } from "../generated/bundled-data.js";
import { deepFreeze, type DeepReadonly } from "./freeze.js";

/** The bundled dataset, validated at build time, parsed once and deeply frozen. */
export const BUNDLED: DeepReadonly<DatasetRecords> = deepFreeze(JSON.parse(GENERATED_DATASET_JSON) as DatasetRecords);

/** The package version, which is the version of the bundled data. */
export const BUNDLED_VERSION: string = GENERATED_VERSION;

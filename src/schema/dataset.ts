import { z } from "zod";
import { Actor } from "./actor.js";
import { Agreement } from "./agreement.js";
import { Meeting } from "./meeting.js";
import { Source } from "./source.js";

export { RECORD_KINDS, type RecordKind } from "./kinds.js";

/**
 * A whole dataset: every kind of record, as arrays.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from "mena-security-data/schema";
 * const data = DatasetSchema.parse({ actors: [], meetings: [], agreements: [], sources: [] });
 * ```
 */
export const Dataset = z
  .strictObject({
    actors: z.array(Actor),
    meetings: z.array(Meeting),
    agreements: z.array(Agreement),
    sources: z.array(Source),
  })
  .meta({ id: "Dataset", description: "A whole dataset: actors, meetings, agreements and sources." });
/**
 * A whole dataset.
 *
 * @example
 * ```ts
 * import type { DatasetRecords } from "mena-security-data/schema";
 * const empty: DatasetRecords = { actors: [], meetings: [], agreements: [], sources: [] };
 * ```
 */
export type DatasetRecords = z.infer<typeof Dataset>;

import type { z } from "zod";
import type { Actor } from "./actor.js";
import type { Agreement } from "./agreement.js";
import type { Meeting } from "./meeting.js";
import type { Redirects } from "./redirect.js";
import type { Source } from "./source.js";

/**
 * An actor as you write it for `createDataset`: the schema's input type, so defaulted fields
 * (`status`, `aliases`, `positions`, …) may be left out.
 *
 * @example
 * ```ts
 * import type { ActorInput } from "mena-security-data/schema";
 * const state: ActorInput = {
 *   kind: "state", id: "oman", name: "Oman", iso3166Alpha2: "OM", iso3166Alpha3: "OMN",
 *   citations: [{ source: "my-source", note: "Oman hosted the talks." }],
 * };
 * ```
 */
export type ActorInput = z.input<typeof Actor>;
/**
 * A meeting as you write it for `createDataset` (defaulted fields optional).
 *
 * @example
 * ```ts
 * import type { MeetingInput } from "mena-security-data/schema";
 * const meeting: MeetingInput = {
 *   id: "my-meeting", title: "Talks in Muscat", kind: "talks",
 *   participants: [{ actor: "oman", citations: [{ source: "my-source", note: "Oman hosted." }] }],
 *   citations: [{ source: "my-source", note: "The talks took place." }],
 * };
 * ```
 */
export type MeetingInput = z.input<typeof Meeting>;
/**
 * An agreement as you write it for `createDataset` (defaulted fields optional).
 *
 * @example
 * ```ts
 * import type { AgreementInput } from "mena-security-data/schema";
 * const agreement: AgreementInput = {
 *   id: "my-accord", title: "A border accord", kind: "agreement", stage: "agreed",
 *   parties: [{ actor: "oman", citations: [{ source: "my-source", note: "Oman agreed." }] }],
 *   citations: [{ source: "my-source", note: "The accord was announced." }],
 * };
 * ```
 */
export type AgreementInput = z.input<typeof Agreement>;
/**
 * A source as you write it for `createDataset`.
 *
 * @example
 * ```ts
 * import type { SourceInput } from "mena-security-data/schema";
 * const source: SourceInput = { id: "my-source", title: "My report", publisher: "my-outlet", url: "https://example.org/report", language: "en", textHeld: false };
 * ```
 */
export type SourceInput = z.input<typeof Source>;
/**
 * A whole dataset as you write it for `createDataset`: each kind a list of input records, and
 * optionally the redirects of retired ids.
 *
 * @example
 * ```ts
 * import type { DatasetInput, MeetingInput } from "mena-security-data/schema";
 * declare const mine: MeetingInput;
 * const input: DatasetInput = { actors: [], meetings: [mine], agreements: [], sources: [] };
 * ```
 */
export interface DatasetInput {
  readonly actors: readonly ActorInput[];
  readonly meetings: readonly MeetingInput[];
  readonly agreements: readonly AgreementInput[];
  readonly sources: readonly SourceInput[];
  readonly redirects?: z.input<typeof Redirects>;
}

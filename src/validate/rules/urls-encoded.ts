import type { DatasetRecords } from "../../schema/dataset.js";
import type { ValidationIssue } from "../errors.js";
import { KINDS, type RecordsRule } from "../rule.js";

/**
 * The urls-encoded rule: every URL in the data (a source's, a citation's) is plain ASCII, with
 * other characters percent-encoded as a browser copies them, so it is a URI as the exported JSON
 * Schema's `uri` format requires (an address with raw Arabic letters is an IRI, not a URI).
 * Applied to the bundled data by `npm run validate`.
 *
 * @example
 * ```ts
 * import { checkUrlsEncoded } from "mena-security-data/dataset";
 * import type { DatasetRecords } from "mena-security-data/schema";
 * declare const records: DatasetRecords;
 * checkUrlsEncoded(records).length; // 0 when every URL is percent-encoded
 * ```
 */
export function checkUrlsEncoded(data: DatasetRecords): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (kind: ValidationIssue["kind"], id: string, path: string, url: string | undefined) => {
    if (url !== undefined && !/^[\x21-\x7e]+$/.test(url)) {
      issues.push({ kind, id, path, message: `is not percent-encoded (write it as ${JSON.stringify(encodeURI(decodeURIComponentSafe(url)))})` });
    }
  };
  for (const source of data.sources) check(KINDS.sources, source.id, "url", source.url);
  return issues;
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** The urls-encoded rule, applied to the bundled data folder (see {@link checkUrlsEncoded}). */
export const urlsEncoded: RecordsRule = {
  name: "urls-encoded", scope: "data-folder", on: "records",
  description: "Every URL is plain ASCII, other characters percent-encoded, so it is a URI as the JSON Schema's uri format requires (the bundled data only).",
  check: ({ data }, report) => checkUrlsEncoded(data).forEach(report),
};

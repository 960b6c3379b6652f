import type { FileRule } from "../rule.js";

/** A record file holds one record: a YAML mapping. */
export const filesOneRecord: FileRule = {
  name: "files-one-record", scope: "data-folder", on: "file",
  description: "A record file holds one record: a YAML mapping of its fields (not a list or a single value).",
  check(file) {
    if (file.role !== "record") return undefined;
    const value = file.value();
    return value === null || typeof value !== "object" || Array.isArray(value) ? { message: "must hold one record (a YAML mapping)" } : undefined;
  },
};

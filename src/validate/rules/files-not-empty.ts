import type { FileRule } from "../rule.js";

/** A record file is not empty. */
export const filesNotEmpty: FileRule = {
  name: "files-not-empty", scope: "data-folder", on: "file",
  description: "A record file is not empty.",
  check: (file) => (file.role === "record" && file.text().trim() === "" ? { message: "is empty: a record file holds one YAML mapping" } : undefined),
};

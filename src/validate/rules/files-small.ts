import type { FileRule } from "../rule.js";

/** The largest data file accepted: a record is a few kilobytes; 1 MiB is far beyond any. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A data file is at most 1 MiB. */
export const filesSmall: FileRule = {
  name: "files-small", scope: "data-folder", on: "file",
  description: "A data file is at most 1 MiB (a record is a few kilobytes).",
  check(file) {
    const { size } = file.stat();
    return size > MAX_FILE_BYTES ? { message: `is ${size} bytes, over the 1 MiB a data file may have (a record is a few kilobytes)` } : undefined;
  },
};

import type { FileRule } from "../rule.js";

/** No two names in a folder differ only by case. */
export const fileNamesDistinctByCase: FileRule = {
  name: "file-names-distinct-by-case", scope: "data-folder", on: "file",
  description: "No two file names in a folder differ only by case: macOS and Windows would hold them as one file.",
  check({ name, folder }) {
    const first = folder.byLowerCase.get(name.toLowerCase());
    return first === undefined || first === name ? undefined : { message: `differs from ${first} only by case: the two are one file on macOS and Windows` };
  },
};

import type { FileRule } from "../rule.js";

/** A record's id is its file name. */
export const idsMatchFileNames: FileRule = {
  name: "ids-match-file-names", scope: "data-folder", on: "file",
  description: "A record's id is its file name: data/<kind>/<id>.yaml.",
  check(file) {
    if (file.role !== "record") return undefined;
    const id = file.name.replace(/\.yaml$/, "");
    const found = (file.value() as { readonly id?: unknown }).id;
    return found === id ? undefined : { path: "id", message: `must equal the file name ("${id}"), found ${JSON.stringify(found)}` };
  },
};

import type { FileRule } from "../rule.js";

/** A data file is YAML that parses: no syntax error, duplicate key or tab indentation. */
export const yamlSyntax: FileRule = {
  name: "yaml-syntax", scope: "data-folder", on: "file",
  description: "A data file is YAML that parses without error or warning: no syntax error, no duplicate key (the second would silently win), no tab as indentation.",
  check(file) {
    if (file.role !== "record" && file.role !== "redirects") return undefined;
    const { errors, warnings } = file.yaml();
    const first = errors[0] ?? warnings[0];
    return first === undefined ? undefined : { message: `cannot be read as YAML: ${first}` };
  },
};

import type { FileRule } from "../rule.js";

/** A data file's YAML has no tags, anchors, aliases or merge keys: plain values only. */
export const yamlPlain: FileRule = {
  name: "yaml-plain", scope: "data-folder", on: "file",
  description: "A data file's YAML holds plain mappings, lists and scalars: no tag (!!js/function, !custom), anchor, alias or merge key (which also shuts out alias bombs).",
  check(file) {
    if (file.role !== "record" && file.role !== "redirects") return undefined;
    const yaml = file.yaml();
    // A document with errors is the yaml-syntax rule's to report.
    const node = yaml.errors.length === 0 ? yaml.nodes[0] : undefined;
    if (node === undefined) return undefined;
    const at = node.line === undefined ? "" : ` at line ${node.line}`;
    if (node.what === "merge key") return { message: `uses a YAML merge key (<<)${at}: data files take no merge keys; write the fields out` };
    if (node.what === "tag") return { message: `uses the YAML tag ${node.name}${at}: data files take no tags; write the plain value` };
    return { message: `uses the YAML anchor &${node.name}${at}: data files take no anchors or aliases; write the value out` };
  },
};

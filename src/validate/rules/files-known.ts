import { RECORD_KINDS, type RecordKind } from "../../schema/kinds.js";
import { KINDS, type DataFile, type FileRule } from "../rule.js";

/** What `data/` may hold besides the kinds' folders. */
export const DATA_FILES = ["redirects.yaml", "history.json", "released-ids.json"] as const;

/** What a file in `data/` is, by its folder and name: what the reader does with it follows. */
export function roleOf(kind: RecordKind | undefined, name: string): DataFile["role"] {
  if (kind === undefined) return name === DATA_FILES[0] ? "redirects" : "stray";
  if (name.endsWith(".yaml")) return "record";
  return kind === KINDS.sources && name.endsWith(".txt") ? "text" : "stray";
}

const HOLDS = [...RECORD_KINDS.map((kind) => `${kind}/`), ...DATA_FILES].join(", ").replace(/, ([^,]*)$/, " and $1");

/** `data/` holds only the kinds' folders and its known files; a kind's folder only its records. */
export const filesKnown: FileRule = {
  name: "files-known", scope: "data-folder", on: "file",
  description:
    "data/ holds only the kinds' folders and its known files; a kind's folder holds only <id>.yaml records (and sources/ the <id>.txt texts of its records).",
  check({ kind, name, role, folder }) {
    if (role === "stray") {
      if (kind === undefined) return { message: `does not belong in data/, which holds only ${HOLDS}` };
      return { message: `is not a .yaml file: data/${kind}/ holds only <id>.yaml record files${kind === KINDS.sources ? " and <id>.txt source texts" : ""}` };
    }
    if (role === "text" && !folder.names.has(name.replace(/\.txt$/, ".yaml"))) return { message: "a source text with no source record" };
    return undefined;
  },
};

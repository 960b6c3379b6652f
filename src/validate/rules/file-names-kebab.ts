import type { FileRule } from "../rule.js";

const ID_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;

/** A record file is named `<id>.yaml`, with a kebab-case id. */
export const fileNamesKebab: FileRule = {
  name: "file-names-kebab", scope: "data-folder", on: "file",
  description: "A record file is named <id>.yaml, with a kebab-case id.",
  check: ({ role, name }) => (role === "record" && !ID_FILE.test(name) ? { message: "file name must be <id>.yaml with a kebab-case id" } : undefined),
};

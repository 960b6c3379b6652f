import type { FileRule } from "../rule.js";

/** A data file is a regular file: not a symbolic link, not a folder. */
export const filesRegular: FileRule = {
  name: "files-regular", scope: "data-folder", on: "file",
  description: "A data file is a regular file, not a symbolic link or a folder.",
  check(file) {
    const { symlink, directory } = file.stat();
    if (symlink) return { message: "is a symbolic link: data files must be regular files (copy the file in instead)" };
    return directory ? { message: "is a folder: this folder holds only record files" } : undefined;
  },
};

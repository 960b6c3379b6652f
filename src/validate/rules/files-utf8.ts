import type { FileRule } from "../rule.js";

/** The byte offset of the first byte that is not part of valid UTF-8, or -1 if all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** A data file is valid UTF-8. */
export const filesUtf8: FileRule = {
  name: "files-utf8", scope: "data-folder", on: "file",
  description: "A data file is valid UTF-8 (other bytes would be published as U+FFFD).",
  check(file) {
    const bytes = file.bytes();
    const bad = firstInvalidUtf8(bytes);
    return bad === -1 ? undefined : { message: `is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, "0")} at offset ${bad}): save it as UTF-8` };
  },
};

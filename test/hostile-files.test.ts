import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataFolder } from "../scripts/lib/check-data.js";
import { RECORD_KINDS } from "../src/schema/kinds.js";
import { firstInvalidUtf8 } from "../src/validate/rules/files-utf8.js";
import { fixtureCases, materializeFixture } from "./helpers/fixtures.js";

/** The hostile-file fixtures: `invalid/<rule>/hostile-<class>/`, filed under the rule that refuses them. */
const HOSTILE = fixtureCases().filter((fixture) => fixture.name.startsWith("hostile-"));
const SYMLINK = "invalid/files-regular/hostile-symlink";

describe("hostile files in data/", () => {
  it("every class the reliability guide lists has its fixture, under the rule that refuses it (the fixtures run in validation.test.ts)", () => {
    expect(HOSTILE.map((fixture) => `${fixture.rule}/${fixture.name}`).sort()).toEqual([
      "file-names-distinct-by-case/hostile-case-collision",
      "files-known/hostile-unknown-folder",
      "files-known/hostile-wrong-extension",
      "files-not-empty/hostile-empty-file",
      "files-regular/hostile-symlink",
      "files-small/hostile-too-large",
      "files-utf8/hostile-invalid-utf8",
      "yaml-plain/hostile-anchor-alias",
      "yaml-plain/hostile-custom-tag",
      "yaml-plain/hostile-merge-key",
      "yaml-plain/hostile-unresolved-tag",
      "yaml-syntax/hostile-duplicate-key",
      "yaml-syntax/hostile-tab-indent",
    ]);
  });

  it("accepts a byte-order mark and CRLF line ends, and reads the same records as without them", () => {
    const plain = materializeFixture(SYMLINK);
    const windows = materializeFixture(SYMLINK);
    for (const kind of RECORD_KINDS) {
      for (const name of readdirSync(join(windows, "data", kind))) {
        if (name === "gamma.yaml") continue;
        const path = join(windows, "data", kind, name);
        writeFileSync(path, `\uFEFF${readFileSync(path, "utf8").replace(/\n/g, "\r\n")}`);
      }
    }
    const expected = checkDataFolder(join(plain, "data"), plain);
    const got = checkDataFolder(join(windows, "data"), windows);
    expect(got.issues).toEqual(expected.issues);
    expect(got.data).toEqual(expected.data);
    expect(JSON.stringify(got.data)).not.toMatch(/\\r|\\ufeff|\uFEFF/);
  });

  it("rejects a held source text that is not UTF-8", () => {
    const dir = materializeFixture(SYMLINK);
    writeFileSync(join(dir, "data", "sources", "wire-2025-01-10.txt"), Buffer.from("Wire: Alpha and Beta agree, caf\xe9", "latin1"));
    const messages = checkDataFolder(join(dir, "data"), dir).issues.map((issue) => `${issue.file}: ${issue.message}`);
    expect(messages).toContain("data/sources/wire-2025-01-10.txt: is not valid UTF-8 (byte 0xe9 at offset 31): save it as UTF-8");
  });
});

describe("firstInvalidUtf8", () => {
  it("accepts every well-formed sequence and finds the first bad byte", () => {
    expect(firstInvalidUtf8(Buffer.from("Türkiye · الشيباني · 😀", "utf8"))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc3]))).toBe(1); // cut short
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x80]))).toBe(1); // a lone continuation byte
  });
});

/**
 * `npm run build:exports`: the exports in dist/exports/ (JSON Schema, NDJSON, CSV, Parquet,
 * datapackage.json), from the canonical JSON that build:data wrote. Written to a staging folder
 * that replaces dist/exports/ only when every file is written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeDirAtomically } from "./lib/atomic-write.js";
import { readBuiltData } from "./lib/built-data.js";
import { exportFiles } from "./exports/write.js";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
// The output folder: dist/ when run alone, the build's staging folder under `npm run build`.
const out = process.env.MSD_OUT_DIR ?? "dist";
const { data } = readBuiltData(out);
const files = exportFiles(data, version);
writeDirAtomically(join(out, "exports"), files as Map<string, string>);
console.log(`${out}/exports: ${files.size} files`);

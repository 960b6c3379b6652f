/**
 * `npm run build:exports`: the exports in dist/exports/ (JSON Schema, NDJSON, CSV, Parquet,
 * datapackage.json), from the canonical JSON that build:data wrote. Written to a staging folder
 * that replaces dist/exports/ only when every file is written.
 */
import { readFileSync } from "node:fs";
import { writeDirAtomically } from "./lib/atomic-write.js";
import { readBuiltData } from "./lib/built-data.js";
import { exportFiles } from "./exports/write.js";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
const { data } = readBuiltData("dist");
const files = exportFiles(data, version);
writeDirAtomically("dist/exports", files as Map<string, string>);
console.log(`dist/exports: ${files.size} files`);

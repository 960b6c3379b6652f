import ts from "typescript";
import { describe, expect, it } from "vitest";
import { freezerModule } from "../scripts/lib/freezer-codegen.js";
import { recordJsonSchemas, type SchemaModule } from "../scripts/lib/json-schemas.js";
import { deepFreeze } from "../src/core/freeze.js";
import { actors, agreements, meetings, sources } from "../src/index.js";
import * as schemas from "../src/schema/index.js";
import { unfrozen } from "./helpers/frozen.js";

type Freezers = Record<string, (records: readonly unknown[]) => void>;

/** Compiles generated freezer source and returns its RECORD_FREEZERS. */
function load(source: string): Freezers {
  const js = ts.transpileModule(source.replace(/^import .*$/m, ""), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const module = { exports: {} as { RECORD_FREEZERS?: Freezers } };
  new Function("module", "exports", "deepFreeze", js)(module, module.exports, deepFreeze);
  return module.exports.RECORD_FREEZERS!;
}

const object = (properties: Record<string, unknown>) => ({ type: "object", properties, additionalProperties: false });

describe("generated freezers", () => {
  it("freeze every object of every bundled record, following the real schemas", () => {
    const json = recordJsonSchemas(schemas as unknown as SchemaModule);
    const source = freezerModule({ actors: json.actor!, meetings: json.meeting!, agreements: json.agreement!, sources: json.source! });
    const freezers = load(source);
    const all = { actors, meetings, agreements, sources };
    for (const kind of ["actors", "meetings", "agreements", "sources"] as const) {
      const copies = structuredClone(all[kind]) as unknown[];
      expect(unfrozen(copies).length).toBeGreaterThan(0);
      freezers[kind]!(copies);
      expect({ kind, unfrozen: unfrozen(copies) }).toEqual({ kind, unfrozen: [] });
    }
    // Every record shape has a freezer of its own: nothing falls back to the generic deep freeze.
    expect(source).not.toContain("deepFreeze(v)");
  });

  it("handle nested arrays, unions with strings, merged object unions and open objects", () => {
    const root = {
      $ref: "#/$defs/Record",
      $defs: {
        Record: {
          oneOf: [
            object({ kind: { const: "a" }, items: { type: "array", items: { $ref: "#/$defs/Item" } }, either: { anyOf: [{ type: "string" }, { $ref: "#/$defs/Item" }] } }),
            object({ kind: { const: "b" }, open: { type: "object" }, grid: { type: "array", items: { type: "array", items: { $ref: "#/$defs/Item" } } } }),
          ],
        },
        Item: object({ inner: object({ leaf: { type: "string" } }), tags: { type: "array", items: { type: "string" } } }),
      },
    };
    const source = freezerModule({ records: root });
    const freezers = load(source);
    const records = [
      { kind: "a", items: [{ inner: { leaf: "x" }, tags: ["t"] }], either: { inner: { leaf: "y" }, tags: [] } },
      { kind: "a", items: [], either: "just a string" },
      { kind: "b", open: { anything: { deep: [{ x: 1 }] } }, grid: [[{ inner: { leaf: "z" }, tags: [] }], []] },
    ];
    freezers.records!(records);
    expect(unfrozen(records)).toEqual([]);
    // The open object is frozen by the generic deep freeze, and only it.
    expect(source.match(/deepFreeze\(v\)/g)).toHaveLength(1);
    expect(source).toContain('import { deepFreeze } from "../core/freeze.js";');
  });
});

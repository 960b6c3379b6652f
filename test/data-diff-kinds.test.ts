/**
 * The data diff covers every record kind the registry lists (a kind left out of a hand-written
 * list would go unnoticed, and release:check would not ask for a changeset), and the JSON Schemas
 * the schemas diff compares are one per kind. No build needed.
 */
import { describe, expect, it } from "vitest";
import { dataBump, describeDiff, diffDatasets, diffSnapshots, type CanonicalData } from "../scripts/lib/data-diff.js";
import { kindSchema, recordJsonSchemas, schemaNameOf, type SchemaModule } from "../scripts/lib/json-schemas.js";
import * as schemas from "../src/schema/index.js";
import { RECORD_KIND_INFO, RECORD_KINDS, RECORD_KIND_SINGULARS, type RecordKind } from "../src/schema/kinds.js";

const empty = (): CanonicalData => ({ ...(Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as Record<RecordKind, never[]>), redirects: {} });
const withRecord = (kind: RecordKind, record: Record<string, unknown>): CanonicalData => ({ ...empty(), [kind]: [record] });

describe("the records diff, kind by kind", () => {
  it.each(RECORD_KINDS)("reports a record of %s added, changed, withdrawn and removed, in its own words", (kind) => {
    const { singular } = RECORD_KIND_INFO[kind];
    const record = { id: `a-${singular}`, title: "First title" };
    const added = diffDatasets(empty(), withRecord(kind, record));
    expect(added.added).toEqual([{ kind, id: record.id, label: "First title" }]);
    expect(dataBump(added)).toBe("minor");
    expect(describeDiff(added)).toBe(`- Added 1 ${singular}: First title (\`${record.id}\`).`);

    const changed = diffDatasets(withRecord(kind, record), withRecord(kind, { ...record, title: "Second title" }));
    expect(describeDiff(changed, [], false)).toBe(`- Changed ${singular} Second title (\`${record.id}\`): title.`);
    expect(dataBump(changed)).toBe("patch");

    const withdrawn = diffDatasets(withRecord(kind, record), { ...empty(), redirects: { [record.id]: { reason: "withdrawn", note: "not a real record" } } });
    expect(describeDiff(withdrawn)).toBe(`- Withdrew ${singular} \`${record.id}\`: not a real record`);

    const removed = diffDatasets(withRecord(kind, record), empty());
    expect(removed.removed).toEqual([{ kind, id: record.id, label: "First title" }]);
    expect(dataBump(removed)).toBe("major");
  });

  it("counts several added records in the kind's plural, kinds in registry order", () => {
    const after = { ...empty(), ...Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [{ id: `one-${kind}` }, { id: `two-${kind}` }]])) } as CanonicalData;
    const lines = describeDiff(diffDatasets(empty(), after)).split("\n");
    expect(lines).toEqual(RECORD_KINDS.map((kind) => `- Added 2 ${RECORD_KIND_INFO[kind].plural}: \`one-${kind}\`, \`two-${kind}\`.`));
  });
});

describe("the schemas the diff compares", () => {
  const module = schemas as unknown as SchemaModule;

  it("are one JSON Schema per record kind, by its singular name, and the redirects'", () => {
    expect(Object.keys(recordJsonSchemas(module))).toEqual([...RECORD_KIND_SINGULARS, "redirect"]);
    for (const kind of RECORD_KINDS) expect(kindSchema(module, kind), kind).toBe(module[schemaNameOf(kind)]);
  });

  it("need no bump between a snapshot and itself, and a minor one for a new kind", () => {
    const snapshot = { data: empty(), schemas: recordJsonSchemas(module) };
    expect(diffSnapshots(snapshot, snapshot).bump).toBe("none");
    const { [RECORD_KIND_INFO.sources.singular]: _dropped, ...older } = snapshot.schemas;
    const diff = diffSnapshots({ ...snapshot, schemas: older }, snapshot);
    expect(diff.schema).toEqual([{ path: RECORD_KIND_INFO.sources.singular, change: "new record kind", bump: "minor" }]);
    expect(diff.bump).toBe("minor");
  });
});

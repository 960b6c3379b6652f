import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { guideExamples, markdownExamples, typecheckExamples } from "../scripts/docs/examples.js";

const ROOT = join(import.meta.dirname, "..");

describe("markdownExamples", () => {
  it("takes the ts and typescript blocks, with the line their code starts on, and no other language", () => {
    const text = ["# Title", "", "```ts", "const a = 1;", "```", "", "```sh", "npm test", "```", "```typescript", "const b = 2;", "```", ""].join("\n");
    expect(markdownExamples("guide.md", text)).toEqual([
      { where: "guide.md:4", code: "const a = 1;\n" },
      { where: "guide.md:11", code: "const b = 2;\n" },
    ]);
  });

  it("finds the README's examples", () => {
    const examples = guideExamples(ROOT, ["README.md"]);
    expect(examples.length).toBeGreaterThan(0);
    expect(examples[0]!.where).toMatch(/^README\.md:\d+$/);
    expect(examples[0]!.code).toContain('from "mena-security-data"');
  });
});

describe("typecheckExamples, against the built package", () => {
  it("accepts examples that import from each entry and use the types as documented", () => {
    expect(existsSync(join(ROOT, "dist", "index.d.ts")), "run npm run build first").toBe(true);
    const problems = typecheckExamples(ROOT, [
      { where: "main", code: 'import { getActor, type ActorRecord } from "mena-security-data";\nconst iraq: ActorRecord | undefined = getActor("iraq");\nconsole.log(iraq?.name);\n' },
      { where: "dataset", code: 'import { createDataset } from "mena-security-data/dataset";\ndeclare const text: string;\ncreateDataset(JSON.parse(text)).meetingsOf("iraq");\n' },
      { where: "schema", code: 'import type { DatasetRecords } from "mena-security-data/schema";\nconst empty: DatasetRecords = { actors: [], meetings: [], agreements: [], sources: [] };\nconsole.log(empty);\n' },
    ]);
    expect(problems).toEqual([]);
  });

  it("reports every broken example by where it is, its line and the compiler's reason", () => {
    const problems = typecheckExamples(ROOT, [
      { where: "README.md:12", code: 'import { getActor } from "mena-security-data";\n\ngetActor("iraq")?.positions;\n' },
      { where: "dataset.createDataset", code: "createDataset(input);\n" },
      { where: "fine", code: 'import { search } from "mena-security-data";\nsearch("Shaibani");\n' },
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^README\.md:12: line 3: Property 'positions' does not exist/);
    expect(problems.slice(1).sort()).toEqual([
      "dataset.createDataset: line 1: Cannot find name 'createDataset'.",
      "dataset.createDataset: line 1: Cannot find name 'input'.",
    ]);
  });

  it("checks each example as a module of its own: names do not leak from one to the next", () => {
    const problems = typecheckExamples(ROOT, [
      { where: "first", code: "const shared = 1;\nconsole.log(shared);\n" },
      { where: "second", code: "const shared = 2;\nconsole.log(shared);\n" },
      { where: "third", code: "console.log(onlyInFirst);\n" },
      { where: "fourth", code: "const onlyInFirst = 3;\nconsole.log(onlyInFirst);\n" },
    ]);
    expect(problems).toEqual(["third: line 1: Cannot find name 'onlyInFirst'."]);
  });
});

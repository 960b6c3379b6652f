/**
 * Fuzzed input never crashes the library. For any input, createDataset returns a Dataset or
 * throws a ValidationError listing the problems (a TypeError for a non-object); it never throws
 * anything else, never changes the caller's objects and never pollutes a prototype. The query
 * helpers answer any argument with a result or a TypeError naming the argument.
 *
 * Runs with a fixed seed; `FUZZ_RUNS=2000 npx vitest run test/fuzz.test.ts` runs longer, and
 * `FUZZ_SEED=<n>` tries other inputs (a failure prints the seed and path that reproduce it).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as bundled from "../dist/index.js";
import { createDataset, ValidationError } from "../dist/dataset.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const OPTIONS = { numRuns: RUNS, seed: SEED };
const ROOT = join(import.meta.dirname, "..");
const KINDS = ["actors", "meetings", "agreements", "sources"] as const;
const BUNDLED = Object.fromEntries(KINDS.map((kind) => [kind, JSON.parse(readFileSync(join(ROOT, "dist", "data", `${kind}.json`), "utf8"))])) as Record<(typeof KINDS)[number], Record<string, unknown>[]>;

type Outcome = "dataset" | "validation-error" | "type-error";

/** Runs createDataset and classifies what happened; any other exception fails the test. */
function outcomeOf(input: unknown): Outcome {
  try {
    createDataset(input as Parameters<typeof createDataset>[0]);
    return "dataset";
  } catch (error) {
    if (error instanceof ValidationError) {
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(typeof issue.kind).toBe("string");
        expect(typeof issue.id).toBe("string");
        expect(typeof issue.path).toBe("string");
        expect(typeof issue.message).toBe("string");
      }
      return "validation-error";
    }
    if (error instanceof TypeError && /^createDataset expects/.test(error.message)) return "type-error";
    throw error;
  }
}

const deepNesting = (depth: number): unknown => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { nested: value };
  return value;
};

/** Ways to break one record: each returns the broken copy (never touching the original). */
const mutations: Record<string, (record: Record<string, unknown>, key: string, noise: unknown) => unknown> = {
  drop: (record, key) => {
    const copy = { ...record };
    delete copy[key];
    return copy;
  },
  retype: (record, key, noise) => ({ ...record, [key]: noise }),
  nest: (record, key) => ({ ...record, [key]: deepNesting(10_000) }),
  huge: (record, key) => ({ ...record, [key]: "x".repeat(1_000_000) }),
  surrogate: (record, key) => ({ ...record, [key]: "\uD800 lone \uDFFF" }),
  proto: (record) => JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(record).slice(1)}`),
  cycle: (record, key) => {
    const copy: Record<string, unknown> = { ...record };
    copy[key] = copy;
    return copy;
  },
  getter: (record, key) => {
    const copy = { ...record };
    Object.defineProperty(copy, key, { enumerable: true, get: () => { throw new Error("boom"); } });
    return copy;
  },
  proxy: (record) =>
    new Proxy({ ...record }, {
      get: () => { throw new Error("trap"); },
      ownKeys: () => { throw new Error("trap"); },
      getOwnPropertyDescriptor: () => { throw new Error("trap"); },
    }),
  frozen: (record) => Object.freeze(structuredClone(record)),
};

describe("createDataset under fuzzed input", () => {
  it("any JSON value: a dataset, a ValidationError or a TypeError, nothing else", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(["dataset", "validation-error", "type-error"]).toContain(outcomeOf(value));
      }),
      OPTIONS,
    );
  });

  it("records that are arbitrary JSON values: a ValidationError listing them", () => {
    fc.assert(
      fc.property(fc.record({ actors: fc.array(fc.jsonValue(), { maxLength: 5 }), meetings: fc.array(fc.jsonValue(), { maxLength: 5 }) }), (input) => {
        const outcome = outcomeOf({ ...input, agreements: [], sources: [] });
        expect(outcome === "validation-error" || input.actors.length + input.meetings.length === 0).toBe(true);
      }),
      OPTIONS,
    );
  });

  it("random mutations of the bundled data: never another exception, the caller's objects untouched, no prototype polluted", () => {
    const mutation = fc.constantFrom(...Object.keys(mutations));
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.nat(), fc.nat(), mutation, fc.jsonValue({ maxDepth: 3 }), (kind, at, which, how, noise) => {
        const records = BUNDLED[kind];
        const original = records[at % records.length]!;
        const keys = Object.keys(original);
        const key = keys[which % keys.length]!;
        const broken = mutations[how]!(original, key, noise);
        const input = { ...BUNDLED, [kind]: [...records.slice(0, at % records.length), broken, ...records.slice(at % records.length)] };
        const before = JSON.stringify(original);
        const outcome = outcomeOf(input);
        // A mutation may leave a valid record (an optional field dropped, a long but valid id);
        // one that cannot be read, or cannot be a record, is always listed as a problem.
        expect(["dataset", "validation-error"]).toContain(outcome);
        if (["getter", "proxy", "cycle", "nest"].includes(how)) expect(outcome, `${how} of ${kind}/${String(original.id)}.${key}`).toBe("validation-error");
        expect(JSON.stringify(original)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { ...OPTIONS, numRuns: RUNS * 2 },
    );
  });

  it("a frozen copy of the bundled data builds a dataset", () => {
    const frozen = structuredClone(BUNDLED);
    const freeze = (value: unknown): unknown => {
      if (value !== null && typeof value === "object") for (const child of Object.values(Object.freeze(value))) freeze(child);
      return value;
    };
    freeze(frozen);
    expect(createDataset(frozen).meetings.length).toBe(BUNDLED.meetings.length);
  });

  it("the dataset holds its own copies: changing the input afterwards changes nothing", () => {
    const input = structuredClone(BUNDLED);
    const dataset = createDataset(input);
    const first = input.actors[0]!;
    const name = dataset.getActor(String(first.id))!.name;
    first.name = "Changed";
    expect(dataset.getActor(String(first.id))!.name).toBe(name);
  });
});

describe("query helpers under fuzzed arguments", () => {
  const anything = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant(Symbol("s")), fc.func(fc.anything()), fc.bigInt());
  const helpers = ["getActor", "getMeeting", "getAgreement", "getSource", "meetingsOf", "agreementsOf", "participantsOf", "partiesOf", "positionsOf", "membersOf", "counterparts", "resolveId"] as const;

  it.each(helpers)("%s: a result (empty for an unknown id) or a TypeError naming the argument", (name) => {
    const helper = (bundled as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
    fc.assert(
      fc.property(anything, anything, (id, options) => {
        try {
          const result = helper(id, options);
          if (typeof id === "string" && !bundled.resolveId(id).id) {
            expect(Array.isArray(result) ? result.length === 0 : result === undefined || (result as { id?: unknown }).id === undefined).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as TypeError).message).toMatch(/^(id|actorId|meetingId|agreementId|options|[a-z]+) (must|expects)|must be|expects/);
        }
      }),
      OPTIONS,
    );
  });

  it.each(["timeline", "search", "graph", "between"] as const)("%s: a result or a TypeError naming the argument", (name) => {
    const helper = (bundled as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
    fc.assert(
      fc.property(anything, anything, (first, second) => {
        try {
          helper(first, second);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as TypeError).message).toMatch(/must|expects/);
        }
      }),
      OPTIONS,
    );
  });
});

/**
 * The code examples a reader copies: every `ts` block in an `@example` of the API reference, and
 * every `ts` block in the README and the guides. The docs build type-checks each one as a module
 * of its own against the built package (its `.d.ts` files, reached by the package's own name), so
 * an example that no longer compiles fails the build instead of misleading a reader.
 *
 * An example is complete: it imports what it uses, and stands in for the reader's own values with
 * `declare const` (`declare const text: string; // your JSON`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Comment, type ProjectReflection, type Reflection, ReflectionKind } from "typedoc";
import ts from "typescript";

/** One example: where a reader finds it, and its code. */
export interface CodeExample {
  /** `README.md:18`, or `dataset.createDataset` for an `@example` in the API reference. */
  readonly where: string;
  readonly code: string;
}

const FENCE = /^```(?:ts|typescript)\n([\s\S]*?)^```/gm;

/** The `ts` blocks of a markdown file, each with the line its code starts on. */
export function markdownExamples(file: string, text: string): CodeExample[] {
  const examples: CodeExample[] = [];
  for (const match of text.matchAll(FENCE)) {
    const line = text.slice(0, match.index).split("\n").length + 1;
    examples.push({ where: `${file}:${line}`, code: match[1]! });
  }
  return examples;
}

/** A reflection's own comment and its signatures' comments (a function's TSDoc sits on its signature). */
export function commentsOf(reflection: Reflection): Comment[] {
  const comments: Comment[] = [];
  if (reflection.comment) comments.push(reflection.comment);
  for (const signature of (reflection as { signatures?: Reflection[] }).signatures ?? []) {
    if (signature.comment) comments.push(signature.comment);
  }
  return comments;
}

/**
 * The `ts` blocks in the `@example` tags of every documented reflection, once each, and the
 * reflections with an `@example` that holds no `ts` block (which could not be checked).
 */
export function referenceExamples(project: ProjectReflection): { examples: CodeExample[]; withoutTsBlock: string[] } {
  const examples: CodeExample[] = [];
  const withoutTsBlock: string[] = [];
  const seen = new Set<string>();
  for (const reflection of project.getReflectionsByKind(ReflectionKind.All)) {
    for (const comment of commentsOf(reflection)) {
      for (const tag of comment.blockTags) {
        if (tag.tag !== "@example") continue;
        const where = reflection.getFriendlyFullName();
        const blocks = tag.content.filter((part) => part.kind === "code").flatMap((part) => markdownExamples("", `${part.text}\n`));
        if (blocks.length === 0) withoutTsBlock.push(where);
        for (const { code } of blocks) {
          if (seen.has(code)) continue;
          seen.add(code);
          examples.push({ where, code });
        }
      }
    }
  }
  return { examples, withoutTsBlock };
}

/** The examples of the README and of each guide (paths relative to `root`). */
export function guideExamples(root: string, files: readonly string[]): CodeExample[] {
  return files.flatMap((file) => markdownExamples(file, readFileSync(join(root, file), "utf8")));
}

/**
 * Type-checks each example as an ES module placed at the package root, so that
 * `import … from "mena-security-data"` resolves through the package's `exports` to the built
 * types in `dist/`. Returns one line per problem, `where: line N: message`; empty when all compile.
 */
export function typecheckExamples(root: string, examples: readonly CodeExample[]): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts"],
    types: ["node"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
  };
  // Virtual files in a folder of the package root (never written): `export {}` makes each one a
  // module, so the names one example declares do not leak into another.
  const folder = join(root, ".examples");
  const files = new Map(examples.map((example, index) => [join(folder, `example-${index}.ts`), example]));
  const textOf = (file: string) => {
    const example = files.get(file);
    return example && `${example.code}\nexport {};\n`;
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => textOf(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = textOf(file);
    return text !== undefined ? ts.createSourceFile(file, text, language) : getSourceFile.call(host, file, language, onError, create);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const problems: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    const example = diagnostic.file && files.get(diagnostic.file.fileName);
    if (!example) {
      problems.push(`${diagnostic.file?.fileName ?? "compiler"}: ${message}`);
      continue;
    }
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    problems.push(`${example.where}: line ${line + 1}: ${message}`);
  }
  return problems;
}

import { KINDS, type RecordsRule } from "../rule.js";

/** With source texts given, a text is held exactly for the sources marked `textHeld`. */
export const textsHeld: RecordsRule = {
  name: "texts-held", scope: "every-dataset", on: "records",
  description: "When the source texts are given (as `npm run validate` does), a source has a text exactly when it is marked textHeld.",
  check({ data, options: { sourceTexts } }, report) {
    if (sourceTexts === undefined) return;
    for (const source of data.sources) {
      const file = `data/${KINDS.sources}/${source.id}.txt`;
      const held = sourceTexts.has(source.id);
      if (source.textHeld && !held) report({ kind: KINDS.sources, id: source.id, path: "textHeld", message: `the source is marked textHeld but ${file} is missing` });
      if (!source.textHeld && held) report({ kind: KINDS.sources, id: source.id, path: "textHeld", message: `${file} exists but the source is not marked textHeld` });
    }
  },
};

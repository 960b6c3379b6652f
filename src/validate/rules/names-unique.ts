import { foldName } from "../../core/normalize.js";
import { KINDS, type RecordsRule } from "../rule.js";

/** Names and aliases are unique across actors, after folding; an actor lists each spelling once. */
export const namesUnique: RecordsRule = {
  name: "names-unique", scope: "every-dataset", on: "records",
  description:
    "Every name and alias belongs to one actor, after folding case, accents and a leading \"al-\"; an actor lists each spelling once (spellings that only fold alike may both stand).",
  check({ data }, report) {
    const owners = new Map<string, string>();
    for (const actor of data.actors) {
      const names = [actor.name, ...actor.aliases];
      names.forEach((name, i) => {
        const path = i === 0 ? "name" : `aliases.${i - 1}`;
        const folded = foldName(name);
        const owner = owners.get(folded);
        if (owner === undefined) owners.set(folded, actor.id);
        else if (owner !== actor.id) report({ kind: KINDS.actors, id: actor.id, path, message: `name "${name}" is also a name of ${owner}` });
        else if (names.indexOf(name) < i) report({ kind: KINDS.actors, id: actor.id, path, message: `alias "${name}" repeats another name of this actor` });
      });
    }
  },
};

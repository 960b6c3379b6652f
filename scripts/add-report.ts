/**
 * `npm run add:report -- --url <url> --title <title> --publisher <name> --date <YYYY-MM-DD>
 * [--language en] [--meeting <title>] [--agreement <title>] [--with "<name>, <name>, …"]
 * [--data <dir>]`: scaffolds the source of a report, and a meeting or an agreement with its
 * participants matched to existing actor ids by name (suggesting, never inventing). Every field
 * to fill from the page is left as a TODO placeholder that fails `npm run validate`.
 */
import { parseArgs } from "node:util";
import { readDataFolder } from "./lib/read-data.js";
import { scaffoldReport, writeScaffold, type KnownActor } from "./lib/scaffold.js";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    title: { type: "string" },
    publisher: { type: "string" },
    date: { type: "string" },
    language: { type: "string" },
    meeting: { type: "string" },
    agreement: { type: "string" },
    with: { type: "string" },
    data: { type: "string", default: "data" },
  },
});
const missing = (["url", "title", "publisher", "date"] as const).filter((name) => values[name] === undefined);
if (missing.length > 0 || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.date ?? "")) {
  console.error(`add:report needs ${missing.length > 0 ? missing.map((name) => `--${name}`).join(", ") : "--date as YYYY, YYYY-MM or YYYY-MM-DD"}.`);
  console.error('Example: npm run add:report -- --url https://example.org/report --title "Headline as published" --publisher "Arab News" --date 2025-04-14 --meeting "Nawaf Salam meets Ahmed al-Sharaa in Damascus" --with "Nawaf Salam, Ahmed al-Sharaa, Lebanon, Syria"');
  process.exit(2);
}
const actors = (readDataFolder(values.data!).input.actors as Partial<KnownActor>[])
  .filter((actor): actor is KnownActor => typeof actor.id === "string" && typeof actor.name === "string")
  .map((actor) => ({ ...actor, aliases: Array.isArray(actor.aliases) ? actor.aliases : [] }));
const scaffold = scaffoldReport(
  {
    url: values.url!,
    title: values.title!,
    publisher: values.publisher!,
    published: values.date!,
    ...(values.language ? { language: values.language } : {}),
    ...(values.meeting ? { meeting: values.meeting } : {}),
    ...(values.agreement ? { agreement: values.agreement } : {}),
    actors: (values.with ?? "").split(",").map((name) => name.trim()).filter(Boolean),
  },
  actors,
);
try {
  for (const file of writeScaffold(values.data!, scaffold)) console.log(`wrote ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
for (const match of [scaffold.publisher, ...scaffold.actors]) {
  if (match.id !== undefined) console.log(`matched "${match.name}" to ${match.id}`);
  else console.log(`no actor named "${match.name}"${match.suggestions.length > 0 ? `; did you mean ${match.suggestions.map((s) => `${s.id} (${s.name})`).join(", ")}?` : ""}`);
}
console.log("Now fill every TODO from the page, in your own words, and run npm run validate.");

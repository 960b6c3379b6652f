// A TypeDoc plugin: puts a link to the data catalogue at the top of every page's sidebar, as a
// link relative to that page, so the site works from any folder and from file://.
import { JSX } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "nav",
      { class: "tsd-navigation", "aria-label": "data catalogue" },
      JSX.createElement("a", { href: context.relativeURL("catalogue/index.html"), id: "catalogue-link" }, "Data catalogue: every actor, meeting, agreement and source"),
    ),
  );
}

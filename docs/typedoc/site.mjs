// @ts-check
/**
 * TypeDoc plugin for the API site:
 * - Mermaid: a ```mermaid block of the README (the data model diagram) becomes a `<pre class="mermaid">` that
 *   mermaid's own script, copied from node_modules into the site's assets, draws in the browser. The site loads
 *   nothing from the network.
 * - Schemas: each `XSchema` whose record type `X` is documented (StatementSchema → Statement) says so, with a link,
 *   since the record type's page lists the fields with their doc comments.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Comment, Converter, DeclarationReflection, PageEvent, ReflectionKind, RendererEvent } from "typedoc";

const require = createRequire(import.meta.url);
/** The self-contained browser build of mermaid (an IIFE that defines `globalThis.mermaid`). */
const MERMAID = path.join(path.dirname(require.resolve("mermaid/package.json")), "dist", "mermaid.min.js");

/** Decodes the highlighted HTML of a code block back into the text it shows (entities stay escaped). */
function codeText(html) {
  return html
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .trim();
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      const recordTypes = new Map(
        project
          .getReflectionsByKind(ReflectionKind.Interface | ReflectionKind.TypeAlias)
          .map((r) => [r.name, r]),
      );
      for (const reflection of project.getReflectionsByKind(ReflectionKind.Variable)) {
        if (!(reflection instanceof DeclarationReflection)) continue;
        const match = /^(\w+)Schema$/.exec(reflection.name);
        const target = match && recordTypes.get(match[1]);
        if (!target) continue;
        reflection.comment ??= new Comment();
        reflection.comment.summary.push(
          { kind: "text", text: "\n\nIts fields, each with its description, are those of the record type " },
          { kind: "inline-tag", tag: "@link", text: target.name, target },
          { kind: "text", text: "." },
        );
      }
    },
    // Before typedoc resolves links, so the inline tag above is resolved with the rest.
    1000,
  );

  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents?.includes('<code class="mermaid">')) return;
    const diagrams = page.contents.replace(
      /<pre><code class="mermaid">([\s\S]*?)<\/code>(?:<button[^>]*>[^<]*<\/button>)?<\/pre>/g,
      (_, html) => `<pre class="mermaid">${codeText(html)}</pre>`,
    );
    const base = `${"../".repeat(page.url.split("/").length - 1)}assets/mermaid.min.js`;
    const script = `<script src="${base}"></script><script>mermaid.initialize({ startOnLoad: true, securityLevel: "strict", theme: document.documentElement.dataset.theme === "dark" ? "dark" : "default" });</script>`;
    page.contents = diagrams.replace("</body>", `${script}</body>`);
  });

  app.renderer.on(RendererEvent.END, (event) => {
    mkdirSync(path.join(event.outputDirectory, "assets"), { recursive: true });
    copyFileSync(MERMAID, path.join(event.outputDirectory, "assets", "mermaid.min.js"));
  });
}

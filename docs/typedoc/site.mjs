// @ts-check
/**
 * TypeDoc plugin for the API site:
 * - Mermaid: a ```mermaid block of the README (the data model diagram) becomes a `<div class="mermaid">` holding
 *   the diagram's text in `data-source`, which mermaid's own script, copied from node_modules into the site's
 *   assets, draws in the browser. The site loads nothing from the network.
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
/** The text an HTML fragment's character references stand for (the few a highlighter writes). */
function decodeEntities(html) {
  return html
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(quot|lt|gt|apos|amp);/g, (_, name) => ({ quot: '"', lt: "<", gt: ">", apos: "'", amp: "&" })[name]);
}

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

  /** Text made safe for a double-quoted HTML attribute. */
  const escapeAttribute = (html) => decodeEntities(html).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents?.includes('<code class="mermaid">')) return;
    const diagrams = page.contents.replace(
      /<pre><code class="mermaid">([\s\S]*?)<\/code>(?:<button[^>]*>[^<]*<\/button>)?<\/pre>/g,
      (_, html) => `<div class="mermaid" data-source="${escapeAttribute(codeText(html))}"></div>`,
    );
    const base = `${"../".repeat(page.url.split("/").length - 1)}assets/mermaid.min.js`;
    // Each diagram is drawn from its text as the page was served, with mermaid.render, once the theme shows the body
    // (it keeps the body hidden until its own script has run, and mermaid cannot measure text in a hidden page).
    const draw = [
      `mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: document.documentElement.dataset.theme === "dark" ? "dark" : "default" });`,
      `(function draw() {`,
      `  if (getComputedStyle(document.body).display === "none") return setTimeout(draw, 20);`,
      `  document.querySelectorAll("div.mermaid").forEach(async (el, i) => { const { svg } = await mermaid.render("diagram-" + i, el.dataset.source); el.innerHTML = svg; });`,
      `})();`,
    ].join("\n");
    const script = `<script src="${base}"></script><script>${draw}</script>`;
    page.contents = diagrams.replace("</body>", `${script}</body>`);
  });

  app.renderer.on(RendererEvent.END, (event) => {
    mkdirSync(path.join(event.outputDirectory, "assets"), { recursive: true });
    copyFileSync(MERMAID, path.join(event.outputDirectory, "assets", "mermaid.min.js"));
  });
}

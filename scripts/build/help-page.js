// help.html: the user guide (docs/user-guide.md, then docs/sheet-layouts.md) as the page the
// functions' @helpurl links open, with GitHub-style anchors. It holds no developer text: those
// pages are for users, and the README and the developer pages are not part of it.
const fs = require("fs");
const path = require("path");

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/** The pages the help page is made of, in order, and the anchor each one starts at. */
const HELP_PAGES = { "user-guide.md": "user-guide", "sheet-layouts.md": "what-the-inserts-write" };

/**
 * The help page's markdown: the pages one after the other, a link from one to another made a link
 * within the page. Pictures keep their paths relative to docs/.
 */
function helpMarkdown(docsDir = path.join(__dirname, "..", "..", "docs")) {
  const pages = Object.keys(HELP_PAGES);
  const between = new RegExp(
    `\\]\\((${pages.map((p) => p.replace(".", "\\.")).join("|")})(#[^)]*)?\\)`,
    "g"
  );
  return pages
    .map((page) => fs.readFileSync(path.join(docsDir, page), "utf8"))
    .join("\n")
    .replace(/<!--[\s\S]*?-->\n?/g, "") // notes for whoever edits the page, and block markers
    .replace(between, (_m, page, hash) => `](${hash || `#${HELP_PAGES[page]}`})`);
}

/** help.css: the page's looks, a file of its own so that its CSP allows styles only from 'self'. */
const HELP_CSS = `body { font: 14px/1.5 "Segoe UI", -apple-system, system-ui, sans-serif; color: #242424; max-width: 880px; margin: 0 auto; padding: 24px; }
h1, h2, h3 { font-weight: 600; line-height: 1.25; } h2 { border-bottom: 1px solid #e0e0e0; padding-bottom: 4px; }
code, pre { font-family: Consolas, "Cascadia Mono", monospace; background: #f5f5f5; border-radius: 4px; }
code { padding: 1px 4px; } pre { padding: 12px; overflow-x: auto; }
table { border-collapse: collapse; } th, td { border: 1px solid #e0e0e0; padding: 4px 8px; text-align: left; }
th { background: #f5f5f5; } a { color: #0f6cbd; } img { max-width: 100%; }
`;

/**
 * The help page. `imageUrl` maps a picture's path as the page writes it (card.png) to the
 * file the page loads (a release names it by content); it is applied to the parsed images.
 * `stylesheet` is where help.css is.
 */
function renderHelpPage(markdown, { imageUrl = (src) => src, stylesheet = "help.css" } = {}) {
  // marked is ESM-only; Node 20 loads it with require(), Jest does not, so load it only here.
  const { Marked } = require("marked");
  const marked = new Marked({ gfm: true });
  marked.use({
    walkTokens(token) {
      if (token.type === "image") token.href = imageUrl(token.href);
    },
    renderer: {
      heading({ tokens, depth, text }) {
        return `<h${depth} id="${slug(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const body = marked.parse(markdown);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'self'">
<title>OpenAI leak add-in: help</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
${body}</body>
</html>
`;
}

module.exports = { renderHelpPage, slug, helpMarkdown, HELP_PAGES, HELP_CSS };

// What a host must send for the released add-in, as ONE table (FILE_KINDS and HOST_RULES), and
// from it: the host configuration files a release ships in release/hosting/ and the hosting
// section of docs/deployment.md. A test holds the page and the files to this table.
//   node scripts/release/hosting.js --readme   rewrites docs/deployment.md's block between the markers.
const fs = require("fs");
const path = require("path");

// Every file but the manifests is named by its content, so it may be cached for good.
const FOREVER = "public, max-age=31536000, immutable";
// The manifests keep their names: a host must check for a new one each time.
const REVALIDATE = "no-cache";

/**
 * The released files by extension: the content type, the cache policy, and whether Office's own
 * origin must be allowed to read them. Excel on the web fetches the functions' metadata
 * (functions.json) from Office's origin, so it needs CORS (learn.microsoft.com/office/dev/add-ins/
 * publish/publish-add-in-vs-code#deploy-custom-functions-for-excel; office-js #3970); the pages,
 * scripts, styles and pictures load inside the add-in's own page and need none.
 */
const FILE_KINDS = [
  {
    ext: "html",
    what: "the pane, the help page",
    type: "text/html; charset=utf-8",
    cache: FOREVER,
    cors: false,
  },
  {
    ext: "js",
    what: "the bundles",
    type: "text/javascript; charset=utf-8",
    cache: FOREVER,
    cors: false,
  },
  {
    ext: "json",
    what: "the functions' metadata",
    type: "application/json; charset=utf-8",
    cache: FOREVER,
    cors: true,
  },
  { ext: "css", what: "the styles", type: "text/css; charset=utf-8", cache: FOREVER, cors: false },
  { ext: "png", what: "icons and pictures", type: "image/png", cache: FOREVER, cors: false },
  {
    ext: "xml",
    what: "manifest.xml, if you host it",
    type: "application/xml; charset=utf-8",
    cache: REVALIDATE,
    cors: false,
  },
];

/**
 * Headers every file gets, and the ones no file may get: the pane runs inside Office's frame
 * (Excel on the web's iframe, the desktop's webview), so a host must not forbid framing.
 */
const EVERY_FILE = { "X-Content-Type-Options": "nosniff" };
const FORBIDDEN = ["X-Frame-Options", "Content-Security-Policy: frame-ancestors"];

/** The hosts the deployment page names: how each takes the table, and the file a release ships for it. */
const HOST_RULES = [
  {
    host: "GitHub Pages",
    file: "github-pages.md, .nojekyll",
    how: "nothing can be set (it takes no custom headers); it sends the content types above, `Access-Control-Allow-Origin: *` and `Cache-Control: max-age=600` on every file and no frame headers (as observed on github.io); put `.nojekyll` beside the files",
  },
  {
    host: "Azure Static Web Apps",
    file: "staticwebapp.config.json",
    how: "copy it into the folder you deploy (`release/addin/`): routes per extension with these headers, MIME types, no frame headers",
  },
  {
    host: "S3 behind CloudFront",
    file: "s3-cors.json, s3-upload.sh, cloudfront-headers-policy.json",
    how: "`aws s3api put-bucket-cors --bucket BUCKET --cors-configuration file://s3-cors.json`; `s3-upload.sh BUCKET PREFIX` uploads with each file's type and cache header. S3 sends `Access-Control-Allow-Origin` only to a request that carries `Origin`, so in CloudFront forward `Origin` (origin request policy *CORS-S3Origin*) **and** put it in the cache key (a cache policy with the `Origin` header), or a copy cached without CORS reaches Excel on the web. S3 cannot send `X-Content-Type-Options`: attach `cloudfront-headers-policy.json` (`aws cloudfront create-response-headers-policy --response-headers-policy-config file://cloudfront-headers-policy.json`), not the managed *SecurityHeadersPolicy* or *CORS-and-SecurityHeadersPolicy*, which add `X-Frame-Options`",
  },
  {
    host: "nginx",
    file: "nginx-oai-addin.conf",
    how: "`include` it in the `server` block that serves the base URL and set its `root`: one `location ^~` for the base path (no regex location of the server's can take its files), inside it a `location` per extension that sets every header itself (nginx drops outer `add_header`s in a location with its own)",
  },
];

function staticWebAppConfig() {
  const routes = FILE_KINDS.map((k) => ({
    route: `/*.{${k.ext}}`,
    headers: {
      "Cache-Control": k.cache,
      ...(k.cors ? { "Access-Control-Allow-Origin": "*" } : {}),
    },
  }));
  const mimeTypes = Object.fromEntries(FILE_KINDS.map((k) => [`.${k.ext}`, k.type]));
  return `${JSON.stringify({ routes, mimeTypes, globalHeaders: EVERY_FILE }, null, 2)}\n`;
}

/**
 * nginx: one `location ^~` for the base path, so that no regex location of the server's takes the
 * add-in's files, with a nested location per extension. A location with an add_header of its own
 * inherits none from outside (nginx.org/en/docs/http/ngx_http_headers_module.html#add_header), so
 * each one sets every header.
 */
function nginxSnippet(basePath = "/") {
  const lines = [
    "# The OpenAI leak add-in's files: content types, cache headers and CORS (generated from",
    "# scripts/release/hosting.js). Include it in the server block that serves ADDIN_BASE_URL and set root",
    `# to the folder that holds ${basePath} (release/addin/'s files go into <root>${basePath}). Do not add`,
    "# X-Frame-Options or a frame-ancestors CSP for these files: the pane runs in Office's frame.",
    `location ^~ ${basePath} {`,
    "    root /var/www/html;",
  ];
  for (const k of FILE_KINDS) {
    lines.push(`    location ~* \\.${k.ext}$ {`);
    lines.push("        types { }");
    lines.push(`        default_type "${k.type}";`);
    lines.push(`        add_header Cache-Control "${k.cache}" always;`);
    if (k.cors) lines.push('        add_header Access-Control-Allow-Origin "*" always;');
    for (const [name, value] of Object.entries(EVERY_FILE))
      lines.push(`        add_header ${name} "${value}" always;`);
    lines.push("    }");
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/**
 * CloudFront's response headers policy for what S3 cannot send: nosniff, and no frame options
 * (docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-response-headers-policies.html:
 * the managed security-header policies add X-Frame-Options).
 */
function cloudFrontHeadersPolicy() {
  const policy = {
    Name: "oai-leak-addin-nosniff",
    Comment: "X-Content-Type-Options: nosniff for the OpenAI leak add-in; no X-Frame-Options",
    SecurityHeadersConfig: { ContentTypeOptions: { Override: true } },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** S3's CORS is per bucket: any origin may GET (Microsoft's publishing doc allows "*" too). */
function s3Cors() {
  const rules = {
    CORSRules: [
      {
        AllowedOrigins: ["*"],
        AllowedMethods: ["GET", "HEAD"],
        AllowedHeaders: ["*"],
        MaxAgeSeconds: 3000,
      },
    ],
  };
  return `${JSON.stringify(rules, null, 2)}\n`;
}

function s3Upload() {
  const lines = [
    "#!/bin/sh",
    "# Uploads release/addin/ to s3://BUCKET/PREFIX with each file's content type and cache header",
    "# (generated from scripts/release/hosting.js). Run from release/: sh hosting/s3-upload.sh BUCKET PREFIX",
    "set -eu",
    'bucket="$1"; prefix="${2:-}"',
  ];
  for (const k of FILE_KINDS.filter((k) => k.ext !== "xml"))
    lines.push(
      `aws s3 cp addin "s3://$bucket/$prefix" --recursive --exclude "*" --include "*.${k.ext}" --content-type "${k.type}" --cache-control "${k.cache}"`
    );
  return `${lines.join("\n")}\n`;
}

function githubPagesNotes() {
  return [
    "# GitHub Pages",
    "",
    "Publish the contents of `release/addin/` (for example on a `gh-pages` branch, under the",
    "path of ADDIN_BASE_URL) with the empty `.nojekyll` file beside them. Nothing else can be set:",
    "GitHub Pages takes no custom headers. As observed on github.io, it sends each file's content",
    "type by its extension, `Access-Control-Allow-Origin: *` (which Excel on the web needs for the",
    "functions' metadata), `Cache-Control: max-age=600` and no `X-Frame-Options`. Without",
    "`immutable` Excel and browsers check again after ten minutes, which costs a request, never a",
    "stale file (the names change with the content).",
    "",
  ].join("\n");
}

/** release/hosting/<file> → its text, for the base URL (its path places the nginx block). */
function hostConfigFiles(baseUrl = "https://addin.example.com/") {
  return {
    "staticwebapp.config.json": staticWebAppConfig(),
    "nginx-oai-addin.conf": nginxSnippet(new URL(baseUrl).pathname),
    "s3-cors.json": s3Cors(),
    "cloudfront-headers-policy.json": cloudFrontHeadersPolicy(),
    "s3-upload.sh": s3Upload(),
    "github-pages.md": githubPagesNotes(),
    ".nojekyll": "",
  };
}

/** The deployment page's hosting block. */
function hostingMarkdown() {
  return [
    "| Files | Content-Type | Cache-Control | CORS (`Access-Control-Allow-Origin: *`) |",
    "|---|---|---|---|",
    ...FILE_KINDS.map(
      (k) =>
        `| \`.${k.ext}\`: ${k.what} | \`${k.type}\` | \`${k.cache}\` | ${k.cors ? "**yes**: Excel on the web reads it from Office's origin" : "no"} |`
    ),
    "",
    `Every file also gets ${Object.entries(EVERY_FILE)
      .map(([n, v]) => `\`${n}: ${v}\``)
      .join(
        ", "
      )}; no file may get ${FORBIDDEN.map((h) => `\`${h}\``).join(" or ")} (the pane runs inside Office's frame).`,
    "",
    "| Host | `release/hosting/` | What to do |",
    "|---|---|---|",
    ...HOST_RULES.map(
      (h) =>
        `| ${h.host} | ${h.file
          .split(", ")
          .map((f) => `\`${f}\``)
          .join(", ")} | ${h.how} |`
    ),
  ].join("\n");
}

/** The deployment page holds the hosting block (docs/deployment.md). */
const PAGE = path.resolve(__dirname, "..", "..", "docs", "deployment.md");
const BLOCK = /<!-- hosting:start -->\n(?:[\s\S]*?\n)?<!-- hosting:end -->/;
const block = () => `<!-- hosting:start -->\n${hostingMarkdown()}\n<!-- hosting:end -->`;

module.exports = {
  FILE_KINDS,
  HOST_RULES,
  EVERY_FILE,
  hostConfigFiles,
  hostingMarkdown,
  BLOCK,
  block,
};

if (require.main === module && process.argv.includes("--readme")) {
  const page = fs.readFileSync(PAGE, "utf8");
  if (!BLOCK.test(page)) throw new Error("docs/deployment.md has no <!-- hosting:start --> block");
  fs.writeFileSync(PAGE, page.replace(BLOCK, block()));
  console.log("docs/deployment.md: hosting block written");
}

// `ADDIN_BASE_URL=https://addin.example.com/oai/ npm run release`: a release any static HTTPS host
// can serve. Writes release/:
//   addin/                 the files to upload to ADDIN_BASE_URL, as they are
//   manifest.xml           the XML add-in manifest (Excel on Windows, Mac, the web; perpetual too)
//   manifest.json          the unified manifest for Microsoft 365, made from manifest.xml
//   oai-leak-addin-<version>.zip   the app package: manifest.json, de-de.json and its two icons
// Every file is named by its content (functions.1a2b3c4d.json): a release never mixes an old file
// with a new one however long a host or Excel caches them; only the manifests keep their names.
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { unifiedManifest, validateUnified } = require("./unified-manifest");
const { zip } = require("./zip");

const root = path.resolve(__dirname, "..");

function fail(message) {
  console.error(`npm run release: ${message}`);
  process.exit(1);
}

/** ADDIN_BASE_URL, checked: https, ending in "/", not this machine. */
function baseUrl() {
  const base = process.env.ADDIN_BASE_URL;
  if (!base)
    fail(
      "set ADDIN_BASE_URL to where the files will be served, e.g. https://addin.example.com/oai/"
    );
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(base))
    fail(`ADDIN_BASE_URL must be an https URL ending in "/", not ${base}`);
  if (/^https:\/\/(localhost|127\.|\[::1\])/i.test(base))
    fail("a release is for a real host, not localhost");
  return base;
}

const hashOf = (data) => createHash("sha256").update(data).digest("hex").slice(0, 8);

/** Every file under dir, relative, with "/" separators. */
function filesIn(dir, under = "") {
  return fs
    .readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? filesIn(dir, path.posix.join(under, e.name))
        : [path.posix.join(under, e.name)]
    );
}

/**
 * Renames the files that are not named by their content yet to name.<hash>.ext, leaves first
 * (icons and pictures, then the stylesheet, the help page, the pane, the metadata), rewriting each
 * reference in the files that refer to them. Returns old name → new name.
 */
function nameByContent(dir) {
  const renamed = new Map();
  const order = [
    /^(assets|docs)\/.*\.png$/,
    /\.css$/,
    /^help\.html$/,
    /^taskpane\.html$/,
    /^functions(-de)?\.json$/,
  ];
  const textFiles = () => filesIn(dir).filter((f) => /\.(html|json|xml|css|js)$/.test(f));
  for (const pattern of order) {
    for (const file of filesIn(dir).filter((f) => pattern.test(f) && !renamed.has(f))) {
      const data = fs.readFileSync(path.join(dir, file));
      const ext = path.posix.extname(file);
      const named = `${file.slice(0, -ext.length)}.${hashOf(data)}${ext}`;
      fs.renameSync(path.join(dir, file), path.join(dir, named));
      renamed.set(file, named);
      // References: absolute (in the manifest and the metadata) or relative (in the pages).
      const quoted = new RegExp(
        `(["'(/=])${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(["')#?])`,
        "g"
      );
      for (const other of textFiles()) {
        const at = path.join(dir, other);
        const text = fs.readFileSync(at, "utf8");
        const updated = text.replace(quoted, `$1${named}$2`);
        if (updated !== text) fs.writeFileSync(at, updated);
      }
    }
  }
  return renamed;
}

function main() {
  const base = baseUrl();
  const out = path.join(root, "release");
  fs.rmSync(out, { recursive: true, force: true });
  const build = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "release"],
    { cwd: root, stdio: "inherit", env: { ...process.env, ADDIN_BASE_URL: base } }
  );
  if (build.status !== 0) fail("the build failed");
  const addin = path.join(out, "addin");
  // Source maps stay home: the host serves what Excel needs.
  for (const f of filesIn(addin).filter((f) => f.endsWith(".map"))) fs.rmSync(path.join(addin, f));
  for (const f of filesIn(addin).filter((f) => f.endsWith(".js"))) {
    const at = path.join(addin, f);
    fs.writeFileSync(at, fs.readFileSync(at, "utf8").replace(/\n\/\/# sourceMappingURL=.*$/, ""));
  }
  nameByContent(addin);
  // The scripts webpack named by content: the manifest names them by their plain names.
  let xmlText = fs.readFileSync(path.join(addin, "manifest.xml"), "utf8");
  for (const f of filesIn(addin).filter((f) => /^[a-z-]+\.[0-9a-f]{8}\.js$/.test(f)))
    xmlText = xmlText.split(`/${f.replace(/\.[0-9a-f]{8}\.js$/, ".js")}"`).join(`/${f}"`);
  fs.writeFileSync(path.join(addin, "manifest.xml"), xmlText);
  fs.renameSync(path.join(addin, "manifest.xml"), path.join(out, "manifest.xml"));

  const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  const metadata = filesIn(addin).find((f) => /^functions\.[0-9a-f]{8}\.json$/.test(f));
  const { manifest, german, version } = unifiedManifest(
    xml,
    fs.readFileSync(path.join(addin, metadata), "utf8")
  );
  const problems = validateUnified(manifest, german);
  if (problems.length) fail(`the unified manifest does not validate:\n  ${problems.join("\n  ")}`);
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  fs.writeFileSync(path.join(out, "manifest.json"), json);
  const pkg = `oai-leak-addin-${version}.zip`;
  fs.writeFileSync(
    path.join(out, pkg),
    zip([
      { name: "manifest.json", data: Buffer.from(json) },
      { name: "de-de.json", data: Buffer.from(`${JSON.stringify(german, null, 2)}\n`) },
      { name: "color.png", data: fs.readFileSync(path.join(root, "assets", "color-192.png")) },
      { name: "outline.png", data: fs.readFileSync(path.join(root, "assets", "outline-32.png")) },
    ])
  );
  console.log(
    [
      "",
      `Release ${version} for ${base} in release/:`,
      `  upload release/addin/ as it is to ${base}`,
      "  manifest.xml   for Excel on Windows, Mac and the web, perpetual versions too",
      `  ${pkg}   the app package (unified manifest) for the Microsoft 365 admin centre`,
    ].join("\n")
  );
}

main();

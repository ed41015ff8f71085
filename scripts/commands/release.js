// `ADDIN_BASE_URL=https://addin.example.com/oai/ npm run release`: a release any static HTTPS host
// can serve. Writes release/:
//   addin/                 the files to upload to ADDIN_BASE_URL, as they are
//   manifest.xml           the XML add-in manifest (Excel on Windows, Mac, the web; perpetual too)
//   manifest.json          the unified manifest for Microsoft 365, made from manifest.xml
//   oai-leak-addin-<version>.zip   the app package: manifest.json, de-de.json and its two icons
//   hosting/               settings for the hosts the README names, from one table (scripts/release/hosting.js)
// Every file is named by its content (functions.1a2b3c4d.json): a release never mixes an old file
// with a new one however long a host or Excel caches them; only the manifests keep their names.
// `--out <dir>` writes elsewhere than release/.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { unifiedManifest, validateUnified } = require("../release/unified-manifest");
const { zip } = require("../release/zip");
const { hostConfigFiles } = require("../release/hosting");

const root = path.resolve(__dirname, "..", "..");

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

/** `--out <dir>`: where to write the release (release/ by default). */
function outputDir() {
  const at = process.argv.indexOf("--out");
  return at > 0 && process.argv[at + 1]
    ? path.resolve(process.argv[at + 1])
    : path.join(root, "release");
}

function main() {
  const base = baseUrl();
  const out = outputDir();
  const addin = path.join(out, "addin");
  fs.rmSync(out, { recursive: true, force: true });
  // The build names every file by its content and writes each reference (webpack.config.js).
  const build = spawnSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "release",
      "--output-path",
      addin,
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, ADDIN_BASE_URL: base } }
  );
  if (build.status !== 0) fail("the build failed");
  fs.renameSync(path.join(addin, "manifest.xml"), path.join(out, "manifest.xml"));

  const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  let unified;
  try {
    unified = unifiedManifest(xml);
  } catch (err) {
    fail(`the unified manifest cannot be made: ${err.message}`);
  }
  const { manifest, localizations, version } = unified;
  const problems = validateUnified(manifest, localizations);
  if (problems.length) fail(`the unified manifest does not validate:\n  ${problems.join("\n  ")}`);
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  fs.writeFileSync(path.join(out, "manifest.json"), json);
  // The host's settings: one table, the files for each host (scripts/release/hosting.js).
  for (const [file, text] of Object.entries(hostConfigFiles())) {
    fs.mkdirSync(path.dirname(path.join(out, "hosting", file)), { recursive: true });
    fs.writeFileSync(path.join(out, "hosting", file), text);
  }
  const pkg = `oai-leak-addin-${version}.zip`;
  fs.writeFileSync(
    path.join(out, pkg),
    zip([
      { name: "manifest.json", data: Buffer.from(json) },
      ...Object.entries(localizations).map(([tag, file]) => ({
        name: `${tag}.json`,
        data: Buffer.from(`${JSON.stringify(file, null, 2)}\n`),
      })),
      { name: "color.png", data: fs.readFileSync(path.join(root, "assets", "color-192.png")) },
      { name: "outline.png", data: fs.readFileSync(path.join(root, "assets", "outline-32.png")) },
    ])
  );
  const shown = path.relative(process.cwd(), out) || ".";
  console.log(
    [
      "",
      `Release ${version} for ${base} in ${shown}/:`,
      `  upload ${shown}/addin/ as it is to ${base}`,
      "  manifest.xml   for Excel on Windows, Mac and the web, perpetual versions too",
      `  ${pkg}   the app package (unified manifest) for the Microsoft 365 admin centre`,
      "  hosting/       the host's settings (content types, cache, CORS): see the README",
    ].join("\n")
  );
}

main();

// `ADDIN_BASE_URL=https://addin.example.com/oai/ npm run release`: a release any static HTTPS host
// can serve. Writes release/:
//   addin/                 the files to upload to ADDIN_BASE_URL, as they are
//   manifest.xml           the XML add-in manifest (Excel on Windows, Mac, the web; perpetual too)
//   manifest.json          the unified manifest for Microsoft 365, made from manifest.xml
//   oai-leak-addin-<version>.zip   the app package: manifest.json, de-de.json and its two icons
//   hosting/               settings for the hosts docs/deployment.md names, from one table (scripts/release/hosting.js)
// Every file is named by its content (functions.1a2b3c4d.json): a release never mixes an old file
// with a new one however long a host or Excel caches them; only the manifests keep their names.
// `--out <dir>` writes elsewhere than release/.
// The release's own identity, so that a developer's sideload (manifest.xml's id) and the team's
// deployment never clash: ADDIN_ID (a GUID; default: one made from ADDIN_BASE_URL, the same for
// every release to that URL and never the development id), ADDIN_NAME (default "OpenAI Leak
// Figures", German "OpenAI-Leak-Zahlen"; set, it is the name in every language) and
// ADDIN_PROVIDER (default "OpenAI Leak Figures project").
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { unifiedManifest, validateUnified } = require("../release/unified-manifest");
const { zip } = require("../release/zip");
const { hostConfigFiles } = require("../release/hosting");
const { createHash } = require("crypto");

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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A GUID made from the base URL: stable per deployment, unlike the development manifest's. */
function idFor(base) {
  const hex = createHash("sha256").update(`oai-leak-addin release ${base}`).digest("hex");
  // RFC 9562 version 8 (name-based, custom hash) and variant 10xx bits.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** XML text: the five characters a value may not hold as they are. */
const xmlText = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]
  );

/**
 * The release's id, name and provider in the built manifest.xml (the unified manifest is made from
 * it). Checked: a GUID other than the development one, a name and a provider that fit.
 */
function withIdentity(xml, base, env = process.env) {
  const devId = /<Id>([^<]+)<\/Id>/.exec(xml)[1];
  const id = env.ADDIN_ID || idFor(base);
  if (!GUID.test(id)) throw new Error(`ADDIN_ID must be a GUID such as ${idFor(base)}, not ${id}`);
  if (id.toLowerCase() === devId.toLowerCase())
    throw new Error("ADDIN_ID is the development manifest's id: a release needs its own");
  let out = xml.replace(/<Id>[^<]+<\/Id>/, `<Id>${id}</Id>`);
  if (env.ADDIN_PROVIDER !== undefined) {
    const provider = env.ADDIN_PROVIDER.trim();
    if (!provider || provider.length > 250)
      throw new Error("ADDIN_PROVIDER must be 1 to 250 characters");
    out = out.replace(
      /<ProviderName>[^<]*<\/ProviderName>/,
      `<ProviderName>${xmlText(provider)}</ProviderName>`
    );
  }
  if (env.ADDIN_NAME !== undefined) {
    // The unified manifest's short name allows 30 characters (checked again by its schema).
    const name = env.ADDIN_NAME.trim();
    if (!name || name.length > 30) throw new Error("ADDIN_NAME must be 1 to 30 characters");
    out = out.replace(/<DisplayName\b[\s\S]*?<\/DisplayName>/, (block) =>
      block.replace(/(DefaultValue|Value)="[^"]*"/g, `$1="${xmlText(name)}"`)
    );
  }
  return out;
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
  const identity = (xml) => {
    try {
      return withIdentity(xml, base);
    } catch (err) {
      return fail(err.message);
    }
  };
  identity(fs.readFileSync(path.join(root, "manifest.xml"), "utf8")); // fail before building
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
  const xml = identity(fs.readFileSync(path.join(addin, "manifest.xml"), "utf8"));
  fs.rmSync(path.join(addin, "manifest.xml"));
  fs.writeFileSync(path.join(out, "manifest.xml"), xml);
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
  for (const [file, text] of Object.entries(hostConfigFiles(base))) {
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
      `Release ${version} for ${base} in ${shown}/, add-in id ${/<Id>([^<]+)<\/Id>/.exec(xml)[1]}:`,
      `  upload ${shown}/addin/ as it is to ${base}`,
      "  manifest.xml   for Excel on Windows, Mac and the web, perpetual versions too",
      `  ${pkg}   the app package (unified manifest) for the Microsoft 365 admin centre`,
      "  hosting/       the host's settings (content types, cache, CORS): see docs/deployment.md",
    ].join("\n")
  );
}

if (require.main === module) main();

module.exports = { idFor, withIdentity };

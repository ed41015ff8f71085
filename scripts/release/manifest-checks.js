// Checks of manifest.xml: the XSD (offline, with the schemas in ../shared) and what XSD cannot
// check: every resid defined, every URL https, every icon present at its size.
const fs = require("fs");
const path = require("path");

// OAI_XSD_DIR: the schemas elsewhere (or, in a test, nowhere).
const schemaDir = process.env.OAI_XSD_DIR
  ? path.resolve(process.env.OAI_XSD_DIR)
  : path.resolve(__dirname, "..", "..", "..", "shared", "schemas", "office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** { valid, errors } from libxml2's XSD validation, or undefined when the schemas are absent. */
async function validateAgainstXsd(xml) {
  if (!fs.existsSync(path.join(schemaDir, MAIN_SCHEMA))) return undefined;
  const { validateXML } = require("xmllint-wasm");
  const read = (fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(schemaDir, fileName), "utf8"),
  });
  const others = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: others.map(read),
  });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => e.rawMessage || e.message || String(e)),
  };
}

function attributeValues(xml, attribute) {
  return [...xml.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, "g"))].map((m) => m[1]);
}

/** Width and height from a PNG's IHDR chunk, or undefined if the file is not a PNG. */
function pngSize(buffer) {
  const signature = "89504e470d0a1a0a";
  if (buffer.length < 24 || buffer.subarray(0, 8).toString("hex") !== signature) return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/**
 * Problems XSD cannot see. `assetsDir` is where the icons named by the URLs live
 * (the file name after /assets/ is looked up there).
 */
function checkBeyondXsd(xml, assetsDir) {
  const problems = [];
  const defined = new Set(attributeValues(xml, "id"));
  for (const resid of attributeValues(xml, "resid")) {
    if (!defined.has(resid)) problems.push(`resid "${resid}" names no resource`);
  }
  const urls = [...attributeValues(xml, "DefaultValue"), ...attributeValues(xml, "Value")];
  for (const url of urls.filter((v) => /^[a-z]+:\/\//i.test(v))) {
    if (!url.startsWith("https://")) problems.push(`URL ${url} is not https`);
  }
  const images = [
    ...[...xml.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="([^"]+)"/g)].map((m) => [
      Number(m[1]),
      m[2],
    ]),
    ...[...xml.matchAll(/<IconUrl DefaultValue="([^"]+)"/g)].map((m) => [32, m[1]]),
    ...[...xml.matchAll(/<HighResolutionIconUrl DefaultValue="([^"]+)"/g)].map((m) => [64, m[1]]),
  ];
  for (const [size, url] of images) {
    const file = path.join(assetsDir, path.basename(new URL(url).pathname));
    if (!fs.existsSync(file)) {
      problems.push(`icon ${url} is missing (${path.relative(process.cwd(), file)})`);
      continue;
    }
    const actual = pngSize(fs.readFileSync(file));
    if (!actual) problems.push(`icon ${url} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`icon ${url} is ${actual.width}×${actual.height}, not ${size}×${size}`);
    }
  }
  const namespaceResid = /<Namespace resid="([^"]+)"/.exec(xml)?.[1];
  const namespace =
    namespaceResid &&
    new RegExp(`<bt:String id="${namespaceResid}" DefaultValue="([^"]*)"`).exec(xml)?.[1];
  if (namespaceResid && namespace !== undefined && !/^[A-Za-z0-9_.]{1,32}$/.test(namespace)) {
    problems.push(
      `the functions' namespace "${namespace}" must be 1–32 letters, digits, "_" or "."`
    );
  }
  return problems;
}

/** functions.json against the built functions.js: every id must be registered by the code. */
function checkFunctionsMetadata(metadataJson, functionsJs) {
  const problems = [];
  let functions;
  try {
    functions = JSON.parse(metadataJson).functions;
  } catch (err) {
    return [`functions.json is not JSON: ${err.message}`];
  }
  const registered = new Set(
    [...functionsJs.matchAll(/CustomFunctions\.associate\("([^"]+)"/g)].map((m) => m[1])
  );
  for (const f of functions) {
    if (!registered.has(f.id))
      problems.push(`functions.json id ${f.id} is not in the code (no CustomFunctions.associate)`);
  }
  for (const id of registered) {
    if (!functions.some((f) => f.id === id))
      problems.push(`the code registers ${id}, which functions.json lacks`);
  }
  return problems;
}

module.exports = { validateAgainstXsd, checkBeyondXsd, checkFunctionsMetadata, pngSize, schemaDir };

// `npm run validate`: manifest.xml against the XSD and what the XSD cannot check.
const fs = require("fs");
const path = require("path");
const {
  validateAgainstXsd,
  checkBeyondXsd,
  checkFunctionsMetadata,
  schemaDir,
} = require("../release/manifest-checks");

(async () => {
  const file = path.resolve(process.argv[2] || "manifest.xml");
  const xml = fs.readFileSync(file, "utf8");
  const xsd = await validateAgainstXsd(xml);
  const problems = checkBeyondXsd(xml, path.resolve(__dirname, "..", "..", "assets"));
  const dist = path.resolve(__dirname, "..", "..", "dist");
  if (fs.existsSync(path.join(dist, "functions.json"))) {
    problems.push(
      ...checkFunctionsMetadata(
        fs.readFileSync(path.join(dist, "functions.json"), "utf8"),
        fs.readFileSync(path.join(dist, "functions.js"), "utf8")
      )
    );
  }
  if (xsd !== undefined && !xsd.valid) problems.unshift(...xsd.errors);
  if (problems.length) {
    console.error(`${path.basename(file)} is not valid:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  // Without the schemas nothing says the manifest is what Office accepts: say so, not "valid".
  if (xsd === undefined)
    console.warn(
      `${path.basename(file)}: the XSD check was SKIPPED (no schemas in ${schemaDir}), so its schema is unchecked; resids, https URLs and icons check out.`
    );
  else
    console.log(
      `${path.basename(file)} is valid against the XSD: resids, https URLs and icons check out.`
    );
})();

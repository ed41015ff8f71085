import * as fs from "fs";
import * as path from "path";
const {
  validateAgainstXsd,
  checkBeyondXsd,
  pngSize,
  schemaDir,
} = require("../scripts/manifest-checks");

const root = path.resolve(__dirname, "..");
const assets = path.join(root, "assets");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const haveSchemas = fs.existsSync(schemaDir);
if (!haveSchemas) console.warn(`SKIPPED: the XSD tests, since ${schemaDir} is absent.`);
const xsdTest = haveSchemas ? test : test.skip;

describe("manifest.xml", () => {
  xsdTest("is valid against Microsoft's add-in manifest XSD", async () => {
    const result = await validateAgainstXsd(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("defines every resid, uses only https and has every icon at its size", () => {
    expect(checkBeyondXsd(manifest, assets)).toEqual([]);
  });

  // Corrupted copies, each rejected by name: test/reliability/security.test.ts.

  test("uses the shared runtime, the OAI namespace and only ReadWriteDocument", () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="OAI"/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).not.toMatch(/<AppDomain>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*xsi:type="ShowTaskpane"/);
  });
});

describe("icons", () => {
  test.each([16, 32, 64, 80, 128])(
    "assets/icon-%i.png is a PNG of that many pixels square",
    (size) => {
      const png = fs.readFileSync(path.join(assets, `icon-${size}.png`));
      expect(pngSize(png)).toEqual({ width: size, height: size });
    }
  );
});

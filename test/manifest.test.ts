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

  xsdTest.each([
    ["a missing <Id>", (x: string) => x.replace(/<Id>[^<]*<\/Id>/, "")],
    [
      "a five-part <Version>",
      (x: string) => x.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>"),
    ],
    ["an unknown element", (x: string) => x.replace("<Hosts>", "<Colour>green</Colour><Hosts>")],
  ])("the XSD check rejects %s", async (_what, corrupt) => {
    const result = await validateAgainstXsd(corrupt(manifest));
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  test("defines every resid, uses only https and has every icon at its size", () => {
    expect(checkBeyondXsd(manifest, assets)).toEqual([]);
  });

  test.each([
    [
      "an undefined resid",
      (x: string) => x.replace('resid="Functions.Namespace"', 'resid="Functions.Nowhere"'),
      /Functions\.Nowhere/,
    ],
    [
      "an http URL",
      (x: string) =>
        x.replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"),
      /not https/,
    ],
    [
      "a missing icon",
      (x: string) => x.replace("icon-80.png", "icon-81.png"),
      /icon-81\.png is missing/,
    ],
    [
      "an icon of the wrong size",
      (x: string) => x.replace("assets/icon-16.png", "assets/icon-32.png"),
      /32×32, not 16×16/,
    ],
  ])("the extra checks name %s", (_what, corrupt, message) => {
    expect(checkBeyondXsd(corrupt(manifest), assets).join("\n")).toMatch(message);
  });

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
  test.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a %i px PNG", (size) => {
    const png = fs.readFileSync(path.join(assets, `icon-${size}.png`));
    expect(pngSize(png)).toEqual({ width: size, height: size });
  });
});

import * as fs from "fs";
import * as path from "path";
const {
  validateAgainstXsd,
  checkBeyondXsd,
  pngSize,
  schemaDir,
} = require("../../scripts/release/manifest-checks");

const root = path.resolve(__dirname, "..", "..");
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

  test("has one task pane, as a shared runtime needs: every ShowTaskpane action names the same TaskpaneId", () => {
    // learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime:
    // "A shared runtime only supports the use of one task pane. Note that any task pane without a
    // <TaskpaneID> is considered a different task pane."
    const actions = [...manifest.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)];
    expect(actions.length).toBeGreaterThanOrEqual(1);
    const ids = actions.map((a) => /<TaskpaneId>([^<]+)<\/TaskpaneId>/.exec(a[1])?.[1]);
    expect(ids.every((id) => id !== undefined)).toBe(true);
    expect(new Set(ids).size).toBe(1);
    for (const a of actions) expect(a[1]).toMatch(/<SourceLocation resid="Taskpane.Url"/);
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

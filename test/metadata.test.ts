import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { EXPORT_NAMES } from "./helpers/excel";
import { COVERAGE } from "../src/core";
const { slug } = require("../scripts/help-page");
const { DATA_FILE, dataTokens, withDataTokens } = require("../scripts/data-check");

const root = path.resolve(__dirname, "..");
const source = path.join(root, "src", "functions", "functions.ts");
const IDS_IN_ORDER = [
  "IMPLIEDREVENUE",
  "INFERENCERATIO",
  "INFERENCECOST",
  "REVENUESHARE",
  "RUNRATE",
  "IMPLIEDRATE",
  "SOURCE",
  "DATASET",
  "CARD",
];

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: { name: string; description: string; optional?: boolean; dimensionality?: string }[];
  result: { dimensionality?: string };
}

let functions: FunctionMetadata[];
let associations: { id: string; functionName: string }[];
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(source, true);
  expect(generated.errors).toEqual([]);
  functions = JSON.parse(generated.metadataJson).functions;
  associations = generated.associate;
});

describe("functions.json generated from the JSDoc", () => {
  test("has the nine ids", () => {
    expect(functions.map((f) => f.id)).toEqual(IDS_IN_ORDER);
  });

  test("every function and every parameter has a description a user can act on", () => {
    for (const f of functions) {
      expect(f.description.length).toBeGreaterThan(40);
      for (const p of f.parameters) {
        expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: .{25,}/);
      }
    }
  });

  test("optional parameters say their default", () => {
    for (const f of functions) {
      for (const p of f.parameters.filter((q) => q.optional))
        expect(p.description).toMatch(/default/i);
    }
  });

  test("the first argument takes a range and the result spills", () => {
    for (const f of functions.filter((g) => g.id !== "DATASET")) {
      expect(f.parameters[0].dimensionality).toBe("matrix");
      expect(f.result.dimensionality).toBe("matrix");
    }
  });

  test("each help URL points to that function's section of the README", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const anchors = new Set([...readme.matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1])));
    for (const f of functions) {
      const url = new URL(f.helpUrl);
      expect(url.protocol).toBe("https:");
      expect(url.pathname).toBe("/help.html");
      expect(url.hash).toBe(`#oai${f.id.toLowerCase()}`);
      expect(anchors).toContain(url.hash.slice(1));
    }
  });

  test("the build associates each id with the export of the same name in camelCase", () => {
    expect(Object.fromEntries(associations.map((a) => [a.id, a.functionName]))).toEqual(
      EXPORT_NAMES
    );
  });

  test("the exported names are the camelCase of the ids", async () => {
    const shim = await import("./helpers/excel");
    shim.installCustomFunctionsShim();
    const module = await import("../src/functions/functions");
    for (const id of IDS_IN_ORDER)
      expect(typeof (module as Record<string, unknown>)[EXPORT_NAMES[id]]).toBe("function");
  });

  test("the build's dist/functions.json is this metadata, with the data's period range filled in", () => {
    const text = fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8");
    // The data the build read: the data file, or the copy OAI_LEAK_DATA names.
    const data = process.env.OAI_LEAK_DATA || DATA_FILE;
    const tokens = dataTokens(JSON.parse(fs.readFileSync(data, "utf8")));
    const expected = JSON.parse(withDataTokens(JSON.stringify(functions), tokens));
    expect(JSON.parse(text).functions).toEqual(expected);
    expect(text).not.toContain("{{");
    const description = (id: string) =>
      expected.find((f: FunctionMetadata) => f.id === id).description;
    expect(description("DATASET")).toContain(`(${COVERAGE})`);
  });
});

describe("the built functions.json's argument options (learn.microsoft.com: custom-functions-json)", () => {
  const built = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(root, "dist", name), "utf8")) as Record<string, unknown>;

  test.each(["functions.json", "functions-de.json"])(
    "%s lets input errors and data-type values reach the functions",
    (name) => {
      const json = built(name);
      // Without it Excel would not call a function whose input range holds an error anywhere.
      expect(json.allowErrorForDataTypeAny).toBe(true);
      // Kept deliberately: formatted numbers arrive as objects and are unwrapped (cell-values.ts).
      expect(json.allowCustomDataForDataTypeAny).toBe(true);
    }
  );

  test("every range argument is `any`, the type that takes errors and data types", () => {
    const json = built("functions.json") as { functions: FunctionMetadata[] };
    for (const f of json.functions) {
      const first = f.parameters[0] as { type?: string } | undefined;
      if (f.id !== "DATASET") expect(first?.type).toBe("any");
    }
  });
});

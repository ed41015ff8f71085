import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
const { slug } = require("../scripts/help-page");

const root = path.resolve(__dirname, "..");
const source = path.join(root, "src", "functions", "functions.ts");
const IDS = [
  "IMPLIEDREVENUE",
  "INFERENCERATIO",
  "INFERENCECOST",
  "REVENUESHARE",
  "RUNRATE",
  "IMPLIEDRATE",
  "DATASET",
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
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(source, true);
  expect(generated.errors).toEqual([]);
  functions = JSON.parse(generated.metadataJson).functions;
});

const camelCase = (id: string) =>
  ({
    IMPLIEDREVENUE: "impliedRevenue",
    INFERENCERATIO: "inferenceRatio",
    INFERENCECOST: "inferenceCost",
    REVENUESHARE: "revenueShare",
    RUNRATE: "runRate",
    IMPLIEDRATE: "impliedRate",
    DATASET: "dataset",
  })[id];

describe("functions.json generated from the JSDoc", () => {
  test("has the seven ids", () => {
    expect(functions.map((f) => f.id)).toEqual(IDS);
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

  test("the exported names are the camelCase of the ids", async () => {
    const shim = await import("./helpers/excel");
    shim.installCustomFunctionsShim();
    const module = await import("../src/functions/functions");
    for (const id of IDS)
      expect(typeof (module as Record<string, unknown>)[camelCase(id)!]).toBe("function");
  });

  test("the build's dist/functions.json is this metadata", () => {
    const built = JSON.parse(fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8"));
    expect(built.functions).toEqual(functions);
  });
});

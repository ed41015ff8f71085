import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { EXPORT_NAMES } from "../support/excel";
import { COVERAGE } from "../../src/core";
const { slug, helpMarkdown } = require("../../scripts/build/help-page");
const { DATA_FILE, dataTokens, withDataTokens } = require("../../scripts/build/data-check");

const root = path.resolve(__dirname, "..", "..");
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

  test("each help URL points to that function's section of the help page (the user guide)", () => {
    const help = helpMarkdown();
    const anchors = new Set([...help.matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1])));
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
    const shim = await import("../support/excel");
    shim.installCustomFunctionsShim();
    const module = await import("../../src/functions/functions");
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
    "%s lets data-type values and input errors reach the functions, without the flag that crashes Excel 2021",
    (name) => {
      const json = built(name);
      // Formatted numbers and cards arrive as objects and are unwrapped (cell-values.ts); on
      // CustomFunctionsRuntime 1.4 hosts it "can cover both rich data types and rich errors"
      // (Microsoft in office-js #4385).
      expect(json.allowCustomDataForDataTypeAny).toBe(true);
      // office-js #4385: with both flags, volume-licensed Excel 2021 (LTSC) crashes; Microsoft
      // reproduced it, confirmed no crash without this one, and advised removing it.
      if ("allowErrorForDataTypeAny" in json)
        throw new Error(
          `${name} sets allowErrorForDataTypeAny: it crashes volume-licensed Excel 2021 next to allowCustomDataForDataTypeAny (office-js #4385). Remove it.`
        );
      const { ARGUMENT_OPTIONS } = require("../../scripts/build/metadata-options");
      expect(ARGUMENT_OPTIONS).not.toHaveProperty("allowErrorForDataTypeAny");
    }
  );

  test("every argument is `any`: Excel converts nothing, so the add-in's messages and rules reach the user", () => {
    // "By specifying a parameter type, Excel will convert values into that type before calling
    // the function. If the type is any, no conversion will be performed."
    // (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration#types)
    const json = built("functions.json") as { functions: FunctionMetadata[] };
    for (const f of json.functions) {
      f.parameters.forEach((p, i) => {
        const { type, dimensionality } = p as { type?: string; dimensionality?: string };
        expect([f.id, p.name, type]).toEqual([f.id, p.name, "any"]);
        // The first argument takes a range; the others are one value each (the generator
        // leaves a scalar's dimensionality out).
        if (f.id !== "DATASET")
          expect([f.id, p.name, dimensionality ?? "scalar"]).toEqual([
            f.id,
            p.name,
            i === 0 ? "matrix" : "scalar",
          ]);
      });
    }
  });
});

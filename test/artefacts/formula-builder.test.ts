/* The builder's pure part: one source of truth with the functions, and Excel's two syntaxes. */
import * as fs from "fs";
import * as path from "path";
import {
  FunctionMetadata,
  PREVIEWED_FUNCTIONS,
  argumentKind,
  formulaText,
  functionsOf,
  isReference,
  periodChoices,
  previewFormula,
} from "../../src/core";
import { BUILDER_WORDS } from "../../src/core/words/builder";

const dist = path.resolve(__dirname, "..", "..", "dist");
const built = (file: string): FunctionMetadata[] =>
  functionsOf(JSON.parse(fs.readFileSync(path.join(dist, file), "utf8")));

describe("the builder and the functions' metadata", () => {
  test("it computes exactly the functions functions.json declares", () => {
    expect([...PREVIEWED_FUNCTIONS].sort()).toEqual(
      built("functions.json")
        .map((f) => f.id)
        .sort()
    );
  });

  test("it offers an input for every parameter of every function, in both languages", () => {
    for (const file of ["functions.json", "functions-de.json"])
      for (const f of built(file))
        for (const p of f.parameters)
          expect([f.id, p.name, argumentKind(p)]).not.toContainEqual(undefined);
  });
});

describe("formula text", () => {
  const runRate = built("functions.json").find((f) => f.id === "RUNRATE")!;
  const dataset = built("functions.json").find((f) => f.id === "DATASET")!;

  test("English: commas and a decimal point; German: semicolons and a decimal comma", () => {
    const values = [
      { kind: "text", text: "Q3 2025" },
      { kind: "default" },
      { kind: "number", value: 0.1 + 0.2 },
    ] as const;
    expect(formulaText(runRate, values, "en")).toBe('=OAI.RUNRATE("Q3 2025",,0.3)');
    expect(formulaText(runRate, values, "de")).toBe('=OAI.RUNRATE("Q3 2025";;0,3)');
  });

  test("TRUE and FALSE are WAHR and FALSCH in German; trailing defaults are left out", () => {
    expect(formulaText(dataset, [{ kind: "boolean", value: false }], "de")).toBe(
      "=OAI.DATASET(FALSCH)"
    );
    expect(formulaText(dataset, [{ kind: "default" }], "en")).toBe("=OAI.DATASET()");
  });

  test("a boolean is written with the word the builder's choice shows", () => {
    for (const locale of ["en", "de"] as const)
      for (const value of [true, false])
        expect(formulaText(dataset, [{ kind: "boolean", value }], locale)).toBe(
          `=OAI.DATASET(${value ? BUILDER_WORDS[locale].trueWord : BUILDER_WORDS[locale].falseWord})`
        );
    expect(formulaText(dataset, [{ kind: "boolean", value: true }], "en")).toBe(
      "=OAI.DATASET(TRUE)"
    );
  });

  test("a quote in text is doubled, as Excel writes it", () => {
    expect(formulaText(runRate, [{ kind: "text", text: 'a"b' }], "en")).toBe(
      '=OAI.RUNRATE("a""b")'
    );
  });

  test("cell references and names are references; a sentence is not", () => {
    for (const r of ["B2", "$B$2", "Sheet1!A1:B3", "'My sheet'!C4", "OAI_ShareRate"])
      expect([r, isReference(r)]).toEqual([r, true]);
    for (const r of ["", "two words", "=A1", "1.5"])
      expect([r, isReference(r)]).toEqual([r, false]);
  });

  test("a named input previews with the value the workbook holds", () => {
    const values = [
      { kind: "text", text: "Q3 2025" },
      { kind: "reference", reference: "OAI_ShareRate" },
    ] as const;
    expect(previewFormula(runRate, values, "en", { OAI_ShareRate: 0.1 })).toMatchObject({
      kind: "value",
      value: 16.44,
    });
    expect(previewFormula(runRate, values, "en")).toEqual({
      kind: "needsCells",
      references: ["OAI_ShareRate"],
    });
  });

  test("every period choice is one the functions accept", () => {
    for (const p of periodChoices())
      expect([p, previewFormula(runRate, [{ kind: "text", text: p }], "en").kind]).toEqual([
        p,
        "value",
      ]);
  });
});

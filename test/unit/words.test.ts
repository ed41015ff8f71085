/*
 * Every user-visible word lives in src/core/words: one typed file per language. A sentence (two
 * words with a space between) or a German letter in a string of any other source file fails here,
 * and so does a metric's number format typed anywhere but src/core/metrics.ts.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import {
  BN_FORMAT,
  CARD_FIELDS,
  DEFAULT_ASSUMPTIONS,
  PeriodCard,
  PeriodTotals,
  RATE_FORMAT,
  breakEvenRate,
  impliedRevenue,
  inferenceCost,
  inferenceRatio,
  lookupPeriod,
  periodCard,
  revenueShare,
  runRate,
} from "../../src/core";
import type { CardWords, FunctionWords, Words } from "../../src/core/words/words";
import { en } from "../../src/core/words/en";
import { de } from "../../src/core/words/de";
import { enWriter } from "../../src/core/words/en-writer";
import { deWriter } from "../../src/core/words/de-writer";
import { enCard } from "../../src/core/words/en-card";
import { deCard } from "../../src/core/words/de-card";
import * as enFunctions from "../../src/core/words/en-functions";
import * as deFunctions from "../../src/core/words/de-functions";

// Each language is all of Words: its pane's words and its writer's (shipped in another chunk).
const english: Words = { ...en, writer: enWriter };
const german: Words = { ...de, writer: deWriter };

const root = path.resolve(__dirname, "..", "..");
const WORDS = "src/core/words/";

/**
 * Files whose words are still to move into src/core/words (issue 21). The list only shrinks: a file
 * that no longer holds words must leave it, and no other file may hold any.
 */
const NOT_YET_MOVED = [
  "src/core/audit.ts",
  "src/core/checks.ts",
  "src/core/metrics.ts",
  "src/core/sheet-plan.ts",
  "src/core/sources.ts",
  "src/core/texts.ts",
  "src/core/totals.ts",
];

/** A developer's error, never shown to a user: the page lacks an element its script needs. */
const NOT_USER_VISIBLE = new Set(["The pane has no #", "The builder cannot compute OAI."]);

const SENTENCE = /[A-Za-zÄÖÜäöüß]{2,} [A-Za-zÄÖÜäöüß]{2,}/;
const GERMAN = /[ÄÖÜäöüß„“]/;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
}

/** The string pieces of a TypeScript file (literals and the text between a template's holes). */
function strings(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(root, file), "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const wordsIn = (file: string) =>
  strings(file).filter((s) => (SENTENCE.test(s) || GERMAN.test(s)) && !NOT_USER_VISIBLE.has(s));

describe("the word files", () => {
  const files = sourceFiles("src").filter((f) => f.endsWith(".ts") && !f.startsWith(WORDS));

  test.each(files.filter((f) => !NOT_YET_MOVED.includes(f)))(
    "%s holds no user-visible words",
    (file) => {
      expect(wordsIn(file)).toEqual([]);
    }
  );

  test.each(NOT_YET_MOVED)("%s is still to move (remove it from the list once it is)", (file) => {
    expect(wordsIn(file).length).toBeGreaterThan(0);
  });

  test("no translation file sits beside the code: the German tooltips are de.ts's", () => {
    const jsonWords = sourceFiles("src").filter(
      (f) => f.endsWith(".json") && !f.startsWith("src/data/") && !f.endsWith("tsconfig.json")
    );
    expect(jsonWords).toEqual([]);
  });

  test("English and German have the same entries, none of them empty", () => {
    const entries = (w: Words, card: CardWords) =>
      [
        ...Object.keys(w.pane).map((k) => `pane.${k}`),
        ...Object.keys(w.pane.static).map((k) => `pane.static.${k}`),
        ...Object.keys(w.writer).map((k) => `writer.${k}`),
        ...Object.keys(card).map((k) => `card.${k}`),
      ].sort();
    expect(entries(german, deCard)).toEqual(entries(english, enCard));
    for (const [w, card] of [
      [english, enCard],
      [german, deCard],
    ] as const) {
      for (const text of Object.values(w.pane.static)) expect(text.trim()).not.toBe("");
      for (const entry of [...Object.values(w.writer), ...Object.values(card)])
        if (typeof entry === "string") expect(entry.trim()).not.toBe("");
    }
  });

  test("the functions' catalogue is English's whole; German reads its own month names", () => {
    // The type says the same at compile time (en-functions.ts's Catalogue); this checks the values.
    const catalogue: FunctionWords = enFunctions;
    for (const entry of Object.values(catalogue))
      if (typeof entry === "string") expect(entry.trim()).not.toBe("");
    for (const months of [enFunctions.months, deFunctions.months]) {
      expect(months).toHaveLength(12);
      for (const names of months) for (const name of names) expect(name).toBe(name.toUpperCase());
    }
    // A name both languages use ("APRIL", "SEP") means the same month in each.
    const monthOf = (months: FunctionWords["months"], name: string) =>
      months.findIndex((names) => names.includes(name));
    for (const names of deFunctions.months)
      for (const name of names)
        if (monthOf(enFunctions.months, name) >= 0)
          expect(monthOf(enFunctions.months, name)).toBe(monthOf(deFunctions.months, name));
  });

  test("a field has one name per language, wherever the pane shows it", () => {
    expect(en.pane.fields.share).toBe("Microsoft revenue share");
    expect(de.pane.fields.share).toBe("Microsoft-Umsatzbeteiligung");
    // A card's field names are English in every language: the English pane's names.
    expect([CARD_FIELDS.inferenceCost, CARD_FIELDS.revenueShare, CARD_FIELDS.implied]).toEqual([
      en.pane.fields.inference,
      en.pane.fields.share,
      en.pane.fields.revenue,
    ]);
  });
});

describe("one definition per metric: number formats", () => {
  const formats = new Set([
    BN_FORMAT,
    RATE_FORMAT,
    ...[inferenceCost, revenueShare, impliedRevenue, inferenceRatio, runRate, breakEvenRate].map(
      (m) => m.numberFormat
    ),
  ]);

  test.each(sourceFiles("src").filter((f) => f.endsWith(".ts") && f !== "src/core/metrics.ts"))(
    "%s types no metric's number format: it takes it from metrics.ts",
    (file) => {
      expect(strings(file).filter((s) => formats.has(s))).toEqual([]);
    }
  );

  test("the card shows each figure in its metric's format", () => {
    const card = periodCard(lookupPeriod("2024") as PeriodTotals, DEFAULT_ASSUMPTIONS, "en");
    const format = (field: string) =>
      ((card as PeriodCard).properties[field] as { numberFormat?: string }).numberFormat;
    expect(format(CARD_FIELDS.inferenceCost)).toBe(inferenceCost.numberFormat);
    expect(format(CARD_FIELDS.revenueShare)).toBe(revenueShare.numberFormat);
    expect(format(CARD_FIELDS.implied)).toBe(impliedRevenue.numberFormat);
    expect(format(CARD_FIELDS.ratio)).toBe(inferenceRatio.numberFormat);
    expect(format(CARD_FIELDS.runRate)).toBe(runRate.numberFormat);
    expect(format(CARD_FIELDS.breakEven)).toBe(breakEvenRate.numberFormat);
    expect(format(CARD_FIELDS.shareRate)).toBe(RATE_FORMAT);
  });
});

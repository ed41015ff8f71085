/*
 * Every user-visible word lives in src/core/words: one typed file per language. A sentence (two
 * words with a space between), a German letter, a single word of the word files ("Total", "WAHR")
 * or a unit's word ("bn", "Mrd.", "Mio.") in a string of any other source file fails here, and so
 * does a number format typed anywhere but src/core/metrics.ts.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import {
  BN_FORMAT,
  CARD_FIELDS,
  CHECK_FORMAT,
  DEFAULT_ASSUMPTIONS,
  GAP_FORMAT,
  Metric,
  PeriodCard,
  PeriodTotals,
  QUARTERS,
  RATE_FORMAT,
  SHEET_TEXTS,
  TABLE_METRICS,
  breakEvenRate,
  buildSensitivityPlan,
  impliedRevenue,
  impliedRevenuePublished,
  inferenceCost,
  inferenceRatio,
  lookupPeriod,
  periodCard,
  revenueShare,
  runRate,
  totalChecks,
} from "../../src/core";
import type { CardWords, FunctionWords, Words } from "../../src/core/words/words";
import { en } from "../../src/core/words/en";
import { de, functionTooltips as deTooltips } from "../../src/core/words/de";
import { enWriter } from "../../src/core/words/en-writer";
import { deWriter } from "../../src/core/words/de-writer";
import { enCard } from "../../src/core/words/en-card";
import { deCard } from "../../src/core/words/de-card";
import * as enFunctions from "../../src/core/words/en-functions";
import * as deFunctions from "../../src/core/words/de-functions";
import { enAudit, enSheet } from "../../src/core/words/en-sheet";
import { deAudit, deSheet } from "../../src/core/words/de-sheet";
import { enAssumptions } from "../../src/core/words/en-metrics";
import { deAssumptions, deMetrics } from "../../src/core/words/de-metrics";

// Each language is all of Words: its pane's words, and its writer's, sheet's and audit's (shipped
// in the workbook chunk).
const english: Words = { ...en, writer: enWriter, sheet: enSheet, audit: enAudit };
const german: Words = { ...de, writer: deWriter, sheet: deSheet, audit: deAudit };

const root = path.resolve(__dirname, "..", "..");
const WORDS = "src/core/words/";

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

/** Every text of the word files, from every export of each, however deep: "Total", "WAHR", "bn". */
function wordValues(): Set<string> {
  const found = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === "string") found.add(v.trim());
    else if (v && typeof v === "object") Object.values(v).forEach(collect);
  };
  for (const file of sourceFiles(WORDS.slice(0, -1)))
    collect(require(path.join(root, file.replace(/\.ts$/, ""))));
  // A text without two letters in a row ("~", "") is punctuation, not a word.
  return new Set([...found].filter((w) => /[A-Za-zÄÖÜäöüß]{2}/.test(w)));
}

/**
 * A code's own name, lowercase first as the code writes ids: a kind ("total"), a style, a DOM id,
 * an ARIA value ("true"). Such a string is a word only if the word files hold it as it is.
 */
const CODE_NAME = /^[a-z][A-Za-z0-9-]*$/;

/** Whether a string is one of the word files' words: as it is, or in any case but a code's name. */
function isWord(text: string, words: Set<string>, lowerWords: Set<string>): boolean {
  const trimmed = text.trim();
  return words.has(trimmed) || (!CODE_NAME.test(text) && lowerWords.has(trimmed.toLowerCase()));
}

/** A unit's word, on its own: "1.4 bn", "Mrd. USD", "29,5 Mio.". */
const UNIT_WORD = /\b(bn|Mrd|Mio)\b/;

/**
 * Strings equal to a word of the word files that are not shown to a user, by file. Only ids and
 * Office's own names belong here.
 */
const NOT_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Locale ids, which the pane's words carry as their lang ("en", "de").
  "*": ["en", "de"],
  // The <option> values of a boolean argument, which the builder's words label (TRUE, WAHR).
  "src/taskpane/builder/builder.ts": ["TRUE", "FALSE"],
};

const singleWordsIn = (file: string, words: Set<string>) => {
  const allowed = new Set([...NOT_WORDS["*"], ...(NOT_WORDS[file] ?? [])]);
  const lowerWords = new Set([...words].map((w) => w.toLowerCase()));
  return strings(file).filter(
    (s) => !allowed.has(s) && (isWord(s, words, lowerWords) || UNIT_WORD.test(s))
  );
};

describe("the word files", () => {
  const files = sourceFiles("src").filter((f) => f.endsWith(".ts") && !f.startsWith(WORDS));

  test.each(files)("%s holds no user-visible words", (file) => {
    expect(wordsIn(file)).toEqual([]);
  });

  const values = wordValues();
  test.each(files)("%s types no single word of the word files, and no unit's word", (file) => {
    expect(singleWordsIn(file, values)).toEqual([]);
  });

  test("the single-word check sees the words it is for", () => {
    const lower = new Set([...values].map((w) => w.toLowerCase()));
    for (const word of ["Total", "Quartal", "WAHR", "FALSCH", "TOTAL", " Total ", "bn", "Mio."])
      expect([word, isWord(word, values, lower) || UNIT_WORD.test(word)]).toEqual([word, true]);
    // A code's name that happens to be a word in another case is the code's: a check's kind.
    expect(isWord("total", values, lower)).toBe(false);
    for (const text of ["Mrd. USD", "1.4 bn", "29,5 Mio."]) expect(UNIT_WORD.test(text)).toBe(true);
    // Ids that merely contain a unit's letters are no words: the metrics' unit "bnUsd".
    expect(UNIT_WORD.test("bnUsd")).toBe(false);
  });

  test("no translation file sits beside the code: the German tooltips are de.ts's", () => {
    const jsonWords = sourceFiles("src").filter(
      (f) => f.endsWith(".json") && !f.startsWith("src/data/") && !f.endsWith("tsconfig.json")
    );
    expect(jsonWords).toEqual([]);
  });

  test("English and German have the same entries, none of them empty", () => {
    const keys = (prefix: string, o: object) => Object.keys(o).map((k) => `${prefix}.${k}`);
    const entries = (w: Words, card: CardWords) =>
      [
        ...keys("pane", w.pane),
        ...keys("pane.static", w.pane.static),
        ...keys("writer", w.writer),
        ...keys("sheet", w.sheet),
        ...keys("sheet.metrics", w.sheet.metrics),
        ...keys("sheet.nameComments", w.sheet.nameComments),
        ...keys("sheet.rateValidation", w.sheet.rateValidation),
        ...keys("sheet.paymentsValidation", w.sheet.paymentsValidation),
        ...keys("audit", w.audit),
        ...keys("card", card),
      ].sort();
    expect(entries(german, deCard)).toEqual(entries(english, enCard));
    const texts = (o: object): string[] =>
      Object.values(o).flatMap((v) =>
        typeof v === "string" ? [v] : typeof v === "object" ? texts(v) : []
      );
    for (const [w, card] of [
      [english, enCard],
      [german, deCard],
    ] as const) {
      for (const text of Object.values(w.pane.static)) expect(text.trim()).not.toBe("");
      for (const part of [w.writer, w.sheet, w.audit, card])
        for (const text of texts(part)) expect(text.trim()).not.toBe("");
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

  test("a metric has one name per language, wherever the sheet, the pane and the card show it", () => {
    for (const w of [english, german]) expect(w.pane.metrics).toBe(w.sheet.metrics);
    expect(en.pane.metrics.revenueShare).toBe("Microsoft revenue share");
    expect(de.pane.metrics.revenueShare).toBe("Microsoft-Umsatzbeteiligung");
    // A card's field names are English in every language: the English names, but for the one
    // that formulas read since the first card (en-card.ts says why).
    expect([
      CARD_FIELDS.inferenceCost,
      CARD_FIELDS.revenueShare,
      CARD_FIELDS.impliedPublished,
      CARD_FIELDS.ratio,
      CARD_FIELDS.runRate,
      CARD_FIELDS.breakEven,
    ]).toEqual([
      en.pane.metrics.inferenceCost,
      en.pane.metrics.revenueShare,
      en.pane.metrics.impliedRevenuePublished,
      en.pane.metrics.inferenceRatio,
      en.pane.metrics.runRate,
      en.pane.metrics.breakEvenRate,
    ]);
    expect(CARD_FIELDS.implied).toBe("Implied revenue");
    // The run rate has one name, which card formulas (=A1.[Run rate]) have read since the first card.
    expect(en.pane.metrics.runRate).toBe("Run rate");
    // German: the annual revenue extrapolated, as its tooltips say (a "Jahresrate" is an instalment).
    expect(de.pane.metrics.runRate).toBe("Hochgerechneter Jahresumsatz");
  });
});

describe("the share rate (the assumption) has one name per language, apart from the share (the amount)", () => {
  const languages = [
    ["en", english, enAssumptions, enCard],
    ["de", german, deAssumptions, deCard],
  ] as const;

  test.each(languages)(
    "%s: every place a user reads the rate names it so",
    (lang, w, names, card) => {
      const places = {
        paneLabel: w.pane.static.rateLabel,
        paneMissing: w.pane.rateMissing,
        paneRange: w.pane.rateRange,
        headline: w.pane.headline("Q3 2025", "1.78", "20%", undefined),
        altman: w.pane.altman("Q3 2025", "Sam Altman", "20", "8.2%", "20.0%"),
        sheetLabel: w.sheet.rateLabel,
        validationTitle: w.sheet.rateValidation.title,
        validationError: `${w.sheet.rateValidation.errorTitle} ${w.sheet.rateValidation.error}`,
        gridTitle: w.sheet.gridTitle,
        gridNote: w.sheet.gridNote,
        gridCorner: w.sheet.gridCorner,
        nameComment: w.sheet.nameComments.shareRate,
        rateUsed: w.sheet.nameComments.rateUsed,
        sensitivity: w.sheet.nameComments.sensitivity,
        card: card.fallback("Q3 2025", "3.648", "2.055", "20.0%", "1.78×"),
        ...(lang === "de"
          ? Object.fromEntries(
              Object.entries(deTooltips).flatMap(([fn, t]) =>
                "rate" in t.parameters ? [[`${fn} rate`, t.parameters.rate]] : []
              )
            )
          : {}),
      };
      // The grid's corner, the validation's title and the labels are the name itself.
      expect([places.gridCorner, places.validationTitle]).toEqual([
        names.shareRate,
        names.shareRate,
      ]);
      expect(places.sheetLabel.startsWith(`${names.shareRate}: `)).toBe(true);
      for (const [place, text] of Object.entries(places))
        expect([
          place,
          text.includes(names.shareRate) || text.includes(names.shareRate.toLowerCase()),
        ]).toEqual([place, true]);
    }
  );

  test("no other name for the rate is left, nor one word for both", () => {
    const texts = (prefix: string) =>
      sourceFiles(WORDS.slice(0, -1))
        .filter((f) => path.basename(f).startsWith(prefix))
        .flatMap((f) => strings(f));
    // English: the amount is "Microsoft revenue share"; the rate never "revenue share rate" or a "share".
    expect(
      texts("en").filter((t) => /revenue share rate|Microsoft's share|% share/i.test(t))
    ).toEqual([]);
    // German: "Umsatzbeteiligung" is the amount's name only; "Anteil" meant either, so neither.
    expect(
      texts("de").filter(
        (t) => /Anteil/.test(t) || (/Umsatzbeteiligung/.test(t) && t !== deMetrics.revenueShare)
      )
    ).toEqual([]);
    expect(deMetrics.revenueShare).toBe("Microsoft-Umsatzbeteiligung");
    expect(deAssumptions.shareRate).toBe("Beteiligungssatz");
    expect(enAssumptions.shareRate).toBe("Share rate");
    // The card's field stays "Share rate": formulas read it (=A1.[Share rate]).
    expect(CARD_FIELDS.shareRate).toBe("Share rate");
  });
});

describe("one definition per metric: names and headers", () => {
  test("a table header is its metric's name and its unit, as every workbook so far has it", () => {
    // The headers existing workbooks carry: a refresh and the audit recognise the table by them.
    expect(SHEET_TEXTS.en.headers).toEqual([
      "Quarter",
      "Inference cost (bn USD)",
      "Microsoft revenue share (bn USD)",
      "Implied revenue, published (bn USD)",
      "Implied revenue at assumptions (bn USD)",
      "Inference ratio",
    ]);
    expect(SHEET_TEXTS.de.headers).toEqual([
      "Quartal",
      "Inferenzkosten (Mrd. USD)",
      "Microsoft-Umsatzbeteiligung (Mrd. USD)",
      "Impliziter Umsatz, veröffentlicht (Mrd. USD)",
      "Impliziter Umsatz bei den Annahmen (Mrd. USD)",
      "Inferenzquote",
    ]);
    for (const [sheet, words] of [
      [SHEET_TEXTS.en, enSheet],
      [SHEET_TEXTS.de, deSheet],
    ] as const) {
      expect(sheet.headers).toEqual([
        words.quarter,
        ...TABLE_METRICS.map((m) =>
          m.unit === "bnUsd" ? `${words.metrics[m.id]} (${words.bnUsd})` : words.metrics[m.id]
        ),
      ]);
      expect(sheet.checkHeaders.slice(0, 3)).toEqual(
        [words.stated, words.fromQuarters, words.gap].map((n) => `${n} (${words.bnUsd})`)
      );
      expect(sheet.breakEven).toBe(words.metrics[breakEvenRate.id]);
    }
  });

  test("the table's columns take their number formats from their metrics", () => {
    expect(TABLE_METRICS.map((m) => m.id)).toEqual([
      inferenceCost.id,
      revenueShare.id,
      impliedRevenuePublished.id,
      impliedRevenue.id,
      inferenceRatio.id,
    ]);
  });

  test("a check names its figure as the table's header does, without the unit", () => {
    for (const [sheet, words] of [
      [SHEET_TEXTS.en, enSheet],
      [SHEET_TEXTS.de, deSheet],
    ] as const) {
      for (const c of totalChecks()) {
        const period = c.subject.kind === "total" ? c.subject.period : "";
        const named = sheet.headers.filter((h) =>
          sheet.checkName(c).startsWith(`${h.replace(` (${words.bnUsd})`, "")}, ${period}: `)
        );
        expect([sheet.checkName(c), named.length]).toEqual([sheet.checkName(c), 1]);
      }
    }
    const revenue = totalChecks().find(
      (c) => c.subject.kind === "total" && c.subject.field === "revenue"
    )!;
    expect(SHEET_TEXTS.en.checkName(revenue)).toBe(
      "Implied revenue, published, 2024: article against the sum of the quarters"
    );
  });
});

/**
 * An Excel number format's shape: digits' placeholders with decimals, a percent or a quoted
 * suffix, up to three sections ("0.000", "0.0%", '0.00"×"', "+0.0000;-0.0000;0.0000").
 */
const NUMBER_FORMAT = /^[+-]?[#0,]*0(\.0+)?%?("[^"]*")?(;[+-]?[#0,]*0(\.0+)?%?("[^"]*")?){0,2}$/;
const looksLikeFormat = (s: string) => NUMBER_FORMAT.test(s) && /[.%"]/.test(s);

describe("one definition per metric: number formats", () => {
  const formats = new Set([
    BN_FORMAT,
    RATE_FORMAT,
    CHECK_FORMAT,
    GAP_FORMAT,
    ...[inferenceCost, revenueShare, impliedRevenue, inferenceRatio, runRate, breakEvenRate].map(
      (m) => m.numberFormat
    ),
  ]);

  test.each(sourceFiles("src").filter((f) => f.endsWith(".ts") && f !== "src/core/metrics.ts"))(
    "%s types no metric's number format: it takes it from metrics.ts",
    (file) => {
      expect(strings(file).filter((s) => formats.has(s) || looksLikeFormat(s))).toEqual([]);
    }
  );

  test("a format is recognised by its shape, whatever its value", () => {
    for (const f of [...formats, "0.0000", "#,##0.00", "0%"])
      expect([f, looksLikeFormat(f)]).toEqual([f, true]);
    for (const s of ["0", "0,385", "2024", "Q1 2024", "=ROUND(RC[-1]-RC[-2],4)", "20 %"])
      expect([s, looksLikeFormat(s)]).toEqual([s, false]);
  });

  /** Gives a metric another format for the length of `run`: what shows it must follow. */
  function withFormat(metric: Metric, format: string, run: () => void): void {
    const writable = metric as { numberFormat: string };
    const was = writable.numberFormat;
    writable.numberFormat = format;
    try {
      run();
    } finally {
      writable.numberFormat = was;
    }
  }

  test("the card's published implied revenue and the grid's break-even rates follow their metrics", () => {
    withFormat(impliedRevenuePublished, '0.0000"p"', () => {
      const card = periodCard(lookupPeriod("2024") as PeriodTotals, DEFAULT_ASSUMPTIONS, "en");
      const field = (card as PeriodCard).properties[CARD_FIELDS.impliedPublished];
      expect((field as { numberFormat?: string }).numberFormat).toBe('0.0000"p"');
    });
    withFormat(breakEvenRate, '0.00%"b"', () => {
      const grid = buildSensitivityPlan("en");
      const breakEven = grid.cells.filter((c) => c.numberFormat === '0.00%"b"');
      // One per quarter: the break-even row.
      expect(breakEven).toHaveLength(QUARTERS.length);
    });
  });

  test("the card shows each figure in its metric's format", () => {
    const card = periodCard(lookupPeriod("2024") as PeriodTotals, DEFAULT_ASSUMPTIONS, "en");
    const format = (field: string) =>
      ((card as PeriodCard).properties[field] as { numberFormat?: string }).numberFormat;
    expect(format(CARD_FIELDS.inferenceCost)).toBe(inferenceCost.numberFormat);
    expect(format(CARD_FIELDS.revenueShare)).toBe(revenueShare.numberFormat);
    expect(format(CARD_FIELDS.implied)).toBe(impliedRevenue.numberFormat);
    expect(format(CARD_FIELDS.impliedPublished)).toBe(impliedRevenuePublished.numberFormat);
    expect(format(CARD_FIELDS.ratio)).toBe(inferenceRatio.numberFormat);
    expect(format(CARD_FIELDS.runRate)).toBe(runRate.numberFormat);
    expect(format(CARD_FIELDS.breakEven)).toBe(breakEvenRate.numberFormat);
    expect(format(CARD_FIELDS.shareRate)).toBe(RATE_FORMAT);
  });
});

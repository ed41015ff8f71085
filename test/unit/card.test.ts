/*
 * OAI.CARD: each period as an Excel data type (an entity with a card), checked against what
 * Microsoft's entity-card docs require; its fallback where Excel has no data types; cards given
 * back to the other functions; English and German.
 */
import * as fs from "fs";
import * as path from "path";
import {
  CARD_PERIOD_KEY,
  DEFAULT_ASSUMPTIONS,
  PeriodCard,
  PeriodTotals,
  cardFields,
  lookupPeriod,
  periodCard,
} from "../../src/core";
import { ExcelError, installCustomFunctionsShim, only } from "../support/excel";
import { enCard } from "../../src/core/words/en-card";
import { deCard } from "../../src/core/words/de-card";
import { deMetrics } from "../../src/core/words/de-metrics";
import { functionTooltips as deTooltips } from "../../src/core/words/de";
import { deSheet } from "../../src/core/words/de-sheet";
import { enSheet } from "../../src/core/words/en-sheet";
import * as say from "../../src/core/words/en-functions";
import { AFTER_LAST_QUARTER } from "../support/data";

installCustomFunctionsShim();
const oai =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

/** Office as the shared runtime shows it, ready: requirement sets and the display language. */
function office(dataTypes: boolean, displayLanguage = "en-US", excelApi = "1.19"): void {
  (globalThis as Record<string, unknown>).Office = {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          (dataTypes && name === "CustomFunctionsRuntime" && Number(version) <= 1.4) ||
          (name === "ExcelApi" && versionAtMost(version, excelApi)),
      },
    },
    onReady: () => Promise.resolve({ host: "Excel" }),
  };
}
afterEach(() => delete (globalThis as Record<string, unknown>).Office);

/** "1.9" is at most "1.19": requirement-set versions compare part by part. */
function versionAtMost(want: string, have: string): boolean {
  const [a, b] = [want, have].map((v) => v.split(".").map(Number));
  return a[0] !== b[0] ? a[0] < b[0] : a[1] <= b[1];
}

const cardOf = (period: string, locale: "en" | "de" = "en") =>
  periodCard(lookupPeriod(period) as PeriodTotals, DEFAULT_ASSUMPTIONS, locale) as PeriodCard;

/** Every period a user can ask for a card of: each quarter, halves, years, 9M, a range. */
const PERIODS = [
  ...["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025", "Q3 2025"],
  ...["H1 2024", "H2 2024", "H1 2025", "2024", "9M 2025", "Q1 2024 – Q3 2025"],
];

describe("the card's shape, as Microsoft's entity-card docs require (learn.microsoft.com: excel-data-types-entity-card)", () => {
  test.each(PERIODS.flatMap((p) => [[p, "en"] as const, [p, "de"] as const]))(
    "%s (%s): sections and title name defined properties; numbers have a format and, but for the assumptions, a source",
    (period, locale) => {
      const card = cardOf(period, locale);
      const names = Object.keys(card.properties);
      expect(card.text).toBe(period);
      expect(names).toContain(card.layouts.card.title.property);
      for (const section of card.layouts.card.sections)
        for (const p of section.properties) expect(names).toContain(p);
      expect(names).toEqual([CARD_PERIOD_KEY, ...cardFields()]);
      const assumptions = card.layouts.card.sections[1].properties;
      for (const [name, p] of Object.entries(card.properties)) {
        if (p.type === "String") expect(typeof p.basicValue).toBe("string");
        else {
          expect(Number.isFinite(p.basicValue)).toBe(true);
          expect(p.numberFormat).toMatch(/^0\.0+(%|"×")?$/);
          const sourced = (p.propertyMetadata?.attribution ?? []).every(
            (a) => a.sourceText.length > 0
          );
          expect([name, sourced && (p.propertyMetadata?.attribution?.length ?? 0) > 0]).toEqual([
            name,
            !assumptions.includes(name),
          ]);
        }
      }
    }
  );

  test.each(["en", "de"] as const)(
    "in %s: every property a section or the title names exists, and each has a type and basicValue",
    (locale) => {
      const card = cardOf("Q3 2025", locale);
      expect(card.type).toBe("Entity");
      expect(card.text).toBe("Q3 2025");
      const names = Object.keys(card.properties);
      expect(names).toContain(card.layouts.card.title.property);
      for (const section of card.layouts.card.sections) {
        expect(section.layout).toBe("List");
        for (const p of section.properties) expect(names).toContain(p);
      }
      for (const p of Object.values(card.properties)) {
        expect(["String", "Double"]).toContain(p.type);
        expect(p.basicValue).toBeDefined();
      }
    }
  );

  test("numbers carry Excel number formats, their unit as sublabel, and who reported or computed them", () => {
    const p = cardOf("2024").properties;
    expect(p["Inference cost"]).toMatchObject({
      type: "Double",
      basicValue: 3.767,
      numberFormat: "0.000",
      propertyMetadata: {
        sublabel: "bn USD",
        attribution: [{ sourceText: "Ed Zitron (internal documents)" }],
      },
    });
    expect(p["Inference ratio"]).toMatchObject({ numberFormat: '0.00"×"' });
    expect(p["Break-even share rate"]).toMatchObject({ numberFormat: "0.0%" });
    expect(p["Implied revenue, published"].propertyMetadata!.attribution![0].sourceText).toMatch(
      /Financial Times/
    );
    // Every figure names its source; the two assumptions are the user's own.
    for (const [name, v] of Object.entries(p))
      if (v.type === "Double")
        expect([name, (v.propertyMetadata?.attribution?.length ?? 0) > 0]).toEqual([
          name,
          !["Share rate", "Microsoft payments"].includes(name),
        ]);
    expect(p.Sources.basicValue).toMatch(
      /Inference cost: 3\.77 bn \(Ed Zitron\), ~3\.8 bn \(TechCrunch\), 3\.7 bn \(The Register\)\.$/
    );
    expect(p.Caveat.basicValue).toMatch(/Leaked and unconfirmed/);
    expect(p.Quarters.basicValue).toBe("Q1 2024, Q2 2024, Q3 2024, Q4 2024");
  });

  test("main figures first; the assumptions, and the sources and caveat, in collapsible sections", () => {
    const [main, assumptions, sources] = cardOf("Q3 2025").layouts.card.sections;
    expect(main.title).toBeUndefined();
    expect(main.properties).toEqual(cardFields().slice(1, 8));
    expect(assumptions).toMatchObject({
      collapsible: true,
      properties: ["Share rate", "Microsoft payments", "Quarters"],
    });
    expect(sources).toMatchObject({
      collapsible: true,
      collapsed: true,
      properties: ["Sources", "Caveat"],
    });
  });

  test("the add-in is the provider; the icon is one of Excel's (EntityCompactLayoutIcons)", () => {
    const card = cardOf("Q3 2025");
    expect(card.provider.description).toBe(enCard.provider);
    expect(card.provider.description).toMatch(/leaked, unconfirmed/);
    const types = fs.readFileSync(
      path.join(__dirname, "..", "..", "node_modules", "@types", "office-js", "index.d.ts"),
      "utf8"
    );
    expect(types).toContain(`= "${card.layouts.compact.icon}"`);
  });

  test("its own period is kept under a key hidden from the card, autocomplete and dot notation", () => {
    expect(cardOf("9M 2025").properties[CARD_PERIOD_KEY]).toEqual({
      type: "String",
      basicValue: "9M 2025",
      propertyMetadata: {
        excludeFrom: { cardView: true, autoComplete: true, calcCompare: true, dotNotation: true },
      },
    });
  });
});

describe("OAI.CARD", () => {
  test("with data types (CustomFunctionsRuntime 1.4): a card whose fields equal the other functions", async () => {
    office(true);
    const card = only(await oai.card([["Q3 2025"]])) as PeriodCard;
    expect(card.type).toBe("Entity");
    expect(card.properties["Inference ratio"].basicValue).toBe(
      only(oai.inferenceRatio([["Q3 2025"]]))
    );
    expect(card.properties["Implied revenue"].basicValue).toBe(
      only(oai.impliedRevenue([["Q3 2025"]]))
    );
    expect(card.properties["Run rate"].basicValue).toBe(only(oai.runRate([["Q3 2025"]])));
    expect(card.properties["Inference cost"].basicValue).toBe(
      only(oai.inferenceCost([["Q3 2025"]]))
    );
  });

  test("a range spills one card per cell; errors as the other functions give them", async () => {
    office(true);
    const out = await oai.card([["Q1 2024"], [AFTER_LAST_QUARTER], ["soon"], [null]]);
    expect((out[0][0] as PeriodCard).text).toBe("Q1 2024");
    expect((out[1][0] as ExcelError).code).toBe("#N/A");
    expect((out[2][0] as ExcelError).code).toBe("#VALUE!");
    expect(out[3][0]).toBe("");
  });

  test("the assumptions reach the card, and a bad rate is the functions' error", async () => {
    office(true);
    const card = only(await oai.card([["2024"]], 0.1, 0.05)) as PeriodCard;
    expect(card.properties["Share rate"].basicValue).toBe(0.1);
    expect(card.properties["Implied revenue"].basicValue).toBe(
      only(oai.impliedRevenue([["2024"]], 0.1, 0.05))
    );
    expect((only(await oai.card([["2024"]], 20)) as ExcelError).code).toBe("#VALUE!");
  });

  test.each([
    ["no Office (a plain runtime)", undefined],
    ["Office without CustomFunctionsRuntime 1.4 (perpetual Excel)", false],
  ])("%s: one line of text, never #VALUE! for lack of support", async (_what, dataTypes) => {
    if (dataTypes !== undefined) office(dataTypes);
    // The card's figures as the card shows them: 3 decimals and the unit for an amount.
    expect(only(await oai.card([["Q3 2025"]]))).toBe(
      enCard.fallback("Q3 2025", "3.648 bn USD", "2.055 bn USD", "20.0%", "1.78×")
    );
    expect(only(await oai.card([["Q3 2025"]]))).toBe(
      "Q3 2025: inference cost 3.648 bn USD, implied revenue 2.055 bn USD at a share rate of 20.0%, inference ratio 1.78×. Leaked, unconfirmed."
    );
  });

  test("the text fallback shows each number in its metric's format, at the card's own assumptions", async () => {
    // 2024: cost 0.547 + 0.748 + 1.005 + 1.467; implied (0.494 + 0.01) / 0.125 = 4.032; ratio 0.934….
    const line = only(await oai.card([["2024"]], 0.125, 0.01));
    expect(line).toBe(enCard.fallback("2024", "3.767 bn USD", "4.032 bn USD", "12.5%", "0.93×"));
    office(false, "de-DE");
    expect(only(await oai.card([["2024"]], 0.125, 0.01))).toBe(
      deCard.fallback("2024", "3,767 Mrd. USD", "4,032 Mrd. USD", "12,5%", "0,93×")
    );
  });

  test("the German tooltip lists the card's figures by their German metric names", () => {
    // A "Jahresrate" would be an annual instalment: the run rate is the extrapolated revenue.
    const tooltip = deTooltips.CARD.description;
    const inASentence = deMetrics.runRate[0].toLowerCase() + deMetrics.runRate.slice(1);
    expect(tooltip).toContain(inASentence);
    expect(tooltip).not.toMatch(/Jahresrate/);
  });

  test("the card's text fallback writes numbers with the sheet's decimal separator", () => {
    expect(enCard.decimalSeparator).toBe(enSheet.decimalSeparator);
    expect(deCard.decimalSeparator).toBe(deSheet.decimalSeparator);
  });

  test("in German Excel: the same field names; units, section titles, sources and provider in German", async () => {
    office(true, "de-DE");
    const german = only(await oai.card([["Q3 2025"]])) as PeriodCard;
    office(true, "en-US");
    const english = only(await oai.card([["Q3 2025"]])) as PeriodCard;
    // =A1.[Inference ratio] must read the same name wherever the card is recalculated.
    expect(Object.keys(german.properties)).toEqual(Object.keys(english.properties));
    expect(german.layouts.card.sections.map((x) => x.properties)).toEqual(
      english.layouts.card.sections.map((x) => x.properties)
    );
    for (const name of Object.keys(english.properties))
      expect([name, german.properties[name].basicValue]).toEqual([
        name,
        english.properties[name].basicValue,
      ]);
    // Only what no formula reads follows the language.
    expect(german.properties["Inference cost"].propertyMetadata).toEqual({
      sublabel: "Mrd. USD",
      attribution: [{ sourceText: "Ed Zitron (interne Dokumente)" }],
    });
    expect(german.layouts.card.sections[1].title).toBe("Annahmen");
    expect(german.layouts.card.sections[1].title).toBe(deCard.assumptionsTitle);
    expect(german.layouts.card.sections[2].title).toBe(deCard.sourcesTitle);
    expect(german.provider.description).toBe(deCard.provider);
    expect(german.provider.description).toMatch(/geleakt, unbestätigt/);
    office(false, "de-DE");
    // The German line is the word file's: decimal commas, German units and names.
    expect(only(await oai.card([["Q3 2025"]]))).toBe(
      deCard.fallback("Q3 2025", "3,648 Mrd. USD", "2,055 Mrd. USD", "20,0%", "1,78×")
    );
    expect(only(await oai.card([["Q3 2025"]]))).toMatch(
      /^Q3 2025: Inferenzkosten 3,648 Mrd\. USD, impliziter Umsatz 2,055 Mrd\. USD .*, Inferenzquote 1,78×\./
    );
  });

  test.each([
    ["de-DE", "en-US"],
    ["en-US", "de-DE"],
    ["de-AT", "en-GB"],
  ])("a card made under %s passes into every function under %s", async (made, used) => {
    office(true, made);
    const card = only(await oai.card([["9M 2025"]])) as PeriodCard;
    office(true, used);
    expect(only(oai.inferenceRatio([[card]]))).toBe(only(oai.inferenceRatio([["9M 2025"]])));
    expect(only(oai.impliedRevenue([[card]]))).toBe(only(oai.impliedRevenue([["9M 2025"]])));
    expect(only(oai.inferenceCost([[card]]))).toBe(8.67);
    expect(only(oai.revenueShare([[card]]))).toBe(only(oai.revenueShare([["9M 2025"]])));
    expect(only(oai.runRate([[card]]))).toBe(only(oai.runRate([["9M 2025"]])));
    expect(only(oai.impliedRate([[card]], 4.3))).toBe(only(oai.impliedRate([["9M 2025"]], 4.3)));
    expect(only(oai.source([[card]]))).toBe(only(oai.source([["9M 2025"]])));
    const again = only(await oai.card([[card]])) as PeriodCard;
    expect(Object.keys(again.properties)).toEqual(Object.keys(card.properties));
  });
});

describe("formatted numbers each Excel understands (@types/office-js: Double.numberFormat is ExcelApi 1.19)", () => {
  test.each([
    ["1.16", "FormattedNumber"],
    ["1.18", "FormattedNumber"],
    ["1.19", "Double"],
    ["1.20", "Double"],
  ])("with ExcelApi %s every figure is a %s with its number format", async (excelApi, type) => {
    office(true, "en-US", excelApi);
    const card = only(await oai.card([["Q3 2025"]])) as PeriodCard;
    const numbers = Object.values(card.properties).filter((p) => p.type !== "String");
    expect(numbers).toHaveLength(9);
    for (const p of numbers) {
      expect(p.type).toBe(type);
      expect(p).toHaveProperty("numberFormat");
    }
    // Either kind counts as its number when the card comes back.
    expect(only(oai.impliedRevenue([[card.properties["Microsoft revenue share"]]]))).toBe(2.055);
  });

  test("decided at each call: the same runtime moving to a newer Excel gets Doubles", async () => {
    office(true, "en-US", "1.18");
    expect((only(await oai.card([["2024"]])) as PeriodCard).properties["Run rate"].type).toBe(
      "FormattedNumber"
    );
    office(true, "en-US", "1.19");
    expect((only(await oai.card([["2024"]])) as PeriodCard).properties["Run rate"].type).toBe(
      "Double"
    );
  });
});

describe("data-type support is decided once Office is ready", () => {
  test("a call made before Office is ready waits for it, then gives a card, not text", async () => {
    let ready: (info: unknown) => void = () => undefined;
    const context: Record<string, unknown> = {};
    let onReadyCalls = 0;
    (globalThis as Record<string, unknown>).Office = {
      // Before Office is ready its context is not set up (Office.onReady, @types/office-js).
      context,
      onReady: () => {
        onReadyCalls++;
        return new Promise((resolve) => (ready = resolve));
      },
    };
    await jest.isolateModulesAsync(async () => {
      const fresh = require("../../src/functions/functions") as typeof oai;
      const first = fresh.card([["Q3 2025"]]);
      const second = fresh.card([["2024"]]);
      let settled = false;
      void first.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false); // no text made in the meantime
      context.displayLanguage = "en-US";
      context.requirements = {
        isSetSupported: (name: string) => name === "CustomFunctionsRuntime" || name === "ExcelApi",
      };
      ready({ host: "Excel" });
      expect((only(await first) as PeriodCard).type).toBe("Entity");
      expect((only(await second) as PeriodCard).text).toBe("2024");
      await fresh.card([["H1 2025"]]);
      expect(onReadyCalls).toBe(1); // one cached promise
    });
  });
});

describe("the add-in's card after Excel's round trip", () => {
  test("without its hidden key it is still known, by its provider and text (EntityCellValue)", () => {
    for (const locale of ["en", "de"] as const) {
      const card = cardOf("H1 2025", locale);
      const { [CARD_PERIOD_KEY]: _hidden, ...visible } = card.properties;
      void _hidden;
      expect(only(oai.revenueShare([[{ ...card, properties: visible }]]))).toBe(
        only(oai.revenueShare([["H1 2025"]]))
      );
    }
  });

  test("another provider's entity with a period as its text is not taken for one", () => {
    const card = cardOf("H1 2025");
    const { [CARD_PERIOD_KEY]: _hidden, ...visible } = card.properties;
    void _hidden;
    const foreign = { ...card, properties: visible, provider: { description: "Someone else" } };
    expect((only(oai.revenueShare([[foreign]])) as ExcelError).code).toBe("#VALUE!");
  });
});

describe("cards stay light (functions that take entities are slow in large workbooks: office-js #4654)", () => {
  const { CARD_BUDGET } = require("../../bench/bundle-sizes");
  test.each(PERIODS.flatMap((p) => [[p, "en"] as const, [p, "de"] as const]))(
    "the card of %s (%s) is within the budget as JSON",
    (period, locale) => {
      const bytes = Buffer.byteLength(JSON.stringify(cardOf(period, locale)));
      expect(bytes).toBeLessThanOrEqual(CARD_BUDGET);
    }
  );
});

describe("cards compose: every OAI function takes a card as its period", () => {
  const card = cardOf("Q3 2025");
  test.each([
    ["inferenceRatio", 1.77518248175182],
    ["inferenceCost", 3.648],
    ["revenueShare", 0.411],
    ["runRate", 8.22],
    ["impliedRevenue", 2.055],
  ] as const)("%s(card of Q3 2025) is %p", (fn, value) => {
    expect(only((oai[fn] as (p: unknown) => unknown[][])([[card]]))).toBe(value);
  });

  test("a German card too, and OAI.CARD of a card is that card again", async () => {
    office(true);
    expect(only(oai.inferenceCost([[cardOf("2024", "de")]]))).toBe(3.767);
    expect((only(await oai.card([[card]])) as PeriodCard).text).toBe("Q3 2025");
  });

  test("in German Excel too, a function's message is the English catalogue's (FunctionWords)", () => {
    office(true, "de-DE");
    const e = only(
      oai.inferenceCost([[{ type: "LinkedEntity", text: "Microsoft" }]])
    ) as ExcelError;
    expect(e.message).toBe(say.notPlain(say.dataTypeLinked));
  });

  test("an entity that is not the add-in's is #VALUE! saying so", () => {
    const e = only(
      oai.inferenceCost([[{ type: "Entity", text: "Q3 2025", properties: {} }]])
    ) as ExcelError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(say.notPlain(say.dataTypeEntity));
    expect(e.message).toMatch(/not one of this add-in's/);
  });
});

/*
 * The formula builder in chromium, as users receive it: dist/ served over http, office.js either
 * the real one (a plain browser) or the Excel fake with the shipped functions registered in it.
 * Every function of the built functions.json is built with each kind of argument; its formula is
 * checked in English and German syntax and its preview against calling the shipped function.
 */
import AxeBuilder from "@axe-core/playwright";
import * as fs from "fs";
import * as path from "path";
import { Page } from "playwright-core";

import { fakeOfficeScript } from "../../test-support/fake-office";
import { describeInChromium, dist, expectText, usePaneBrowser } from "../support/browser-pane";

const root = path.resolve(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts");

const describeBrowser = describeInChromium("the builder's browser tests");
// Each test drives many choices in a real browser, on a machine shared with other builds.
jest.setTimeout(120_000);

interface Parameter {
  name: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
}
/** The built metadata: the test takes the functions from it, as the builder does. */
const metadata = (file: string): Fn[] =>
  JSON.parse(fs.readFileSync(path.join(dist, file), "utf8")).functions;

const EXCEL_ERRORS: Record<string, string> = {
  value: "#VALUE!",
  na: "#N/A",
  num: "#NUM!",
  div0: "#DIV/0!",
  null: "#NULL!",
};

/** How a case sets one argument: the option chosen and, for a number or a cell, the text typed. */
type Setting =
  | { choose: "default" }
  | { choose: "period"; value: string }
  | { choose: "option"; value: string }
  | { choose: "number"; typed: string; value: number }
  | { choose: "named"; name: string }
  | { choose: "cell"; typed: string };

describeBrowser("the formula builder in chromium", () => {
  const pane = usePaneBrowser();

  const openPane = (width: number, officeScript?: string, locale?: string) =>
    pane.openPane(width, officeScript, locale);

  async function openBuilder(page: Page): Promise<void> {
    await page.click("#builder-title");
    await page.waitForSelector("#builder-function option", { state: "attached" });
  }

  /**
   * Chooses each case's function and sets its arguments in the page, as playwright's selectOption
   * and fill do (the control must be visible and enabled, the option offered; then the input and
   * change events a user's choice fires), and reads the formula shown and the preview's data after
   * each case: many cases in one round trip to the browser.
   */
  async function buildAll(page: Page, cases: { fn: Fn; settings: Setting[] }[]) {
    return page.evaluate(
      (cases) => {
        const usable = <T extends HTMLElement>(el: T | null, what: string): T => {
          if (!el) throw new Error(`${what} is not on the page`);
          if (el.getClientRects().length === 0) throw new Error(`${what} is not visible`);
          if ((el as unknown as { disabled?: boolean }).disabled)
            throw new Error(`${what} is disabled`);
          return el;
        };
        const choose = (select: HTMLSelectElement, value: string, what: string) => {
          if (![...select.options].some((o) => o.value === value))
            throw new Error(`${what} offers no ${value}`);
          select.value = value;
          select.dispatchEvent(new Event("input", { bubbles: true }));
          select.dispatchEvent(new Event("change", { bubbles: true }));
        };
        const optionLabelled = (select: HTMLSelectElement, label: RegExp, what: string) => {
          const found = [...select.options].find((o) => label.test(o.text));
          if (!found) throw new Error(`${what} offers nothing labelled ${label}`);
          return found.value;
        };
        const fnSelect = () =>
          usable(document.getElementById("builder-function") as HTMLSelectElement, "the function");
        return cases.map(({ id, parameters, settings }) => {
          choose(fnSelect(), id, "the function");
          parameters.forEach((name, i) => {
            const what = `${id}(${name})`;
            const select = usable(
              document.querySelector<HTMLSelectElement>(
                `#builder-body select[data-parameter="${name}"]`
              ),
              what
            );
            const s = settings[i];
            if (s.choose === "default")
              choose(select, optionLabelled(select, /default|Standard/, what), what);
            else if (s.choose === "period" || s.choose === "option") choose(select, s.value, what);
            else if (s.choose === "named") choose(select, s.name, what);
            else {
              const label =
                s.choose === "number" ? /^(A number|Eine Zahl)$/ : /^(A cell|Ein Zellbezug)/;
              choose(select, optionLabelled(select, label, what), what);
              const text = usable(
                document.getElementById(`${select.id}-value`) as HTMLInputElement,
                `${what}'s text`
              );
              text.value = s.typed;
              text.dispatchEvent(new Event("input", { bubbles: true }));
            }
          });
          const result = document.getElementById("builder-result")!;
          return {
            formula: document.getElementById("builder-formula")!.textContent,
            preview: JSON.parse(result.dataset.result ?? "null"),
            shown: result.textContent,
          };
        });
      },
      cases.map(({ fn, settings }) => ({
        id: fn.id,
        parameters: fn.parameters.map((p) => p.name),
        settings,
      }))
    );
  }

  /** One case: chooses `fn` and sets its arguments; returns the formula shown and the preview's data. */
  const build = async (page: Page, fn: Fn, settings: Setting[]) =>
    (await buildAll(page, [{ fn, settings }]))[0];

  /** The period choices the pane offers each function (everything the data covers), in one round trip. */
  const periodChoicesOf = (page: Page, fns: Fn[]): Promise<Record<string, string[]>> =>
    page.evaluate(
      (fns) =>
        Object.fromEntries(
          fns.map(({ id, first }) => {
            const fnSelect = document.getElementById("builder-function") as HTMLSelectElement;
            fnSelect.value = id;
            fnSelect.dispatchEvent(new Event("change", { bubbles: true }));
            const options = first
              ? [
                  ...document.querySelectorAll<HTMLOptionElement>(
                    `#builder-body select[data-parameter="${first}"] option`
                  ),
                ]
              : [];
            return [id, options.map((o) => o.value).filter((v) => !v.startsWith("~"))];
          })
        ),
      fns.map((f) => ({ id: f.id, first: f.parameters[0]?.name }))
    );

  /** The formula the settings make, written here independently of the builder. */
  function expectedFormula(fn: Fn, settings: Setting[], locale: "en" | "de"): string {
    const args = settings.map((s) => {
      switch (s.choose) {
        case "default":
          return "";
        case "period":
          return `"${s.value}"`;
        case "option":
          return s.value === "TRUE" || s.value === "FALSE"
            ? locale === "de"
              ? { TRUE: "WAHR", FALSE: "FALSCH" }[s.value]
              : s.value
            : `"${s.value}"`;
        case "number":
          return locale === "de" ? String(s.value).replace(".", ",") : String(s.value);
        case "named":
          return s.name;
        case "cell":
          return s.typed;
      }
    });
    while (args.length && args[args.length - 1] === "") args.pop();
    return `=OAI.${fn.name}(${args.join(locale === "de" ? ";" : ",")})`;
  }

  /** Calls the shipped functions, as registered with the fake Excel, with each case's arguments. */
  function callFunctions(page: Page, cases: { fn: Fn; settings: Setting[] }[]) {
    return page.evaluate(
      async (cases) => {
        const state = (window as any).__fake.state;
        const out = [];
        for (const { name, settings, matrix } of cases) {
          const args = settings.map((s, i) => {
            let v: unknown;
            if (s.choose === "period" || s.choose === "option") v = s.value;
            if (s.choose === "option" && (s.value === "TRUE" || s.value === "FALSE"))
              v = s.value === "TRUE";
            if (s.choose === "number") v = s.value;
            if (s.choose === "named") {
              const n = state.names.find((x: { name: string }) => x.name === s.name);
              v = state.content(n.box.sheet.name, n.box.row, n.box.col);
            }
            return matrix[i] ? [[v ?? null]] : v;
          });
          const r = await state.functions[`OAI.${name}`](...args);
          const first = r[0][0];
          out.push({
            first:
              typeof first === "object" && first !== null && "code" in first
                ? { code: first.code, message: first.message }
                : first,
            rows: r.length,
            columns: r[0].length,
          });
        }
        return out;
      },
      cases.map(({ fn, settings }) => ({
        name: fn.name,
        settings,
        matrix: fn.parameters.map((p) => p.dimensionality === "matrix"),
      }))
    );
  }

  /** A case for each kind of argument, from the function's own parameters. */
  function cases(fn: Fn, periods: string[], withNames: boolean): [string, Setting[]][] {
    const numberFor: Record<string, [string, number]> = {
      rate: ["0.25", 0.25],
      microsoftPayments: ["0.1", 0.1],
      revenue: ["4.3", 4.3],
    };
    const pick = (p: Parameter, i: number, k: number): Setting => {
      if (p.name === "period" || p.name === "share")
        return { choose: "period", value: periods[(i + k) % periods.length] };
      if (p.name in numberFor) {
        const [typed, value] = numberFor[p.name];
        return { choose: "number", typed, value };
      }
      if (p.name === "field") return { choose: "option", value: "share" };
      if (p.name === "headers") return { choose: "option", value: "FALSE" };
      throw new Error(
        `No case for the parameter ${p.name}: the builder must offer an input for it`
      );
    };
    const all = fn.parameters.map((p, i) => pick(p, i, 0));
    const out: [string, Setting[]][] = [["every argument given", all]];
    if (fn.parameters.some((p) => p.optional))
      out.push([
        "optional ones at their default",
        fn.parameters.map((p, i) => (p.optional ? { choose: "default" } : pick(p, i, 3))),
      ]);
    if (withNames && fn.parameters.some((p) => p.name === "rate"))
      out.push([
        "the workbook's named inputs",
        fn.parameters.map((p, i) =>
          p.name === "rate"
            ? { choose: "named", name: "OAI_ShareRate" }
            : p.name === "microsoftPayments"
              ? { choose: "named", name: "OAI_MicrosoftPayments" }
              : pick(p, i, 5)
        ),
      ]);
    if (fn.parameters.some((p) => p.name === "rate"))
      out.push([
        "a rate typed as a percent (the function's error)",
        fn.parameters.map((p, i) =>
          p.name === "rate" ? { choose: "number", typed: "20", value: 20 } : pick(p, i, 1)
        ),
      ]);
    if (fn.parameters.length > 0)
      out.push([
        "a cell reference",
        fn.parameters.map((p, i) => (i === 0 ? { choose: "cell", typed: "B2" } : pick(p, i, 2))),
      ]);
    return out;
  }

  test("in a plain browser: loads when opened, lists the functions of functions.json, builds and previews; putting says why not", async () => {
    const { page, errors, requests } = await openPane(360);
    await page.waitForFunction(() =>
      document.getElementById("status")?.textContent?.includes("Inserting needs Excel")
    );
    expect(await page.getAttribute("#builder", "open")).toBeNull(); // collapsed until opened
    expect(requests.some((r) => /builder/.test(r))).toBe(false); // its code is not loaded yet
    await openBuilder(page);
    expect(requests.some((r) => /builder\.js$/.test(r))).toBe(true);
    const fns = metadata("functions.json");
    const options = await page.$$eval("#builder-function option", (os) =>
      os.map((o) => ({ id: (o as HTMLOptionElement).value, text: o.textContent }))
    );
    expect(options.map((o) => o.id)).toEqual(fns.map((f) => f.id));
    for (const [i, f] of fns.entries())
      expect(options[i].text).toBe(
        `OAI.${f.name}: ${/^.*?[.!?](\s|$)/.exec(f.description)![0].trim()}`
      );
    const runRate = fns.find((f) => f.id === "RUNRATE")!;
    const built = await build(page, runRate, [
      { choose: "period", value: "Q3 2025" },
      { choose: "number", typed: "0.25", value: 0.25 },
      { choose: "default" },
    ]);
    expect(built.formula).toBe('=OAI.RUNRATE("Q3 2025",0.25)');
    expect(built.preview.kind).toBe("value");
    expect(built.preview.value).toBeCloseTo((2.055 * 0.2 * 4) / 0.25, 12);
    await expectText(page, "#builder-result", "6.576");
    await page.click("#builder-insert");
    await page.waitForFunction(
      () => document.getElementById("builder-status")?.dataset.kind === "error"
    );
    expect(await page.textContent("#builder-status")).toMatch(/Inserting needs Excel/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("each function, with each kind of argument: the formula (en) and the preview equal the shipped function", async () => {
    const { page, errors } = await openPane(360, fakeOfficeScript({ delayMs: 0 }));
    await page.waitForFunction(
      () => !(document.getElementById("insert") as HTMLButtonElement).disabled
    );
    // The dataset in the workbook: its named inputs are offered, with their values.
    await page.click("#insert");
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "done");
    await openBuilder(page);
    const fns = metadata("functions.json");
    expect(fns).toHaveLength(9);
    let checked = 0;
    const kinds = new Set<string>();
    const periods = await periodChoicesOf(page, fns);
    const all = fns.flatMap((fn) =>
      cases(fn, periods[fn.id], true).map(([what, settings]) => ({ fn, what, settings }))
    );
    const builtAll = await buildAll(page, all);
    const previewed = all.filter(({ settings }) => !settings.some((s) => s.choose === "cell"));
    const calledAll = await callFunctions(page, previewed);
    for (const [i, { fn, what, settings }] of all.entries()) {
      const built = builtAll[i];
      const label = `${fn.name}, ${what}`;
      expect([label, built.formula]).toEqual([label, expectedFormula(fn, settings, "en")]);
      for (const s of settings) kinds.add(s.choose);
      if (settings.some((s) => s.choose === "cell")) {
        expect([label, built.preview]).toEqual([label, { kind: "needsCells", references: ["B2"] }]);
        continue;
      }
      const called = calledAll[previewed.findIndex((c) => c === all[i])];
      if (/percent/.test(what)) expect([label, built.preview.kind]).toEqual([label, "error"]);
      if (typeof called.first === "object" && called.first !== null) {
        expect([label, EXCEL_ERRORS[built.preview.error]]).toEqual([label, called.first.code]);
        if (called.first.message !== undefined)
          expect([label, built.preview.message]).toEqual([label, called.first.message]);
      } else {
        expect([label, built.preview]).toEqual([
          label,
          { kind: "value", value: called.first, rows: called.rows, columns: called.columns },
        ]);
      }
      checked++;
    }
    expect([...kinds].sort()).toEqual(["cell", "default", "named", "number", "option", "period"]);
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the period choices cover the data: every quarter, the whole range, and each parses", async () => {
    const { page } = await openPane(360);
    await openBuilder(page);
    const fn = metadata("functions.json").find((f) => f.id === "INFERENCECOST")!;
    await page.selectOption("#builder-function", fn.id);
    const periods = (await periodChoicesOf(page, [fn]))[fn.id];
    const { QUARTERS } = await import("../../src/core");
    for (const q of QUARTERS) expect(periods).toContain(q.label);
    expect(periods).toContain(`${QUARTERS[0].label} – ${QUARTERS[QUARTERS.length - 1].label}`);
    expect(periods).toContain("2024");
    const built = await buildAll(
      page,
      periods.map((p) => ({ fn, settings: [{ choose: "period", value: p }] }))
    );
    for (const [i, p] of periods.entries())
      expect([p, built[i].preview.kind]).toEqual([p, "value"]);
    await page.close();
  });

  test("German Excel: the formula with ; and a decimal comma, WAHR/FALSCH; inserting writes Excel's English form", async () => {
    const { page, errors } = await openPane(
      360,
      fakeOfficeScript({ delayMs: 0, displayLanguage: "de-DE" })
    );
    await page.waitForFunction(
      () => !(document.getElementById("insert") as HTMLButtonElement).disabled
    );
    await openBuilder(page);
    await expectText(page, "#builder-title", "Formel erstellen");
    const fns = metadata("functions-de.json");
    const help = await page.textContent("#builder-function-help");
    expect(help).toBe(fns[0].description); // the German descriptions
    const periods = await periodChoicesOf(page, fns);
    const germanCases = fns.map((fn) => ({
      fn,
      settings: cases(fn, periods[fn.id], false)[0][1].map((s) =>
        s.choose === "number" ? { ...s, typed: s.typed.replace(".", ",") } : s
      ),
    }));
    const builtGerman = await buildAll(page, germanCases);
    for (const [i, { fn, settings }] of germanCases.entries()) {
      expect(builtGerman[i].formula).toBe(expectedFormula(fn, settings, "de"));
      expect(builtGerman[i].formula).not.toMatch(/\d\.\d/);
    }
    const runRate = fns.find((f) => f.id === "RUNRATE")!;
    const built = await build(page, runRate, [
      { choose: "period", value: "Q3 2025" },
      { choose: "number", typed: "20", value: 20 },
      { choose: "number", typed: "0,5", value: 0.5 },
    ]);
    expect(built.formula).toBe('=OAI.RUNRATE("Q3 2025";20;0,5)');
    // A rate typed as a percent is the function's #VALUE!, which German Excel calls #WERT!.
    expect(built.preview.kind).toBe("error");
    expect(built.shown).toMatch(/^#WERT! /);
    await build(page, runRate, [
      { choose: "period", value: "Q3 2025" },
      { choose: "number", typed: "0,25", value: 0.25 },
      { choose: "default" },
    ]);
    await page.click("#builder-insert");
    await page.waitForFunction(
      () => document.getElementById("builder-status")?.dataset.kind === "done"
    );
    expect(await page.evaluate(() => (window as any).__fake.state.content("Sheet1", 0, 0))).toBe(
      '=OAI.RUNRATE("Q3 2025",0.25)'
    );
    await expectText(
      page,
      "#builder-status",
      /^=OAI\.RUNRATE\("Q3 2025";0,25\) steht in Sheet1!A1\.$/
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id)
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Insert puts the formula in an empty selected cell (one read, one write) and refuses one that is not empty", async () => {
    const { page, errors } = await openPane(360, fakeOfficeScript({ delayMs: 0 }));
    await page.waitForFunction(
      () => !(document.getElementById("insert") as HTMLButtonElement).disabled
    );
    await openBuilder(page);
    const source = metadata("functions.json").find((f) => f.id === "SOURCE")!;
    await build(page, source, [
      { choose: "period", value: "2024" },
      { choose: "option", value: "inference" },
    ]);
    const before = await page.evaluate(() => (window as any).__fake.state.syncs);
    await page.click("#builder-insert");
    await page.waitForFunction(
      () => document.getElementById("builder-status")?.dataset.kind === "done"
    );
    await expectText(page, "#builder-status", 'Put =OAI.SOURCE("2024","inference") in Sheet1!A1.');
    const after = await page.evaluate(() => {
      const s = (window as any).__fake.state;
      return { syncs: s.syncs, content: s.content("Sheet1", 0, 0) };
    });
    expect(after).toEqual({ syncs: before + 2, content: '=OAI.SOURCE("2024","inference")' });
    // The cell now holds the formula: a second insert is refused and writes nothing.
    const dataset = metadata("functions.json").find((f) => f.id === "DATASET")!;
    await build(page, dataset, [{ choose: "default" }]);
    await page.click("#builder-insert");
    await page.waitForFunction(
      () => document.getElementById("builder-status")?.dataset.kind === "error"
    );
    await expectText(page, "#builder-status", /^Sheet1!A1 is not empty\. Nothing was written/);
    const refused = await page.evaluate(() => {
      const s = (window as any).__fake.state;
      return { syncs: s.syncs, content: s.content("Sheet1", 0, 0) };
    });
    expect(refused).toEqual({ syncs: before + 3, content: '=OAI.SOURCE("2024","inference")' });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Copy puts the formula as shown on the clipboard", async () => {
    const { page } = await openPane(360);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: pane.url,
    });
    await openBuilder(page);
    const fn = metadata("functions.json").find((f) => f.id === "INFERENCERATIO")!;
    const built = await build(page, fn, [
      { choose: "period", value: "H1 2025" },
      { choose: "default" },
      { choose: "number", typed: "0.05", value: 0.05 },
    ]);
    expect(built.formula).toBe('=OAI.INFERENCERATIO("H1 2025",,0.05)');
    await page.click("#builder-copy");
    await page.waitForFunction(
      () => document.getElementById("builder-status")?.dataset.kind === "done"
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(built.formula);
    await page.close();
  });

  test("keyboard only: open the section, choose a function and a period, insert", async () => {
    const { page, errors } = await openPane(360, fakeOfficeScript({ delayMs: 0 }));
    await page.waitForFunction(
      () => !(document.getElementById("insert") as HTMLButtonElement).disabled
    );
    await page.focus("#insert-grid");
    await page.keyboard.press("Tab"); // to the builder's summary
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("builder-title");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#builder-function option", { state: "attached" });
    await page.keyboard.press("Tab"); // to the function
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("builder-function");
    const fns = metadata("functions.json");
    const target = fns.findIndex((f) => f.id === "INFERENCECOST");
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
    expect(await page.inputValue("#builder-function")).toBe("INFERENCECOST");
    await page.keyboard.press("Tab"); // to the period
    await page.keyboard.press("ArrowDown"); // the second period the data covers
    const formula = await page.textContent("#builder-formula");
    expect(formula).toMatch(/^=OAI\.INFERENCECOST\("Q2 2024"\)$/);
    // On to Insert: past the period's hidden text box, which takes no focus.
    for (
      let i = 0;
      i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== "builder-insert";
      i++
    )
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("builder-insert");
    const outline = await page.$eval("#builder-insert", (b) => getComputedStyle(b).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.getElementById("builder-status")?.dataset.kind === "done"
    );
    expect(await page.evaluate(() => (window as any).__fake.state.content("Sheet1", 0, 0))).toBe(
      formula
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    ["en-US", "builder-320.png"],
    ["de-DE", "builder-320-de.png"],
  ])(
    "axe finds no serious issue with the builder open at 320 px (%s), nothing wider than the pane",
    async (locale, shot) => {
      const { page } = await openPane(320, undefined, locale);
      await openBuilder(page);
      const fn = metadata("functions.json").find((f) => f.id === "RUNRATE")!;
      await build(page, fn, [
        { choose: "period", value: "Q3 2025" },
        { choose: "cell", typed: "" },
        { choose: "default" },
      ]); // a flagged argument too
      expect(
        await page.getAttribute("#builder-body input[aria-invalid=true]", "aria-invalid")
      ).toBe("true");
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.help}`)
      ).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
      fs.mkdirSync(artifacts, { recursive: true });
      await page.locator("#builder-section").screenshot({ path: path.join(artifacts, shot) });
      await page.close();
    }
  );
});

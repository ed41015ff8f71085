/*
 * The task pane in a real browser: Debian's chromium driven by playwright-core, dist/ served over
 * http, office.js from node_modules (its CDN URL routed there), or a fake Excel in its place.
 * Skipped, and said so, where chromium is absent; .ci/run installs it and sets OAI_REQUIRE_BROWSER=1.
 */
import AxeBuilder from "@axe-core/playwright";
import * as fs from "fs";
import * as path from "path";
import {
  BN_FORMAT,
  CHECK_FORMAT,
  DEFAULT_ASSUMPTIONS,
  RATE_FORMAT,
  buildSheetPlan,
  formatNumber,
} from "../../src/core";
import { enAudit } from "../../src/core/words/en-sheet";
import { deAssumptions } from "../../src/core/words/de-metrics";
import { altmanLine, dataVersionLine, headline } from "../../src/taskpane/view";
import { PANE_STRINGS } from "../../src/taskpane/strings";
import { AUDITED_CELLS, QUARTER_COUNT } from "../support/data";
import { describeInChromium, dist, expectText, usePaneBrowser } from "../support/browser-pane";

import { fakeOfficeScript } from "../../test-support/fake-office";

const DATASET_ROWS = buildSheetPlan(DEFAULT_ASSUMPTIONS).rows;
// What the pane must show for the data's latest quarter and total (1.78× for Q3 2025 today; the
// published figures themselves are pinned against the seed in the unit tests).
const HEADLINE = {
  en: headline(DEFAULT_ASSUMPTIONS, "en"),
  de: headline(DEFAULT_ASSUMPTIONS, "de"),
};
const AT_TEN_PERCENT = headline({ ...DEFAULT_ASSUMPTIONS, shareRate: 0.1 }, "en");
// As expectText reads the page: runs of white space (the no-break space before %) as one space.
const literally = (text: string) =>
  text.replace(/\s+/g, " ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const totalRow = (t: (typeof HEADLINE)["en"]["total"]) =>
  new RegExp([t.label, t.inferenceCost, t.impliedRevenue, t.ratio].map(literally).join("\\s*"));
const root = path.resolve(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts");

const describeBrowser = describeInChromium("the browser tests");

describeBrowser("the task pane in chromium", () => {
  const pane = usePaneBrowser();

  /** A page at `width` px whose office.js is the real one (from node_modules) or `officeScript`. */
  const openPane = (width: number, officeScript?: string, locale?: string) =>
    pane.openPane(width, officeScript, locale);

  test("outside Excel: shows the data and headline, Insert is disabled with its reason, no console errors", async () => {
    const { page, errors } = await openPane(360);
    await page.waitForFunction(() =>
      document.getElementById("status")?.textContent?.includes("Inserting needs Excel")
    );
    await expectText(page, "#headline-value", HEADLINE.en.value);
    await expectText(page, "#headline-sentence", new RegExp(literally(HEADLINE.en.sentence)));
    expect(await page.locator("#quarters-body tr").count()).toBe(QUARTER_COUNT);
    await expectText(page, "#quarters-total", totalRow(HEADLINE.en.total));
    await expectText(page, "#caveat", /unconfirmed/);
    expect(await page.isDisabled("#insert")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("changing an assumption updates the headline; a bad value is flagged, not used", async () => {
    const { page } = await openPane(360);
    await page.fill("#share-rate", "10");
    await expectText(page, "#headline-value", AT_TEN_PERCENT.value);
    await page.fill("#payments", "0.1");
    await expectText(
      page,
      "#headline-sentence",
      // The digits of the sheet's and the card's number formats: "10.0%", "0.100".
      new RegExp(
        `at a share rate of ${literally(formatNumber(0.1, RATE_FORMAT, "."))} plus ` +
          `${literally(formatNumber(0.1, BN_FORMAT, "."))} bn of Microsoft payments a quarter`
      )
    );
    await page.fill("#share-rate", "abc");
    expect(await page.getAttribute("#share-rate", "aria-invalid")).toBe("true");
    await expectText(page, "#share-rate-error", /percent/);
    await expectText(page, "#headline-value", /×$/);
    await page.close();
  });

  test("has no serious or critical accessibility violations (axe-core), and a label on every input", async () => {
    const { page } = await openPane(360);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical"
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    for (const id of await page.$$eval("input", (inputs) =>
      inputs.map((i) => i.id || (i as HTMLInputElement).name)
    )) {
      const labelled = await page.$eval(
        `#${id}, input[name="${id}"]`,
        (i) => (i as HTMLInputElement).labels!.length > 0
      );
      expect([id, labelled]).toEqual([id, true]);
    }
    await page.close();
  });

  test("reads well at 320 px: nothing wider than the pane", async () => {
    const { page } = await openPane(320);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, "taskpane-320.png"), fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test("with Excel (a fake injected for office.js), Insert writes the dataset: keyboard only, busy while it works", async () => {
    const { page, errors } = await openPane(360, fakeOfficeScript({ delayMs: 400 }));
    await page.waitForFunction(
      () => !(document.getElementById("insert") as HTMLButtonElement).disabled
    );
    await page.focus("#share-rate");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("15");
    await page.keyboard.press("Tab"); // to the payments box
    await page.keyboard.press("Tab"); // to the placement choice
    await page.keyboard.press("Tab"); // to the Insert button
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("insert");
    const outline = await page.$eval("#insert", (b) => getComputedStyle(b).outlineStyle);
    expect(outline).not.toBe("none"); // a visible focus
    await page.keyboard.press("Enter");
    // Busy and disabled read in one go: on a loaded machine the insert may finish between two reads.
    const whileBusy = await page.waitForFunction(() =>
      document.getElementById("insert-section")?.getAttribute("aria-busy") === "true"
        ? { disabled: (document.getElementById("insert") as HTMLButtonElement).disabled }
        : null
    );
    expect(await whileBusy.jsonValue()).toEqual({ disabled: true });
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "done");
    await expectText(
      page,
      "#status",
      new RegExp(`Inserted the dataset on "OpenAI leak" \\(A1:F${DATASET_ROWS}\\)`)
    );

    const written = await page.evaluate(() => {
      const s = (window as any).__fake.state;
      return {
        sheets: s.sheets.map((x: { name: string }) => x.name),
        tables: s.tables.map((t: { name: string }) => t.name),
        names: s.names.map((n: { name: string }) => n.name).sort(),
        rate: s.content("OpenAI leak", 4, 0),
        ratioFormula: s.content("OpenAI leak", 14, 5),
        syncs: s.syncs,
      };
    });
    expect(written).toEqual({
      sheets: ["Sheet1", "OpenAI leak"],
      tables: ["OAILeak"],
      names: [
        "OAI_Checks",
        "OAI_MicrosoftPayments",
        "OAI_PaymentsUsed",
        "OAI_RateUsed",
        "OAI_ShareRate",
      ],
      rate: 0.15,
      ratioFormula: "=[@[Inference cost (bn USD)]]/[@[Implied revenue at assumptions (bn USD)]]",
      syncs: 2,
    });
    await page.click("#insert");
    await page.waitForFunction(() =>
      /Refreshed/.test(document.getElementById("status")?.textContent ?? "")
    );
    expect(errors).toEqual([]);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, "taskpane.png"), fullPage: true });
    await page.close();
  });

  test("on Excel on the web with undo: one insert is one undo step, and a failed one is taken back outside it", async () => {
    const office = fakeOfficeScript({
      delayMs: 0,
      platform: "OfficeOnline",
      requirementSets: { ExcelApi: "1.20", ExcelUndoApiAll: "1.0" },
    });
    const { page, errors } = await openPane(360, office);
    await page.waitForFunction(
      () => !(document.getElementById("insert") as HTMLButtonElement).disabled
    );
    // Fail the writing batch after the sheet was added: the take-back must delete it.
    await page.evaluate(() => ((window as any).__fake.state.failOperation = 40));
    await page.click("#insert");
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "error");
    await expectText(page, "#status", /Nothing was changed\.$/);
    const after = await page.evaluate(() => {
      const s = (window as any).__fake.state;
      s.failOperation = undefined;
      s.operations = 0;
      s.undoSteps = 0;
      return s.sheets.map((x: { name: string }) => x.name);
    });
    expect(after).toEqual(["Sheet1"]);
    await page.click("#insert");
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "done");
    const written = await page.evaluate(() => {
      const s = (window as any).__fake.state;
      return { undoSteps: s.undoSteps, undoCleared: s.undoCleared, sheets: s.sheets.length };
    });
    // The take-back's Worksheet.delete cleared the stack once; the insert itself is one step.
    expect(written).toEqual({ undoSteps: 1, undoCleared: true, sheets: 2 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Audit this workbook: finds a user's edit, lists it, and selects it; it only reads", async () => {
    const { page, errors } = await openPane(360, fakeOfficeScript({ delayMs: 0 }));
    await page.waitForFunction(
      () => !(document.getElementById("audit") as HTMLButtonElement).disabled
    );
    await page.click("#audit");
    await page.waitForFunction(() =>
      /no dataset/.test(document.getElementById("audit-status")?.textContent ?? "")
    );
    expect(await page.isVisible("#select-findings")).toBe(false); // nothing to select yet
    await page.click("#insert");
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "done");
    // The user types 0.2 over Q4 2024's published share (C12).
    const before = await page.evaluate(() => {
      const s = (window as any).__fake.state;
      const sheet = s.sheet("OpenAI leak");
      sheet.cells.set("11,2", { ...s.cell(sheet, 11, 2), value: 0.2 });
      s.active = s.sheets[0];
      return { syncs: s.syncs, snapshot: s.snapshot() };
    });
    await page.click("#audit");
    await page.waitForFunction(
      () => document.getElementById("audit-status")?.dataset.kind === "error"
    );
    await expectText(
      page,
      "#audit-status",
      new RegExp(
        `^"OpenAI leak": \\d+ findings?; Excel agrees with the add-in on \\d+ of ${AUDITED_CELLS} computed cells\\.$`
      )
    );
    const findings = await page.$$eval("#findings li", (lis) => lis.map((li) => li.textContent));
    expect(findings).toContain(enAudit.edited("C12", "0.168", "0.200"));
    const after = await page.evaluate(() => {
      const s = (window as any).__fake.state;
      return { syncs: s.syncs, snapshot: s.snapshot() };
    });
    expect(after).toEqual({ syncs: before.syncs + 1, snapshot: before.snapshot }); // one read, no writes
    expect(await page.isHidden("#select-findings")).toBe(false);
    await page.click("#select-findings");
    await page.waitForFunction(() => (window as any).__fake.state.active.name === "OpenAI leak");
    const areas = await page.evaluate(() => (window as any).__fake.state.selectedAreas);
    expect(areas).toContainEqual({ row: 11, col: 2 });
    expect(errors).toEqual([]);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.locator("#audit-section").screenshot({ path: path.join(artifacts, "audit.png") });
    await page.close();
  });

  test("a quarter in the table puts its card in the selected cell, as a live formula; not over content", async () => {
    const { page, errors } = await openPane(360, fakeOfficeScript({ delayMs: 0 }));
    const q3 = page.getByRole("button", { name: /^Q3 2025: put its card/ });
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>("button.quarter")!.disabled
    );
    await q3.click();
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "done");
    expect(await page.evaluate(() => (window as any).__fake.state.content("Sheet1", 0, 0))).toBe(
      '=OAI.CARD("Q3 2025")'
    );
    await page.getByRole("button", { name: /^Q1 2024: put its card/ }).click();
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "error");
    await expectText(page, "#status", /^Sheet1!A1 is not empty/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("shows the checks, where outlets differ, and the rate Sam Altman's 20 bn would need", async () => {
    const { page } = await openPane(360);
    expect(await page.locator("#checks li").count()).toBe(7);
    expect(await page.locator("#checks li.ok").count()).toBe(7);
    await expectText(
      page,
      "#checks li:first-child",
      // The sheet's Checks' digits (CHECK_FORMAT): 0.4938, 0.4940, +0.0002.
      new RegExp(
        `Microsoft revenue share, 2024: article ${literally(formatNumber(0.4938, CHECK_FORMAT, "."))}, ` +
          `quarters ${literally(formatNumber(0.494, CHECK_FORMAT, "."))}, ` +
          `gap \\+${literally(formatNumber(0.0002, CHECK_FORMAT, "."))} — within rounding`
      )
    );
    expect(await page.locator("#spreads li").count()).toBe(3);
    await expectText(
      page,
      "#spreads",
      /Inference cost, 2024: 3\.77 bn \(Ed Zitron\), ~3\.8 bn \(TechCrunch\), 3\.7 bn \(The Register\)/
    );
    await expectText(page, "#altman", new RegExp(literally(altmanLine("en"))));
    await page.close();
  });

  test("in German (a German browser): every label, the numbers with decimal commas, no console errors", async () => {
    const { page, errors } = await openPane(360, undefined, "de-DE");
    await page.waitForFunction(() =>
      document.getElementById("status")?.textContent?.includes("Excel")
    );
    expect(await page.getAttribute("html", "lang")).toBe("de");
    await expectText(page, "h1", "OpenAI-Leak-Zahlen");
    // The tab's title and the footer's data line are the pane's words too.
    expect(await page.title()).toBe(PANE_STRINGS.de.static.title);
    await expectText(page, "#data-version", dataVersionLine("de"));
    await expectText(page, "#headline-value", HEADLINE.de.value);
    await expectText(page, "#headline-sentence", new RegExp(literally(HEADLINE.de.sentence)));
    await expectText(page, "#quarters-total", totalRow(HEADLINE.de.total));
    await expectText(page, "#caveat", /Geleakt und unbestätigt/);
    await expectText(page, "#status", /Zum Einfügen wird Excel benötigt/);
    await expectText(page, "#altman", new RegExp(literally(altmanLine("de"))));
    await expectText(page, "label[for=share-rate]", `${deAssumptions.shareRate} (%)`);
    await page.fill("#share-rate", "10,5");
    await expectText(
      page,
      "#headline-value",
      headline({ ...DEFAULT_ASSUMPTIONS, shareRate: 0.105 }, "de").value
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id)
    ).toEqual([]);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.fill("#share-rate", "20");
    await page.screenshot({ path: path.join(artifacts, "taskpane-de.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("German Excel (display language de-DE): inserts with German labels, and the grid after it", async () => {
    const { page, errors } = await openPane(
      360,
      fakeOfficeScript({ delayMs: 0, displayLanguage: "de-DE" })
    );
    await page.waitForFunction(
      () => !(document.getElementById("insert") as HTMLButtonElement).disabled
    );
    await expectText(page, "#insert", "Datensatz einfügen");
    await page.click("#insert-grid");
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "error");
    await expectText(page, "#status", /Klicken Sie zuerst auf „Datensatz einfügen“/);
    await page.click("#insert");
    await page.waitForFunction(() => document.getElementById("status")?.dataset.kind === "done");
    await expectText(page, "#status", /Datensatz auf „OpenAI-Leak“ eingefügt/);
    await page.click("#insert-grid");
    await page.waitForFunction(() =>
      /Sensitivitätsraster/.test(document.getElementById("status")?.textContent ?? "")
    );
    const written = await page.evaluate(() => {
      const s = (window as any).__fake.state;
      return {
        sheets: s.sheets.map((x: { name: string }) => x.name),
        header: s.content("OpenAI-Leak", 7, 0),
      };
    });
    expect(written).toEqual({
      sheets: ["Sheet1", "OpenAI-Leak", "OpenAI-Sensitivität"],
      header: "Quartal",
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("an Excel without ExcelApi 1.9: Insert is disabled and says why", async () => {
    const { page } = await openPane(
      360,
      fakeOfficeScript({ delayMs: 0, requirementSets: { ExcelApi: 1.8 } })
    );
    await page.waitForFunction(() =>
      /ExcelApi 1\.9/.test(document.getElementById("status")?.textContent ?? "")
    );
    expect(await page.isDisabled("#insert")).toBe(true);
    await page.close();
  });

  test("office.js's telemetry frame (telemetryservice.firstpartyapps.oaspapps.com) is not blocked by the CSP", async () => {
    const { page } = await openPane(360);
    const before = pane.cspViolations.length;
    // The browser requests a frame only once the CSP has allowed it: wait for the request.
    const telemetry =
      "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
    await Promise.all([
      page.waitForRequest(telemetry),
      page.evaluate((src) => {
        const frame = document.createElement("iframe");
        frame.src = src;
        frame.style.display = "none";
        document.body.appendChild(frame);
      }, telemetry),
    ]);
    expect(pane.cspViolations.slice(before)).toEqual([]);
    // The check can fail: a frame from a host the CSP does not name is reported.
    await page.evaluate(() => {
      const frame = document.createElement("iframe");
      frame.src = "https://example.invalid/";
      document.body.appendChild(frame);
    });
    const blocked = (r: string) =>
      /frame-src.*example\.invalid|example\.invalid.*frame-src/.test(r);
    // Chromium reports it twice, in the console and as a securitypolicyviolation event, each
    // reaching the test in its own time: look for both every 20 ms (10 s at most), so that
    // neither arrives after this test has taken them.
    for (let i = 0; i < 500 && pane.cspViolations.slice(before).filter(blocked).length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const reported = pane.cspViolations.splice(before);
    expect(reported.some(blocked)).toBe(true);
    await page.close();
  });

  test("the page runs no inline script and its CSP allows scripts only from itself and Office's CDN", async () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const csp = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).not.toMatch(/unsafe-inline[^;]*;.*script|script-src[^;]*unsafe/);
    const { page } = await openPane(360);
    const inline = await page.$$eval("script:not([src])", (s) => s.length);
    expect(inline).toBe(0);
    await page.close();
  });
});

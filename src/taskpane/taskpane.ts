/*
 * The task pane: the data's headline at the pane's assumptions, the checks, and the two inserts.
 * A thin shell: numbers come from the core (through ./view), words from ./strings, workbook
 * writes from ./workbook-writer. Text goes in with textContent only, never innerHTML.
 */
import { Assumptions, CAVEATS, DEFAULT_ASSUMPTIONS, Locale, localeOf } from "../core";
import { PANE_STRINGS } from "./strings";
import {
  HeadlineRow,
  altmanLine,
  dataVersionLine,
  checkLines,
  headline,
  readPayments,
  readShareRate,
  spreadLines,
} from "./view";
import type { BlockKind, Placement } from "./workbook-writer";

/**
 * The inserts and the audit: a chunk of its own, fetched once Excel is there (and before the
 * first click), so that showing the figures loads only what they need.
 */
const workbook = () => import(/* webpackChunkName: "workbook" */ "./workbook");

const REQUIRED_SET = { name: "ExcelApi", version: "1.9" };

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The pane has no #${id}`);
  return el as T;
}

const ui = {
  caveat: byId("caveat"),
  headlineValue: byId("headline-value"),
  headlineSentence: byId("headline-sentence"),
  quartersBody: byId<HTMLTableSectionElement>("quarters-body"),
  quartersTotal: byId<HTMLTableSectionElement>("quarters-total"),
  altman: byId("altman"),
  dataVersion: byId("data-version"),
  shareRate: byId<HTMLInputElement>("share-rate"),
  shareRateError: byId("share-rate-error"),
  payments: byId<HTMLInputElement>("payments"),
  paymentsError: byId("payments-error"),
  checks: byId<HTMLUListElement>("checks"),
  spreads: byId<HTMLUListElement>("spreads"),
  insertSection: byId("insert-section"),
  buttons: [byId<HTMLButtonElement>("insert"), byId<HTMLButtonElement>("insert-grid")],
  status: byId("status"),
  audit: byId<HTMLButtonElement>("audit"),
  auditStatus: byId("audit-status"),
  findings: byId<HTMLUListElement>("findings"),
  selectFindings: byId<HTMLButtonElement>("select-findings"),
  builder: byId<HTMLDetailsElement>("builder"),
  builderBody: byId("builder-body"),
};

/** The cells the last audit found, and their sheet, for "Select these cells". */
let found: { sheet: string; cells: string[] } | undefined;

let locale: Locale = localeOf(navigator.language);
let assumptions: Assumptions = DEFAULT_ASSUMPTIONS;
let inputsValid = true;
let busy = false;
/** Why inserting is not possible here, or undefined when it is. */
let cannotInsert: string | undefined = PANE_STRINGS[locale].checking;

const strings = () => PANE_STRINGS[locale];

function setStatus(text: string, kind: "info" | "error" | "done" = "info"): void {
  ui.status.textContent = text;
  ui.status.dataset.kind = kind;
}

/** A quarter's row; its label is a button that puts the quarter's card in the selected cell. */
function tableRow(cells: HeadlineRow, withCard = true): HTMLTableRowElement {
  const tr = document.createElement("tr");
  const label = document.createElement("th");
  label.scope = "row";
  if (withCard) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "quarter";
    button.textContent = cells.label;
    button.setAttribute("aria-label", strings().putCard(cells.label));
    button.title = strings().putCard(cells.label);
    button.disabled = busy || cannotInsert !== undefined;
    button.addEventListener("click", () => void onCard(cells.label));
    label.append(button);
  } else label.textContent = cells.label;
  tr.append(label);
  for (const text of [cells.inferenceCost, cells.impliedRevenue, cells.ratio]) {
    const td = document.createElement("td");
    td.textContent = text;
    tr.append(td);
  }
  if (cells.costExceedsRevenue) tr.lastElementChild!.classList.add("over");
  return tr;
}

function listItem(text: string): HTMLLIElement {
  const li = document.createElement("li");
  li.textContent = text;
  return li;
}

function renderHeadline(): void {
  const h = headline(assumptions, locale);
  ui.headlineValue.textContent = h.value;
  ui.headlineSentence.textContent = h.sentence;
  ui.quartersBody.replaceChildren(...h.rows.map((row) => tableRow(row)));
  ui.quartersTotal.replaceChildren(tableRow(h.total, false));
}

function renderChecks(): void {
  ui.checks.replaceChildren(
    ...checkLines(locale).map((c) => {
      const li = document.createElement("li");
      li.className = c.withinRounding ? "ok" : "off";
      const mark = document.createElement("span");
      mark.className = "mark";
      mark.setAttribute("aria-hidden", "true");
      mark.textContent = c.withinRounding ? "✓" : "!";
      const text = document.createElement("span");
      const verdict = document.createElement("span");
      verdict.className = "verdict";
      verdict.textContent = ` — ${c.verdict}`;
      text.append(c.text, verdict);
      li.append(mark, text);
      return li;
    })
  );
  ui.spreads.replaceChildren(...spreadLines(locale).map(listItem));
}

/** Every word of the pane in the current locale. */
function renderTexts(): void {
  const s = strings();
  document.documentElement.lang = s.lang;
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const text = s.static[el.dataset.i18n!];
    if (text !== undefined) el.textContent = text;
  }
  ui.caveat.textContent = CAVEATS[locale];
  ui.altman.textContent = altmanLine(locale);
  ui.dataVersion.textContent = dataVersionLine(locale);
  renderHeadline();
  renderChecks();
  onAssumptionsInput();
}

function showFieldError(
  input: HTMLInputElement,
  error: HTMLElement,
  message: string | undefined
): void {
  input.setAttribute("aria-invalid", String(message !== undefined));
  error.hidden = message === undefined;
  error.textContent = message ?? "";
}

function updateButtons(): void {
  for (const b of ui.buttons) b.disabled = busy || !inputsValid || cannotInsert !== undefined;
  // The audit reads the sheet's own assumptions: the pane's inputs do not matter to it.
  ui.audit.disabled = busy || cannotInsert !== undefined;
  for (const b of ui.quartersBody.querySelectorAll("button"))
    b.disabled = busy || cannotInsert !== undefined;
}

function onAssumptionsInput(): void {
  const rate = readShareRate(ui.shareRate.value, locale);
  const payments = readPayments(ui.payments.value, locale);
  showFieldError(ui.shareRate, ui.shareRateError, rate.ok ? undefined : rate.message);
  showFieldError(ui.payments, ui.paymentsError, payments.ok ? undefined : payments.message);
  inputsValid = rate.ok && payments.ok;
  if (rate.ok && payments.ok) {
    assumptions = { shareRate: rate.value, microsoftPayments: payments.value };
    renderHeadline();
  }
  updateButtons();
}

function placement(): Placement {
  const checked = document.querySelector<HTMLInputElement>('input[name="placement"]:checked');
  return checked?.value === "selection" ? "selection" : "newSheet";
}

async function onInsert(button: HTMLButtonElement): Promise<void> {
  if (busy || button.disabled) return;
  const what = button.dataset.what as BlockKind;
  busy = true;
  updateButtons();
  ui.insertSection.setAttribute("aria-busy", "true");
  button.setAttribute("aria-busy", "true");
  setStatus(strings().inserting);
  try {
    const { runInsert, undoSupport, forHost } = await workbook();
    const supports = (name: string, version: string) =>
      Office.context.requirements.isSetSupported(name, version);
    // Where Excel can undo an add-in's changes, one insert is one undo step; a take-back runs
    // plain, since it may delete a sheet, which a merged undo group refuses.
    const undo = undoSupport(supports);
    const onTheWeb = Office.context.platform === Office.PlatformType.OfficeOnline;
    const outcome = await runInsert(
      (batch) => (undo.merge ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch)),
      forHost({ what, placement: placement(), assumptions, locale }, supports, onTheWeb),
      undo.undoable,
      (batch) => Excel.run(batch)
    );
    if (outcome.ok) {
      const say = outcome.action === "refreshed" ? strings().refreshed : strings().inserted;
      const said = say(what, outcome.sheetName, outcome.address);
      setStatus(outcome.notice ? `${said} ${outcome.notice}` : said, "done");
    } else {
      setStatus(outcome.message, "error");
    }
  } finally {
    busy = false;
    ui.insertSection.removeAttribute("aria-busy");
    button.removeAttribute("aria-busy");
    updateButtons();
  }
}

async function onAudit(): Promise<void> {
  if (busy || ui.audit.disabled) return;
  busy = true;
  updateButtons();
  ui.audit.setAttribute("aria-busy", "true");
  ui.auditStatus.textContent = strings().auditing;
  ui.auditStatus.dataset.kind = "info";
  ui.findings.replaceChildren();
  ui.selectFindings.hidden = true;
  try {
    const { runAudit, describeExcelError } = await workbook();
    try {
      const report = await runAudit((batch) => Excel.run(batch), locale);
      if (!report) {
        ui.auditStatus.textContent = strings().auditNoDataset;
        ui.auditStatus.dataset.kind = "error";
        return;
      }
      const s = strings();
      const clean = report.findings.length === 0;
      ui.auditStatus.textContent = clean
        ? s.auditAgrees(report.agreed, report.compared, report.sheetName)
        : s.auditFound(report.findings.length, report.agreed, report.compared, report.sheetName);
      ui.auditStatus.dataset.kind = clean ? "done" : "error";
      ui.findings.replaceChildren(...report.findings.map((f) => listItem(f.message)));
      const cells = report.findings.flatMap((f) => (f.cell ? [f.cell] : []));
      found = { sheet: report.sheetName, cells };
      ui.selectFindings.hidden = cells.length === 0;
    } catch (error) {
      ui.auditStatus.textContent = describeExcelError(error, locale);
      ui.auditStatus.dataset.kind = "error";
    }
  } finally {
    busy = false;
    ui.audit.removeAttribute("aria-busy");
    updateButtons();
  }
}

/** A quarter's card, as a live formula, into the selected cell (refused where it is not empty). */
async function onCard(quarter: string): Promise<void> {
  if (busy || cannotInsert !== undefined) return;
  busy = true;
  updateButtons();
  try {
    const { putCard, describeExcelError } = await workbook();
    const outcome = await putCard((batch) => Excel.run(batch), quarter, locale).catch(
      (error: unknown) => ({ ok: false, message: describeExcelError(error, locale) })
    );
    setStatus(outcome.message, outcome.ok ? "done" : "error");
  } finally {
    busy = false;
    updateButtons();
  }
}

async function onSelectFindings(): Promise<void> {
  if (!found) return;
  const { selectCells } = await workbook();
  await selectCells((batch) => Excel.run(batch), found.sheet, found.cells).catch(() => undefined);
}

/**
 * The formula builder: a script of its own (webpack.config.js), loaded when its section is first
 * opened. It follows the page's language and asks here whether it may write.
 */
function onBuilderToggle(): void {
  if (ui.builderBody.dataset.loaded) return;
  ui.builderBody.dataset.loaded = "1";
  const script = document.createElement("script");
  script.src = ui.builderBody.dataset.script!;
  script.onload = () =>
    (
      window as unknown as { OAIBuilder: typeof import("./builder/builder") }
    ).OAIBuilder.mountBuilder(ui.builderBody, () => cannotInsert);
  document.head.append(script);
}

function whyInsertingIsUnavailable(info: { host: Office.HostType | null }): string | undefined {
  if (info.host !== Office.HostType.Excel) return strings().needsExcel;
  if (!Office.context.requirements.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version)) {
    return strings().lacksApi(`${REQUIRED_SET.name} ${REQUIRED_SET.version}`);
  }
  return undefined;
}

function start(): void {
  ui.shareRate.addEventListener("input", onAssumptionsInput);
  ui.payments.addEventListener("input", onAssumptionsInput);
  for (const b of ui.buttons) b.addEventListener("click", () => void onInsert(b));
  ui.audit.addEventListener("click", () => void onAudit());
  ui.selectFindings.addEventListener("click", () => void onSelectFindings());
  ui.builder.addEventListener("toggle", onBuilderToggle);
  renderTexts();

  if (typeof Office === "undefined") {
    cannotInsert = strings().noOfficeScript;
    setStatus(cannotInsert);
    updateButtons();
    return;
  }
  void Office.onReady((info) => {
    // In Excel, its display language decides; in a browser, the browser's.
    const excelLanguage = info.host ? Office.context.displayLanguage : undefined;
    if (excelLanguage && localeOf(excelLanguage) !== locale) {
      locale = localeOf(excelLanguage);
      renderTexts();
    }
    cannotInsert = whyInsertingIsUnavailable(info);
    setStatus(cannotInsert ?? "");
    updateButtons();
    // In Excel, fetch the workbook chunk now, while the user reads the figures.
    if (cannotInsert === undefined) void workbook();
  });
}

start();

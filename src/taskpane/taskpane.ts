/*
 * The task pane: shows the data's headline at the pane's assumptions and inserts the dataset.
 * A thin shell: numbers come from the core (through ./view), workbook writes from ./workbook-writer.
 * Text goes in with textContent only, never innerHTML.
 */
import { Assumptions, CAVEAT, DEFAULT_ASSUMPTIONS } from "../core";
import { HeadlineRow, headline, readPayments, readShareRate } from "./view";
import { Placement, runInsert } from "./workbook-writer";

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
  shareRate: byId<HTMLInputElement>("share-rate"),
  shareRateError: byId("share-rate-error"),
  payments: byId<HTMLInputElement>("payments"),
  paymentsError: byId("payments-error"),
  insertSection: byId("insert-section"),
  insert: byId<HTMLButtonElement>("insert"),
  insertLabel: byId("insert-label"),
  status: byId("status"),
};

let assumptions: Assumptions = DEFAULT_ASSUMPTIONS;
let inputsValid = true;
let busy = false;
/** Why inserting is not possible here, or undefined when it is. */
let cannotInsert: string | undefined = "Checking for Excel…";

function setStatus(text: string, kind: "info" | "error" | "done" = "info"): void {
  ui.status.textContent = text;
  ui.status.dataset.kind = kind;
}

function tableRow(cells: HeadlineRow): HTMLTableRowElement {
  const tr = document.createElement("tr");
  const label = document.createElement("th");
  label.scope = "row";
  label.textContent = cells.label;
  tr.append(label);
  for (const text of [cells.inferenceCost, cells.impliedRevenue, cells.ratio]) {
    const td = document.createElement("td");
    td.textContent = text;
    tr.append(td);
  }
  if (cells.costExceedsRevenue) tr.lastElementChild!.classList.add("over");
  return tr;
}

function renderHeadline(a: Assumptions): void {
  const h = headline(a);
  ui.headlineValue.textContent = h.value;
  ui.headlineSentence.textContent = h.sentence;
  ui.quartersBody.replaceChildren(...h.rows.map(tableRow));
  ui.quartersTotal.replaceChildren(tableRow(h.total));
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

function updateInsertButton(): void {
  ui.insert.disabled = busy || !inputsValid || cannotInsert !== undefined;
}

function onAssumptionsInput(): void {
  const rate = readShareRate(ui.shareRate.value);
  const payments = readPayments(ui.payments.value);
  showFieldError(ui.shareRate, ui.shareRateError, rate.ok ? undefined : rate.message);
  showFieldError(ui.payments, ui.paymentsError, payments.ok ? undefined : payments.message);
  inputsValid = rate.ok && payments.ok;
  if (rate.ok && payments.ok) {
    assumptions = { shareRate: rate.value, microsoftPayments: payments.value };
    renderHeadline(assumptions);
  }
  updateInsertButton();
}

function placement(): Placement {
  const checked = document.querySelector<HTMLInputElement>('input[name="placement"]:checked');
  return checked?.value === "selection" ? "selection" : "newSheet";
}

async function onInsert(): Promise<void> {
  if (busy || ui.insert.disabled) return;
  busy = true;
  updateInsertButton();
  ui.insertSection.setAttribute("aria-busy", "true");
  ui.insertLabel.textContent = "Inserting…";
  setStatus("Inserting the dataset…");
  try {
    const outcome = await runInsert((batch) => Excel.run(batch), {
      placement: placement(),
      assumptions,
    });
    if (outcome.ok) {
      const what = outcome.action === "refreshed" ? "Refreshed the table" : "Inserted the dataset";
      setStatus(
        `${what} on "${outcome.sheetName}" (${outcome.address}). Change the orange input cells to recalculate.`,
        "done"
      );
    } else {
      setStatus(outcome.message, "error");
    }
  } finally {
    busy = false;
    ui.insertSection.removeAttribute("aria-busy");
    ui.insertLabel.textContent = "Insert dataset";
    updateInsertButton();
  }
}

function whyInsertingIsUnavailable(info: { host: Office.HostType | null }): string | undefined {
  if (info.host !== Office.HostType.Excel) {
    return "Inserting needs Excel: open this pane from Excel (Home › Leak figures). The figures above work anywhere.";
  }
  if (!Office.context.requirements.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version)) {
    return `This version of Excel lacks ${REQUIRED_SET.name} ${REQUIRED_SET.version}, which inserting needs. Update Excel, or use Excel on the web. The OAI functions still work.`;
  }
  return undefined;
}

function start(): void {
  ui.caveat.textContent = CAVEAT;
  renderHeadline(assumptions);
  ui.shareRate.addEventListener("input", onAssumptionsInput);
  ui.payments.addEventListener("input", onAssumptionsInput);
  ui.insert.addEventListener("click", () => void onInsert());
  updateInsertButton();

  if (typeof Office === "undefined") {
    cannotInsert =
      "Inserting needs Excel: Office's script did not load here. The figures above work anywhere.";
    setStatus(cannotInsert);
    return;
  }
  void Office.onReady((info) => {
    cannotInsert = whyInsertingIsUnavailable(info);
    setStatus(cannotInsert ?? "");
    updateInsertButton();
  });
}

start();

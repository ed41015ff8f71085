/*
 * The task pane (shared runtime: this page also hosts the custom functions). For now it shows the
 * published data and how to use the functions; inserting the dataset into the sheet comes next.
 */
import { CAVEAT, COLUMNS, QUARTERS } from "../core";

function cell(tag: "th" | "td", text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function renderTable(table: HTMLTableElement): void {
  const head = table.createTHead().insertRow();
  head.append(
    cell("th", "Quarter"),
    ...COLUMNS.map((c) => cell("th", c.label.replace(" (bn USD)", "")))
  );
  const body = table.createTBody();
  for (const q of QUARTERS) {
    body
      .insertRow()
      .append(cell("th", q.label), ...COLUMNS.map((c) => cell("td", q[c.key].toFixed(3))));
  }
}

function render(): void {
  document.getElementById("caveat")!.textContent = CAVEAT;
  renderTable(document.getElementById("data") as HTMLTableElement);
}

render();
if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    document.getElementById("status")!.textContent = info.host
      ? "The OAI functions are ready in this workbook."
      : "Open this page from Excel to use the OAI functions.";
  });
}

// `npm run docs`: the docs' pictures and generated tables, made from the code itself:
// docs/taskpane.png (the pane, outside Excel), docs/builder.png (the formula builder, with the
// dataset in the workbook), docs/audit.png (an audit that found an edit, in a
// fake Excel), docs/layout.png (what Insert writes, drawn from
// the writer's sheet plan with the core's numbers), the layout tables of docs/sheet-layouts.md and
// the reliability figures of docs/development.md. Needs a build (npm run build) and chromium.
require("../dev/ts-require");
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const {
  DEFAULT_ASSUMPTIONS,
  buildSensitivityPlan,
  buildSheetPlan,
  columnLetter,
  computeTable,
  lookupPeriod,
  periodCard,
  quarterChecks,
  totalChecks,
  SHEET_TEXTS,
} = require("../../src/core");
const { layoutMarkdown } = require("../build/layout-doc");
const { fakeOfficeScript } = require("../../test-support/fake-office");
const { shownComputedCells } = require("../../test-support/hyperformula");
const { reliabilityMarkdown } = require("../build/reliability-doc");
const { CHROMIUM, CHROMIUM_ARGS, serveStatic, routeOffice } = require("../dev/browser");

const root = path.resolve(__dirname, "..", "..");
const docs = path.join(root, "docs");

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]
  );

/** What Excel would display in a planned cell: formulas shown by their computed value. */
function displayed(plan, cell, computed) {
  const { table: t } = plan;
  let value = cell.content;
  if (typeof value === "string" && value.startsWith("=") && cell.row > t.totalsRow) {
    // The live Checks: what their formulas compute is what the core's checks say.
    const header = plan.cells.find((c) => c.style === "gridHeader" && c.col === 0);
    const check = [...totalChecks(), ...quarterChecks()][cell.row - header.row - 1];
    const text = SHEET_TEXTS.en;
    value = [check.stated, check.computed, check.gap, check.withinRounding ? text.yes : text.no][
      cell.col
    ];
  } else if (typeof value === "string" && value.startsWith("=")) {
    const row =
      cell.row === t.totalsRow ? computed.total : computed.rows[cell.row - t.headerRow - 1];
    const key = [
      "label",
      "inferenceCost",
      "revenueShare",
      "impliedRevenuePublished",
      "impliedRevenue",
      "inferenceRatio",
    ][cell.col];
    value = row[key];
  }
  if (typeof value !== "number") return value;
  if (cell.numberFormat === "0.0%") return `${(value * 100).toFixed(1)}%`;
  if (cell.numberFormat === "0.0000") return value.toFixed(4);
  if (cell.numberFormat === "+0.0000;-0.0000;0.0000")
    return value === 0 ? "0.0000" : `${value > 0 ? "+" : ""}${value.toFixed(4)}`;
  if (cell.numberFormat === '0.00"×"') return `${value.toFixed(2)}×`;
  return value.toFixed(3);
}

/** A number as its Excel number format shows it (the formats the card uses). */
function formatted(p, decimal) {
  if (p.type !== "Double") return p.basicValue;
  const f = p.numberFormat;
  const text =
    f === "0.0%"
      ? `${(p.basicValue * 100).toFixed(1)}%`
      : f === '0.00"×"'
        ? `${p.basicValue.toFixed(2)}×`
        : p.basicValue.toFixed(3);
  return decimal === "," ? text.replace(".", ",") : text;
}

/** The card as Excel's card view lays it out: title, sections, units, sources, provider. */
function cardHtml(card, decimal) {
  const row = (name) => {
    const p = card.properties[name];
    const unit = p.propertyMetadata?.sublabel;
    const sources = (p.propertyMetadata?.attribution ?? []).map((a) => a.sourceText).join("; ");
    return `<div class="prop"><div class="name">${escapeHtml(name)}${unit ? ` <span class="unit">${escapeHtml(unit)}</span>` : ""}</div><div class="value">${escapeHtml(formatted(p, decimal))}</div>${sources ? `<div class="src">${escapeHtml(sources)}</div>` : ""}</div>`;
  };
  const sections = card.layouts.card.sections
    .map(
      (s) =>
        `<section>${s.title ? `<h3>${s.collapsible ? (s.collapsed ? "▸ " : "▾ ") : ""}${escapeHtml(s.title)}</h3>` : ""}${s.properties.map(row).join("")}</section>`
    )
    .join("");
  const title = card.properties[card.layouts.card.title.property].basicValue;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 13px "Segoe UI", Carlito, Arial, sans-serif; background: #f3f3f3; }
.card { width: 360px; margin: 12px; background: #fff; border: 1px solid #d1d1d1; border-radius: 8px; box-shadow: 0 2px 6px rgba(0,0,0,.12); padding: 14px 16px; }
h2 { font-size: 18px; margin: 0 0 10px; } h3 { font-size: 13px; margin: 12px 0 4px; color: #424242; }
.prop { padding: 4px 0; border-bottom: 1px solid #f0f0f0; } .name { color: #616161; font-size: 12px; }
.unit { color: #8a8a8a; } .value { font-size: 14px; } .src { color: #8a8a8a; font-size: 11px; }
footer { margin-top: 10px; color: #616161; font-size: 11px; }
</style></head><body><div class="card"><h2>${escapeHtml(title)}</h2>${sections}<footer>${escapeHtml(card.provider.description)}</footer></div></body></html>`;
}

function layoutHtml(plan) {
  const computed = computeTable(DEFAULT_ASSUMPTIONS);
  const cols = plan.chart.to.col + 1;
  const widths = Array.from({ length: cols }, (_, c) =>
    Math.round((plan.columnWidths[c] ?? 48) * (4 / 3))
  );
  const { table: t } = plan;
  const rowsHtml = [];
  for (let r = 0; r < plan.rows; r++) {
    const tds = [`<th class="rh">${r + 1}</th>`];
    for (let c = 0; c < cols; c++) {
      const cell = plan.cells.find((x) => x.row === r && x.col === c);
      const classes = [
        cell?.style,
        c < plan.cols && r > t.headerRow && r < t.totalsRow && (r - t.headerRow) % 2 === 1
          ? "band"
          : "",
      ].filter(Boolean);
      const numeric =
        cell &&
        typeof displayed(plan, cell, computed) === "string" &&
        /^[+-]?[\d.]+[%×]?$/.test(displayed(plan, cell, computed));
      if (numeric) classes.push("num");
      tds.push(
        `<td class="${classes.join(" ")}">${cell ? escapeHtml(displayed(plan, cell, computed)) : ""}</td>`
      );
    }
    rowsHtml.push(`<tr>${tds.join("")}</tr>`);
  }
  // The chart: clustered columns of cost and implied revenue per quarter, as Excel draws it.
  const max = Math.max(...computed.rows.map((r) => r.inferenceCost));
  const bars = computed.rows
    .map((r, i) => {
      const x = 40 + i * 52;
      const h1 = (r.inferenceCost / max) * 170;
      const h2 = (r.impliedRevenue / max) * 170;
      return `<rect x="${x}" y="${210 - h1}" width="18" height="${h1}" fill="#4472C4"/><rect x="${x + 19}" y="${210 - h2}" width="18" height="${h2}" fill="#ED7D31"/><text x="${x + 18}" y="226" font-size="9" text-anchor="middle">${r.label}</text>`;
    })
    .join("");
  const chart = `<svg class="chart" width="420" height="270" viewBox="0 0 420 270" role="img" aria-label="${escapeHtml(plan.chart.title)}">
<rect width="420" height="270" fill="#fff" stroke="#bfbfbf"/><text x="210" y="22" font-size="12" text-anchor="middle">${escapeHtml(plan.chart.title)}</text>
<line x1="34" y1="210" x2="410" y2="210" stroke="#bfbfbf"/>${bars}
<rect x="40" y="245" width="10" height="10" fill="#4472C4"/><text x="54" y="254" font-size="10">${escapeHtml(t.headers[1])}</text>
<rect x="190" y="245" width="10" height="10" fill="#ED7D31"/><text x="204" y="254" font-size="10">${escapeHtml(t.headers[4])}</text></svg>`;
  const left = 32 + widths.slice(0, plan.chart.from.col).reduce((a, b) => a + b, 0);
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 11px Calibri, Carlito, "Segoe UI", Arial, sans-serif; background: #fff; position: relative; }
table { border-collapse: collapse; table-layout: fixed; }
td, th { border: 1px solid #e1e1e1; height: 18px; padding: 0 3px; white-space: nowrap; overflow: visible; }
th { background: #f3f3f3; color: #444; font-weight: normal; text-align: center; }
.rh { width: 26px; }
td.num { text-align: right; }
.title { font-size: 15px; font-weight: bold; }
.caveat { color: #C50F1F; font-style: italic; }
.section { font-weight: bold; }
.input { background: #FFCC99; color: #3F3F76; outline: 1px solid #7F7F7F; outline-offset: -1px; }
.tableHeader { background: #4472C4; color: #fff; font-weight: bold; white-space: normal; vertical-align: top; height: 44px; }
.band { background: #D9E1F2; }
.tableTotal { font-weight: bold; border-top: 2px double #4472C4; }
.note { color: #616161; font-style: italic; }
.gridHeader { background: #DDEBF7; font-weight: bold; white-space: normal; vertical-align: top; border: 1px solid #BFBFBF; }
.gridBody { border: 1px solid #BFBFBF; }
.chart { position: absolute; top: ${19 * (plan.chart.from.row + 1) + 4}px; left: ${left}px; }
</style></head><body><table style="width:${26 + widths.reduce((a, b) => a + b, 0)}px"><colgroup><col style="width:26px">${widths.map((w) => `<col style="width:${w}px">`).join("")}</colgroup>
<tr><th></th>${widths.map((_, c) => `<th>${columnLetter(c)}</th>`).join("")}</tr>${rowsHtml.join("")}</table>${chart}</body></html>`;
}

async function main() {
  if (!fs.existsSync(path.join(root, "dist", "taskpane.html")))
    throw new Error("Run npm run build first.");
  fs.mkdirSync(docs, { recursive: true });
  const plan = buildSheetPlan(DEFAULT_ASSUMPTIONS);

  // Each generated block, in the page that shows it.
  const reliability = await reliabilityMarkdown();
  const blocks = {
    "sheet-layouts.md": {
      layout: layoutMarkdown(plan),
      "grid-layout": layoutMarkdown(buildSensitivityPlan()),
    },
    "development.md": { reliability },
  };
  for (const [page, markers] of Object.entries(blocks)) {
    const file = path.join(docs, page);
    let text = fs.readFileSync(file, "utf8");
    for (const [marker, body] of Object.entries(markers))
      text = text.replace(
        new RegExp(`(<!-- ${marker}:start -->)[\\s\\S]*?(<!-- ${marker}:end -->)`),
        (_, start, end) => `${start}\n${body}\n${end}`
      );
    fs.writeFileSync(file, text);
  }

  const server = await serveStatic(path.join(root, "dist"));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const [locale, file] of [
      ["en-US", "taskpane.png"],
      ["de-DE", "taskpane-de.png"],
    ]) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 900 },
        deviceScaleFactor: 1,
        locale,
      });
      const pane = await context.newPage();
      await routeOffice(pane);
      await pane.goto(`${server.url}/taskpane.html`);
      // Runs in the page, where document exists.
      await pane.waitForFunction(
        () => globalThis.document.getElementById("status").textContent.length > 0
      );
      await pane.screenshot({ path: path.join(docs, file), fullPage: true });
      await context.close();
    }

    // An audit that found a user's edit: the fake Excel, its computed cells as Excel would
    // show them (HyperFormula evaluates the same formulas), Q4 2024's share typed over.
    const context = await browser.newContext({
      viewport: { width: 360, height: 900 },
      deviceScaleFactor: 1,
      locale: "en-US",
    });
    const pane = await context.newPage();
    await routeOffice(pane, fakeOfficeScript({ delayMs: 0 }));
    await pane.goto(`${server.url}/taskpane.html`);
    await pane.waitForFunction(() => !globalThis.document.getElementById("insert").disabled);
    await pane.click("#insert");
    await pane.waitForFunction(
      () => globalThis.document.getElementById("status").dataset.kind === "done"
    );
    const edit = { row: plan.table.headerRow + 4, col: 2, value: 0.2 };
    const shown = shownComputedCells(plan, [edit]);
    await pane.evaluate(
      ({ cells, sheetName }) => {
        const s = globalThis.__fake.state;
        const sheet = s.sheet(sheetName);
        for (const c of cells) {
          const cell = { ...s.cell(sheet, c.row, c.col), value: c.value };
          if (c.error) cell.error = c.error;
          sheet.cells.set(`${c.row},${c.col}`, cell);
        }
      },
      { cells: [edit, ...shown], sheetName: plan.sheetName }
    );
    await pane.click("#audit");
    await pane.waitForFunction(
      () => globalThis.document.getElementById("audit-status").dataset.kind === "error"
    );
    await pane.locator("#audit-section").screenshot({ path: path.join(docs, "audit.png") });

    // The formula builder, with the dataset in the workbook: Q3 2025's run rate at the sheet's rate.
    await pane.click("#builder-title");
    await pane.waitForSelector(
      '#builder-body select[data-parameter="rate"] option[value="OAI_ShareRate"]',
      { state: "attached" }
    );
    await pane.selectOption("#builder-function", "RUNRATE");
    await pane.selectOption('#builder-body select[data-parameter="period"]', "Q3 2025");
    await pane.selectOption('#builder-body select[data-parameter="rate"]', "OAI_ShareRate");
    await pane.locator("#builder-section").screenshot({ path: path.join(docs, "builder.png") });
    await context.close();

    // The card of Q3 2025 as OAI.CARD returns it, in both languages: the same JSON Excel shows.
    for (const [locale, file, decimal] of [
      ["en", "card.png", "."],
      ["de", "card-de.png", ","],
    ]) {
      const totals = lookupPeriod("Q3 2025");
      const card = periodCard(totals, DEFAULT_ASSUMPTIONS, locale);
      // The picture shows every section open.
      const open = {
        ...card,
        layouts: {
          ...card.layouts,
          card: {
            ...card.layouts.card,
            sections: card.layouts.card.sections.map((sec) => ({ ...sec, collapsed: false })),
          },
        },
      };
      const page = await browser.newPage({
        viewport: { width: 400, height: 600 },
        deviceScaleFactor: 1,
      });
      await page.setContent(cardHtml(open, decimal));
      await page.locator(".card").screenshot({ path: path.join(docs, file) });
      await page.close();
    }

    const layout = await browser.newPage({
      viewport: { width: 1240, height: 420 },
      deviceScaleFactor: 1,
    });
    await layout.setContent(layoutHtml(plan));
    await layout.screenshot({ path: path.join(docs, "layout.png"), fullPage: true });
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    "Wrote docs/taskpane.png, docs/taskpane-de.png, docs/audit.png, docs/builder.png, docs/card.png, docs/card-de.png, docs/layout.png and the tables of docs/sheet-layouts.md and docs/development.md."
  );
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});

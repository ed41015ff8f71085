// The "what Insert writes" tables of docs/sheet-layouts.md, generated from the writer's own plans.
const { columnLetter } = require("../../src/core");

const cellName = (row, col) => `${columnLetter(col)}${row + 1}`;
const area = (row, col, rows, cols) =>
  rows === 1 && cols === 1
    ? cellName(row, col)
    : `${cellName(row, col)}:${cellName(row + rows - 1, col + cols - 1)}`;
const code = (text) => `\`${String(text).replace(/\|/g, "\\|")}\``;
const show = (content) =>
  typeof content === "string" && content.startsWith("=") ? code(content) : String(content);

/** Rows of [cell or range, what it is, what it holds], in sheet order. */
function describe(plan) {
  const lines = [];
  const t = plan.table;
  const inTable = (c) => t && c.row >= t.headerRow && c.row <= t.totalsRow;
  const nameOf = (c) => plan.names.find((n) => n.row === c.row && n.col === c.col && !n.rows);

  // Single cells: titles, notes, inputs and their labels.
  for (const c of plan.cells.filter((x) => !inTable(x) && !x.style.startsWith("grid"))) {
    const named = nameOf(c);
    const what = [
      c.style,
      named && `named ${code(named.name)}`,
      c.numberFormat && `format ${code(c.numberFormat)}`,
    ]
      .filter(Boolean)
      .join(", ");
    lines.push({ row: c.row, cells: [cellName(c.row, c.col), what, show(c.content)] });
  }

  if (t) {
    const at = (row, col) => plan.cells.find((c) => c.row === row && c.col === col);
    const body = t.headerRow + 1;
    const valueCols = plan.cols - t.formulaColumns.length;
    lines.push(
      {
        row: t.headerRow,
        cells: [
          area(t.headerRow, 0, 1, plan.cols),
          `header of the table ${code(t.name)} (${t.style})`,
          t.headers.join(" · "),
        ],
      },
      {
        row: body,
        cells: [
          area(body, 0, t.bodyRows, valueCols),
          "published values, as in the article",
          `${Array.from({ length: valueCols }, (_, c) => at(body, c).content).join(" · ")} … (${t.bodyRows} quarters)`,
        ],
      },
      ...t.formulaColumns.map((c) => ({
        row: body,
        cells: [
          area(body, c, t.bodyRows, 1),
          `formula, format ${code(t.numberFormats[c])}`,
          code(at(body, c).content),
        ],
      })),
      {
        row: t.totalsRow,
        cells: [
          area(t.totalsRow, 0, 1, plan.cols),
          "totals row",
          t.headers.map((_, c) => show(at(t.totalsRow, c).content)).join(" · "),
        ],
      }
    );
  }

  // Grids (the checks, the sensitivity grid): a line for the header row, one for the rows below.
  const gridRows = [
    ...new Set(plan.cells.filter((c) => c.style.startsWith("grid")).map((c) => c.row)),
  ].sort((a, b) => a - b);
  const rowCells = (row) => plan.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col);
  // Rows merge when their cells have the same styles and the same kind of first cell.
  const signature = (row) =>
    rowCells(row)
      .map((c, k) => `${c.style}${k === 0 ? typeof c.content : ""}`)
      .join();
  for (let i = 0; i < gridRows.length;) {
    let j = i;
    while (
      j + 1 < gridRows.length &&
      gridRows[j + 1] === gridRows[j] + 1 &&
      signature(gridRows[j + 1]) === signature(gridRows[i])
    )
      j++;
    const first = rowCells(gridRows[i]);
    const header = first.every((c) => c.style === "gridHeader");
    const count = j - i + 1;
    const formats = [...new Set(first.map((c) => c.numberFormat).filter(Boolean))]
      .map(code)
      .join(", ");
    lines.push({
      row: gridRows[i],
      cells: [
        area(gridRows[i], first[0].col, count, first.length),
        header
          ? "header row"
          : `${count} row${count > 1 ? "s" : ""}${formats ? `, formats ${formats}` : ""}`,
        // Wide formula rows: the first two cells say what the others do.
        `${first
          .slice(0, header ? first.length : 2)
          .map((c) => show(c.content))
          .join(" · ")}${count > 1 || (!header && first.length > 2) ? " …" : ""}`,
      ],
    });
    i = j + 1;
  }

  if (plan.chart) {
    const ch = plan.chart;
    lines.push({
      row: Infinity,
      cells: [
        area(ch.from.row, ch.from.col, ch.to.row - ch.from.row + 1, ch.to.col - ch.from.col + 1),
        `chart ${code(ch.name)}, clustered columns`,
        `${ch.title}: ${ch.seriesColumns.map((c) => t.headers[c]).join(" and ")} by quarter`,
      ],
    });
  }
  if (plan.colorScale) {
    const cs = plan.colorScale;
    lines.push({
      row: Infinity,
      cells: [
        area(cs.row, cs.col, cs.rows, cs.cols),
        "colour scale",
        `green below ${cs.midpoint}× (revenue above cost), red above`,
      ],
    });
  }
  for (const n of plan.names.filter((x) => x.rows)) {
    lines.push({
      row: Infinity,
      cells: [
        area(n.row, n.col, n.rows, n.cols),
        `named ${code(n.name)}`,
        "the whole block, so that inserting again finds it",
      ],
    });
  }
  for (const v of plan.validations) {
    lines.push({
      row: v.row + 0.5,
      cells: [
        cellName(v.row, v.col),
        `data validation: ${code(v.formula)}, stop alert`,
        `input message "${v.texts.title}: ${v.texts.prompt}"`,
      ],
    });
  }
  for (const n of plan.formulaNames) {
    lines.push({
      row: Infinity,
      cells: ["(a name)", `named formula ${code(n.name)}: ${n.comment}`, code(n.formula)],
    });
  }
  return lines.sort((a, b) => a.row - b.row).map((l) => l.cells);
}

function layoutMarkdown(plan) {
  return [
    `The block is ${plan.rows} rows × ${plan.cols} columns (${area(0, 0, plan.rows, plan.cols)} on a new sheet "${plan.sheetName}")${plan.chart ? "; the chart floats beside it" : ""}.`,
    "",
    "| Cell | What | Content |",
    "|---|---|---|",
    ...describe(plan).map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

module.exports = { layoutMarkdown };

// The README's "what Insert writes" table, generated from the writer's own sheet plan.
const { columnLetter } = require("../src/core");

const cellName = (row, col) => `${columnLetter(col)}${row + 1}`;
const area = (row, col, rows, cols) =>
  rows === 1 && cols === 1
    ? cellName(row, col)
    : `${cellName(row, col)}:${cellName(row + rows - 1, col + cols - 1)}`;
const code = (text) => `\`${String(text).replace(/\|/g, "\\|")}\``;

/** Markdown rows: cell or range, what it is, what it holds (formulas in full). */
function layoutMarkdown(plan) {
  const at = (row, col) => plan.cells.find((c) => c.row === row && c.col === col);
  const { table: t } = plan;
  const nameOf = (row, col) => plan.names.find((n) => n.row === row && n.col === col);
  const rows = [];
  const body = t.headerRow + 1;
  for (const c of plan.cells) {
    if (c.row >= t.headerRow && c.row <= t.totalsRow) continue;
    const named = nameOf(c.row, c.col);
    const what = [
      c.style,
      named && `named ${code(named.name)}`,
      c.numberFormat && `format ${code(c.numberFormat)}`,
    ]
      .filter(Boolean)
      .join(", ");
    rows.push([cellName(c.row, c.col), what, String(c.content)]);
  }
  const tableRows = [
    [
      area(t.headerRow, 0, 1, plan.cols),
      `header of the table ${code(t.name)} (${t.style})`,
      t.headers.join(" · "),
    ],
    [
      area(body, 0, t.bodyRows, plan.cols - t.formulaColumns.length),
      "published values, as in the article",
      `${[0, 1, 2, 3].map((c) => at(body, c).content).join(" · ")} … (${t.bodyRows} quarters)`,
    ],
    ...t.formulaColumns.map((c) => [
      area(body, c, t.bodyRows, 1),
      `formula, format ${code(t.numberFormats[c])}`,
      code(at(body, c).content),
    ]),
    [
      area(t.totalsRow, 0, 1, plan.cols),
      "totals row",
      t.headers.map((_, c) => code(at(t.totalsRow, c).content)).join(" · "),
    ],
  ];
  const ordered = [
    ...rows.filter((r) => Number(r[0].replace(/\D/g, "")) <= t.headerRow),
    ...tableRows,
    ...rows.filter((r) => Number(r[0].replace(/\D/g, "")) > t.headerRow),
  ];
  ordered.push([
    area(
      plan.chart.from.row,
      plan.chart.from.col,
      plan.chart.to.row - plan.chart.from.row + 1,
      plan.chart.to.col - plan.chart.from.col + 1
    ),
    `chart ${code(plan.chart.name)}, clustered columns`,
    `${plan.chart.title}: ${plan.chart.seriesColumns.map((c) => t.headers[c]).join(" and ")} by quarter`,
  ]);
  return [
    `The block is ${plan.rows} rows × ${plan.cols} columns (${area(0, 0, plan.rows, plan.cols)} on a new sheet); the chart floats beside it.`,
    "",
    "| Cell | What | Content |",
    "|---|---|---|",
    ...ordered.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

module.exports = { layoutMarkdown };

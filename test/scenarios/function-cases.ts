/*
 * The function cases as a user meets them in a workbook: input cells (empty ones, errors,
 * numbers, text, data-type values), a formula over them, and what the cells must show.
 * One table for the Jest suite (against the Excel fake, with empty cells passed as 0 and as
 * null) and for `npm run test:excel` (the same runner inside real Excel). Self-contained: no
 * imports, so the browser runner can load it as it is.
 */

/** An input cell. `formula` makes an error the way a user's sheet would (=NA(), =1/0). */
export type InputCell =
  | number
  | string
  | boolean
  | { readonly empty: true }
  | { readonly formula: string }
  | { readonly json: Record<string, unknown> };

/** What a result cell must show: a number (within 1e-9), text ("" for a blank), or an error. */
export type Expected = number | string | { readonly error: string; readonly message?: RegExp };

export interface FunctionCase {
  readonly name: string;
  /** The input cells, written from A1 of a scratch sheet; the formula's first argument is them. */
  readonly inputs: readonly (readonly InputCell[])[];
  /** The formula, with {inputs} where the input range goes. */
  readonly formula: string;
  readonly expected: readonly (readonly Expected[])[];
}

export const EMPTY = { empty: true } as const;
const NA = { formula: "=NA()" } as const;
const DIV0 = { formula: "=1/0" } as const;
const VALUE = { formula: '="a"+1' } as const;
const NUM = { formula: "=SQRT(-1)" } as const;
const err = (error: string, message?: RegExp): Expected => ({ error, message });

const Q3_2025_RATIO = 1.77518248175182; // 3.648 / (0.411 / 0.2), to 15 digits
const Q1_2024_RATIO = 1.42077922077922; // 0.547 / (0.077 / 0.2)

export const FUNCTION_CASES: readonly FunctionCase[] = [
  {
    name: "an empty cell among periods gives a blank, whether Excel passes it as 0 or null",
    inputs: [["Q1 2024"], [EMPTY], ["Q3 2025"]],
    formula: "=OAI.INFERENCERATIO({inputs})",
    expected: [[Q1_2024_RATIO], [""], [Q3_2025_RATIO]],
  },
  {
    name: "a typed 0 is no period: a blank, like an empty cell",
    inputs: [[0], ["2024"]],
    formula: "=OAI.INFERENCECOST({inputs})",
    expected: [[""], [3.767]],
  },
  {
    name: "an #N/A among the periods stays in its own cell; the others are computed",
    inputs: [["Q1 2024"], [NA], ["Q3 2025"]],
    formula: "=OAI.INFERENCERATIO({inputs})",
    expected: [[Q1_2024_RATIO], [err("#N/A", /input cell is #N\/A/)], [Q3_2025_RATIO]],
  },
  {
    name: "#DIV/0!, #VALUE! and #NUM! inputs come out as the same errors",
    inputs: [[DIV0], [VALUE], [NUM], ["H1 2025"]],
    formula: "=OAI.REVENUESHARE({inputs})",
    expected: [
      [err("#DIV/0!")],
      [err("#VALUE!", /input cell is #VALUE!/)],
      [err("#NUM!")],
      [0.454],
    ],
  },
  {
    name: "an empty share cell gives a blank on every platform",
    inputs: [[0.411], [EMPTY]],
    formula: "=OAI.IMPLIEDREVENUE({inputs})",
    expected: [[2.055], [""]],
  },
  {
    name: "a share typed as text (a CSV paste) is #VALUE! saying so",
    inputs: [["0.411"]],
    formula: "=OAI.IMPLIEDREVENUE({inputs})",
    expected: [[err("#VALUE!", /number stored as text/)]],
  },
  {
    name: "a rate typed as 20 for 20 % is #VALUE! with the fix",
    inputs: [["Q3 2025"]],
    formula: "=OAI.INFERENCERATIO({inputs}, 20)",
    expected: [[err("#VALUE!", /write 20 % as 0\.2/)]],
  },
  {
    name: "a rate of 0 means the default 20 %, like an empty rate cell",
    inputs: [["Q3 2025"]],
    formula: "=OAI.INFERENCERATIO({inputs}, 0, 0)",
    expected: [[Q3_2025_RATIO]],
  },
  {
    name: "months and dates as text mean their quarter, in English and German",
    inputs: [
      ["Jul 2025"],
      ["Juli 2025"],
      ["2025-07"],
      ["2025-07-01"],
      ["März 2024"],
      ["01.10.2024"],
    ],
    formula: "=OAI.REVENUESHARE({inputs})",
    expected: [[0.411], [0.411], [0.411], [0.411], [0.077], [0.168]],
  },
  {
    name: "a formatted number (a data type) counts as its number",
    inputs: [[{ json: { type: "Double", basicValue: 0.411, numberFormat: "0.000" } }]],
    formula: "=OAI.IMPLIEDREVENUE({inputs})",
    expected: [[2.055]],
  },
  {
    name: 'the add-in\'s own card, made by =OAI.CARD("Q3 2025") in a cell, counts as its period',
    // The real card through Excel's round trip: its hidden key, or else its provider and text.
    inputs: [[{ formula: '=OAI.CARD("Q3 2025")' }]],
    formula: "=OAI.INFERENCERATIO({inputs})",
    expected: [[Q3_2025_RATIO]],
  },
  {
    name: "a rate given as text is #VALUE! saying so (every argument is `any`: Excel converts nothing)",
    inputs: [["Q3 2025"]],
    formula: '=OAI.INFERENCERATIO({inputs}, "0.2")',
    expected: [[err("#VALUE!", /is text/)]],
  },
  {
    name: "an entity (a card) is #VALUE! saying what it is",
    inputs: [[{ json: { type: "Entity", text: "Q3 2025", properties: {} } }]],
    formula: "=OAI.INFERENCECOST({inputs})",
    expected: [[err("#VALUE!", /entity/)]],
  },
];

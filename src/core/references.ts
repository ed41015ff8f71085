/**
 * A1 references as Excel writes them: column letters and a sheet-qualified cell or range. One
 * definition, shared by the pane, the audit, the docs and the test fake.
 */

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Column letters to their index: A → 0, Z → 25, AA → 26 (the inverse of columnLetter). */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * "='OpenAI leak'!$A$1:$H$14" (a defined name's formula) to its sheet, its top-left cell and its
 * size (one cell for a cell reference); undefined for anything else.
 */
export function parseReference(
  formula: string
): { sheet: string; row: number; col: number; rows: number; cols: number } | undefined {
  const m =
    /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(
      formula.trim()
    );
  if (!m) return undefined;
  const row = Number(m[4]) - 1;
  const col = columnIndex(m[3]);
  return {
    sheet: (m[1] ?? m[2]).replace(/''/g, "'"),
    row,
    col,
    rows: m[6] ? Number(m[6]) - row : 1,
    cols: m[5] ? columnIndex(m[5]) - col + 1 : 1,
  };
}

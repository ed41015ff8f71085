/*
 * The writer's messages in English: refusals and what Excel refused. Apart from en.ts only because
 * they ship with the workbook chunk, which the pane loads when it inserts (the pane's 26 KB budget).
 */
import type { Words } from "./words";
import { TABLE_NAME } from "../sheet-plan";

export const enWriter: Words["writer"] = {
  protectedSheet: (name: string) =>
    `The sheet "${name}" is protected. Unprotect it (Review › Unprotect Sheet) and click Insert again.`,
  room: (rows: number, cols: number) =>
    `select a cell with ${rows} empty rows × ${cols} columns below and to the right of it.`,
  overlaps: (address: string, table: string, room: string) =>
    `${address} overlaps the table "${table}". Nothing was written: ${room}`,
  notEmpty: (address: string, cell: string, room: string) =>
    `${address} is not empty (${cell} has content). Nothing was written: ${room}`,
  structure:
    "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook) or insert at the selected cell.",
  nameTaken: (theirs: string, ours: string) =>
    `The workbook already has a name "${theirs}", which Excel treats as the same as "${ours}" (names ignore case). Nothing was written: rename or delete it (Formulas › Name Manager) and click Insert again.`,
  tableTaken: (theirs: string, ours: string) =>
    `The workbook already has a table "${theirs}" that is not this add-in's, and Excel treats it as the same as "${ours}" (names ignore case). Nothing was written: rename it (Table Design › Table Name) and click Insert again.`,
  datasetFirst: `The grid is computed from the table ${TABLE_NAME}: click Insert dataset first, then insert the grid.`,
  editMode: "Excel is editing a cell. Press Enter or Esc to finish, then click Insert again.",
  accessDenied:
    "Excel refused the change: the sheet or the workbook is protected. Unprotect it and click Insert again.",
  invalidSelection: "Select a cell (not a chart or shape) and click Insert again.",
  invalidArgument: (detail: string) =>
    `Excel refused the change${detail ? `: ${detail}` : ""}. If you chose "at the selected cell", leave room below and to the right of it.`,
  failed: (code: string) =>
    `Excel could not insert the data${code ? ` (${code})` : ""}. Please click Insert again.`,
  cardPut: (quarter: string, address: string) =>
    `Put the card of ${quarter} in ${address}: click its icon to open it.`,
  cardNotEmpty: (address: string) =>
    `${address} is not empty. Nothing was written: select an empty cell for the card.`,
  undoNotSupported:
    "Excel could not make the insert one undo step (UndoNotSupported), and its undo history was cleared from there on.",
  mergedConflict:
    "Excel refused the change: the cells hold merged cells, which a table cannot cover (MergedRangeConflict). Unmerge them (Home › Merge & Center) or select a cell with room that has none.",
  merged: (address: string, cells: string, room: string) =>
    `${address} contains merged cells (${cells}), which a table cannot cover. Nothing was written: ${room}`,
  cannotRestore: (address: string, what: string, room: string) =>
    `${address} has ${what}, which a failed insert could not put back. Nothing was written: ${room}`,
  validation: "data validation",
  conditionalFormats: "conditional formatting",
  note: (cell: string) => `a note (in ${cell})`,
  comment: (cell: string) => `a comment (in ${cell})`,
  tableRowNotOurs: (cell: string, label: string) =>
    `The table's row ${cell} ("${label}") is not a quarter in the leak. Nothing was written: delete or move that row, or insert the dataset at another place.`,
  tableColumns: (cols: number) =>
    `The table no longer has its ${cols} columns. Nothing was written: delete the columns you added (or undo the deletion) and click Insert again.`,
  tableFiltered:
    "The table is filtered and rows are missing, which a filtered table cannot add back. Nothing was written: clear the filter (Data › Clear) and click Insert again.",
  undone: " Nothing was changed.",
  undoneMaybeUnmerged:
    " What was written was taken back; merged cells in that place, if there were any, may have been unmerged, and notes there may have been removed.",
  undoneMaybeNotesRemoved:
    " What was written was taken back; notes in that place, if there were any, may have been removed.",
  undoClearedRedone:
    "Excel could not make the insert one undo step (UndoNotSupported), so it was made without one, and Excel cleared its undo history from there on: Ctrl+Z may not take it back.",
  notUndoneUndoCleared:
    " Part of the data may have been written, and Excel cleared its undo history: delete what was added by hand.",
  notUndone: " Part of the data may have been written: undo it with Ctrl+Z.",
  notUndoneByHand:
    " Part of the data may have been written. This Excel cannot undo an add-in's changes: delete what was added by hand.",
};

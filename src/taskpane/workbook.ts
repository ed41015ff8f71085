/*
 * What the pane does to a workbook — the inserts and the audit — as one chunk that the pane
 * loads when Excel is there (taskpane.ts imports it dynamically), so that the pane itself stays
 * light: reading and writing workbooks is no part of showing the figures.
 */
export { forHost, runInsert, undoSupport } from "./workbook-writer";
export { runAudit, selectCells } from "./audit";
export { putCard } from "./card-cell";
export { describeExcelError } from "./writer-messages";

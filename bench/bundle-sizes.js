// Bytes of what the add-in serves, raw and gzip, with the budgets that npm test also holds.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** What the task pane's page loads from the add-in (office.js comes from Office's CDN). */
const paneFiles = ["taskpane.html", "taskpane.css", "taskpane.js", "functions.js"];
/** The workbook chunk: the inserts and the audit, fetched in Excel after the pane shows. */
const LATER_FILES = ["workbook.js"];
// The page holds both bundles (the shared runtime), and taskpane.js takes the core, the data and
// webpack's runtime from functions.js instead of a second copy (webpack's dependOn): that saved
// 4.8 KB of the pane load and put 1.9 KB into functions.js (8.6 KB before), whose modules can no
// longer be merged into one scope. functions.js still runs on its own in a page (its runtime reads
// `self`), as the bench loads it.
const BUDGETS = { "functions.js": 11 * 1024 };

/**
 * One OAI.CARD result as JSON, the largest period in either language: Excel hands a card to
 * every function that takes it, and functions taking entities are slow or fail on large
 * workbooks (office-js #4654). It was 3.4 KB before the card was made light.
 */
const CARD_BUDGET = 3 * 1024;

function sizes(dist) {
  return [...paneFiles, ...LATER_FILES, "functions.json"].map((file) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return {
      file,
      raw: bytes.length,
      gzip: zlib.gzipSync(bytes, { level: 9 }).length,
      budget: BUDGETS[file],
    };
  });
}

module.exports = { paneFiles, LATER_FILES, sizes, BUDGETS, CARD_BUDGET, PANE_BUDGET: 25 * 1024 };

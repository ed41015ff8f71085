// Bytes of what the add-in serves, raw and gzip, with the budgets that npm test also holds.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** What the task pane's page loads from the add-in (office.js comes from Office's CDN). */
const paneFiles = ["taskpane.html", "taskpane.css", "taskpane.js", "functions.js"];
/** The workbook chunk: the inserts and the audit, fetched in Excel after the pane shows. */
const LATER_FILES = ["workbook.js"];
// functions.js: 8 KB until OAI.CARD brought its card in two languages. The pane load, which
// includes functions.js: 25 KB until the figures became a data file (src/data/leak.json, with
// its field names, in both bundles: 0.7 KB) with a version in the footer; 26 KB leaves room for
// the quarters to come (about 40 bytes gzip each).
const BUDGETS = { "functions.js": 9 * 1024 };

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

module.exports = { paneFiles, LATER_FILES, sizes, BUDGETS, CARD_BUDGET, PANE_BUDGET: 26 * 1024 };

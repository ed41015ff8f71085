// The data file's checks: src/data/leak.json against its JSON Schema, then what a schema cannot
// say (quarters in calendar order with no gap or repeat, periods the add-in reads). Every message
// names the field, e.g. "quarters[3].inferenceCost must be number". The build and npm test run it.
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv");
const { requireTs } = require("./require-ts");

const DATA_FILE = path.resolve(__dirname, "..", "..", "src", "data", "leak.json");
const SCHEMA_FILE = path.resolve(__dirname, "..", "..", "src", "data", "leak.schema.json");

let validate;
function schemaValidator() {
  if (!validate) {
    // Published figures are multiples of 0.001: compare with a tolerance, as binary floats need.
    const ajv = new Ajv({ allErrors: true, multipleOfPrecision: 9 });
    validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8")));
  }
  return validate;
}

/** "/quarters/3/inferenceCost" → "quarters[3].inferenceCost". */
function fieldName(pointer) {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce(
      (name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part),
      ""
    );
}

function schemaMessage(error) {
  const at = fieldName(error.instancePath);
  if (error.keyword === "required") {
    const missing = at ? `${at}.${error.params.missingProperty}` : error.params.missingProperty;
    return `${missing} is missing`;
  }
  if (error.keyword === "additionalProperties") {
    const extra = at ? `${at}.${error.params.additionalProperty}` : error.params.additionalProperty;
    return `${extra} is not a field of the data file (a typo?)`;
  }
  const allowed = error.params && error.params.allowedValues;
  return `${at || "the data file"} ${error.message}${allowed ? `: ${allowed.join(", ")}` : ""}`;
}

const quarterIndex = (q) => q.year * 4 + (q.quarter - 1);
const label = (q) => `Q${q.quarter} ${q.year}`;

/** What the schema cannot say. Runs only on data the schema accepts. */
function consistencyMessages(data) {
  const messages = [];
  const seen = new Map();
  data.quarters.forEach((q, i) => {
    const index = quarterIndex(q);
    if (seen.has(index)) {
      messages.push(
        `quarters[${i}]: ${label(q)} appears twice (also quarters[${seen.get(index)}])`
      );
      return;
    }
    seen.set(index, i);
    if (i > 0) {
      const previous = data.quarters[i - 1];
      if (index !== quarterIndex(previous) + 1) {
        messages.push(
          `quarters[${i}]: ${label(q)} must come right after ${label(previous)} (quarters in calendar order, no gap)`
        );
      }
    }
  });
  const keys = data.columns.map((c) => c.key);
  if (new Set(keys).size !== keys.length) {
    messages.push(`columns: each of inferenceCost, revenueShare, impliedRevenuePublished once`);
  }
  // The add-in reads each total's period with the functions' own rules.
  const { parsePeriodText } = requireTs(
    path.resolve(__dirname, "..", "..", "src", "core", "period.ts")
  );
  const first = data.quarters.length ? quarterIndex(data.quarters[0]) : 0;
  const last = data.quarters.length ? quarterIndex(data.quarters[data.quarters.length - 1]) : -1;
  data.reportedTotals.forEach((t, i) => {
    const period = parsePeriodText(t.period);
    if ("error" in period) {
      messages.push(
        `reportedTotals[${i}].period: "${t.period}" is not a period (${period.message})`
      );
    } else if (t.statedByArticle && (period.firstQuarter < first || period.lastQuarter > last)) {
      messages.push(
        `reportedTotals[${i}].period: "${t.period}" is checked against the quarters (statedByArticle) but the quarters do not cover it`
      );
    }
  });
  return messages;
}

/** Every problem with the data, each naming its field; [] when the data is good. */
function checkLeakData(data) {
  const valid = schemaValidator();
  if (!valid(data)) return valid.errors.map(schemaMessage);
  return consistencyMessages(data);
}

/** Reads and checks a data file; the messages name the file. */
function checkLeakFile(file = DATA_FILE) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    return [`${path.basename(file)} is not JSON: ${err.message}`];
  }
  return checkLeakData(data).map((m) => `${path.basename(file)}: ${m}`);
}

/**
 * What static metadata (functions.json, functions-de.json, manifest.xml, the pane's page) says
 * of the data, as build tokens:
 * {{coverage}} "Q1 2024 – Q3 2025", {{quarterCount}} 7, {{datasetRows}} 8 (with the header row).
 */
function dataTokens(data) {
  const first = data.quarters[0];
  const last = data.quarters[data.quarters.length - 1];
  return {
    "{{coverage}}": `${label(first)} – ${label(last)}`,
    "{{firstQuarter}}": label(first),
    "{{lastQuarter}}": label(last),
    "{{quarterCount}}": String(data.quarters.length),
    "{{datasetRows}}": String(data.quarters.length + 1),
    "{{dataVersion}}": data.version,
    "{{dataDate}}": data.date,
  };
}

const withDataTokens = (text, tokens) =>
  Object.entries(tokens).reduce((t, [token, value]) => t.split(token).join(value), text);

/**
 * The build reads the data from `file` (OAI_LEAK_DATA for a copy, as the eighth-quarter test
 * does) and fails with each message when the data is wrong.
 */
class LeakDataPlugin {
  constructor(
    file = process.env.OAI_LEAK_DATA ? path.resolve(process.env.OAI_LEAK_DATA) : DATA_FILE
  ) {
    this.file = file;
  }
  apply(compiler) {
    const { NormalModuleReplacementPlugin, WebpackError } = compiler.webpack;
    if (this.file !== DATA_FILE) {
      new NormalModuleReplacementPlugin(/[\\/]data[\\/]leak\.json$/, this.file).apply(compiler);
    }
    compiler.hooks.thisCompilation.tap("LeakDataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.file);
      compilation.fileDependencies.add(SCHEMA_FILE);
      const messages = checkLeakFile(this.file);
      for (const message of messages) compilation.errors.push(new WebpackError(message));
      if (messages.length) return;
      const tokens = dataTokens(JSON.parse(fs.readFileSync(this.file, "utf8")));
      // After functions.json, functions-de.json and taskpane.html exist (the HTML plugin writes the
      // page at OPTIMIZE_INLINE), before anything names files by their content.
      compilation.hooks.processAssets.tap(
        {
          name: "LeakDataPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 1,
        },
        () => {
          for (const asset of compilation.getAssets()) {
            if (!/\.(json|html|xml)$/.test(asset.name)) continue;
            const text = asset.source.source().toString();
            if (text.includes("{{")) {
              compilation.updateAsset(
                asset.name,
                new compiler.webpack.sources.RawSource(withDataTokens(text, tokens))
              );
            }
          }
        }
      );
    });
  }
}

module.exports = {
  DATA_FILE,
  SCHEMA_FILE,
  checkLeakData,
  checkLeakFile,
  dataTokens,
  withDataTokens,
  LeakDataPlugin,
};

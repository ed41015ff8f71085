// `npm run bench`: what makes an Excel add-in feel fast, each figure against its budget, in one
// run. Prints a markdown table and writes bench/results.json as [{ name, value, unit, budget }].
// The functions are measured as Excel runs them: the built dist/functions.js, registered through
// a CustomFunctions shim, called with whole ranges (Excel passes a range as one 2-D array).
require("../scripts/dev/ts-require");
const { execFileSync, spawnSync } = require("child_process");
const { loadFunctions } = require("./load-functions");
const { CARD_BUDGET } = require("./bundle-sizes");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const RUNS = 7;
const LOADER = path.join(__dirname, "load-functions.js");
const results = [];

function record(name, value, unit, budget, note = "") {
  results.push({ name, value, unit, budget, ...(note ? { note } : {}) });
  if (/npm (run build|test)/.test(name)) console.error(`${name}: ${value} ${unit} ${note}`);
}

/** A small seeded generator, so every run measures the same inputs. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const matrix = (rows, cols, cell) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));

/** Median and spread (min–max) of `runs` timed calls after a warm-up, in ns per cell. */
function timePerCell(fn, cells, runs = RUNS) {
  fn();
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / cells);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    max: times[times.length - 1],
  };
}

/** timePerCell for a function that returns a promise (OAI.CARD awaits Office's readiness). */
async function timePerCellAsync(fn, cells, runs = RUNS) {
  await fn();
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / cells);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    max: times[times.length - 1],
  };
}

const fmt = (x, digits = 1) => x.toFixed(digits);

async function benchThroughput(oai) {
  const rows = 1000;
  const cols = 1000;
  const cells = rows * cols;
  const next = random(42);

  // 1. OAI.IMPLIEDREVENUE on numbers against the bare arithmetic on the same numbers.
  const shares = matrix(rows, cols, () => next());
  const rate = 0.2;
  const payments = 0.01;
  const bareArithmetic = () => {
    const out = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const row = shares[r];
      const o = new Array(cols);
      for (let c = 0; c < cols; c++) o[c] = (row[c] + payments) / rate;
      out[r] = o;
    }
    return out;
  };
  // The same arithmetic rounded to Excel's 15 digits, as the function returns it (the core's code).
  const { toFifteenDigits } = require("../src/core/errors");
  const bareRounded = () => {
    const out = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const row = shares[r];
      const o = new Array(cols);
      for (let c = 0; c < cols; c++) o[c] = toFifteenDigits((row[c] + payments) / rate);
      out[r] = o;
    }
    return out;
  };
  const implied = timePerCell(() => oai.IMPLIEDREVENUE(shares, rate, payments), cells);
  const bare = timePerCell(bareArithmetic, cells);
  const rounded = timePerCell(bareRounded, cells);
  record(
    "OAI.IMPLIEDREVENUE, 1,000,000 numbers",
    implied.median,
    "ns/cell",
    null,
    `spread ${fmt(implied.min)}–${fmt(implied.max)}`
  );
  record(
    "Bare loop: (share + payments) / rate",
    bare.median,
    "ns/cell",
    null,
    `spread ${fmt(bare.min)}–${fmt(bare.max)}`
  );
  // Information: the function returns exact 15-digit results by design, which the bare loop does not.
  record("OAI.IMPLIEDREVENUE ÷ bare loop (information)", implied.median / bare.median, "×", null);
  record(
    "Bare loop with the same rounding to 15 digits",
    rounded.median,
    "ns/cell",
    null,
    `spread ${fmt(rounded.min)}–${fmt(rounded.max)}`
  );
  record(
    "OAI.IMPLIEDREVENUE ÷ bare loop with the same rounding (the function's own overhead)",
    implied.median / rounded.median,
    "×",
    2
  );

  // 2. OAI.INFERENCERATIO on period text in mixed forms against a bare Map lookup of pre-parsed keys.
  const forms = (q, y) => [
    `Q${q} ${y}`,
    `${q}Q${y % 100}`,
    `${y}-Q${q}`,
    `q${q}/${y}`,
    `${y} Q${q}`,
    `Q${q}-${y % 100}`,
  ];
  const quarters = [
    [1, 2024],
    [2, 2024],
    [3, 2024],
    [4, 2024],
    [1, 2025],
    [2, 2025],
    [3, 2025],
  ];
  const texts = quarters.flatMap(([q, y]) =>
    forms(q, y).map((text) => ({ text, key: `Q${q} ${y}` }))
  );
  const picks = matrix(rows, cols, () => texts[Math.floor(next() * texts.length)]);
  const periods = picks.map((row) => row.map((p) => p.text));
  const keys = picks.map((row) => row.map((p) => p.key));
  const ratios = new Map(
    quarters.map(([q, y]) => [`Q${q} ${y}`, oai.INFERENCERATIO([[`Q${q} ${y}`]])[0][0]])
  );
  const bareLookup = () => {
    const out = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const row = keys[r];
      const o = new Array(cols);
      for (let c = 0; c < cols; c++) o[c] = ratios.get(row[c]);
      out[r] = o;
    }
    return out;
  };
  const ratio = timePerCell(() => oai.INFERENCERATIO(periods), cells);
  const lookup = timePerCell(bareLookup, cells);
  record(
    "OAI.INFERENCERATIO, 1,000,000 period texts (6 forms)",
    ratio.median,
    "ns/cell",
    null,
    `spread ${fmt(ratio.min)}–${fmt(ratio.max)}`
  );
  record(
    "Bare Map lookup of pre-parsed keys",
    lookup.median,
    "ns/cell",
    null,
    `spread ${fmt(lookup.min)}–${fmt(lookup.max)}`
  );
  record("OAI.INFERENCERATIO ÷ bare lookup", ratio.median / lookup.median, "×", 5);

  // 3. OAI.CARD for 10,000 periods against the same figures as plain numbers, from the functions
  // that give them one by one (cost, share, implied revenue, ratio, run rate).
  const office = (displayLanguage, numberFormats = true) => ({
    context: {
      displayLanguage,
      // numberFormats false: an Excel before ExcelApi 1.19, whose cards carry FormattedNumber.
      requirements: { isSetSupported: (set) => numberFormats || set !== "ExcelApi" },
    },
    onReady: () => Promise.resolve({ host: "Excel" }),
  });
  globalThis.Office = office("en-US");
  const cardPeriods = periods.slice(0, 10).map((row) => row.slice(0, 1000)); // 10 × 1,000
  const cardCells = 10 * 1000;
  const cards = await timePerCellAsync(() => oai.CARD(cardPeriods), cardCells, 5);
  const plain = timePerCell(
    () => {
      oai.INFERENCECOST(cardPeriods);
      oai.REVENUESHARE(cardPeriods);
      oai.IMPLIEDREVENUE(cardPeriods);
      oai.INFERENCERATIO(cardPeriods);
      oai.RUNRATE(cardPeriods);
    },
    cardCells,
    5
  );
  // The largest card the built bundle makes, in either language and either number type, over
  // every quarter and the periods that sum them: a function given cards gets them in one payload,
  // which Excel limits to 5 MB (office-js #4654, Microsoft's reply).
  const cardPeriodTexts = [
    ...quarters.map(([q, y]) => `Q${q} ${y}`),
    ...["H1 2024", "H2 2024", "H1 2025", "2024", "2025", "9M 2025", "Q1 2024 – Q3 2025"],
  ];
  let cardBytes = 0;
  for (const language of ["en-US", "de-DE"]) {
    for (const numberFormats of [true, false]) {
      globalThis.Office = office(language, numberFormats);
      const all = await oai.CARD([cardPeriodTexts]);
      for (const card of all[0])
        cardBytes = Math.max(cardBytes, Buffer.byteLength(JSON.stringify(card)));
    }
  }
  delete globalThis.Office;
  record(
    "OAI.CARD: the largest card as JSON (any period, either language and number type)",
    cardBytes,
    "bytes",
    CARD_BUDGET
  );
  record(
    "OAI.CARD, 10,000 period texts",
    cards.median,
    "ns/cell",
    null,
    `spread ${fmt(cards.min)}–${fmt(cards.max)}`
  );
  record(
    "The same figures as plain numbers (five functions)",
    plain.median,
    "ns/cell",
    null,
    `spread ${fmt(plain.min)}–${fmt(plain.max)}`
  );
  record("OAI.CARD ÷ the same figures as plain numbers", cards.median / plain.median, "×", 20);

  // The other functions, for the record.
  for (const [id, args] of [
    ["INFERENCECOST", [periods]],
    ["REVENUESHARE", [periods]],
    ["RUNRATE", [periods]],
    ["IMPLIEDRATE", [periods, 4.3]],
  ]) {
    const t = timePerCell(() => oai[id](...args), cells, 5);
    record(
      `OAI.${id}, 1,000,000 period texts`,
      t.median,
      "ns/cell",
      null,
      `spread ${fmt(t.min)}–${fmt(t.max)}`
    );
  }
}

/** A full column through OAI.INFERENCERATIO, in a fresh process so the heap figure is its own. */
function benchFullColumn() {
  const script = `
    const reg = require(${JSON.stringify(LOADER)}).loadFunctions(${JSON.stringify(dist)});
    const forms = ["Q3 2025", "3Q25", "2025-Q3", "Q1 2024", "2024", "9M 2025", "H1 2025", "q2/2025"];
    const column = Array.from({ length: 1048576 }, (_, i) => [forms[i % forms.length]]);
    global.gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = process.hrtime.bigint();
    const out = reg.INFERENCERATIO(column);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const after = process.memoryUsage().heapUsed;
    if (out.length !== 1048576) throw new Error("wrong shape");
    const peakRssMB = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify({ ms, heapMB: (after - before) / 2 ** 20, totalMB: after / 2 ** 20, peakRssMB }));`;
  const out = execFileSync(process.execPath, ["--expose-gc", "-e", script], { encoding: "utf8" });
  const { ms, heapMB, totalMB, peakRssMB } = JSON.parse(out);
  record("Full column (1,048,576 × 1) through OAI.INFERENCERATIO: time", ms, "ms", null);
  record(
    "Full column: heap used by the call and its result",
    heapMB,
    "MB",
    null,
    `heap in use after: ${fmt(totalMB)} MB`
  );
  record(
    "Full column: peak memory of the whole process (input, call and result)",
    peakRssMB,
    "MB",
    null,
    "max resident set size"
  );
}

async function benchInsert() {
  const { createFakeExcel } = require("../test-support/fake-excel");
  const { runInsert } = require("../src/taskpane/workbook-writer");
  const { DEFAULT_ASSUMPTIONS } = require("../src/core");
  const fake = createFakeExcel();
  const request = { placement: "newSheet", assumptions: DEFAULT_ASSUMPTIONS };
  await runInsert(fake.Excel.run, request);
  record("Insert: round trips (context.sync)", fake.state.syncs, "syncs", 2);
  record("Insert: queued operations", fake.state.operations, "operations", null);
  fake.state.syncs = 0;
  fake.state.operations = 0;
  await runInsert(fake.Excel.run, request);
  record("Insert again (refresh): round trips", fake.state.syncs, "syncs", 2);
  record("Insert again (refresh): queued operations", fake.state.operations, "operations", null);
}

function benchBundle() {
  const { paneFiles, sizes, PANE_BUDGET, LATER_FILES } = require("./bundle-sizes");
  const all = sizes(dist);
  for (const f of all)
    record(`${f.file}: raw / gzip`, f.gzip, "bytes gzip", f.budget ?? null, `raw ${f.raw} bytes`);
  const pane = all.filter((f) => paneFiles.includes(f.file)).reduce((s, f) => s + f.gzip, 0);
  record(
    "Task pane load: the add-in's own JS + CSS + HTML, gzip",
    pane,
    "bytes gzip",
    PANE_BUDGET,
    `files: ${paneFiles.join(", ")}`
  );
  const later = all.filter((f) => LATER_FILES.includes(f.file)).reduce((s, f) => s + f.gzip, 0);
  record(
    "Fetched once Excel is there, after the pane shows (inserts and audit), gzip",
    later,
    "bytes gzip",
    null,
    `files: ${LATER_FILES.join(", ")}`
  );
}

function benchStartup() {
  const script = `
    const { loadFunctions } = require(${JSON.stringify(LOADER)});
    const t0 = process.hrtime.bigint(); // from here: read, evaluate and register the bundle
    const reg = loadFunctions(${JSON.stringify(dist)});
    if (Object.keys(reg).length !== 9) throw new Error("not all registered");
    console.log(Number(process.hrtime.bigint() - t0) / 1e6);`;
  const times = [];
  for (let i = 0; i < 20; i++)
    times.push(Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })));
  times.sort((a, b) => a - b);
  record(
    "Start-up: evaluate functions.js and register all 9 (median of 20 processes)",
    times[10],
    "ms",
    null,
    `spread ${fmt(times[0], 2)}–${fmt(times[19], 2)}`
  );
}

// The loop: the build side by side with a baseline commit, and the whole test suite.
const BASELINE = process.env.BENCH_BASELINE || "589dae2"; // the build before issue 18
const BUILD_ROUNDS = Number(process.env.BENCH_BUILD_ROUNDS || 5);
const WEBPACK = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
const TIME = "/usr/bin/time"; // GNU time: wall and the CPU time of the command and its children

/** Runs a command; its wall time in s and, where GNU time is there, its user + sys CPU time in s. */
function timed(command, args, options, { mayFail = false } = {}) {
  const withTime = fs.existsSync(TIME);
  const t0 = Date.now();
  const r = withTime
    ? spawnSync(TIME, ["-f", "cpu %U %S", command, ...args], { encoding: "utf8", ...options })
    : spawnSync(command, args, { encoding: "utf8", ...options });
  const wall = (Date.now() - t0) / 1000;
  if (r.status !== 0 && !mayFail)
    throw new Error(`${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr || "");
  return { wall, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, ok: r.status === 0 };
}

const METHOD = `How the loop is measured (\`npm run bench\`, bench/run.js): the build is \`webpack --mode
production\` run ${BUILD_ROUNDS} times here and ${BUILD_ROUNDS} times in the tree of commit ${BASELINE} (git archive into a
folder with its own npm ci), interleaved, and the medians compared; wall time by the
clock, CPU time (user + sys, the command and its children) by GNU time. \`npm test\` runs once as
on a clean clone: Jest with both builds in its global setup and an empty cache directory.
BENCH_BASELINE=<commit>, BENCH_BUILD_ROUNDS=<n> and BENCH_SKIP_TESTS=1 change this.`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The baseline commit's tree with its own dependencies, as its package-lock.json pins them
 * (npm ci, once): kept in the temporary folder, so that later runs start at once.
 */
function baselineTree() {
  // Outside this tree: its webpack config leaves out anything under node_modules, and the lint
  // and the type check must not see it.
  const dir = path.join(os.tmpdir(), `oai-bench-baseline-${BASELINE}`);
  if (fs.existsSync(path.join(dir, "node_modules", ".package-lock.json"))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tar = execFileSync("git", ["-C", root, "archive", "--format=tar", BASELINE], {
    maxBuffer: 1 << 30,
  });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  execFileSync("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], {
    cwd: dir,
    stdio: "ignore",
  });
  return dir;
}

/**
 * `npm run build` here and at the baseline commit (extracted with git archive, with its own
 * node_modules), interleaved old, new, old, new…, so that a busy machine slows both alike.
 */
function buildSideBySide() {
  const old = baselineTree();
  const runs = { old: [], new: [] };
  try {
    for (let i = 0; i < BUILD_ROUNDS; i++) {
      for (const [which, cwd] of [
        ["old", old],
        ["new", root],
      ]) {
        runs[which].push(timed(process.execPath, [WEBPACK, "--mode", "production"], { cwd }));
      }
    }
  } finally {
    fs.rmSync(path.join(old, "dist"), { recursive: true, force: true });
  }
  const wall = (which) => median(runs[which].map((r) => r.wall));
  const cpu = (which) =>
    runs[which][0].cpu === null ? null : median(runs[which].map((r) => r.cpu));
  const spread = (which) =>
    `median of ${BUILD_ROUNDS}, spread ${fmt(Math.min(...runs[which].map((r) => r.wall)))}–${fmt(Math.max(...runs[which].map((r) => r.wall)))} s` +
    (cpu(which) === null ? "" : `; user + sys CPU ${fmt(cpu(which))} s`);
  record("npm run build: wall time", wall("new"), "s", null, spread("new"));
  record(`npm run build at ${BASELINE} (before): wall time`, wall("old"), "s", null, spread("old"));
  record("npm run build ÷ the build before (wall)", wall("new") / wall("old"), "×", 0.5);
  if (cpu("new") !== null) {
    record("npm run build ÷ the build before (user + sys CPU)", cpu("new") / cpu("old"), "×", null);
  }
}

/** `npm test` as on a clean clone: its own builds, and a Jest cache of its own (empty). */
function testSuite() {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "oai-jest-cache-"));
  try {
    const r = timed(
      process.execPath,
      [
        path.join(root, "node_modules", "jest", "bin", "jest.js"),
        "--ci",
        "--silent",
        `--cacheDirectory=${cache}`,
      ],
      { cwd: root, env: { ...process.env, OAI_SKIP_BUILD: "" } },
      { mayFail: true }
    );
    record(
      "npm test: wall time (its two builds, every suite, an empty Jest cache)",
      r.wall,
      "s",
      90,
      (r.cpu === null ? "" : `user + sys CPU ${fmt(r.cpu)} s`) +
        (r.ok ? "" : "; SOME TESTS FAILED in this run, see npm test")
    );
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

function table() {
  const over = (r) => r.budget !== null && r.value > r.budget;
  const value = (r) =>
    r.unit === "×"
      ? `${fmt(r.value, 2)}×`
      : `${fmt(r.value, r.unit.startsWith("bytes") || r.unit === "syncs" || r.unit === "operations" ? 0 : 1)} ${r.unit}`;
  const lines = [
    "| Measure | Value | Budget | |",
    "|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.name} | ${value(r)}${r.note ? ` (${r.note})` : ""} | ${r.budget === null ? "" : `≤ ${r.unit === "×" ? `${r.budget}×` : `${r.budget} ${r.unit}`}`} | ${r.budget === null ? "" : over(r) ? "**over budget**" : "ok"} |`
    ),
  ];
  return lines.join("\n");
}

async function main() {
  const t0 = Date.now();
  buildSideBySide();
  // BENCH_SKIP_TESTS=1 leaves out the test suite's time (a minute or more).
  if (process.env.BENCH_SKIP_TESTS !== "1") testSuite();
  const oai = loadFunctions(dist);
  await benchThroughput(oai);
  benchFullColumn();
  await benchInsert();
  benchBundle();
  benchStartup();
  const machine = `${os.cpus()[0].model.trim()}, ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  const md = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; the run took ${fmt((Date.now() - t0) / 1000, 0)} s.\n\n${table()}`;
  fs.writeFileSync(path.join(__dirname, "results.md"), `${md}\n\n${METHOD}\n`);
  // The benchmark table lives on the development page (docs/development.md).
  const readmePath = path.join(root, "docs", "development.md");
  const readme = fs.readFileSync(readmePath, "utf8");
  fs.writeFileSync(
    readmePath,
    readme.replace(
      /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/,
      (_, start, end) => `${start}\n${md}\n${end}`
    )
  );
  console.log(md);
  const over = results.filter((r) => r.budget !== null && r.value > r.budget);
  if (over.length) console.log(`\nOver budget: ${over.map((r) => r.name).join("; ")}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

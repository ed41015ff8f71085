/*
 * The README and the pages in docs/ say what is true: the examples compute, the generated blocks
 * are current, every command of the quick start exists (and runs, where it needs no Excel), every
 * link and anchor resolves, and the help page users receive holds no developer text.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EXPORT_NAMES, installCustomFunctionsShim } from "../support/excel";
import { startDevServer } from "../support/dev-server";

installCustomFunctionsShim();
const oai = require("../../src/functions/functions") as Record<
  string,
  (...args: unknown[]) => unknown[][]
>;
const { slug, helpMarkdown } = require("../../scripts/build/help-page");

const root = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const PAGES = [
  "README.md",
  "docs/user-guide.md",
  "docs/sheet-layouts.md",
  "docs/deployment.md",
  "docs/development.md",
];
const readme = read("README.md");
const guide = read("docs/user-guide.md");
const layouts = read("docs/sheet-layouts.md");
const deployment = read("docs/deployment.md");
const development = read("docs/development.md");
const pkg = require("../../package.json");

/** A section of a page: from its heading to the next heading of the same or a higher level. */
function section(text: string, heading: string): string {
  const at = text.indexOf(`${heading}\n`);
  if (at < 0) return "";
  const level = /^#+/.exec(heading)![0].length;
  const rest = text.slice(at + heading.length);
  const end = rest.search(new RegExp(`\\n#{1,${level}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** An argument as the docs write it: "text", a number (a decimal comma in German), or a / b. */
function argument(text: string, german: boolean): unknown {
  const t = text.trim();
  if (t.startsWith('"')) return t.slice(1, -1);
  const number = (s: string) => Number(german ? s.replace(",", ".") : s);
  const [a, b] = t.split("/").map(number);
  return b === undefined ? a : a / b;
}

type Example = readonly [id: string, args: string, shown: string, german: boolean];
const examples: Example[] = [readme, guide].flatMap((text) => [
  // | `=OAI.RUNRATE("Q3 2025")` | 8.22 |  and  =OAI.IMPLIEDREVENUE("2024") → 2.47
  ...[...text.matchAll(/^\| `=OAI\.(\w+)\(([^`]*)\)` \| ([\d.]+)/gm)].map(
    (m) => [m[1], m[2], m[3], false] as const
  ),
  ...[...text.matchAll(/^=OAI\.(\w+)\((.*?)\)\s+→ ([\d.,]+)/gm)].map(
    (m) => [m[1], m[2], m[3], m[2].includes(";")] as const
  ),
  // | `=OAI.X("2024", 0.15)` | `=OAI.X("2024"; 0,15)` | 3.293 / 3,293 |
  ...[
    ...text.matchAll(
      /^\| `=OAI\.(\w+)\((.*)\)` \| `=OAI\.\w+\((.*)\)` \| ([\d.]+) \/ ([\d,]+) \|/gm
    ),
  ].flatMap((m) => [[m[1], m[2], m[4], false] as const, [m[1], m[3], m[5], true] as const]),
]);

describe("the examples in the README and the user guide", () => {
  test("there are examples for every function that returns a number, and German ones", () => {
    // DATASET returns the table itself, shown in "The data"; CARD a card, shown in its picture.
    const numeric = Object.keys(EXPORT_NAMES).filter(
      (id) => id !== "DATASET" && id !== "SOURCE" && id !== "CARD"
    );
    expect(new Set(examples.map(([id]) => id))).toEqual(new Set(numeric));
    expect(examples.filter(([, , , german]) => german).length).toBeGreaterThanOrEqual(3);
  });

  test.each(examples)("OAI.%s(%s) shows %s (German syntax: %s)", (id, args, shown, german) => {
    const separator = german ? /;(?=(?:[^"]*"[^"]*")*[^"]*$)/ : /,(?=(?:[^"]*"[^"]*")*[^"]*$)/;
    const [first, ...rest] = args.split(separator).map((a) => argument(a, german));
    const [[value]] = oai[EXPORT_NAMES[id]]([[first]], ...rest);
    const decimals = shown.split(german ? "," : ".")[1]?.length ?? 0;
    const text = (value as number).toFixed(decimals);
    expect(german ? text.replace(".", ",") : text).toBe(shown);
  });
});

describe("the generated blocks are current", () => {
  const block = (text: string, marker: string) =>
    new RegExp(`<!-- ${marker}:start -->\\n([\\s\\S]*?)\\n<!-- ${marker}:end -->`).exec(text)?.[1];

  test("docs/sheet-layouts.md: what Insert writes, from the writer's sheet plan (npm run docs)", () => {
    const { layoutMarkdown } = require("../../scripts/build/layout-doc");
    const { buildSheetPlan, DEFAULT_ASSUMPTIONS } = require("../../src/core");
    expect(block(layouts, "layout")).toBe(layoutMarkdown(buildSheetPlan(DEFAULT_ASSUMPTIONS)));
  });

  test("docs/sheet-layouts.md: the grid, from its plan", () => {
    const { layoutMarkdown } = require("../../scripts/build/layout-doc");
    const { buildSensitivityPlan } = require("../../src/core");
    expect(block(layouts, "grid-layout")).toBe(layoutMarkdown(buildSensitivityPlan()));
  });

  test("docs/development.md: the reliability figures the tests run with (npm run docs)", async () => {
    const { reliabilityMarkdown } = require("../../scripts/build/reliability-doc");
    expect(block(development, "reliability")).toBe(await reliabilityMarkdown());
  });

  test.each([
    ["docs/user-guide.md", "taskpane.png"],
    ["docs/user-guide.md", "taskpane-de.png"],
    ["docs/user-guide.md", "card.png"],
    ["docs/sheet-layouts.md", "layout.png"],
  ])("%s shows %s, which exists", (page, file) => {
    expect(read(page)).toContain(`](${file})`);
    expect(fs.statSync(path.join(root, "docs", file)).size).toBeGreaterThan(5000);
  });
});

describe("the user guide says where the add-in runs and how Excel passes arguments", () => {
  test("a platform table with web, Windows (Microsoft 365 and perpetual), Mac and iPad, and what each needs", () => {
    const where = section(guide, "## Where it runs");
    for (const row of [
      "Excel on the web",
      "Windows, Microsoft 365",
      "retail Excel 2016 / 2019",
      "volume-licensed",
      "Mac",
      "iPad",
    ])
      expect(where).toContain(row);
    for (const need of [
      "SharedRuntime 1.1",
      "ExcelApi 1.9",
      "ExcelApi 1.20",
      "CustomFunctionsRuntime",
      "dynamic arrays",
    ])
      expect(where).toContain(need);
  });

  test("the input rules: empty cells, errors, data types, text numbers, percentages, the 1904 date system", () => {
    const rules = section(guide, "### Arguments as Excel passes them");
    for (const rule of [
      "Empty cells",
      "Errors in input ranges",
      "Data types",
      "Numbers stored as text",
      "percentage",
      "1904 date system",
    ])
      expect(rules).toContain(rule);
  });

  test("German syntax (; and the decimal comma), and percent in the pane against a fraction in formulas", () => {
    expect(section(guide, "### German Excel: semicolons and decimal commas")).toMatch(
      /`;`[\s\S]*decimal/
    );
    expect(guide).toMatch(/pane's share-rate field takes percent[\s\S]{0,200}fraction/);
    expect(readme).toMatch(
      /\*\*fraction\*\* in a formula[\s\S]{0,80}\*\*percent\*\* in the task pane/
    );
  });

  test("how to run the scenarios in real Excel (development page)", () => {
    expect(development).toMatch(
      /### In real Excel: `npm run test:excel`[\s\S]*office-addin-test-server/
    );
  });
});

describe("the deployment page", () => {
  test("covers hosting, content types and cache headers, centralized deployment, sideloading, updates and what the unified manifest loses", () => {
    for (const point of [
      "npm run release",
      "GitHub Pages",
      "Azure Static Web Apps",
      "S3",
      "Content types",
      "Cache-Control",
      "Integrated apps",
      "Upload My Add-in",
      "Rolling out an update",
      "German function descriptions",
      "perpetual",
    ])
      expect([point, deployment.includes(point)]).toEqual([point, true]);
  });

  test("a checklist before the first release: its own id, name and provider with their defaults", () => {
    const checklist = section(deployment, "## Before your first release");
    for (const point of ["ADDIN_ID", "ADDIN_NAME", "ADDIN_PROVIDER", "Default", "development"])
      expect([point, checklist.includes(point)]).toEqual([point, true]);
  });

  test("the Windows shared-folder catalog and the Mac steps, in full, and how to remove each", () => {
    const sideload = section(deployment, "## Deploy and update");
    for (const step of [
      "Trusted Add-in Catalogs",
      "Show in Menu",
      "Shared Folder",
      "Library/Containers/com.microsoft.Excel/Data/Documents",
      "wef",
      "Developer Add-ins",
    ])
      expect([step, sideload.includes(step)]).toEqual([step, true]);
    expect(sideload.match(/To\s+remove it/g)?.length).toBe(2);
  });

  test("each host says how the previous release's files stay for the 24 hours", () => {
    const update = sideloadTable(deployment);
    for (const host of ["GitHub Pages", "Azure Static Web Apps", "S3 behind CloudFront", "nginx"])
      expect([host, update.has(host)]).toEqual([host, true]);
  });
});

/** The hosts of the "How the previous release's files stay" table. */
function sideloadTable(text: string): Set<string> {
  const table = text.split("| Host | How the previous release's files stay |")[1] ?? "";
  return new Set([...table.split("\n\n")[0].matchAll(/^\| ([^|]+?) \|/gm)].map((m) => m[1]));
}

describe("the README: short, a complete quick start, the five problems users hit most", () => {
  test("is about 120 lines, and links to the four pages", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(130);
    for (const page of PAGES.slice(1)) expect(readme).toContain(`](${page})`);
  });

  test("prerequisites as package.json says: Node and the Excel to use", () => {
    const quick = section(readme, "## Quick start");
    const node = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)![1];
    expect(quick).toContain(`Node.js](https://nodejs.org) ${node} or later`);
    expect(quick).toMatch(/Microsoft\s+account for Excel on the web/);
  });

  test("start, trust the certificate per OS with the browser check, local network access, sideload, stop and remove", () => {
    const quick = section(readme, "## Quick start");
    for (const step of [
      "npm ci && npm start",
      "*Windows and macOS*",
      "*Linux*",
      "*Check it*: open https://localhost:3000",
      "Local network access".toLowerCase(),
      "#6174",
      "Upload My\n     Add-in",
      "office-addin-debugging@",
      "npm stop",
      " stop dist/manifest.xml desktop",
    ])
      expect([step, quick.toLowerCase().includes(step.toLowerCase())]).toEqual([step, true]);
  });

  test("the troubleshooting table: five problems, each with the issue that describes it, or the add-in's own message", () => {
    const rows = section(readme, "### When it does not work")
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| What you see"));
    expect(rows).toHaveLength(5);
    const serve = read("scripts/commands/serve.js");
    for (const row of rows) {
      const ownMessage = /^\| "([^"]+)"/.exec(row)?.[1];
      const explained =
        /#\d{3,}/.test(row) ||
        (ownMessage !== undefined && serve.includes(ownMessage.replace("3000", "${port}")));
      expect([row, explained]).toEqual([row, true]);
    }
  });
});

describe("durations quoted", () => {
  test("npm test's, in the README and the development page, is the benchmark's measurement", () => {
    const measured = /^\| npm test: wall time[^|]*\| ([\d.]+) s/m.exec(development);
    expect(measured).not.toBeNull();
    const seconds = Math.round(Number(measured![1]));
    expect(readme).toContain(`\`npm test\` runs every test: ${seconds} s on 2 cores`);
    expect(section(development, "## Tests")).toContain(`On 2 cores it takes ${seconds} s`);
    // No other duration for it anywhere: no "about a minute", no "2–3 minutes".
    for (const page of PAGES)
      expect([page, /npm test[^.]*\b(minute|minutes)\b/.test(read(page))]).toEqual([page, false]);
  });
});

describe("every command of the quick start exists", () => {
  const commands = [...readme.matchAll(/`((?:PORT=\d+ )?(?:npm|npx) [^`]+)`/g)].map((m) => m[1]);

  test("each npm command names a script of package.json (or npm's own ci, stop, test)", () => {
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const command of commands.filter((c) => /(^| )npm /.test(c)))
      for (const [, run, name] of command.matchAll(/npm (run )?([\w:-]+)/g)) {
        const exists = (!run && name === "ci") || pkg.scripts[name] !== undefined;
        expect([command, name, exists]).toEqual([command, name, true]);
      }
  });

  test("each npx command names a package that is installed, or the sideload tool at its exact version", () => {
    for (const command of commands.filter((c) => c.startsWith("npx "))) {
      const tool = command.replace(/^npx (--yes )?/, "").split(" ")[0];
      if (tool.startsWith("office-addin-debugging"))
        expect(tool).toBe(`office-addin-debugging@${pkg.config.sideloadToolVersion}`);
      else expect(fs.existsSync(path.join(root, "node_modules", ".bin", tool))).toBe(true);
    }
    expect(pkg.config.sideloadToolVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("npm ci is quiet: no install-scripts warning (allowScripts)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oai-ci-"));
    try {
      for (const f of ["package.json", "package-lock.json"])
        fs.copyFileSync(path.join(root, f), path.join(dir, f));
      const ci = spawnSync("npm", ["ci", "--dry-run", "--no-audit", "--no-fund", "--offline"], {
        cwd: dir,
        encoding: "utf8",
        timeout: 120000,
      });
      expect(ci.status).toBe(0);
      expect(`${ci.stdout}${ci.stderr}`).not.toMatch(/install-scripts|allowScripts/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 130000);

  test("PORT=<port> npm start serves (after its build) and writes the manifest it names; npm stop stops it", async () => {
    // npm start is `npm run build && node scripts/commands/serve.js`; the build is the test setup's.
    expect(pkg.scripts.start).toBe("npm run build && node scripts/commands/serve.js");
    expect(pkg.scripts.stop).toBe("node scripts/commands/serve.js --stop");
    const { server, port, env, output, exited } = await startDevServer(root);
    try {
      const manifest = path.join("dist", `manifest-${port}.xml`);
      expect(readme).toContain("`dist/manifest-3001.xml`");
      expect(output()).toContain(manifest);
      expect(read(manifest)).toContain(`https://localhost:${port}/taskpane.html`);
      const stop = spawnSync(process.execPath, ["scripts/commands/serve.js", "--stop"], {
        cwd: root,
        env,
        encoding: "utf8",
      });
      expect(stop.stdout).toContain(`Stopped the add-in server on port ${port}`);
      await exited();
      expect(fs.existsSync(path.join(root, manifest))).toBe(false);
    } finally {
      server.kill();
    }
  });
});

describe("links and anchors", () => {
  const anchorsOf = (text: string) =>
    new Set(
      [...text.replace(/```[\s\S]*?```/g, "").matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1]))
    );

  test.each(PAGES)("every link of %s names a file, and every anchor a heading there", (page) => {
    const text = read(page).replace(/```[\s\S]*?```/g, "");
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links.filter((l) => !/^[a-z]+:/i.test(l))) {
      const [file, anchor] = link.split("#");
      const target = file ? path.join(path.dirname(page), file) : page;
      expect([link, fs.existsSync(path.join(root, target))]).toEqual([link, true]);
      if (anchor !== undefined && target.endsWith(".md"))
        expect([link, anchorsOf(read(target)).has(anchor)]).toEqual([link, true]);
    }
  });

  test("the help page's links stay inside it: every anchor is one of its headings", () => {
    const markdown = helpMarkdown();
    const anchors = anchorsOf(markdown);
    const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    for (const link of links.filter((l) => !/^[a-z]+:/i.test(l) && !/\.png$/.test(l)))
      expect([link, link.startsWith("#") && anchors.has(link.slice(1))]).toEqual([link, true]);
  });
});

describe("the help page users receive has no developer text", () => {
  const DEVELOPER = [
    /\bnpm\b/,
    /\bnpx\b/,
    /\.\.\/shared/,
    /\bseeds?\b/i,
    /scripts\//,
    /\bjest\b/i,
    /webpack/i,
    /package\.json/,
    /README/,
  ];

  test("neither its source pages", () => {
    const markdown = helpMarkdown();
    for (const pattern of DEVELOPER)
      expect([String(pattern), pattern.exec(markdown)?.[0]]).toEqual([String(pattern), undefined]);
  });

  test("nor the built help.html", () => {
    const html = read("dist/help.html");
    const text = html.replace(/<[^>]+>/g, " ");
    for (const pattern of DEVELOPER)
      expect([String(pattern), pattern.exec(text)?.[0]]).toEqual([String(pattern), undefined]);
    for (const id of ["oaiimpliedrevenue", "oaicard", "where-it-runs", "what-the-inserts-write"])
      expect([id, new RegExp(`id="?${id}"?[ >]`).test(html)]).toEqual([id, true]);
  });
});

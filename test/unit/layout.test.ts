/* The repository's rooms: tools by job, test support shared from outside test/. */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..", "..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(rel);
    return /\.(js|ts|mjs)$/.test(e.name) ? [rel] : [];
  });
}

/** Every relative module a file requires or imports, resolved to a path from the root. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const specs = [
    ...source.matchAll(
      /(?:require\(\s*|requireActual\(\s*|jest\.mock\(\s*|from\s+|import\(\s*)["'](\.{1,2}\/[^"']+)["']/g
    ),
  ].map((m) => m[1]);
  return specs.map((s) => path.relative(root, path.resolve(root, path.dirname(file), s)));
}

const outsideTests = [
  ...filesUnder("src"),
  ...filesUnder("scripts"),
  ...filesUnder("bench"),
  ...filesUnder("test-support"),
  "webpack.config.js",
];

const everyModule = [...outsideTests, ...filesUnder("test")];

describe("every module a file names is there", () => {
  // TypeScript checks imports; a CommonJS require of a moved file fails only when it runs.
  test.each(everyModule)("%s", (file) => {
    const missing = importsOf(file).filter(
      (target) =>
        ![target, `${target}.ts`, `${target}.js`, path.join(target, "index.ts")].some((f) =>
          fs.existsSync(path.join(root, f))
        )
    );
    expect(missing).toEqual([]);
  });
});

describe("tools by job", () => {
  test("scripts/ holds only its four rooms: commands, build, release, dev", () => {
    const entries = fs.readdirSync(path.join(root, "scripts"), { withFileTypes: true });
    expect(entries.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([]);
    expect(entries.map((e) => e.name).sort()).toEqual(["build", "commands", "dev", "release"]);
  });

  test("every npm command that runs a script runs one in scripts/commands/ (or bench/)", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const run = Object.values(scripts as Record<string, string>).flatMap((s) =>
      [...s.matchAll(/node (\S+\.js)/g)].map((m) => m[1])
    );
    expect(run.length).toBeGreaterThan(0);
    for (const file of run) expect(file).toMatch(/^(scripts\/commands|bench)\//);
  });

  test.each(outsideTests)("%s imports nothing from test/", (file) => {
    expect(importsOf(file).filter((i) => i.split(path.sep)[0] === "test")).toEqual([]);
  });

  test("no tool borrows a command's internals: only tests require scripts/commands/", () => {
    const borrowers = outsideTests.filter((file) =>
      importsOf(file).some(
        (i) => i.startsWith(path.join("scripts", "commands")) && !file.startsWith(i)
      )
    );
    expect(borrowers).toEqual([]);
  });
});

describe("tests by kind", () => {
  const config = require(path.join(root, "jest.config.js")) as {
    projects: { displayName: string; roots: string[]; globalSetup?: string }[];
  };
  const kinds = config.projects.map((p) => p.displayName);

  test("every test file sits in the folder of a jest project, none loose in test/", () => {
    const tests = filesUnder("test").filter((f) => f.endsWith(".test.ts"));
    const folders = new Set(tests.map((f) => f.split(path.sep)[1]));
    expect([...folders].sort()).toEqual([...kinds].sort());
    for (const p of config.projects) expect(p.roots).toEqual([`<rootDir>/test/${p.displayName}`]);
  });

  test("npm run test:unit runs the kinds that need no build, and those kinds build nothing", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const selected = /--selectProjects ([\w ]+)/.exec(scripts["test:unit"])![1].trim().split(" ");
    expect(selected).toEqual(["unit", "office"]);
    for (const name of selected)
      expect(config.projects.find((p) => p.displayName === name)!.globalSetup).toBeUndefined();
  });
});

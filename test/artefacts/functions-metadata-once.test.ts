/*
 * The functions' metadata is generated once a build: FunctionsMetadataPlugin runs Microsoft's
 * generator before the compile (in a worker thread), and the builder's list
 * (src/taskpane/builder/metadata.ts, made by scripts/build/functions-metadata-loader.js) reads that
 * result instead of generating it again.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// Generations in this process: the builder's loader must make none.
const mockGenerated: string[][] = [];
jest.mock("custom-functions-metadata", () => {
  const actual = jest.requireActual("custom-functions-metadata");
  return {
    ...actual,
    generateCustomFunctionsMetadata: (input: string[], ...rest: unknown[]) => {
      mockGenerated.push(input);
      return actual.generateCustomFunctionsMetadata(input, ...rest);
    },
  };
});

const webpack = require("webpack");
const { FunctionsMetadataPlugin } = require("../../scripts/build/functions-metadata");
const builderMetadataLoader = require("../../scripts/build/functions-metadata-loader");

const root = path.resolve(__dirname, "..", "..");
const FUNCTIONS = path.join(root, "src", "functions", "functions.ts");

/** A compiler with the plugin, after the plugin's step before a compile: no build runs. */
async function compilerBeforeCompile(input: string) {
  const compiler = webpack({
    context: root,
    entry: FUNCTIONS,
    plugins: [new FunctionsMetadataPlugin({ input })],
  });
  await compiler.hooks.beforeCompile.promise({});
  return compiler;
}

/** Runs the builder's loader as webpack would for this compiler; the module's source and what it watches. */
function builderModule(compiler: unknown) {
  const dependencies: string[] = [];
  const source: string = builderMetadataLoader.call({
    _compiler: compiler,
    addDependency: (file: string) => dependencies.push(file),
    addContextDependency: (dir: string) => dependencies.push(dir),
  });
  return { source, dependencies };
}

describe("the functions' metadata, once a build", () => {
  beforeEach(() => mockGenerated.splice(0));

  test("the builder's list is the metadata the plugin generated: no second generation", async () => {
    const compiler = await compilerBeforeCompile(FUNCTIONS);
    const generated = JSON.parse(FunctionsMetadataPlugin.resultFor(compiler).metadataJson);
    expect(generated.functions).toHaveLength(9);

    const { source, dependencies } = builderModule(compiler);
    expect(mockGenerated).toEqual([]);
    const prefix = "export const FUNCTIONS_METADATA = ";
    expect(source.startsWith(prefix)).toBe(true);
    const metadata = JSON.parse(source.slice(prefix.length).trim().replace(/;$/, ""));
    for (const language of ["en", "de"])
      expect(metadata[language].functions.map((f: { id: string }) => f.id)).toEqual(
        generated.functions.map((f: { id: string }) => f.id)
      );
    // A change to the JSDoc still rebuilds the builder's list (in watch mode).
    expect(dependencies).toContain(FUNCTIONS);
  });

  test("a JSDoc error: the builder's list says the metadata is missing, and why", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oai-jsdoc-"));
    try {
      const file = path.join(dir, "fn.ts");
      fs.writeFileSync(
        file,
        "/**\n * Doubles.\n * @customfunction TWICE!\n * @param {number} x A number.\n */\nexport function twice(x: number): number {\n  return 2 * x;\n}\n"
      );
      const compiler = await compilerBeforeCompile(file);
      expect(FunctionsMetadataPlugin.resultFor(compiler).errors).not.toEqual([]);
      expect(() => builderModule(compiler)).toThrow(/fn\.ts has JSDoc errors/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a build without the plugin says so", () => {
    expect(() => builderModule(webpack({ context: root, entry: FUNCTIONS }))).toThrow(
      /no FunctionsMetadataPlugin/
    );
  });
});

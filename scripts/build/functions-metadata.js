// functions.json from functions.ts's JSDoc, generated once a build and shared. Microsoft's
// generator (custom-functions-metadata) reads the JSDoc; this plugin runs it before each compile
// (in a worker thread, started as soon as the plugin is applied), emits functions.json, registers
// the functions (CustomFunctions.associate, appended to functions.ts by
// functions-associate-loader.js) and fails the build on a JSDoc error, as Microsoft's
// CustomFunctionsMetadataPlugin does. The builder's loader (functions-metadata-loader.js) reads
// the same result instead of generating it again.
const path = require("path");
const { Worker } = require("worker_threads");

const NAME = "FunctionsMetadataPlugin";
const ASSOCIATE_LOADER = path.join(__dirname, "functions-associate-loader.js");

/** The current compile's result, per compiler: { input, metadataJson, associate, errors }. */
const generated = new WeakMap();

/** Microsoft's generator on `input`, in a worker thread: { metadataJson, associate, errors }. */
function generate(input) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, "functions-metadata-worker.js"), {
      workerData: { input: [input] },
    });
    worker.once("message", ({ result, error }) =>
      error ? reject(new Error(`${input}: ${error}`)) : resolve(result)
    );
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`${NAME}: the generator stopped (${code})`)));
  });
}

class FunctionsMetadataPlugin {
  constructor({ input, output = "functions.json" }) {
    this.input = path.resolve(input);
    this.output = output;
  }

  apply(compiler) {
    const { NormalModule, WebpackError, sources } = compiler.webpack;
    // The first compile's metadata is on its way while webpack sets up; each later compile (in
    // watch mode) generates its own.
    let first = generate(this.input);
    first.catch(() => {}); // awaited (and reported) in beforeCompile
    compiler.hooks.beforeCompile.tapPromise(NAME, async () => {
      const pending = first || generate(this.input);
      first = undefined;
      generated.set(compiler, { input: this.input, ...(await pending) });
    });
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const result = generated.get(compiler);
      if (result.errors.length) {
        for (const error of result.errors)
          compilation.errors.push(new WebpackError(`${this.input} ${error}`));
        return;
      }
      compilation.emitAsset(this.output, new sources.RawSource(result.metadataJson));
      NormalModule.getCompilationHooks(compilation).beforeLoaders.tap(NAME, (loaders, module) => {
        if (module.resource === this.input)
          loaders.push({ loader: ASSOCIATE_LOADER, options: {}, ident: null, type: null });
      });
    });
  }

  /** What the plugin generated for this compile of `compiler`; throws if the build has no plugin. */
  static resultFor(compiler) {
    const result = compiler && generated.get(compiler);
    if (!result) throw new Error(`the build has no ${NAME}: functions.json is not generated`);
    return result;
  }
}

module.exports = { FunctionsMetadataPlugin };

const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { WebpackError, sources } = require("webpack");
const { renderHelpPage, forUsers } = require("./scripts/help-page");
const { localizeMetadata } = require("./scripts/localize-metadata");
const { setArgumentOptions } = require("./scripts/metadata-options");
const { LeakDataPlugin } = require("./scripts/data-check");

// Where the add-in is served from. manifest.xml and the functions' help links name it;
// set ADDIN_BASE_URL (https, with a trailing slash) to build for a real host.
const DEV_BASE_URL = "https://localhost:3000/";
const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(baseUrl)) {
  throw new Error(`ADDIN_BASE_URL must be an https URL ending in "/", not ${baseUrl}`);
}
const atBaseUrl = (text) => text.split(DEV_BASE_URL).join(baseUrl);
// One version everywhere: package.json's, in the manifest (four parts) and the pane's footer.
const { version } = require("./package.json");
const withVersion = (text) =>
  text
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`)
    .split("{{version}}")
    .join(version);

/** Emits help.html (the README, which the functions' @helpurl links point into) and rebases URLs. */
class AddinAssetsPlugin {
  constructor({ release = false } = {}) {
    this.release = release;
  }
  apply(compiler) {
    const release = this.release;
    compiler.hooks.thisCompilation.tap("AddinAssetsPlugin", (compilation) => {
      compilation.fileDependencies.add(path.resolve(__dirname, "README.md"));
      const germanDescriptions = path.resolve(__dirname, "src", "functions", "functions.de.json");
      compilation.fileDependencies.add(germanDescriptions);
      compilation.hooks.processAssets.tap(
        {
          name: "AddinAssetsPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const readme = fs.readFileSync(path.resolve(__dirname, "README.md"), "utf8");
          // A release's help page is for users: the developers' sections stay in the README.
          const help = renderHelpPage(release ? forUsers(readme) : readme);
          compilation.emitAsset("help.html", new sources.RawSource(help));
          // functions.json is missing only when the JSDoc has errors, which fail the build anyway.
          const metadata = compilation.getAsset("functions.json");
          if (metadata) {
            try {
              const english = setArgumentOptions(metadata.source.source().toString());
              compilation.updateAsset("functions.json", new sources.RawSource(english));
              const translations = JSON.parse(fs.readFileSync(germanDescriptions, "utf8"));
              const german = localizeMetadata(english, translations);
              compilation.emitAsset("functions-de.json", new sources.RawSource(german));
            } catch (err) {
              compilation.errors.push(new WebpackError(err.message));
            }
          }
        }
      );
      compilation.hooks.processAssets.tap(
        {
          name: "AddinAssetsPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE,
        },
        () => {
          for (const name of [
            "functions.json",
            "functions-de.json",
            "manifest.xml",
            "taskpane.html",
          ]) {
            const asset = compilation.getAsset(name);
            if (asset)
              compilation.updateAsset(
                name,
                new sources.RawSource(withVersion(atBaseUrl(asset.source.source().toString())))
              );
          }
        }
      );
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  // `--env excelTests` (npm run test:excel): the same add-in whose task pane is the scenario
  // runner (test/scenarios/in-workbook.ts), built into dist-excel-tests/ and never shipped.
  const excelTests = Boolean(env.excelTests);
  // `--env release` (npm run release): into release/addin/, scripts named by their content, so
  // that a new release never mixes with files a host or Excel still has cached.
  const release = Boolean(env.release);
  const named = release ? "[name].[contenthash:8].js" : "[name].js";
  return {
    mode: dev ? "development" : "production",
    // Source maps for development builds; a release ships none (scripts/release.js), so a
    // production build does not spend time making them.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2017"],
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: excelTests ? "./test/scenarios/in-workbook.ts" : "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(
        __dirname,
        excelTests ? "dist-excel-tests" : release ? path.join("release", "addin") : "dist"
      ),
      filename: named,
      // The task pane's workbook chunk (inserts and audit), loaded when Excel is there.
      chunkFilename: named,
      // Chunks load from beside the page: no runtime guessing of where the scripts are.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Transpile only, with esbuild: `npm run typecheck` (CI, and before every commit) checks
          // the types, strict, for the whole project; the build need not do it again file by file.
          use: { loader: "esbuild-loader", options: { target: "es2017" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Generates functions.json from the JSDoc and fails the build on a JSDoc error.
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      // The shared runtime: one page hosts both the functions and the task pane.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: excelTests ? "./test/scenarios/in-workbook.html" : "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The README's pictures, for help.html.
          { from: "docs/*.png", to: "docs/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new AddinAssetsPlugin({ release }),
      // Checks src/data/leak.json (or OAI_LEAK_DATA) and puts its period range into the metadata.
      new LeakDataPlugin(),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          port: Number(process.env.PORT) || 3000,
          server: { type: "https", options: await require("./scripts/certificates").tlsOptions() },
        }
      : undefined,
  };
};

const { createHash } = require("crypto");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { WebpackError, sources } = require("webpack");
const { renderHelpPage, helpMarkdown, HELP_PAGES, HELP_CSS } = require("./scripts/build/help-page");
const { localizeMetadata } = require("./scripts/build/localize-metadata");
const { loadWords, WORDS_DIR } = require("./scripts/build/words");
const { setArgumentOptions } = require("./scripts/build/metadata-options");
const { LeakDataPlugin } = require("./scripts/build/data-check");
const { FunctionsMetadataPlugin } = require("./scripts/build/functions-metadata");

// Where the add-in is served from. manifest.xml and the functions' help links name it;
// set ADDIN_BASE_URL (https, with a trailing slash) to build for a real host.
const DEV_BASE_URL = "https://localhost:3000/";
const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(baseUrl)) {
  throw new Error(`ADDIN_BASE_URL must be an https URL ending in "/", not ${baseUrl}`);
}
// One version everywhere: package.json's, in the manifest (four parts) and the pane's footer.
const { version } = require("./package.json");
const withVersion = (text) =>
  text.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`);

/** name.1a2b3c4d.ext → name.ext: the name a file has in the sources, whatever the build named it. */
const logicalName = (emitted) => emitted.replace(/\.[0-9a-f]{8}(\.[a-z]+)$/, "$1");

/** What the build emitted for `logical` (taskpane.css → taskpane.1a2b3c4d.css in a release). */
function emittedName(compilation, logical) {
  const found = compilation.getAssets().find((a) => logicalName(a.name) === logical);
  if (!found) throw new Error(`the build emits no ${logical}, which a page or manifest names`);
  return found.name;
}

/** The first 8 hex digits of the content's SHA-256, as in the release's other file names. */
const contentHash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 8);

/**
 * Emits help.html (the user guide, which the functions' @helpurl links point into) and the German
 * metadata, and points every URL at the base URL. In a release each file is named by its content:
 * help.html and the metadata here, the others by webpack ([contenthash]); each reference is
 * written by whoever writes the file (the help page's renderer, HtmlWebpackPlugin's template, the
 * metadata's JSON), and the manifest's URLs name the emitted files.
 */
class AddinAssetsPlugin {
  constructor({ release = false } = {}) {
    this.release = release;
  }
  apply(compiler) {
    const release = this.release;
    const { Compilation } = compiler.webpack;
    // A release's own files: help.html and the metadata get their content's hash in their name.
    const emit = (compilation, logical, text) => {
      const ext = path.extname(logical);
      const name = release
        ? `${logical.slice(0, -ext.length)}.${contentHash(text)}${ext}`
        : logical;
      compilation.emitAsset(name, new sources.RawSource(text));
      return name;
    };
    /** A URL of this add-in (at the dev base URL, as the sources write it) at the base URL, to the emitted file. */
    const rebase = (compilation, url) => {
      if (!url.startsWith(DEV_BASE_URL)) return url;
      const [file, fragment] = url.slice(DEV_BASE_URL.length).split("#");
      const emitted = emittedName(compilation, file);
      return `${baseUrl}${emitted}${fragment === undefined ? "" : `#${fragment}`}`;
    };
    compiler.hooks.thisCompilation.tap("AddinAssetsPlugin", (compilation) => {
      for (const page of Object.keys(HELP_PAGES))
        compilation.fileDependencies.add(path.resolve(__dirname, "docs", page));
      // The German tooltips are src/core/words/de.ts's: a change there rebuilds functions-de.json.
      compilation.contextDependencies.add(WORDS_DIR);
      compilation.hooks.processAssets.tap(
        { name: "AddinAssetsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // The user guide, for users only (scripts/help-page.js). Its pictures are named as the
          // build emitted them (docs/*.png, copied before this).
          const help = renderHelpPage(helpMarkdown(), {
            imageUrl: (src) =>
              /^[a-z]+:/i.test(src) ? src : emittedName(compilation, `docs/${src}`),
            stylesheet: emit(compilation, "help.css", HELP_CSS),
          });
          emit(compilation, "help.html", help);
          // functions.json is missing only when the JSDoc has errors, which fail the build anyway.
          const metadata = compilation.getAsset("functions.json");
          if (metadata) {
            try {
              const english = setArgumentOptions(metadata.source.source().toString());
              const translations = loadWords("de").functionTooltips;
              const german = localizeMetadata(english, translations);
              compilation.deleteAsset("functions.json");
              for (const [logical, json] of [
                ["functions.json", english],
                ["functions-de.json", german],
              ]) {
                // The help links, in the parsed metadata: at the base URL, to the emitted page.
                const parsed = JSON.parse(json);
                for (const f of parsed.functions)
                  if (f.helpUrl) f.helpUrl = rebase(compilation, f.helpUrl);
                emit(compilation, logical, JSON.stringify(parsed, null, 4));
              }
            } catch (err) {
              compilation.errors.push(new WebpackError(err.message));
            }
          }
        }
      );
      // The manifest names files of every kind: once webpack has named the last of them (after
      // HtmlWebpackPlugin and the real content hashes).
      compilation.hooks.processAssets.tap(
        { name: "AddinAssetsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH + 1 },
        () => {
          const asset = compilation.getAsset("manifest.xml");
          if (!asset) return;
          try {
            const xml = withVersion(asset.source.source().toString()).replace(
              /(DefaultValue|Value)="(https:\/\/[^"]*)"/g,
              (_, attribute, url) => `${attribute}="${rebase(compilation, url)}"`
            );
            compilation.updateAsset("manifest.xml", new sources.RawSource(xml));
          } catch (err) {
            compilation.errors.push(new WebpackError(`manifest.xml: ${err.message}`));
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
  // `--env release` (npm run release): into release/addin/, every file but the manifest named by
  // its content, so that a new release never mixes with files a host or Excel still has cached.
  const release = Boolean(env.release);
  const named = release ? "[name].[contenthash:8].js" : "[name].js";
  const byContent = (name) =>
    release ? name.replace(/(\[ext\]|\.[a-z]+)$/, ".[contenthash:8]$1") : name;
  return {
    mode: dev ? "development" : "production",
    // Source maps for development builds; a release ships none (scripts/release.js), so a
    // production build does not spend time making them.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2017"],
    entry: {
      functions: "./src/functions/register.ts",
      // One page runs both, in one global namespace (learn.microsoft.com, "Configure your Office
      // Add-in to use a shared runtime"), functions.js first: the pane takes the core, the data and
      // webpack's runtime from it rather than loading them twice. The core's modules then stay
      // apart, each import read through a getter: the per-cell path holds its calls in constants
      // (src/core/cells.ts, metrics.ts), which keeps the functions as fast (npm run bench).
      taskpane: {
        import: excelTests ? "./test/scenarios/in-workbook.ts" : "./src/taskpane/taskpane.ts",
        dependOn: "functions",
      },
      // The formula builder, loaded by the pane when its section is first opened. An entry of its
      // own, not a chunk of the pane's: a chunk would share the pane's core modules, and the core
      // exports only the builder uses would then load with the pane.
      builder: {
        import: "./src/taskpane/builder/builder.ts",
        library: { name: "OAIBuilder", type: "window" },
      },
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
        {
          // The builder's list of functions: functions.json's (FunctionsMetadataPlugin's), written
          // in at build time.
          test: /[\\/]taskpane[\\/]builder[\\/]metadata\.ts$/,
          use: {
            loader: path.resolve(__dirname, "scripts", "build", "functions-metadata-loader.js"),
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // The shortest export names ("size"), not production's default "deterministic" ones "optimized
      // for caching" (webpack's schema, optimization.mangleExports): the core's modules are shared
      // between the page's scripts, so webpack cannot inline one into another, and each word they
      // take from src/core/words costs its export's name. Development keeps names.
      mangleExports: dev ? false : "size",
      // The scripts are minified by webpack's own minifier (webpack/lib/javascript/jsMinify.js,
      // the minifier of its `futureDefaults`): in half terser's time, to a smaller pane (bench:
      // bundle sizes); in the build's own thread, where webpack's parser is already loaded and
      // warm (a worker would load it again). "...": webpack's defaults for the rest (the page and
      // the stylesheets). jsMinify is webpack's own file, not its public API: package.json pins
      // webpack's minor version, and a build that cannot find it fails.
      minimizer: [
        new MinimizerPlugin({
          test: /\.js$/,
          minify: require("webpack/lib/javascript/jsMinify"),
          parallel: false,
        }),
        "...",
      ],
    },
    plugins: [
      // Generates functions.json from the JSDoc, once a build for it and the builder's list, and
      // fails the build on a JSDoc error.
      new FunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      // The shared runtime: one page hosts both the functions and the task pane.
      new HtmlWebpackPlugin({
        filename: byContent("taskpane.html"),
        template: excelTests ? "./test/scenarios/in-workbook.html" : "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
        // The page names the stylesheet and help page as the build emitted them: <%= file("help.html") %>.
        templateParameters: (compilation, assets, assetTags, options) => ({
          htmlWebpackPlugin: { tags: assetTags, files: assets, options },
          version,
          file: (logical) => emittedName(compilation, logical),
        }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: byContent("assets/[name][ext]") },
          // The docs' pictures, for help.html.
          { from: "docs/*.png", to: byContent("docs/[name][ext]") },
          { from: "src/taskpane/taskpane.css", to: byContent("taskpane.css") },
          { from: "src/taskpane/builder/builder.css", to: byContent("builder.css") },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new AddinAssetsPlugin({ release }),
      // Checks src/data/leak.json (or OAI_LEAK_DATA) and puts its period range into the metadata.
      new LeakDataPlugin(),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          // Excel on the web reads the functions' metadata from Office's own origin (CORS); nothing
          // else is for other origins, least of all the source maps.
          headers: (req) =>
            /^\/functions(-[a-z]+)?\.json$/.test(new URL(req.url, DEV_BASE_URL).pathname)
              ? { "Access-Control-Allow-Origin": "*" }
              : {},
          port: Number(process.env.PORT) || 3000,
          server: {
            type: "https",
            options: await require("./scripts/dev/certificates").tlsOptions(),
          },
        }
      : undefined,
  };
};

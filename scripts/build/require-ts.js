// Requires one of the project's TypeScript modules from the build (the words, the period parser):
// each .ts file it imports is transpiled to CommonJS by esbuild, the build's own transpiler, for
// this one require and no longer (a watch rebuild reads the files again).
const fs = require("fs");
const { transformSync } = require("esbuild");

function requireTs(file) {
  const previous = require.extensions[".ts"];
  const loaded = [];
  require.extensions[".ts"] = (module, filename) => {
    loaded.push(filename);
    const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
      loader: "ts",
      format: "cjs",
      target: "es2017",
      sourcefile: filename,
    });
    module._compile(code, filename);
  };
  try {
    return require(file);
  } finally {
    for (const f of loaded) delete require.cache[f];
    if (previous) require.extensions[".ts"] = previous;
    else delete require.extensions[".ts"];
  }
}

module.exports = { requireTs };

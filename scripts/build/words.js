// Reads a language's words (src/core/words/<lang>.ts) at build time: the .ts files it imports are
// compiled to CommonJS with the project's TypeScript, for this one require and no longer.
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const WORDS_DIR = path.resolve(__dirname, "..", "..", "src", "core", "words");

function loadWords(lang) {
  const file = path.join(WORDS_DIR, `${lang}.ts`);
  const previous = require.extensions[".ts"];
  const loaded = [];
  require.extensions[".ts"] = (module, filename) => {
    loaded.push(filename);
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2017,
        esModuleInterop: true,
        resolveJsonModule: true,
      },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
  try {
    return require(file);
  } finally {
    // Forget the compiled modules, so a watch rebuild reads the words again.
    for (const f of loaded) delete require.cache[f];
    if (previous) require.extensions[".ts"] = previous;
    else delete require.extensions[".ts"];
  }
}

module.exports = { loadWords, WORDS_DIR };

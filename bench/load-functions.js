// Loads dist/functions.js as Excel's runtime would: a script in the page's own global scope (not
// a vm context, whose intercepted globals would make every Math call ten times slower), with a
// CustomFunctions shim. Returns the registered functions by id.
const fs = require("fs");
const path = require("path");

class ExcelError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

function loadFunctions(dist) {
  const registered = {};
  // The bundle finds the pane's modules through `self`, which in a page is the window itself
  // (HTML standard, WindowOrWorkerGlobalScope.self); Node has no `self`.
  globalThis.self ??= globalThis;
  globalThis.CustomFunctions = {
    associate: (id, fn) => (registered[id] = fn),
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  new Function(fs.readFileSync(path.join(dist, "functions.js"), "utf8"))();
  return registered;
}

module.exports = { loadFunctions };

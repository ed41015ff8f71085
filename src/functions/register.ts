/*
 * The functions bundle's entry. In Excel the shared runtime provides CustomFunctions and the
 * build appends the registrations to ./functions; opened in a plain browser (the task pane
 * outside Excel) there is nothing to register with, so the module is not evaluated at all.
 */
if (typeof CustomFunctions !== "undefined") {
  require("./functions");
}

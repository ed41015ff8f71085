/*
 * The "Build a formula" section: a script of its own, loaded when the section is first opened.
 * The functions and their help are functions.json's (functions-de.json's in German), written in
 * at build time (./metadata); formulas and results from the core (../../core/formula-builder). Text goes in
 * with textContent only.
 */
import {
  ArgumentValue,
  FunctionMetadata,
  FIELD_CHOICES,
  Locale,
  localeOf,
  NAMED_INPUTS,
  ParameterMetadata,
  Preview,
  argumentKind,
  errorName,
  formulaText,
  functionsOf,
  isReference,
  periodChoices,
  previewFormula,
} from "../../core";
import { putFormula } from "../card-cell";
import { ExcelRun } from "../workbook-read";
import { describeExcelError } from "../writer-messages";
import { FUNCTIONS_METADATA } from "./metadata";
import { BUILDER_WORDS } from "../../core/words/builder";

/** The option values of an argument's choice that are not a period, field or name ("~" starts none). */
const DEFAULT = "~default";
const NUMBER = "~number";
const CELL = "~cell";

let uid = 0;
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {}
): HTMLElementTagNameMap[K] => Object.assign(document.createElement(tag), props);

function option(value: string, text: string): HTMLOptionElement {
  return el("option", { value, textContent: text });
}

const firstSentence = (text: string) => /^.*?[.!?](\s|$)/.exec(text)?.[0].trim() ?? text;

/** One argument's input: a choice, and a text box for a number or a cell where chosen. */
interface ArgumentInput {
  readonly parameter: ParameterMetadata;
  readonly choice: HTMLSelectElement;
  readonly text: HTMLInputElement;
  readonly error: HTMLElement;
}

/**
 * Builds the section in `root`, in the page's language (<html lang>, which the pane sets) and
 * again whenever it changes. `cannotPut` says why nothing can be written here, if so.
 */
export function mountBuilder(root: HTMLElement, cannotPut: () => string | undefined): void {
  const pageLocale = (): Locale => localeOf(document.documentElement.lang);
  let locale: Locale = pageLocale();
  const run: ExcelRun | undefined =
    typeof Excel === "undefined" ? undefined : (batch) => Excel.run(batch);
  const host = { cannotPut, run };
  /** The workbook's named inputs and their values, read once when the builder opens in Excel. */
  let named: Record<string, unknown> = {};
  let functions: FunctionMetadata[] = [];
  let inputs: ArgumentInput[] = [];
  const words = () => BUILDER_WORDS[locale];

  const fnSelect = el("select", { id: "builder-function" });
  const fnLabel = el("label", { htmlFor: fnSelect.id });
  const fnHelp = el("p", { className: "hint", id: "builder-function-help" });
  fnSelect.setAttribute("aria-describedby", fnHelp.id);
  const args = el("fieldset", { className: "builder-args" });
  const formulaLabel = el("h3");
  const formula = el("output", { id: "builder-formula", className: "formula" });
  const resultLabel = el("h3");
  const result = el("output", { id: "builder-result", className: "result" });
  const insert = el("button", { type: "button", className: "primary", id: "builder-insert" });
  const copy = el("button", { type: "button", className: "secondary", id: "builder-copy" });
  const status = el("p", { className: "status", id: "builder-status" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  insert.setAttribute("aria-describedby", status.id);
  const actions = el("div", { className: "actions" });
  actions.append(insert, copy);
  const fnField = el("div", { className: "field" });
  fnField.append(fnLabel, fnSelect, fnHelp);

  function setStatus(text: string, kind: "info" | "error" | "done" = "info"): void {
    status.textContent = text;
    status.dataset.kind = kind;
  }

  const current = () => functions.find((f) => f.id === fnSelect.value) ?? functions[0];

  function argumentInput(parameter: ParameterMetadata, i: number): HTMLElement {
    const w = words();
    const kind = argumentKind(parameter);
    const id = `builder-arg-${++uid}`;
    const field = el("div", { className: "field" });
    const label = el("label", {
      htmlFor: id,
      textContent: parameter.optional ? w.optional(parameter.name) : parameter.name,
    });
    const help = el("p", {
      className: "hint",
      id: `${id}-help`,
      textContent: parameter.description,
    });
    const choice = el("select", { id });
    choice.dataset.parameter = parameter.name;
    choice.setAttribute("aria-describedby", help.id);
    if (parameter.optional) choice.append(option(DEFAULT, w.useDefault));
    if (kind === "period") for (const p of periodChoices()) choice.append(option(p, p));
    if (kind === "number") {
      const name = NAMED_INPUTS[parameter.name];
      if (name && name in named)
        choice.append(option(name, w.namedInput(name, shown(named[name]))));
      choice.append(option(NUMBER, w.aNumber));
    }
    if (kind === "field") for (const f of FIELD_CHOICES) choice.append(option(f, f));
    if (kind === "boolean") {
      choice.append(option("TRUE", w.trueWord), option("FALSE", w.falseWord));
    }
    choice.append(option(CELL, w.aCell));
    const text = el("input", { type: "text", id: `${id}-value`, autocomplete: "off" });
    text.setAttribute("aria-label", w.valueLabel(parameter.name));
    const error = el("p", { className: "error", id: `${id}-error`, hidden: true });
    text.setAttribute("aria-describedby", `${help.id} ${error.id}`);
    const showText = () => {
      text.hidden = choice.value !== NUMBER && choice.value !== CELL;
      text.inputMode = choice.value === NUMBER ? "decimal" : "text";
      text.placeholder = choice.value === CELL ? "B2" : "";
    };
    choice.addEventListener("change", () => {
      showText();
      update();
    });
    text.addEventListener("input", update);
    showText();
    field.append(label, choice, text, help, error);
    inputs[i] = { parameter, choice, text, error };
    return field;
  }

  /** An argument's value, or a message when its text is not one. */
  function valueOf(input: ArgumentInput): ArgumentValue | string {
    const w = words();
    const v = input.choice.value;
    const typed = input.text.value.trim();
    if (v === DEFAULT) return { kind: "default" };
    if (v === CELL)
      return isReference(typed) ? { kind: "reference", reference: typed } : w.cellInvalid;
    if (v === NUMBER) {
      // The pane's own locale decides the decimal sign, as in the assumptions above.
      const normal = locale === "de" ? typed.replace(/\./g, "").replace(",", ".") : typed;
      const n = typed === "" ? NaN : Number(normal);
      return Number.isFinite(n) ? { kind: "number", value: n } : w.numberInvalid;
    }
    if (Object.values(NAMED_INPUTS).includes(v)) return { kind: "reference", reference: v };
    if (v === "TRUE" || v === "FALSE") return { kind: "boolean", value: v === "TRUE" };
    return { kind: "text", text: v };
  }

  let formulaEnglish: string | undefined;
  let formulaLocal: string | undefined;

  /** A value as the pane's locale writes it. */
  function shown(value: unknown): string {
    return typeof value === "number"
      ? value.toLocaleString(locale === "de" ? "de-DE" : "en-US", { maximumFractionDigits: 10 })
      : String(value);
  }

  function showPreview(p: Preview): void {
    const w = words();
    result.dataset.result = JSON.stringify(p);
    if (p.kind === "needsCells") {
      result.textContent = w.needsCells(p.references.join(", "));
    } else if (p.kind === "error") {
      result.textContent = `${errorName(p.error, locale)} ${p.message}`;
    } else {
      const value = shown(p.value);
      result.textContent =
        p.rows > 1 || p.columns > 1 ? `${w.table(p.rows, p.columns)} ${value}` : value;
    }
  }

  function update(): void {
    const fn = current();
    if (!fn) return;
    const values: ArgumentValue[] = [];
    let valid = true;
    for (const input of inputs) {
      const v = valueOf(input);
      const message = typeof v === "string" ? v : undefined;
      input.text.setAttribute("aria-invalid", String(message !== undefined));
      input.error.hidden = message === undefined;
      input.error.textContent = message ?? "";
      if (typeof v === "string") valid = false;
      else values.push(v);
    }
    if (!valid) {
      formulaEnglish = formulaLocal = undefined;
      formula.textContent = "";
      result.textContent = words().fixArguments;
      delete result.dataset.result;
    } else {
      formulaEnglish = formulaText(fn, values, "en");
      formulaLocal = formulaText(fn, values, locale);
      formula.textContent = formulaLocal;
      showPreview(previewFormula(fn, values, locale, named));
    }
    insert.disabled = busy || formulaEnglish === undefined;
    copy.disabled = formulaLocal === undefined;
  }

  function showFunction(): void {
    const fn = current();
    fnHelp.textContent = fn?.description ?? "";
    inputs = [];
    const legend = el("legend", { textContent: words().argumentsLegend });
    args.replaceChildren(legend, ...(fn?.parameters ?? []).map(argumentInput));
    args.hidden = !fn || fn.parameters.length === 0;
    update();
  }

  let busy = false;
  async function onInsert(): Promise<void> {
    const why = host.cannotPut();
    if (why !== undefined || !host.run) {
      setStatus(why ?? "", "error");
      return;
    }
    if (busy || formulaEnglish === undefined) return;
    const written = formulaEnglish;
    const shown = formulaLocal ?? written;
    busy = true;
    insert.disabled = true;
    insert.setAttribute("aria-busy", "true");
    setStatus(words().putting);
    try {
      const outcome = await putFormula(host.run, written);
      if (outcome.written) setStatus(words().put(shown, outcome.address), "done");
      else setStatus(words().notEmpty(outcome.address), "error");
    } catch (error) {
      setStatus(describeExcelError(error, locale), "error");
    } finally {
      busy = false;
      insert.removeAttribute("aria-busy");
      update();
    }
  }

  async function onCopy(): Promise<void> {
    if (formulaLocal === undefined) return;
    const text = formulaLocal;
    try {
      await navigator.clipboard.writeText(text);
      setStatus(words().copied, "done");
    } catch {
      // Office's webviews may refuse the async clipboard; a selected text box and "copy" remain.
      const box = el("textarea", { value: text });
      box.setAttribute("aria-hidden", "true");
      box.className = "offscreen";
      document.body.append(box);
      box.select();
      const ok = document.execCommand("copy");
      box.remove();
      setStatus(ok ? words().copied : words().copyFailed, ok ? "done" : "error");
    }
  }

  fnSelect.addEventListener("change", showFunction);
  insert.addEventListener("click", () => void onInsert());
  copy.addEventListener("click", () => void onCopy());

  /**
   * Reads the workbook's named inputs (the dataset's assumption cells): one read, two syncs.
   * NamedItemCollection.getItemOrNullObject (ExcelApi 1.4) and NamedItem.getRange (ExcelApi 1.3),
   * both within the pane's ExcelApi 1.9 (@types/office-js).
   */
  async function readNamedInputs(): Promise<void> {
    if (!host.run || host.cannotPut() !== undefined) return;
    try {
      named = await host.run(async (context) => {
        const items = Object.values(NAMED_INPUTS).map((name) => {
          const item = context.workbook.names.getItemOrNullObject(name);
          item.load("name");
          return { name, item };
        });
        await context.sync();
        const ranges = items
          .filter(({ item }) => !item.isNullObject)
          .map(({ name, item }) => ({ name, range: item.getRange().load("values") }));
        await context.sync();
        return Object.fromEntries(ranges.map(({ name, range }) => [name, range.values[0][0]]));
      });
    } catch {
      named = {}; // a name that is not a range: it is simply not offered
    }
  }

  // Its styles, beside its script (the pane's stylesheet stays light).
  if (root.dataset.css && !document.querySelector(`link[href="${root.dataset.css}"]`)) {
    document.head.append(el("link", { rel: "stylesheet", href: root.dataset.css }));
  }

  /** Shows the builder in `l`, keeping the chosen function. */
  function render(l: Locale): void {
    locale = l;
    const w = words();
    fnLabel.textContent = w.functionLabel;
    formulaLabel.textContent = w.formulaLabel;
    resultLabel.textContent = w.resultLabel;
    insert.textContent = w.insert;
    copy.textContent = w.copy;
    if (!root.contains(fnField)) {
      root.replaceChildren(
        fnField,
        args,
        formulaLabel,
        formula,
        resultLabel,
        result,
        actions,
        status
      );
      setStatus(host.cannotPut() ?? "");
    }
    functions = functionsOf(FUNCTIONS_METADATA[l]);
    const chosen = fnSelect.value;
    fnSelect.replaceChildren(
      ...functions.map((f) => option(f.id, `OAI.${f.name}: ${firstSentence(f.description)}`))
    );
    if (functions.some((f) => f.id === chosen)) fnSelect.value = chosen;
    showFunction();
  }

  void readNamedInputs().then(() => render(locale));
  new MutationObserver(() => {
    if (pageLocale() !== locale) render(pageLocale());
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
}

/*
 * Defined names: Excel.NamedItemCollection and Excel.NamedItem (@types/office-js;
 * learn.microsoft.com/javascript/api/excel/excel.nameditemcollection). Names are unique without
 * regard to case, shared with table names (support.microsoft.com "Define and use names in
 * formulas"); a name whose cells are gone refers to #REF!.
 */
import { parseReference } from "../../src/core/references";
import { Range } from "./range";
import { Box, FakeRichApiError, FakeWorkbookState, NameState, a1 } from "./state";
import { Context, Proxy } from "./sync";

/** A plain cell reference ("='My sheet'!$A$5") or #REF!, as against a formula ("=SUM(…)"). */
function isReference(text: string): boolean {
  if (/^=?#REF!/.test(text)) return true;
  return parseReference(text) !== undefined && !/^=?[^'!]*\(/.test(text);
}

/** "='My sheet'!$A$5" or "=Sheet1!$B$2:$C$3" to a box on one of the workbook's sheets. */
function referenceBox(state: FakeWorkbookState, reference: string): Box & { broken?: boolean } {
  // A name may be given a reference that is already #REF! (Excel.NamedItemCollection.add takes any formula).
  if (/^=?#REF!/.test(reference))
    return { sheet: state.sheets[0], row: 0, col: 0, rows: 1, cols: 1, broken: true };
  const ref = parseReference(reference);
  const sheet = ref && state.sheet(ref.sheet);
  if (!ref || !sheet)
    throw new FakeRichApiError("InvalidArgument", `Cannot read the reference ${reference}.`);
  return { ...ref, sheet };
}

export class NamedItemCollection extends Proxy {
  protected readers() {
    return {};
  }
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    this.write(() => {
      const s = this.context.state;
      // Assumption: the comment argument sets NamedItem.comment, which the undo article lists
      // as unsupported in Excel on the web.
      if (comment) this.context.undoUnsupported("NamedItem.comment", ["web"]);
      // Names and tables share one namespace, whatever the case (support.microsoft.com "Define
      // and use names in formulas"). Assumption: Excel.ErrorCodes.itemAlreadyExists.
      if (s.nameTaken(name))
        throw new FakeRichApiError("ItemAlreadyExists", `The name ${name} already exists.`);
      const isFormula = typeof reference === "string" && !isReference(reference);
      const { broken, ...box } =
        typeof reference !== "string"
          ? { ...reference.checkedBox(), broken: undefined }
          : isFormula
            ? { sheet: s.sheets[0], row: 0, col: 0, rows: 1, cols: 1, broken: undefined }
            : referenceBox(s, reference);
      s.names.push({
        name,
        box,
        comment: comment ?? "",
        ...(broken ? { broken } : {}),
        ...(isFormula ? { formula: reference as string } : {}),
      });
    });
    return this.getItem(name);
  }
  private find(name: string): NameState | undefined {
    return this.context.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, () => {
      const n = this.find(name);
      if (!n) throw new FakeRichApiError("ItemNotFound", `No name ${name}.`);
      return n;
    });
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, () => this.find(name), true);
  }
}

export class NamedItem extends Proxy {
  constructor(
    context: Context,
    private readonly resolve: () => NameState | undefined,
    private readonly orNull = false
  ) {
    super(context);
  }
  private named(): NameState {
    const n = this.resolve();
    if (!n) throw new FakeRichApiError("ItemNotFound", "The name does not exist.");
    return n;
  }
  protected exists() {
    return !this.orNull || this.resolve() !== undefined;
  }
  protected readers() {
    return {
      name: () => this.named().name,
      formula: () =>
        this.named().formula ??
        (this.named().broken
          ? "=#REF!"
          : `=${a1({ ...this.named().box }).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`),
    };
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  /** NamedItem.getRange (ExcelApi 1.1): the name's cells; an error for a formula name. */
  getRange(): Range {
    return new Range(this.context, () => {
      const n = this.named();
      if (n.formula || n.broken)
        throw new FakeRichApiError("InvalidArgument", "The name does not refer to a range.");
      return n.box;
    });
  }
  /** NamedItem.formula is settable (ExcelApi 1.7): the name keeps its place in formulas. */
  set formula(formula: string) {
    this.write(() => {
      this.named().formula = formula;
    });
  }
  delete(): void {
    this.write(() => {
      const n = this.named();
      this.context.state.names = this.context.state.names.filter((x) => x !== n);
    });
  }
}

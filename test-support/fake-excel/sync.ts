/*
 * Batching and sync: the request context, its queue and the proxies' load/read contract.
 * - Proxies queue their reads and writes; nothing reaches the workbook before `context.sync()`
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts: "sync()").
 * - A property can be read only after `load()` and a sync, else PropertyNotLoaded
 *   (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model: load).
 * - A batch is not a transaction: queued operations apply in order until one fails, and the ones
 *   before it stay applied (learn.microsoft.com/javascript/api/office/officeextension.error:
 *   traceMessages hold "all trace messages that were executed before the error occurred", and
 *   its example's first commands stay applied). Assumption: no operation is half-applied.
 * - Undo records per sync or per merged run (@types/office-js Excel.RunOptions;
 *   learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 * Models Excel.RequestContext, OfficeExtension.ClientObject (load, isNullObject) and
 * OfficeExtension.ClientObjectCollection (items).
 */
import { FakeRichApiError, FakeWorkbookState } from "./state";
import type { Workbook } from "./workbook";

export type Op = () => void;

export class Context {
  private queue: Op[] = [];
  /** The run's `context.workbook`; its proxies live in their own rooms, so index.ts makes it. */
  readonly workbook: Workbook;
  /** Writes since the run began, for undo steps. */
  private wroteInRun = false;
  constructor(
    readonly state: FakeWorkbookState,
    readonly mergeUndo: boolean,
    makeWorkbook: (context: Context) => Workbook
  ) {
    this.workbook = makeWorkbook(this);
  }

  /**
   * A call on the undo article's list of APIs that do not support undo: inside a merged group it
   * fails with UndoNotSupported ("the UndoNotSupported error is thrown"), and it clears the undo
   * stack ("the user's undo stack is cleared starting from that API call"). Assumption: the call
   * is not applied when it fails.
   */
  undoUnsupported(api: string, platforms: readonly ("web" | "desktop")[]): void {
    if (!platforms.includes(this.state.options.platform ?? "web")) return;
    this.state.undoCleared = true;
    this.state.undoSteps = 0;
    if (this.mergeUndo)
      throw new FakeRichApiError("UndoNotSupported", `${api} cannot be grouped for undo.`);
  }

  /** A queued operation that changes the workbook (not a load). */
  enqueueWrite(op: Op): void {
    this.queue.push(Object.assign(op, { writes: true }));
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    if (this.queue.length === 0) return; // nothing to send: no round trip
    const ops = this.queue;
    this.queue = [];
    const s = this.state;
    s.syncs++;
    // Excel.ErrorCodes.invalidOperationInCellEditMode: a batch fails while a cell is being edited
    // (Excel.RunOptions.delayForCellEdit defaults to false).
    if (s.editMode) {
      throw new FakeRichApiError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode."
      );
    }
    const failing = typeof s.failSync === "number" ? [s.failSync] : (s.failSync ?? []);
    if (failing.includes(s.syncs))
      throw new FakeRichApiError("GeneralException", "The sync failed.");
    const writes = ops.some((op) => (op as Op & { writes?: boolean }).writes);
    if (writes && !(this.mergeUndo && this.wroteInRun)) s.undoSteps++;
    if (writes) this.wroteInRun = true;
    try {
      for (const op of ops) {
        s.operations++;
        if (s.failOperation === s.operations) {
          throw new FakeRichApiError("GeneralException", `Operation ${s.operations} failed.`);
        }
        op();
      }
    } finally {
      s.options.afterSync?.(s.syncs, s);
    }
  }

  pending(): number {
    return this.queue.length;
  }
}

/** The base of every proxy: loads, and reads that fail until loaded and synced. */
export abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;
  constructor(readonly context: Context) {}

  /** Scalar properties this proxy can load, with how to read each from the workbook. */
  protected abstract readers(): Record<string, () => unknown>;
  /** Navigation properties that a load path may go through. */
  protected navigation(): Record<string, Proxy> {
    return {};
  }
  /** False for an *OrNullObject proxy whose object does not exist. */
  protected exists(): boolean {
    return true;
  }

  load(what?: string | string[]): this {
    const paths = (Array.isArray(what) ? what : (what ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: string[]): void {
    this.nullObject = !this.exists();
    if (this.nullObject) return;
    const readers = this.readers();
    for (const path of paths.length ? paths : Object.keys(readers)) {
      const [head, ...rest] = path.split("/");
      if (rest.length) {
        const nav = this.navigation()[head];
        if (!nav) throw new FakeRichApiError("InvalidArgument", `Cannot load ${path}.`);
        nav.applyLoad([rest.join("/")]);
      } else if (readers[head]) {
        this.loaded.set(head, readers[head]());
      } else if (!this.navigation()[head]) {
        throw new FakeRichApiError("PropertyNotFound", `No property ${head}.`);
      }
    }
  }

  /** *OrNullObject methods: isNullObject is known only after a sync (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties). */
  get isNullObject(): boolean {
    if (this.nullObject === undefined) {
      throw new FakeRichApiError(
        "PropertyNotLoaded",
        "Call load() and sync() before reading isNullObject."
      );
    }
    return this.nullObject;
  }

  protected read<T>(name: string): T {
    if (this.nullObject) return null as T;
    if (!this.loaded.has(name)) {
      throw new FakeRichApiError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Call load() and sync() first.`
      );
    }
    return this.loaded.get(name) as T;
  }

  protected write(op: Op): void {
    this.context.enqueueWrite(op);
  }
}

export abstract class Collection<T extends Proxy> extends Proxy {
  protected abstract all(): T[];
  protected readers() {
    return {};
  }
  applyLoad(paths: string[]): void {
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const items = this.all();
    for (const item of items) item.applyLoad(itemPaths);
    this.loaded.set("items", items);
  }
  get items(): T[] {
    return this.read("items");
  }
}

/*
 * Charts: Excel.ChartCollection, Excel.Chart and Excel.ChartSeries
 * (learn.microsoft.com/javascript/api/excel/excel.chart;
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts).
 */
import { Range } from "./range";
import { ChartState, checkWritable, FakeRichApiError, SheetState } from "./state";
import { Collection, Context, Op, Proxy } from "./sync";

export class ChartCollection extends Collection<Chart> {
  constructor(
    context: Context,
    private readonly sheet: () => SheetState
  ) {
    super(context);
  }
  protected all() {
    return this.sheet().charts.map((c) => new Chart(this.context, () => c));
  }
  getItemOrNullObject(name: string): Chart {
    return new Chart(this.context, () => this.sheet().charts.find((c) => c.name === name), true);
  }
  add(type: string, source: Range, seriesBy?: string): Chart {
    let created: ChartState | undefined;
    this.write(() => {
      const b = source.checkedBox();
      const sheet = this.sheet();
      checkWritable({ ...b, sheet });
      // Assumption (Excel.ChartCollection.add says only "the source data"; this is what Excel's
      // Insert › Chart does): with a header row of text and a first column of text, each series
      // is named by its header cell (a link: renaming the header renames the legend) and the
      // first column gives the categories; other sources are named Series1, … over all rows.
      const state = this.context.state;
      const text = (r: number, c: number) => typeof state.cell(b.sheet, r, c).value === "string";
      const headed = text(b.row, b.col + 1);
      const categories = b.rows > 1 && text(b.row + 1, b.col);
      const first = categories ? 1 : 0;
      const body = headed ? { row: b.row + 1, rows: b.rows - 1 } : { row: b.row, rows: b.rows };
      const series =
        seriesBy === "Columns"
          ? Array.from({ length: b.cols - first }, (_, i) => ({
              name: headed
                ? String(state.cell(b.sheet, b.row, b.col + first + i).value)
                : `Series${i + 1}`,
              ...(headed ? { nameFrom: { ...b, col: b.col + first + i, rows: 1, cols: 1 } } : {}),
              values: { ...b, ...body, col: b.col + first + i, cols: 1 },
              ...(categories ? { xValues: { ...b, ...body, cols: 1 } } : {}),
            }))
          : [];
      created = { name: `Chart ${sheet.charts.length + 1}`, type, title: "", source: b, series };
      sheet.charts.push(created);
    });
    return new Chart(this.context, () => {
      if (!created) throw new FakeRichApiError("ItemNotFound", "The chart was not added.");
      return created;
    });
  }
}

export class Chart extends Proxy {
  readonly title: { text: string };
  readonly series: { add: (name?: string) => ChartSeries; getItemAt: (i: number) => ChartSeries };
  constructor(
    context: Context,
    private readonly find: () => ChartState | undefined,
    private readonly orNull = false
  ) {
    super(context);
    const chart = () => {
      const c = this.find();
      if (!c) throw new FakeRichApiError("ItemNotFound", "The chart does not exist.");
      return c;
    };
    const write = (op: Op) => this.write(op);
    const chartOf = chart;
    this.title = {
      set text(t: string) {
        write(() => {
          chartOf().title = t;
        });
      },
      get text(): string {
        throw new FakeRichApiError("PropertyNotLoaded", "Load title/text first.");
      },
    };
    this.series = {
      add: (name?: string) => {
        let index = -1;
        write(() => {
          index = chartOf().series.push({ name: name ?? "" }) - 1;
        });
        return new ChartSeries(context, () => chartOf().series[index]);
      },
      getItemAt: (i: number) => new ChartSeries(context, () => chartOf().series[i]),
    };
  }
  private chart(): ChartState {
    const c = this.find();
    if (!c) throw new FakeRichApiError("ItemNotFound", "The chart does not exist.");
    return c;
  }
  protected exists() {
    return !this.orNull || this.find() !== undefined;
  }
  protected readers() {
    return { name: () => this.chart().name };
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write(() => {
      this.chart().name = name;
    });
  }
  setPosition(start: Range, end: Range): void {
    this.write(() => {
      this.chart().position = [start.checkedBox(), end.checkedBox()];
    });
  }
  delete(): void {
    this.write(() => {
      const c = this.chart();
      for (const s of this.context.state.sheets) s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

export class ChartSeries extends Proxy {
  constructor(
    context: Context,
    private readonly series: () => ChartState["series"][number] | undefined
  ) {
    super(context);
  }
  private item() {
    const s = this.series();
    if (!s) throw new FakeRichApiError("ItemNotFound", "No such series.");
    return s;
  }
  protected readers() {
    return { name: () => this.item().name };
  }
  set name(name: string) {
    this.write(() => {
      this.item().name = name;
    });
  }
  setValues(range: Range): void {
    this.write(() => {
      this.item().values = range.checkedBox();
    });
  }
  setXAxisValues(range: Range): void {
    this.write(() => {
      this.item().xValues = range.checkedBox();
    });
  }
  delete(): void {
    this.write(() => {
      const item = this.item();
      for (const sheet of this.context.state.sheets) {
        for (const c of sheet.charts) c.series = c.series.filter((x) => x !== item);
      }
    });
  }
}

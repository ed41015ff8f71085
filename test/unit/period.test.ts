import {
  COVERAGE,
  CoreError,
  Period,
  QUARTERS,
  lookupPeriod,
  parsePeriodNumber,
  parsePeriodText,
  quarterIndex,
  quarterLabel,
  totalsForPeriod,
} from "../../src/core";
import * as say from "../../src/core/words/en-functions";
import * as de from "../../src/core/words/de-functions";

function parsed(text: string): Period {
  const p = parsePeriodText(text);
  if ("error" in p) throw new Error(`${text}: ${p.message}`);
  return p;
}

describe("period text", () => {
  const quarterForms = [
    "Q3 2025",
    "Q3-2025",
    "Q3/2025",
    "2025 Q3",
    "2025-Q3",
    "2025Q3",
    "Q3 25",
    "3Q25",
    "3Q 2025",
  ];
  test.each(quarterForms)("%s is the quarter Q3 2025", (text) => {
    expect(parsed(text).label).toBe("Q3 2025");
  });

  test.each(["q3 2025", "  Q3   2025 ", "q3-25", "2025 q3", "3q25", "Ｑ３ ２０２５", "Q3 '25"])(
    "%j is Q3 2025 whatever the case, spacing or width",
    (text) => {
      expect(parsed(text).label).toBe("Q3 2025");
    }
  );

  test.each([
    ["H1 2025", "H1 2025"],
    ["2025 H1", "H1 2025"],
    ["1H25", "H1 2025"],
    ["h2 2024", "H2 2024"],
  ])("%s is the half %s", (text, label) => {
    const p = parsed(text);
    expect(p.label).toBe(label);
    expect(p.lastQuarter - p.firstQuarter).toBe(1);
  });

  test.each([
    ["2024", "2024"],
    ["CY2024", "2024"],
    ["cy 2024", "2024"],
    ["CY24", "2024"],
  ])("%s is the calendar year %s", (text, label) => {
    const p = parsed(text);
    expect(p.label).toBe(label);
    expect(p.lastQuarter - p.firstQuarter).toBe(3);
  });

  test.each(["9M 2025", "9m25", "2025 9M", "9M-2025"])(
    "%s is the first nine months of 2025",
    (text) => {
      const p = parsed(text);
      expect(p.label).toBe("9M 2025");
      expect(p.lastQuarter - p.firstQuarter).toBe(2);
    }
  );

  test.each([
    ["Q1 2024 – Q3 2025", "Q1 2024 – Q3 2025", 7],
    ["Q1 2024 - Q3 2025", "Q1 2024 – Q3 2025", 7],
    ["Q2 2024 to Q1 2025", "Q2 2024 – Q1 2025", 4],
    ["Q1-Q3 2025", "Q1 2025 – Q3 2025", 3],
    ["Q2–Q3 2025", "Q2 2025 – Q3 2025", 2],
  ])("the range %s covers %s (%i quarters)", (text, label, count) => {
    const p = parsed(text);
    expect(p.label).toBe(label);
    expect(p.lastQuarter - p.firstQuarter + 1).toBe(count);
  });

  test.each(["foo", "Q5 2025", "Q0 2025", "H3 2025", "2025 Q", "Q3", "25", "=1+1", "Q3 20255"])(
    "%j is #VALUE! with an example of a valid period",
    (text) => {
      const p = parsePeriodText(text) as CoreError;
      expect(p.error).toBe("value");
      expect(p.message).toBe(say.notAPeriod(`"${text}"`));
      expect(p.message).toContain(`"Q3 2025"`);
    }
  );

  test("empty text is #VALUE!", () => {
    expect(parsePeriodText("   ")).toEqual({ error: "value", message: say.emptyPeriod });
  });

  test("a fiscal year is #VALUE! and says why", () => {
    const p = parsePeriodText("FY2026") as CoreError;
    expect(p.error).toBe("value");
    expect(p.message).toBe(say.fiscalYear('"FY2026"'));
  });

  test("a range that ends before it starts is #VALUE!", () => {
    expect((parsePeriodText("Q3 2025 – Q1 2024") as CoreError).message).toBe(
      say.endsBeforeStart('"Q3 2025 – Q1 2024"')
    );
  });

  test("a year outside 1900–2100, a month or date that does not exist, are #VALUE! saying so", () => {
    expect(parsePeriodText("Q1 1850")).toEqual({
      error: "value",
      message: say.yearOutside('"Q1 1850"', 1900, 2100),
    });
    expect(parsePeriodText("2025-13")).toEqual({
      error: "value",
      message: say.notAMonth('"2025-13"'),
    });
    expect(parsePeriodText("31.02.2025")).toEqual({
      error: "value",
      message: say.notAMonth('"31.02.2025"'),
    });
  });

  test("a very long text is quoted shortened in the message", () => {
    const p = parsePeriodText("x".repeat(32767)) as CoreError;
    expect(p.error).toBe("value");
    expect(p.message).toBe(say.notAPeriod(`"${"x".repeat(40)}…"`));
    expect(p.message.length).toBeLessThan(120);
  });
});

describe("period numbers", () => {
  test.each([
    [1900, "1900"],
    [2024, "2024"],
    [2100, "2100"],
  ])("the whole number %i is the year %s", (n, label) => {
    expect((parsePeriodNumber(n) as Period).label).toBe(label);
  });

  test.each([
    [36526, "Q1 2000"], // 2000-01-01
    [45292, "Q1 2024"], // 2024-01-01
    [45838, "Q2 2025"], // 2025-06-30
    [45839, "Q3 2025"], // 2025-07-01
    [45900, "Q3 2025"], // 2025-08-31
    [45930.75, "Q3 2025"], // 2025-09-30 18:00
    [45931, "Q4 2025"], // 2025-10-01
    [2958465, "Q4 9999"], // 9999-12-31, Excel's last date
  ])("the date serial %d is in %s", (n, label) => {
    expect((parsePeriodNumber(n) as Period).label).toBe(label);
  });

  test.each([0, -1, 3, 1899, 2101, 2024.5, 36525, 2958466, 1e308, -0, 5e-324])(
    "%d is #VALUE!",
    (n) => {
      expect((parsePeriodNumber(n) as CoreError).error).toBe("value");
    }
  );
});

// The quarter after the data's last (Q4 2025 today): the periods beyond the leak follow the data.
const LAST = QUARTERS[QUARTERS.length - 1];
const AFTER = quarterLabel(quarterIndex(LAST.year, LAST.quarter) + 1);
const [AFTER_QUARTER, AFTER_YEAR] = [Number(AFTER[1]), AFTER.slice(3)];

describe("periods against the data", () => {
  test.each([
    AFTER,
    AFTER_YEAR,
    "Q4 2023",
    "2023",
    `H${AFTER_QUARTER <= 2 ? 1 : 2} ${AFTER_YEAR}`,
    `${QUARTERS[0].label} – ${AFTER}`,
  ])("%s is #N/A and names what exists", (text) => {
    const t = totalsForPeriod(parsed(text)) as CoreError;
    expect(t.error).toBe("na");
    expect(t.message).toContain(COVERAGE);
    // …and the latest year to date, as a period that reads back to the year's quarters so far.
    const ytd = /latest year to date: ([^)]+)\)/.exec(t.message)![1];
    expect(lookupPeriod(ytd)).toMatchObject({ quarterCount: LAST.quarter });
    expect(ytd).toContain(String(LAST.year));
  });

  test("a blank cell is no period at all", () => {
    expect(lookupPeriod(null)).toBeUndefined();
    expect(lookupPeriod(undefined)).toBeUndefined();
    expect(lookupPeriod("")).toBeUndefined();
  });

  test("TRUE is #VALUE!", () => {
    expect((lookupPeriod(true) as CoreError).error).toBe("value");
  });

  test("the same text twice gives the same answer (from the cache)", () => {
    const first = lookupPeriod("Q3 2025");
    expect(lookupPeriod("Q3 2025")).toBe(first);
    expect(lookupPeriod("Q3 2025")).toEqual({
      label: "Q3 2025",
      quarterCount: 1,
      inferenceCost: 3.648,
      revenueShare: 0.411,
      impliedRevenuePublished: 2.056,
    });
  });

  test("the cache stays bounded and correct past its limit", () => {
    for (let i = 0; i < 12_000; i++) lookupPeriod(`junk ${i}`);
    expect(lookupPeriod("2024")).toMatchObject({
      label: "2024",
      quarterCount: 4,
      revenueShare: 0.494,
    });
  });
});

describe("months and dates as text mean their quarter", () => {
  test.each([
    ["English", say.months],
    ["German", de.months],
  ])("every %s month name of the word files, in any case, with or without a dot", (_, months) => {
    months.forEach((names, i) => {
      const quarter = `Q${Math.floor(i / 3) + 1} 2025`;
      for (const name of names) {
        expect(parsed(`${name} 2025`).label).toBe(quarter);
        expect(parsed(`${name.toLowerCase()}. 25`).label).toBe(quarter);
      }
    });
  });

  test.each([
    ["Jul 2025", "Q3 2025"],
    ["July 2025", "Q3 2025"],
    ["Juli 2025", "Q3 2025"],
    ["jul-25", "Q3 2025"],
    ["Sept. 2024", "Q3 2024"],
    ["Mrz 2024", "Q1 2024"],
    ["März 2025", "Q1 2025"],
    ["Dez. 2024", "Q4 2024"],
    ["Oktober 2024", "Q4 2024"],
    ["2025-07", "Q3 2025"],
    ["2025/7", "Q3 2025"],
    ["2025-07-01", "Q3 2025"],
    ["2024-12-31", "Q4 2024"],
    ["2025-04-01T00:00:00Z", "Q2 2025"],
    ["01.07.2025", "Q3 2025"],
    ["31.3.2024", "Q1 2024"],
  ])("%s is %s", (text, label) => {
    expect(parsed(text).label).toBe(label);
  });

  test.each(["2025-13", "2025-00-10", "2025-02-30", "31.04.2025", "Foo 2025", "Mai"])(
    "%s is #VALUE!",
    (text) => {
      expect((parsePeriodText(text) as CoreError).error).toBe("value");
    }
  );

  test("a month outside the leak is #N/A like its quarter", () => {
    const firstMonth = String((AFTER_QUARTER - 1) * 3 + 1).padStart(2, "0");
    expect((lookupPeriod(`${AFTER_YEAR}-${firstMonth}`) as CoreError).error).toBe("na");
  });

  test("the number 0 is blank, never a period (desktop Excel passes empty cells as 0)", () => {
    expect(lookupPeriod(0)).toBeUndefined();
  });
});

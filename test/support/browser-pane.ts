/*
 * The task pane in chromium, as the browser tests open it: Debian's chromium driven by
 * playwright-core, dist/ served over http, office.js from node_modules (its CDN URL routed there)
 * or a stand-in script (the Excel fake). One browser and one server a suite; a fresh context a
 * page. Every page records its console errors and requests, and any Content Security Policy
 * violation of any page is kept for the suite's afterAll to fail on.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, Page, Request, chromium } from "playwright-core";

const { CHROMIUM, CHROMIUM_ARGS, serveStatic, routeOffice } = require("../../scripts/dev/browser");

export const dist = path.resolve(__dirname, "..", "..", "dist");

/**
 * `describe` where chromium is installed; elsewhere `describe.skip` with a notice, or an error
 * where CI requires the browser tests (OAI_REQUIRE_BROWSER=1, .ci/run).
 */
export function describeInChromium(what: string): jest.Describe {
  if (fs.existsSync(CHROMIUM)) return describe;
  const message = `${CHROMIUM} is not installed: ${what} are SKIPPED (apt-get install -y chromium).`;
  if (process.env.OAI_REQUIRE_BROWSER === "1") throw new Error(`${message} CI requires them.`);
  console.warn(`SKIPPED: ${message}`);
  return describe.skip;
}

export interface OpenedPane {
  page: Page;
  /** Console errors and uncaught exceptions of the page. */
  errors: string[];
  /** The path of every request the page made, in order. */
  requests: string[];
}

export interface PaneBrowser {
  /** Every CSP violation any page reported (console or securitypolicyviolation): must stay []. */
  readonly cspViolations: string[];
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** taskpane.html at `width` px, office.js the real one or `officeScript`, in `locale`. */
  openPane(width: number, officeScript?: string, locale?: string): Promise<OpenedPane>;
  close(): Promise<void>;
}

/** Serves `root` (dist/) and launches chromium, once a suite (beforeAll). */
export async function startPaneBrowser(root = dist): Promise<PaneBrowser> {
  const [server, browser]: [{ url: string; close: () => Promise<void> }, Browser] =
    await Promise.all([
      serveStatic(root),
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
    ]);
  const cspViolations: string[] = [];

  async function openPane(width: number, officeScript?: string, locale = "en-US") {
    // A context of its own (axe-core opens its report page in the page's context); the browser's
    // close ends them all.
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r: Request) => requests.push(new URL(r.url()).pathname));
    // Every page fails its suite on a CSP violation, not only those whose test reads the console.
    await page.exposeFunction("__reportCsp", (v: string) => cspViolations.push(v));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
          `${e.violatedDirective} blocked ${e.blockedURI}`
        )
      )
    );
    await routeOffice(page, officeScript);
    await page.goto(`${server.url}/taskpane.html`);
    return { page, errors, requests };
  }

  return {
    cspViolations,
    url: server.url,
    openPane,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A suite's pane browser: started before its tests, closed after them, and the suite fails on any
 * CSP violation a page reported. Read its members inside tests (they exist once beforeAll ran).
 */
export function usePaneBrowser(): PaneBrowser {
  let pane: PaneBrowser | undefined;
  beforeAll(async () => {
    pane = await startPaneBrowser();
  });
  afterAll(async () => {
    await pane?.close();
    expect(pane?.cspViolations).toEqual([]);
  });
  const started = () => {
    if (!pane) throw new Error("the pane browser has not started: use it inside a test");
    return pane;
  };
  return {
    get cspViolations() {
      return started().cspViolations;
    },
    get url() {
      return started().url;
    },
    openPane: (width, officeScript, locale) => started().openPane(width, officeScript, locale),
    close: () => started().close(),
  };
}

/** The element's text, runs of white space as one space, is `expected` (or matches it). */
export async function expectText(
  page: Page,
  selector: string,
  expected: string | RegExp
): Promise<void> {
  const text = (await page.textContent(selector))?.replace(/\s+/g, " ").trim() ?? "";
  if (typeof expected === "string") expect(text).toBe(expected);
  else expect(text).toMatch(expected);
}

// Shared by the browser tests and `npm run docs`: Debian's chromium, a static server for dist/,
// and office.js served from node_modules in place of Office's CDN (there is no internet here).
const fs = require("fs");
const http = require("http");
const path = require("path");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// Headless, as root, with nothing phoning out.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeDist = path.resolve(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist"
);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves `root` over plain http on a free loopback port (office.js will not run from file://). */
function serveStatic(root, basePath = "/") {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    // Served under basePath, as a host serves ADDIN_BASE_URL's path: nothing answers outside it.
    const inside = pathname.startsWith(basePath) ? pathname.slice(basePath.length - 1) : null;
    const file = inside && path.join(root, inside === "/" ? "taskpane.html" : inside);
    if (
      !file ||
      !file.startsWith(root + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Answers the page's requests to Office's CDN from node_modules — or, for office.js itself,
 * with `officeScript` when given (a stand-in Office) — and lets nothing else leave the machine
 * (`allowedHosts`: loopback "host:port"s a test serves, such as the test server's).
 */
async function routeOffice(page, officeScript, allowedHosts = []) {
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    const file = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
    if (officeScript && file === "office.js") {
      await route.fulfill({ contentType: "text/javascript", body: officeScript });
      return;
    }
    const local = path.join(officeDist, file);
    if (local.startsWith(officeDist) && fs.existsSync(local)) await route.fulfill({ path: local });
    else await route.fulfill({ status: 404, body: "" });
  });
  // Everything else is refused, but for loopback hosts a test names (the test server's port).
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|appsforoffice\.microsoft\.com)/, (route) =>
    allowedHosts.includes(new URL(route.request().url()).host) ? route.continue() : route.abort()
  );
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, serveStatic, routeOffice };

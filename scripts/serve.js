// `npm start`: serves dist/ over HTTPS at https://localhost:3000 and says how to sideload.
// `npm stop`: stops a server that `npm start` left running.  PORT=nnnn picks another port.
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");
const { httpsOptions, certificateDirectory } = require("./certificates");

// OAI_SERVE_DIR: another build to serve (npm run test:excel serves dist-excel-tests/).
const root = path.resolve(process.env.OAI_SERVE_DIR || path.join(__dirname, "..", "dist"));
const port = Number(process.env.PORT) || 3000;
const pidFile = path.join(os.tmpdir(), `oai-leak-addin-${port}.pid`);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function stop() {
  let pid;
  try {
    pid = Number(fs.readFileSync(pidFile, "utf8"));
    process.kill(pid);
    console.log(`Stopped the add-in server on port ${port} (process ${pid}).`);
  } catch {
    console.log(`No add-in server from npm start is running on port ${port}.`);
  }
  fs.rmSync(pidFile, { force: true });
}

function handle(req, res) {
  let file;
  try {
    const { pathname } = new URL(req.url, "https://localhost");
    file = path.join(root, decodeURIComponent(pathname === "/" ? "/taskpane.html" : pathname));
  } catch {
    res.writeHead(400).end("Bad request");
    return;
  }
  // Never serve anything outside dist/.
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end("Forbidden");
    return;
  }
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(body);
  });
}

function sideloadHelp(trusted) {
  const base = `https://localhost:${port}`;
  const lines = [
    "",
    `The add-in is served at ${base} (functions: ${base}/functions.json, manifest: ${base}/manifest.xml).`,
    "",
    "Sideload it into Excel:",
    "  Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in,",
    `    and choose ${path.join(root, "manifest.xml")}.`,
    "  Windows or macOS desktop: in another terminal run",
    "    npx office-addin-debugging start dist/manifest.xml desktop",
    "  Then type =OAI. in a cell, or click Home > Leak figures.",
  ];
  if (port !== 3000)
    lines.push(
      "",
      `Note: manifest.xml points at port 3000; Excel will not find the add-in on port ${port}.`
    );
  if (process.platform === "linux") {
    lines.push(
      "",
      "This is Linux: there is no desktop Excel here, so nothing can be sideloaded on this machine.",
      "The server runs; use Excel on the web from a browser that trusts the development certificate",
      `(${path.join(certificateDirectory, "ca.crt")}).`
    );
  } else if (!trusted) {
    lines.push(
      "",
      `The development certificate is not trusted yet: run npx office-addin-dev-certs install.`
    );
  }
  lines.push("", "Press Ctrl+C to stop (or run npm stop).");
  return lines.join("\n");
}

async function start() {
  if (!fs.existsSync(path.join(root, "functions.json"))) {
    console.error("dist/ has no build: run npm run build first (npm start does both).");
    process.exit(1);
  }
  const { cert, key, ca, trusted } = await httpsOptions();
  const server = https.createServer({ cert, key, ca }, handle);
  server.on("error", (err) => {
    console.error(
      err.code === "EADDRINUSE"
        ? `Port ${port} is in use: stop the other server (npm stop) or start with PORT=3001 npm start.`
        : `The server could not start: ${err.message}`
    );
    process.exit(1);
  });
  server.listen(port, "localhost", () => {
    fs.writeFileSync(pidFile, String(process.pid));
    console.log(sideloadHelp(trusted));
  });
  const shutdown = () => {
    fs.rmSync(pidFile, { force: true });
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

if (process.argv.includes("--stop")) stop();
else
  start().catch((err) => {
    console.error(`npm start failed: ${err.message}`);
    process.exit(1);
  });

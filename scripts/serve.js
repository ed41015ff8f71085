// `npm start`: serves dist/ over HTTPS at https://localhost:3000 and says how to sideload.
// `npm stop`: stops a server that `npm start` left running.  PORT=nnnn picks another port.
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");
const finalhandler = require("finalhandler");
const serveStatic = require("serve-static");
const { httpsOptions, certificateDirectory } = require("./certificates");

// OAI_SERVE_DIR: another build to serve (npm run test:excel serves dist-excel-tests/).
const root = path.resolve(process.env.OAI_SERVE_DIR || path.join(__dirname, "..", "dist"));
const port = Number(process.env.PORT) || 3000;
const pidFile = path.join(os.tmpdir(), `oai-leak-addin-${port}.pid`);

/**
 * Is `pid` this server? Only then may npm stop end it: a pid file left behind may name another
 * process by now. Linux reads /proc; macOS and others ask ps; elsewhere nothing is stopped.
 */
function isThisServer(pid) {
  try {
    const command = fs.existsSync(`/proc/${pid}/cmdline`)
      ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
      : require("child_process").execFileSync("ps", ["-o", "command=", "-p", String(pid)], {
          encoding: "utf8",
        });
    return command.includes(path.join("scripts", "serve.js")) || command.includes("serve.js");
  } catch {
    return false;
  }
}

function stop() {
  let pid;
  try {
    pid = Number(fs.readFileSync(pidFile, "utf8"));
  } catch {
    console.log(`No add-in server from npm start is running on port ${port}.`);
    return;
  }
  if (pid > 0 && isThisServer(pid)) {
    process.kill(pid);
    console.log(`Stopped the add-in server on port ${port} (process ${pid}).`);
  } else {
    console.log(
      `No add-in server from npm start is running on port ${port} (process ${pid} is not it).`
    );
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * dist/ through serve-static (the static-file middleware behind Express, well kept): it refuses
 * NUL bytes, bad percent-encoding and paths out of the root itself. Whatever it cannot serve
 * ends in finalhandler's plain status page. No request can throw out of here.
 */
const serveDist = serveStatic(root, {
  index: ["taskpane.html"],
  dotfiles: "deny",
  fallthrough: true,
  setHeaders: (res) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
  },
});

function handle(req, res) {
  const done = finalhandler(req, res, { onerror: () => undefined });
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    res.statusCode = 405;
    res.end("Method not allowed");
    return;
  }
  try {
    serveDist(req, res, done);
  } catch {
    done({ status: 400 });
  }
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
  // Bytes that are not HTTP, or headers past Node's limit: a status, then the connection closes.
  server.on("clientError", (err, socket) => {
    const status =
      err.code === "HPE_HEADER_OVERFLOW"
        ? "431 Request Header Fields Too Large"
        : "400 Bad Request";
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
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

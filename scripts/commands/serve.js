// `npm start`: serves dist/ over HTTPS at https://localhost:3000 and says how to sideload.
// `npm stop`: stops a server that `npm start` left running.  PORT=nnnn picks another port.
const fs = require("fs");
const https = require("https");
const path = require("path");
const finalhandler = require("finalhandler");
const serveStatic = require("serve-static");
const { httpsOptions, certificateDirectory } = require("../dev/certificates");

// OAI_SERVE_DIR: another build to serve (npm run test:excel serves dist-excel-tests/).
const root = path.resolve(process.env.OAI_SERVE_DIR || path.join(__dirname, "..", "..", "dist"));
const port = Number(process.env.PORT) || 3000;
const projectRoot = path.resolve(__dirname, "..", "..");
/** Inside this project, one per port: another project's server has its own. */
const pidFileFor = (p) => path.join(projectRoot, `.serve-${p}.pid`);
const pidFile = pidFileFor(port);

/**
 * The command line and working directory of a process, or undefined. Linux reads /proc; macOS
 * and other Unixes ask ps and lsof.
 */
function processInfo(pid) {
  try {
    if (fs.existsSync(`/proc/${pid}/cmdline`))
      return {
        args: fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean),
        cwd: fs.readlinkSync(`/proc/${pid}/cwd`),
      };
    const { execFileSync } = require("child_process");
    const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8" });
    const cwd = /^n(.*)$/m.exec(run("lsof", ["-a", "-p", String(pid), "-d", "cwd", "-Fn"]))?.[1];
    const args = run("ps", ["-o", "command=", "-p", String(pid)])
      .trim()
      .split(/\s+/);
    return cwd ? { args, cwd } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Is `pid` this project's server? Only then may npm stop end it: a pid file left behind may
 * name another process by now. One of its arguments must be this very script, resolved from the
 * process's own working directory (another project's serve.js is another file).
 */
function isThisServer(pid) {
  const info = processInfo(pid);
  return Boolean(info && info.args.some((a) => path.resolve(info.cwd, a) === __filename));
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
  setHeaders: (res, file) => {
    // Excel on the web reads the functions' metadata from Office's origin (CORS); no other file
    // is for other origins, least of all the source maps.
    if (/^functions(-[a-z]+)?\.json$/.test(path.basename(file)))
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
  let wrotePidFile = false;
  server.listen(port, "localhost", () => {
    // Whatever is at the pid file's path (a folder, a read-only file) costs only npm stop.
    try {
      fs.writeFileSync(pidFile, String(process.pid));
      wrotePidFile = true;
    } catch (err) {
      console.warn(
        `Could not write ${pidFile} (${err.code || err.message}): npm stop will not find this server; stop it with Ctrl+C.`
      );
    }
    console.log(sideloadHelp(trusted));
  });
  const shutdown = () => {
    if (wrotePidFile) fs.rmSync(pidFile, { force: true });
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

module.exports = { pidFileFor, isThisServer };

if (require.main === module) {
  if (process.argv.includes("--stop")) stop();
  else
    start().catch((err) => {
      console.error(`npm start failed: ${err.message}`);
      process.exit(1);
    });
}

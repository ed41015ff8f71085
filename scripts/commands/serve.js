// `npm start`: serves dist/ over HTTPS at https://localhost:3000 and says how to sideload.
// `npm stop`: stops the servers `npm start` left running (PORT=nnnn: only that one's).
// PORT=nnnn npm start serves on another port, with a manifest whose URLs name that port.
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

/** The port the sources write every URL for (webpack.config.js DEV_BASE_URL). */
const BUILT_PORT = 3000;
const builtBase = `https://localhost:${BUILT_PORT}/`;
/** A built file's text with its localhost URLs moved to the port this server listens on. */
/** The sideload tool, at the version the README documents (package.json "config"). */
const sideloadTool = `office-addin-debugging@${require("../../package.json").config.sideloadToolVersion}`;
const sideloadCommand = (verb, manifest) =>
  `npx --yes ${sideloadTool} ${verb} ${manifest.split(path.sep).join("/")} desktop`;
const forThisPort = (text) => text.split(builtBase).join(`https://localhost:${port}/`);
/** On another port, the manifest to sideload: dist/manifest-<port>.xml (removed on exit). */
const portManifest = path.join(root, `manifest-${port}.xml`);

/**
 * A command line split into its arguments: quoted ones ("C:\Program Files\…") kept whole.
 * Windows and ps hand over one string; a path with a space must not fall apart.
 */
function splitCommandLine(line) {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/**
 * Does this command line run this very script? `cwd` resolves a relative argument: the process's
 * own working directory where the system tells it (Linux, macOS), else the project root, which is
 * where npm runs `npm start` (Windows tells no working directory). `pathApi` is path.win32 there.
 */
function runsThisScript(args, cwd, { pathApi = path, script = __filename } = {}) {
  const same = (a, b) => (pathApi === path.win32 ? a.toLowerCase() === b.toLowerCase() : a === b);
  return args.some((a) => same(pathApi.resolve(cwd, a), script));
}

/**
 * The arguments and working directory of a process, or undefined when the system will not say.
 * Linux reads /proc; Windows asks PowerShell for the command line (CIM); macOS asks ps and lsof.
 */
function processInfo(pid) {
  try {
    if (fs.existsSync(`/proc/${pid}/cmdline`))
      return {
        args: fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean),
        cwd: fs.readlinkSync(`/proc/${pid}/cwd`),
      };
    const { execFileSync } = require("child_process");
    const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", windowsHide: true });
    if (process.platform === "win32") {
      // Win32_Process.CommandLine: learn.microsoft.com/windows/win32/cimwin32prov/win32-process
      const line = run("powershell.exe", [
        "-NoProfile",
        "-NonInteractive",
        "-Command",
        `(Get-CimInstance Win32_Process -Filter "ProcessId=${Number(pid)}").CommandLine`,
      ]).trim();
      return line ? { args: splitCommandLine(line), cwd: projectRoot } : undefined;
    }
    const cwd = /^n(.*)$/m.exec(run("lsof", ["-a", "-p", String(pid), "-d", "cwd", "-Fn"]))?.[1];
    const line = run("ps", ["-o", "command=", "-p", String(pid)]).trim();
    // ps prints no quotes: a path with spaces comes back in pieces, so also try each whole tail.
    return cwd ? { args: [...splitCommandLine(line), ...wholeTails(line)], cwd } : undefined;
  } catch {
    return undefined;
  }
}

/** Every tail of an unquoted command line ("node /a b/serve.js" → "/a b/serve.js", …). */
function wholeTails(line) {
  const starts = [...line.matchAll(/\s+/g)].map((m) => m.index + m[0].length);
  return starts.map((at) => line.slice(at));
}

/** Is a process with this pid running at all? (signal 0 only asks) */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/**
 * Is `pid` this project's server: "yes", "no", or "unknown" when the system will not say. Only
 * "yes" lets npm stop end it: a pid file left behind may name another process by now.
 */
function isThisServer(pid) {
  if (!isRunning(pid)) return "no";
  const info = processInfo(pid);
  if (!info) return "unknown";
  const pathApi = process.platform === "win32" ? path.win32 : path;
  return runsThisScript(info.args, info.cwd, { pathApi }) ? "yes" : "no";
}

/** The pid files of this project's servers, one per port: `PORT` picks one, else all of them. */
function pidFiles() {
  if (process.env.PORT) return [{ port, file: pidFile }];
  return fs
    .readdirSync(projectRoot)
    .map((name) => /^\.serve-(\d+)\.pid$/.exec(name))
    .filter(Boolean)
    .map((m) => ({ port: Number(m[1]), file: path.join(projectRoot, m[0]) }));
}

/** Stops each server named by a pid file that `identify` says is this project's. */
function stop(
  found = pidFiles().filter(({ file }) => fs.existsSync(file)),
  identify = isThisServer
) {
  if (!found.length) {
    console.log(
      `No add-in server from npm start is running${process.env.PORT ? ` on port ${port}` : ""}.`
    );
    return;
  }
  for (const { port: at, file } of found) {
    let pid;
    try {
      pid = Number(fs.readFileSync(file, "utf8"));
    } catch {
      continue; // a folder or an unreadable file: nothing of ours
    }
    const verdict = pid > 0 ? identify(pid) : "no";
    if (verdict === "yes") {
      process.kill(pid);
      console.log(`Stopped the add-in server on port ${at} (process ${pid}).`);
    } else if (verdict === "unknown") {
      // Keep the pid file: it may well be the server, and the next npm stop may tell.
      console.log(
        `Cannot tell whether process ${pid} is the add-in server on port ${at}: stop it with Ctrl+C in its terminal.`
      );
      continue;
    } else {
      console.log(
        `No add-in server from npm start is running on port ${at} (process ${pid} is not it).`
      );
    }
    fs.rmSync(file, { force: true });
  }
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

/** The files that name the add-in's URLs: on another port, served with that port's URLs. */
const NAMES_URLS = /^\/(manifest\.xml|functions(-[a-z]+)?\.json)$/;

function handle(req, res) {
  const done = finalhandler(req, res, { onerror: () => undefined });
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    res.statusCode = 405;
    res.end("Method not allowed");
    return;
  }
  const file = NAMES_URLS.exec((req.url || "").split("?")[0])?.[1];
  if (port !== BUILT_PORT && file && fs.existsSync(path.join(root, file))) {
    const text = forThisPort(fs.readFileSync(path.join(root, file), "utf8"));
    const json = file.endsWith(".json");
    res.setHeader(
      "Content-Type",
      json ? "application/json; charset=utf-8" : "application/xml; charset=utf-8"
    );
    if (json) res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.end(req.method === "HEAD" ? undefined : text);
    return;
  }
  try {
    serveDist(req, res, done);
  } catch {
    done({ status: 400 });
  }
}

function sideloadHelp(trusted, manifest) {
  const base = `https://localhost:${port}`;
  const lines = [
    "",
    `The add-in is served at ${base} (functions: ${base}/functions.json, manifest: ${base}/manifest.xml).`,
    "",
    "Sideload it into Excel:",
    "  Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in,",
    `    and choose ${manifest}.`,
    "  Windows or macOS desktop: in another terminal run",
    `    ${sideloadCommand("start", path.relative(projectRoot, manifest))}`,
    "  Then type =OAI. in a cell, or click Home > Leak figures.",
    `  To remove it again: ${sideloadCommand("stop", path.relative(projectRoot, manifest))}`,
  ];
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
  let manifest = path.join(root, "manifest.xml");
  server.listen(port, "localhost", () => {
    // On another port, a manifest whose URLs say so: the built one names port 3000.
    if (port !== BUILT_PORT) {
      fs.writeFileSync(portManifest, forThisPort(fs.readFileSync(manifest, "utf8")));
      manifest = portManifest;
    }
    // Whatever is at the pid file's path (a folder, a read-only file) costs only npm stop.
    try {
      fs.writeFileSync(pidFile, String(process.pid));
      wrotePidFile = true;
    } catch (err) {
      console.warn(
        `Could not write ${pidFile} (${err.code || err.message}): npm stop will not find this server; stop it with Ctrl+C.`
      );
    }
    console.log(sideloadHelp(trusted, manifest));
  });
  const shutdown = () => {
    if (wrotePidFile) fs.rmSync(pidFile, { force: true });
    if (manifest === portManifest) fs.rmSync(portManifest, { force: true });
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

module.exports = {
  pidFileFor,
  isThisServer,
  stop,
  runsThisScript,
  splitCommandLine,
  wholeTails,
};

if (require.main === module) {
  if (process.argv.includes("--stop")) stop();
  else
    start().catch((err) => {
      console.error(`npm start failed: ${err.message}`);
      process.exit(1);
    });
}

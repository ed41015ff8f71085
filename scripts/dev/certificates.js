// The HTTPS certificate for https://localhost:3000. Excel only loads add-ins over HTTPS.
// Windows and macOS: Microsoft's office-addin-dev-certs makes a development CA and trusts it
// (it may ask once for permission). Linux has no Excel to trust it: the files are only generated.
const fs = require("fs");
const { X509Certificate } = require("crypto");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

const paths = {
  ca: defaults.caCertificatePath,
  cert: defaults.localhostCertificatePath,
  key: defaults.localhostKeyPath,
};

function readIfValid() {
  try {
    const cert = fs.readFileSync(paths.cert);
    const key = fs.readFileSync(paths.key);
    const ca = fs.readFileSync(paths.ca);
    const validTo = Date.parse(new X509Certificate(cert).validTo);
    return validTo > Date.now() + 86_400_000 ? { cert, key, ca } : undefined;
  } catch {
    return undefined;
  }
}

/** Returns `{ cert, key, ca, trusted }`, creating the certificate files if needed. */
async function httpsOptions() {
  let trusted = false;
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      await devCerts.ensureCertificatesAreInstalled();
      trusted = true;
    } catch (err) {
      console.warn(`Could not trust the development certificate: ${err.message}`);
    }
  }
  let options = readIfValid();
  if (!options) {
    // An expired or half-written set: start again (nothing was trusted from it on Linux).
    for (const file of Object.values(paths)) fs.rmSync(file, { force: true });
    await devCerts.generateCertificates();
    options = readIfValid();
  }
  if (!options)
    throw new Error(
      `Could not create a development certificate in ${defaults.certificateDirectory}`
    );
  return { ...options, trusted };
}

/** Only what Node's TLS server takes. */
async function tlsOptions() {
  const { cert, key, ca } = await httpsOptions();
  return { cert, key, ca };
}

module.exports = { httpsOptions, tlsOptions, certificateDirectory: defaults.certificateDirectory };

// Microsoft's generator in a worker thread (FunctionsMetadataPlugin): loading it loads TypeScript,
// which takes the main thread a while; here it happens beside webpack's own start.
const { parentPort, workerData } = require("worker_threads");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

generateCustomFunctionsMetadata(workerData.input).then(
  (result) => parentPort.postMessage({ result }),
  (error) => parentPort.postMessage({ error: (error && error.stack) || String(error) })
);

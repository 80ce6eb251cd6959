import {
  readFileBounded
} from "./chunk-46TP4OF4.js";
import {
  lintSource
} from "./chunk-6QLLLFCP.js";

// src/engine/read-source.ts
function lintFileTask(task, config, active, preparsed) {
  try {
    const read = task.bytes ? { ok: true, bytes: task.bytes } : readFileBounded(task.absolute, config.maxFileSizeBytes);
    if (!read.ok) {
      return refused(task, `the file is ${formatBytes(read.size)}, over the ${formatBytes(config.maxFileSizeBytes)} limit; Kubernetes objects are at most 1.5 MiB each: split the file, or raise maxFileSize in virtops.config.yaml`);
    }
    return lintSource({ file: task.file, absolute: task.absolute, bytes: read.bytes, discovered: task.discovered, ...preparsed ? { preparsed } : {} }, config, active, task.extraFindings ? { extraFindings: task.extraFindings } : {});
  } catch (error) {
    return refused(task, `cannot read the file: ${error.code ?? error.message}`);
  }
}
function refused(task, message) {
  return {
    file: task.file,
    documents: 0,
    skipped: [],
    usedIgnores: [],
    results: [{ ruleId: "invalid-file", severity: "error", message, document: 0, object: {}, path: "", line: 1, column: 1, endLine: 1, endColumn: 1 }]
  };
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

export {
  lintFileTask
};

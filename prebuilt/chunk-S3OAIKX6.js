import {
  lintSource
} from "./chunk-X5CQXSFM.js";

// src/engine/read-source.ts
import { openSync, closeSync, fstatSync, readSync } from "node:fs";
function lintFileTask(task, config, active) {
  let fd;
  try {
    fd = openSync(task.absolute, "r");
    const size = fstatSync(fd).size;
    if (size > config.maxFileSizeBytes) {
      return refused(task, `the file is ${formatBytes(size)}, over the ${formatBytes(config.maxFileSizeBytes)} limit; Kubernetes objects are at most 1.5 MiB each: split the file, or raise maxFileSize in virtops.config.yaml`);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, bytes, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return lintSource({ file: task.file, absolute: task.absolute, bytes: bytes.subarray(0, offset), discovered: task.discovered }, config, active, task.extraFindings ? { extraFindings: task.extraFindings } : {});
  } catch (error) {
    return refused(task, `cannot read the file: ${error.code ?? error.message}`);
  } finally {
    if (fd !== void 0) closeSync(fd);
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

// src/load/read-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
function readFileBounded(path, maxBytes) {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { ok: false, size };
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, bytes, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { ok: true, bytes: bytes.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

export {
  readFileBounded
};

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** A whole file's bytes, or its size when that is over the limit (checked before anything is read). */
export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; size: number };

/** Reads a file unless it is larger than `maxBytes`; I/O errors are thrown for the caller to word. */
export function readFileBounded(path: string, maxBytes: number): BoundedRead {
  const fd = openSync(path, 'r');
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

import type { Position } from '../core/types.js';

/** Turns a file's bytes into text, or says plainly why they are not a YAML manifest. */

export type Decoded = { ok: true; text: string } | { ok: false; message: string; position?: Position };

const SNIFF_BYTES = 8000;

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)) };
    } catch {
      return { ok: false, message: `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}; save it as UTF-8` };
    }
  }
  const sniffed = bytes.subarray(0, SNIFF_BYTES);
  if (sniffed.includes(0)) {
    return { ok: false, message: 'this is a binary file (it contains NUL bytes), not a YAML or JSON manifest; exclude it or fix the path' };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const position = positionOfByte(bytes, start, offset);
    return {
      ok: false,
      message: `invalid UTF-8 byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at line ${position.line}, column ${position.column}; Kubernetes reads manifests as UTF-8: re-save the file as UTF-8`,
      position,
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const sequence = bytes.subarray(i, i + length);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    } catch {
      return i; // overlong or surrogate encodings
    }
    i += length;
  }
  return bytes.length - 1;
}

function positionOfByte(bytes: Uint8Array, start: number, offset: number): Position {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

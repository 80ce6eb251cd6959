import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/decode.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeSource(utf8('a: é\n'))).toEqual({ ok: true, text: 'a: é\n' });
    expect(decodeSource(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kind: VM\n', 'utf16le')]);
    expect(decodeSource(le)).toEqual({ ok: true, text: 'kind: VM\n' });
  });

  it('refuses binary files', () => {
    const result = decodeSource(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/binary file/);
  });

  it('names the line and column of the first invalid UTF-8 byte', () => {
    const result = decodeSource(Uint8Array.from([...utf8('a: 1\nb: x'), 0xff, ...utf8('\n')]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/invalid UTF-8 byte 0xff at line 2, column 5/);
      expect(result.position).toMatchObject({ line: 2, column: 5 });
    }
  });

  it('rejects overlong encodings and truncated sequences', () => {
    expect(decodeSource(bytes(0x61, 0xc0, 0xaf)).ok).toBe(false);
    expect(decodeSource(bytes(0x61, 0xe2, 0x82)).ok).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTrustedKeys, VERIFY_MODES, VerificationKeysError, type TrustedKeys, type VerifyMode } from '../sync/source/verify.js';
import { UsageError } from './args.js';

/** `--verify-keys <file>` (repeatable): armored OpenPGP public keys, several per file allowed. */
export async function readVerifyKeys(files: readonly string[], cwd: string): Promise<TrustedKeys> {
  const entries = files.map((file) => {
    try {
      return { name: file, armored: readFileSync(resolve(cwd, file), 'utf8') };
    } catch (error) {
      throw new UsageError(`--verify-keys ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  });
  try {
    return await loadTrustedKeys(entries, `--verify-keys ${files.join(', ')}`);
  } catch (error) {
    if (error instanceof VerificationKeysError) throw new UsageError(error.message);
    throw error;
  }
}

/** `--verify-mode`: head (default), tag or tagAndHead; the tag modes need a tag ref. */
export function parseVerifyMode(value: string | undefined, hasTag: boolean): VerifyMode {
  if (value === undefined) return 'head';
  if (!(VERIFY_MODES as readonly string[]).includes(value)) throw new UsageError(`--verify-mode must be one of ${VERIFY_MODES.join(', ')}, not "${value}"`);
  if (value !== 'head' && !hasTag) throw new UsageError(`--verify-mode ${value} checks a signed tag: give --tag`);
  return value as VerifyMode;
}

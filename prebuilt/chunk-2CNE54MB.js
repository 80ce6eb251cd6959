import {
  VERIFY_MODES,
  VerificationKeysError,
  loadTrustedKeys
} from "./chunk-BVSBB6HI.js";
import {
  UsageError
} from "./chunk-ENDPITUC.js";

// src/cli/verify-keys.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
async function readVerifyKeys(files, cwd) {
  const entries = files.map((file) => {
    try {
      return { name: file, armored: readFileSync(resolve(cwd, file), "utf8") };
    } catch (error) {
      throw new UsageError(`--verify-keys ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
    }
  });
  try {
    return await loadTrustedKeys(entries, `--verify-keys ${files.join(", ")}`);
  } catch (error) {
    if (error instanceof VerificationKeysError) throw new UsageError(error.message);
    throw error;
  }
}
function parseVerifyMode(value, hasTag) {
  if (value === void 0) return "head";
  if (!VERIFY_MODES.includes(value)) throw new UsageError(`--verify-mode must be one of ${VERIFY_MODES.join(", ")}, not "${value}"`);
  if (value !== "head" && !hasTag) throw new UsageError(`--verify-mode ${value} checks a signed tag: give --tag`);
  return value;
}

export {
  readVerifyKeys,
  parseVerifyMode
};

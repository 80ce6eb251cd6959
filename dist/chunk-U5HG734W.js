import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/schema/schema-files.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// src/core/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var cached;
function packageRoot() {
  if (cached !== void 0) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "virtops") {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the virtops package root");
    dir = parent;
  }
}
function packageVersion() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
}
function compiledScript(beside, built) {
  if (existsSync(beside)) return beside;
  const path2 = join(packageRoot(), "build", "src", ...built.split("/"));
  return existsSync(path2) ? pathToFileURL(path2) : void 0;
}

// src/schema/schema-files.ts
function defaultSchemaDir() {
  return path.join(packageRoot(), "src", "schema", "generated");
}
function readSchemaIndex(schemaDir = defaultSchemaDir()) {
  return JSON.parse(fs.readFileSync(path.join(schemaDir, "index.json"), "utf8"));
}
function schemaDigest(schemaDir = defaultSchemaDir()) {
  const hash = createHash("sha256");
  const indexText = fs.readFileSync(path.join(schemaDir, "index.json"));
  hash.update(indexText);
  for (const entry of JSON.parse(indexText.toString("utf8"))) {
    hash.update(`\0${entry.file}\0`);
    hash.update(fs.readFileSync(path.join(schemaDir, entry.file)));
  }
  return hash.digest("hex");
}
var DIGEST_LINE = "// schema digest: ";
function digestLine(digest) {
  return `${DIGEST_LINE}${digest}`;
}
function precompiledDigest(file) {
  const head = Buffer.alloc(DIGEST_LINE.length + 128);
  const fd = fs.openSync(file, "r");
  let length;
  try {
    length = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const firstLine = head.toString("utf8", 0, length).split("\n", 1)[0];
  return firstLine.startsWith(DIGEST_LINE) ? firstLine.slice(DIGEST_LINE.length) : void 0;
}

export {
  __require,
  __commonJS,
  __toESM,
  packageRoot,
  packageVersion,
  compiledScript,
  defaultSchemaDir,
  readSchemaIndex,
  schemaDigest,
  digestLine,
  precompiledDigest
};

import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import {
  ARCHES,
  DEFAULT_SETTINGS,
  EVICTION_STRATEGIES,
  FEATURE_GATES,
  Locator,
  activeRules,
  definitionsOf,
  didYouMean,
  getAt,
  globMatch,
  isArch,
  isKnownFeatureGate,
  lintFileTask,
  lintSource,
  pathGlobMatch,
  readFileBounded,
  renderMessage,
  ruleDescriptors,
  ruleIds,
  setRulesOf,
  toSetObject
} from "./chunk-NAGOKSZ7.js";
import {
  decodeSource,
  extractObjects,
  parseYaml
} from "./chunk-VG5EGE77.js";
import {
  compiledScript,
  packageRoot,
  packageVersion
} from "./chunk-U5HG734W.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve8) {
      resolve8(value);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element2 = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element2 = this.wrap(tag, listItems);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element2 = this.wrap("table", tableBody);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element2 = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element2 = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element2 = this.wrap(allowedTag, text);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element2 = this.wrap("hr", null);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element2 = this.wrap("br", null);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element2 = this.wrap("blockquote", text, attrs);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element2 = this.wrap("a", text, { href });
    return this.addRaw(element2).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/engine/config.ts
import { existsSync as existsSync2, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
var CONFIG_FILE_NAMES = ["virtops.config.yaml", "virtops.config.yml", ".virtops.yaml"];
var ConfigError = class extends Error {
  constructor(file, key, detail, line) {
    super(`${file}${line ? `:${line}` : ""}: ${key ? `${key}: ` : ""}${detail}`);
    this.file = file;
    this.key = key;
    this.line = line;
    this.name = "ConfigError";
  }
  file;
  key;
  line;
};
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var LEVELS = ["off", "warn", "error"];
var TOP_LEVEL_KEYS = ["name", "description", "extends", "rules", "settings", "ignores", "external", "files", "maxFileSize", "requireSuppressionReason"];
function findConfigFile(from) {
  let dir = resolve(from);
  if (existsSync2(dir) && !isDirectory2(dir)) dir = dirname(dir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync2(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadConfig(options) {
  if (options.preset !== void 0) {
    const config2 = emptyConfig(resolve(options.searchFrom));
    applyPreset(config2, options.preset, options.knownRules, []);
    return config2;
  }
  const file = options.configFile ? resolve(options.configFile) : findConfigFile(options.searchFrom);
  if (options.configFile && !existsSync2(file)) {
    throw new ConfigError(options.configFile, "", "config file not found; check the --config path");
  }
  const config = emptyConfig(file ? dirname(file) : resolve(options.searchFrom));
  if (file) {
    config.file = file;
    applyBundle(config, file, readBundle(file, options.knownRules), options.knownRules, [file]);
  } else {
    applyPreset(config, "recommended", options.knownRules, []);
  }
  return config;
}
function emptyConfig(baseDir) {
  return { baseDir, rules: {}, settings: { ...DEFAULT_SETTINGS }, ignores: [], external: [], include: [], exclude: [], maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE, requireSuppressionReason: false };
}
function presetNames() {
  return ["recommended", "strict"];
}
function applyPreset(config, name, knownRules, chain) {
  const file = join(packageRoot(), "policies", `${name}.yaml`);
  applyBundle(config, file, readBundle(file, knownRules), knownRules, [...chain, file]);
}
function readBundle(file, knownRules) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error2) {
    throw new ConfigError(file, "", `cannot read the config file: ${error2.code ?? error2.message}`);
  }
  const parsed = parseYaml(text);
  const problem = parsed.problems[0];
  if (problem) throw new ConfigError(file, "", problem.message, problem.position?.line);
  if (parsed.documents.length > 1) throw new ConfigError(file, "", "the config must be a single YAML document");
  const value = parsed.documents[0]?.value;
  if (value === null || value === void 0) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError(file, "", "the config must be a mapping (rules:, settings:, ignores:, \u2026)");
  const bundle = value;
  const locator = new Locator(text);
  const lineOf = (...path) => locator.locate(parsed.documents[0].index, path, "key").line;
  for (const key of Object.keys(bundle)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw new ConfigError(file, key, `unknown key; expected one of: ${TOP_LEVEL_KEYS.join(", ")}`, lineOf(key));
  }
  validateRules(file, bundle["rules"], knownRules, (key) => lineOf("rules", key));
  return bundle;
}
function validateRules(file, rules, knownRules, lineOf) {
  if (rules === void 0 || rules === null) return;
  if (typeof rules !== "object" || Array.isArray(rules)) throw new ConfigError(file, "rules", "must be a mapping of rule id to off|warn|error (or [level, {options}])");
  for (const [id, setting] of Object.entries(rules)) {
    if (!knownRules.has(id)) {
      throw new ConfigError(file, `rules.${id}`, `unknown rule${didYouMean(id, [...knownRules])} (run \`virtops rules\` for the list)`, lineOf(id));
    }
    const level = normalizeLevel(Array.isArray(setting) ? setting[0] : setting);
    if (!LEVELS.includes(level)) {
      throw new ConfigError(file, `rules.${id}`, `level must be off, warn or error, not ${JSON.stringify(level)}`, lineOf(id));
    }
    if (Array.isArray(setting) && setting.length > 1 && (typeof setting[1] !== "object" || setting[1] === null || Array.isArray(setting[1]))) {
      throw new ConfigError(file, `rules.${id}`, "options must be a mapping: [level, {option: value}]", lineOf(id));
    }
  }
}
function normalizeLevel(level) {
  if (level === false || level === 0) return "off";
  if (level === 1) return "warn";
  if (level === 2) return "error";
  return level;
}
function applyBundle(config, file, bundle, knownRules, chain) {
  const parent = bundle["extends"] ?? (chain.length === 1 && !isPresetFile(file) ? "recommended" : void 0);
  for (const base of parent === void 0 ? [] : Array.isArray(parent) ? parent : [parent]) {
    if (typeof base !== "string") throw new ConfigError(file, "extends", "must be a preset name (recommended, strict) or a path to a policy bundle");
    if (presetNames().includes(base)) {
      applyPreset(config, base, knownRules, chain);
      continue;
    }
    const target = isAbsolute(base) ? base : resolve(dirname(file), base);
    if (chain.includes(target)) throw new ConfigError(file, "extends", `circular extends: ${[...chain, target].join(" \u2192 ")}`);
    if (!existsSync2(target)) throw new ConfigError(file, "extends", `"${base}" is neither a preset (${presetNames().join(", ")}) nor an existing file`);
    applyBundle(config, target, readBundle(target, knownRules), knownRules, [...chain, target]);
  }
  const rules = bundle["rules"] ?? {};
  for (const [id, setting] of Object.entries(rules)) {
    const [raw, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, void 0];
    const level = normalizeLevel(raw);
    const previous = config.rules[id];
    config.rules[id] = { level, options: options ?? previous?.options ?? {} };
  }
  applySettings(config, file, bundle["settings"]);
  applyFiles(config, file, bundle["files"]);
  applyIgnores(config, file, bundle["ignores"]);
  applyExternal(config, file, bundle["external"]);
  if (bundle["maxFileSize"] !== void 0) config.maxFileSizeBytes = parseSize(file, bundle["maxFileSize"]);
  if (bundle["requireSuppressionReason"] !== void 0) {
    if (typeof bundle["requireSuppressionReason"] !== "boolean") throw new ConfigError(file, "requireSuppressionReason", "must be true or false");
    config.requireSuppressionReason = bundle["requireSuppressionReason"];
  }
}
function isPresetFile(file) {
  return dirname(file) === join(packageRoot(), "policies");
}
function applySettings(config, file, settings) {
  if (settings === void 0 || settings === null) return;
  if (typeof settings !== "object" || Array.isArray(settings)) throw new ConfigError(file, "settings", "must be a mapping");
  for (const [key, value] of Object.entries(settings)) {
    const at = `settings.${key}`;
    switch (key) {
      case "arch":
        if (!isArch(value)) throw new ConfigError(file, at, `must be amd64, arm64 or s390x, not ${JSON.stringify(value)}`);
        config.settings.arch = value;
        break;
      case "featureGates":
      case "disabledFeatureGates":
        config.settings[key] = featureGateList(file, at, value);
        config.settings.featureGatesConfigured = true;
        break;
      case "permitBridgeInterfaceOnPodNetwork":
        if (typeof value !== "boolean") throw new ConfigError(file, at, "must be true or false");
        config.settings.permitBridgeInterfaceOnPodNetwork = value;
        break;
      case "defaultNetworkInterface":
        if (value !== "bridge" && value !== "masquerade" && value !== "passt") throw new ConfigError(file, at, `must be bridge, masquerade or passt, not ${JSON.stringify(value)}`);
        config.settings.defaultNetworkInterface = value;
        break;
      case "evictionStrategy":
        if (!EVICTION_STRATEGIES.includes(value)) throw new ConfigError(file, at, `must be ${EVICTION_STRATEGIES.join(", ")}, not ${JSON.stringify(value)}`);
        config.settings.evictionStrategy = value;
        break;
      default:
        throw new ConfigError(file, at, `unknown setting${didYouMean(key, SETTING_KEYS)}; expected one of: ${SETTING_KEYS.join(", ")}`);
    }
  }
}
var SETTING_KEYS = Object.keys(DEFAULT_SETTINGS).filter((key) => key !== "featureGatesConfigured");
function featureGateList(file, key, value) {
  const names = stringList(file, key, value);
  for (const name of names) {
    if (!isKnownFeatureGate(name)) throw new ConfigError(file, key, `unknown feature gate ${JSON.stringify(name)}${didYouMean(name, Object.keys(FEATURE_GATES))}; known: ${Object.keys(FEATURE_GATES).join(", ")}`);
  }
  return names;
}
function applyFiles(config, file, files) {
  if (files === void 0 || files === null) return;
  if (typeof files !== "object" || Array.isArray(files)) throw new ConfigError(file, "files", "must be a mapping with include and/or exclude lists of globs");
  for (const [key, value] of Object.entries(files)) {
    if (key !== "include" && key !== "exclude") throw new ConfigError(file, `files.${key}`, "unknown key; expected include or exclude");
    config[key].push(...stringList(file, `files.${key}`, value));
  }
}
function applyIgnores(config, file, ignores) {
  if (ignores === void 0 || ignores === null) return;
  if (!Array.isArray(ignores)) throw new ConfigError(file, "ignores", "must be a list of {files, objects, rules, reason} entries");
  ignores.forEach((entry, i) => {
    const key = `ignores[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new ConfigError(file, key, "must be a mapping with files and/or objects, and rules");
    const record = entry;
    for (const k of Object.keys(record)) {
      if (!["files", "objects", "rules", "reason"].includes(k)) throw new ConfigError(file, `${key}.${k}`, "unknown key; expected files, objects, rules or reason");
    }
    if (record["files"] === void 0 && record["objects"] === void 0) throw new ConfigError(file, key, "needs files (globs) or objects (kind/namespace/name selectors)");
    const out = { rules: record["rules"] === void 0 ? ["*"] : stringList(file, `${key}.rules`, record["rules"]), origin: `${file} ${key}` };
    if (record["files"] !== void 0) out.files = stringList(file, `${key}.files`, record["files"]);
    if (record["objects"] !== void 0) out.objects = selectors(file, `${key}.objects`, record["objects"]);
    if (typeof record["reason"] === "string") out.reason = record["reason"];
    config.ignores.push(out);
  });
}
function applyExternal(config, file, external) {
  if (external === void 0 || external === null) return;
  if (!Array.isArray(external)) throw new ConfigError(file, "external", "must be a list of {kind, namespace, name} entries, e.g. [{kind: Secret}, {kind: NetworkAttachmentDefinition, namespace: default}]");
  selectors(file, "external", external).forEach((selector, i) => {
    if (selector.kind === void 0 || selector.kind === "") throw new ConfigError(file, `external[${i}]`, "needs a kind (e.g. Secret, DataSource, NetworkAttachmentDefinition); namespace and name are optional globs");
    config.external.push(selector);
  });
}
function selectors(file, key, value) {
  if (!Array.isArray(value)) throw new ConfigError(file, key, "must be a list of {kind, namespace, name} selectors (globs allowed)");
  return value.map((item, i) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) throw new ConfigError(file, `${key}[${i}]`, "must be a mapping with kind, namespace and/or name");
    const selector = {};
    for (const [k, v] of Object.entries(item)) {
      if (k !== "kind" && k !== "namespace" && k !== "name") throw new ConfigError(file, `${key}[${i}].${k}`, "unknown key; expected kind, namespace or name");
      if (typeof v !== "string") throw new ConfigError(file, `${key}[${i}].${k}`, "must be a string (globs allowed)");
      selector[k] = v;
    }
    return selector;
  });
}
function stringList(file, key, value) {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) throw new ConfigError(file, key, "must be a list of strings");
  return list;
}
function parseSize(file, value) {
  const match = typeof value === "number" ? [String(value), String(value), ""] : typeof value === "string" ? /^(\d+)\s*(Ki|Mi|Gi)?$/.exec(value) : null;
  if (!match) throw new ConfigError(file, "maxFileSize", "must be a byte count such as 10Mi");
  const unit = { "": 1, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3 }[match[2] ?? ""] ?? 1;
  return Number(match[1]) * unit;
}
function isDirectory2(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// src/action/inputs.ts
var FAIL_ON = ["error", "warning", "never"];
var InputError = class extends Error {
  constructor(input, detail) {
    super(`input "${input}": ${detail}`);
    this.name = "InputError";
  }
};
function readInputs(get) {
  const text = (name) => {
    const value = get(name).trim();
    return value === "" ? void 0 : value;
  };
  const paths = (text("paths") ?? ".").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  const failOn = text("fail-on") ?? "error";
  if (!FAIL_ON.includes(failOn)) throw new InputError("fail-on", `"${failOn}" is not one of ${FAIL_ON.join(", ")}`);
  const arch2 = text("arch");
  if (arch2 !== void 0 && !isArch(arch2)) throw new InputError("arch", `"${arch2}" is not one of ${ARCHES.join(", ")}`);
  const configFile = text("config");
  const sarifFile = text("sarif-file");
  const kubevirtVersion = text("kubevirt-version");
  return {
    paths: paths.length > 0 ? paths : ["."],
    changedOnly: readChangedOnly(text("changed-only")),
    failOn,
    ...configFile !== void 0 ? { configFile } : {},
    ...sarifFile !== void 0 ? { sarifFile } : {},
    ...kubevirtVersion !== void 0 ? { kubevirtVersion } : {},
    ...arch2 !== void 0 ? { arch: arch2 } : {}
  };
}
function readChangedOnly(value) {
  if (value === void 0 || value === "auto") return "auto";
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError("changed-only", `"${value}" is not one of true, false, auto`);
}

// src/action/run.ts
import { existsSync as existsSync3, mkdirSync, realpathSync as realpathSync2, writeFileSync } from "node:fs";
import { dirname as dirname2, resolve as resolve7 } from "node:path";

// src/engine/lint-run.ts
import { statSync as statSync3 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/load/files.ts
import { readdirSync, realpathSync, statSync as statSync2 } from "node:fs";
import { basename, isAbsolute as isAbsolute2, join as join2, relative, resolve as resolve2, sep } from "node:path";
var MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var NOT_MANIFESTS = ["**/package.json", "**/package-lock.json", "**/tsconfig*.json", "**/.pre-commit-config.yaml", "**/.pre-commit-hooks.yaml", "**/virtops.config.y*ml"];
var NOT_MANIFEST_NAMES = NOT_MANIFESTS.map((glob) => glob.slice("**/".length));
function expandInputs(inputs, options) {
  const out = { tasks: [], errors: [] };
  const seen = /* @__PURE__ */ new Set();
  const add = (task) => {
    if (seen.has(task.absolute)) return;
    seen.add(task.absolute);
    out.tasks.push(task);
  };
  for (const input of inputs) {
    const absolute = resolve2(options.cwd, input);
    let stats;
    try {
      stats = statSync2(absolute);
    } catch (error2) {
      if (isGlob(input)) {
        if (expandGlob(input, options, add) === 0) out.errors.push(`${input}: the pattern matched no files`);
      } else {
        out.errors.push(`${input}: ${describeFsError(error2)}`);
      }
      continue;
    }
    if (stats.isDirectory()) {
      walk(absolute, input, options, add, /* @__PURE__ */ new Set());
    } else if (options.namedAsFound) {
      if (wanted(absolute, options)) add({ file: input, absolute, discovered: true });
    } else {
      add({ file: input, absolute, discovered: false });
    }
  }
  return out;
}
function walk(dir, shown, options, add, visited) {
  let real;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const absolute = join2(dir, entry.name);
    const file = shown === "." ? entry.name : join2(shown, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync2(absolute);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !excluded(absolute, options, true)) walk(absolute, file, options, add, visited);
    } else if (isFile && MANIFEST_EXTENSIONS.test(entry.name) && wanted(absolute, options)) {
      add({ file, absolute, discovered: true });
    }
  }
}
function expandGlob(pattern, options, add) {
  const base = staticPrefix(pattern);
  const root = resolve2(options.cwd, base);
  const matcher = (absolute) => globMatch(toPosix(isAbsolute2(pattern) ? absolute : relative(options.cwd, absolute)), pattern);
  const collected = [];
  walk(root, base === "" ? "." : base, { ...options, include: [] }, (task) => {
    if (matcher(task.absolute) && wanted(task.absolute, options)) collected.push({ ...task, file: toShown(task.absolute, options.cwd, pattern) });
  }, /* @__PURE__ */ new Set());
  collected.forEach(add);
  return collected.length;
}
function wanted(absolute, options) {
  if (excluded(absolute, options, false)) return false;
  const name = basename(absolute);
  if (NOT_MANIFEST_NAMES.some((glob) => globMatch(name, glob, { dot: true }))) return false;
  return options.include.every((set) => set.patterns.length === 0 || matches(absolute, set));
}
function excluded(absolute, options, directory) {
  return options.exclude.some((set) => matches(absolute, set) || directory && matches(`${absolute}${sep}x`, set));
}
function matches(absolute, set) {
  const rel = toPosix(relative(set.baseDir, absolute));
  return set.patterns.some((glob) => pathGlobMatch(rel, glob));
}
function staticPrefix(pattern) {
  const parts = toPosix(pattern).split("/");
  const fixed = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  return fixed.join("/") || (pattern.startsWith("/") ? "/" : "");
}
function toShown(absolute, cwd, pattern) {
  return isAbsolute2(pattern) ? absolute : relative(cwd, absolute);
}
function isGlob(text) {
  return /[*?[\]{}]/.test(text);
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function describeFsError(error2) {
  const code = error2.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error2.message;
}

// src/instancetype/prescan.ts
var KIND_LINES = /^[\s-]*["']?kind["']?\s*:\s*["']?VirtualMachine(?:Cluster)?(?:Instancetype|Preference)\b/gm;
function definitionsIn(source) {
  if (!mayName(source.bytes)) return [];
  const decoded = decodeSource(source.bytes);
  if (!decoded.ok || !mayDefine(decoded.text)) return [];
  const parsed = parseYaml(decoded.text);
  return definitionsOf(extractObjects(parsed.documents, { skipForeignDocuments: true }).objects, source.file);
}
function mayName(bytes2) {
  const utf16 = bytes2.length >= 2 && (bytes2[0] === 255 && bytes2[1] === 254 || bytes2[0] === 254 && bytes2[1] === 255);
  if (utf16) return true;
  const buffer = Buffer.from(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  return buffer.indexOf("Instancetype") >= 0 || buffer.indexOf("Preference") >= 0;
}
function mayDefine(text) {
  for (const match of text.matchAll(KIND_LINES)) {
    if (!isReference(text, match.index + match[0].indexOf("kind"))) return true;
  }
  return false;
}
function isReference(text, kindAt) {
  const lineStart = text.lastIndexOf("\n", kindAt) + 1;
  const prefix = text.slice(lineStart, kindAt);
  if (!/^[ \t]+["']?$/.test(prefix)) return false;
  const indent = prefix.length - (prefix.endsWith('"') || prefix.endsWith("'") ? 1 : 0);
  for (let end = lineStart - 1; end >= 0; ) {
    const start = end === 0 ? 0 : text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const content = line.trimStart();
    if (content.trim() === "" || content.startsWith("#") || line.length - content.length >= indent) continue;
    return /^["']?(?:instancetype|preference)["']?[ \t]*:[ \t]*\{?[ \t]*(?:#.*)?\r?$/.test(content);
  }
  return false;
}
function prescanTasks(config, tasks, keepBytes, onRead) {
  let room = keepBytes;
  const definitions = [];
  const out = tasks.map((task) => {
    const kept = keep(task);
    onRead?.(kept);
    return kept;
  });
  function keep(task) {
    const bytes2 = readSmall(task.absolute, config.maxFileSizeBytes);
    if (bytes2 === void 0) return task;
    definitions.push(...definitionsIn({ file: task.file, bytes: bytes2 }));
    if (bytes2.byteLength > room) return task;
    room -= bytes2.byteLength;
    return { ...task, bytes: bytes2 };
  }
  return { config: withIndex(config, { definitions }), tasks: out };
}
function withIndex(config, index) {
  if (index.definitions.length === 0) return config;
  return { ...config, settings: { ...config.settings, instancetypes: index } };
}
function readSmall(path, maxBytes) {
  try {
    const read = readFileBounded(path, maxBytes);
    return read.ok ? read.bytes : void 0;
  } catch {
    return void 0;
  }
}

// src/engine/lint-files.ts
import { availableParallelism } from "node:os";
import { Worker as Worker2 } from "node:worker_threads";

// src/engine/parse-lane.ts
import { Worker } from "node:worker_threads";
var ParseLane = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  /** Files sent ahead with `prefetch`, by their bytes. */
  early = /* @__PURE__ */ new WeakMap();
  failure;
  /** Files this lane decoded and parsed for the linting thread. */
  preparsed = 0;
  constructor(script) {
    this.worker = new Worker(script);
    this.worker.on("message", (done) => {
      const waiting = this.pending.get(done.id);
      this.pending.delete(done.id);
      if (this.pending.size === 0) this.worker.unref();
      for (const result of done.results) if (result !== null) this.preparsed++;
      waiting?.resolve(done.results);
    });
    this.worker.on("error", (error2) => this.fail(error2));
    this.worker.on("exit", (code) => this.fail(new Error(`the parse lane ended (exit code ${code})`)));
    this.worker.unref();
  }
  /**
   * The pre-parse of each file, null where the linting thread should do it itself (always, once the lane
   * failed). `schema`: also check the documents against their schemas (see Preparsed.schemaAccepted).
   */
  parse(files, options) {
    if (this.failure) return Promise.resolve(files.map(() => null));
    const early = files.map((bytes2) => bytes2 ? this.early.get(bytes2) : void 0);
    if (files.length > 0 && early.every((result) => result !== void 0)) return Promise.all(early);
    const id = ++this.nextId;
    const job = { id, files: files.map((bytes2) => bytes2 ?? null), schema: options.schema };
    return new Promise((resolve8) => {
      this.pending.set(id, { count: files.length, resolve: resolve8 });
      this.worker.ref();
      this.worker.postMessage(job);
    });
  }
  /** Starts on files before the linting thread asks for them (while it still reads others); `parse` then takes these results. */
  prefetch(files, options) {
    const results = this.parse(files, options);
    files.forEach((bytes2, i) => this.early.set(bytes2, results.then((all) => all[i] ?? null)));
  }
  async close() {
    await this.worker.terminate();
  }
  fail(error2) {
    this.failure ??= error2;
    for (const waiting of this.pending.values()) waiting.resolve(new Array(waiting.count).fill(null));
    this.pending.clear();
  }
};
function parseWorkerScript() {
  return compiledScript(new URL("./parse-worker.js", import.meta.url), "load/parse-worker.js");
}

// src/engine/lint-files.ts
var BATCH = 16;
var FILES_WORTH_A_LANE = 64;
async function lintFiles(tasks, config, options = {}) {
  if (options.lanes) return options.lanes.lint(tasks, config);
  const lanes = startLanes(laneCount(tasks.length, options.concurrency ?? 0));
  try {
    return await lanes.lint(tasks, config);
  } finally {
    await lanes.close();
  }
}
function workerScript() {
  return compiledScript(new URL("./worker.js", import.meta.url), "engine/worker.js");
}
function laneCount(files, requested = 0) {
  if (requested > 0) return files === void 0 ? requested : Math.min(requested, Math.max(1, files));
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores - 1, files === void 0 ? cores : Math.floor(files / FILES_WORTH_A_LANE)));
}
function parseLaneWanted(files, requested = 0) {
  return requested === 0 && availableParallelism() >= 2 && files >= FILES_WORTH_A_LANE && laneCount(files, requested) === 1;
}
function parseLaneLikely(requested = 0) {
  return parseLaneWanted(Number.MAX_SAFE_INTEGER, requested);
}
function startParseLane() {
  const script = parseWorkerScript();
  return script ? new ParseLane(script) : void 0;
}
var PARSE_AHEAD = 4;
function startLanes(count, options = {}) {
  const script = count > 1 ? workerScript() : void 0;
  const workers = script ? Array.from({ length: count - 1 }, () => new LaneWorker(script)) : [];
  if (!options.parse) void options.started?.close();
  const parser = options.parse ? options.started ?? startParseLane() : void 0;
  let generation = 0;
  return {
    async lint(tasks, config) {
      const results = new Array(tasks.length);
      const used = workers.slice(0, laneCount(tasks.length, workers.length + 1) - 1);
      const configId = ++generation;
      let next = 0;
      const take = () => {
        if (next >= tasks.length) return void 0;
        const start = next;
        const batch = tasks.slice(start, start + BATCH);
        next += batch.length;
        return { start, batch };
      };
      const runWorker = async (worker) => {
        for (let job = take(); job; job = take()) {
          const reports = await worker.lint({ configId, config, tasks: job.batch });
          reports.forEach((report, i) => results[job.start + i] = report);
        }
      };
      const active = activeRules(config);
      const lintHere = (job, preparsed) => {
        job.batch.forEach((task, i) => results[job.start + i] = lintFileTask(task, config, active, preparsed?.[i] ?? void 0));
      };
      const runHere = async () => {
        for (let job = take(); job; job = take()) {
          lintHere(job);
          await nextTurn();
        }
      };
      const runHereParsed = async (lane) => {
        const ready = [];
        const schema = schemaRuleOn(active);
        let inFlight = 0;
        let wake;
        const feed = () => {
          for (let job = inFlight < PARSE_AHEAD ? take() : void 0; job; job = inFlight < PARSE_AHEAD ? take() : void 0) {
            const claimed = job;
            inFlight++;
            void lane.parse(claimed.batch.map((task) => task.bytes), { schema }).then((preparsed) => {
              inFlight--;
              ready.push({ job: claimed, preparsed });
              feed();
              wake?.();
            });
          }
        };
        feed();
        for (; ; ) {
          const parsed = ready.shift();
          if (parsed) {
            lintHere(parsed.job, parsed.preparsed);
            await nextTurn();
            continue;
          }
          if (inFlight === 0) return;
          await new Promise((resolve8) => wake = resolve8);
          wake = void 0;
        }
      };
      const here = parser && used.length === 0 && tasks.length >= FILES_WORTH_A_LANE ? runHereParsed(parser) : runHere();
      await Promise.all([here, ...used.map(runWorker)]);
      return results;
    },
    preparsed: () => parser?.preparsed ?? 0,
    readAhead(config) {
      if (parser === void 0) return void 0;
      const schema = schemaRuleOn(activeRules(config));
      let batch = [];
      let sent = 0;
      return (task) => {
        if (sent >= PARSE_AHEAD) return;
        batch.push(task.bytes);
        if (batch.length < BATCH) return;
        if (batch.every((bytes2) => bytes2 !== void 0)) parser.prefetch(batch, { schema });
        batch = [];
        sent++;
      };
    },
    async close() {
      await Promise.all([...workers.map((worker) => worker.close()), parser?.close()]);
    }
  };
}
function schemaRuleOn(active) {
  return active.some((entry) => entry.rule.meta.id === "schema");
}
function nextTurn() {
  return new Promise((resolve8) => setImmediate(resolve8));
}
var LaneWorker = class {
  worker;
  pending;
  failure;
  sentConfig = 0;
  constructor(script) {
    this.worker = new Worker2(script);
    this.worker.on("message", (reports) => {
      const pending = this.pending;
      this.pending = void 0;
      this.worker.unref();
      pending?.resolve(reports);
    });
    this.worker.on("error", (error2) => {
      this.failure = error2;
      this.pending?.reject(error2);
      this.pending = void 0;
    });
    this.worker.unref();
  }
  lint(job) {
    if (this.failure) return Promise.reject(this.failure);
    const message = this.sentConfig === job.configId ? { tasks: job.tasks } : { config: job.config, tasks: job.tasks };
    this.sentConfig = job.configId;
    return new Promise((resolve8, reject) => {
      this.pending = { resolve: resolve8, reject };
      this.worker.ref();
      this.worker.postMessage(message);
    });
  }
  async close() {
    await this.worker.terminate();
  }
};

// src/engine/lint-set.ts
var UNUSED_SUPPRESSION = "unused-suppression";
function mergeSetPass(first, second) {
  const key = (r) => `${r.line}:${r.column}:${r.message}`;
  const unusedInSecond = new Set(second.results.filter((r) => r.ruleId === UNUSED_SUPPRESSION).map(key));
  const results = [
    ...first.results.filter((r) => r.ruleId !== UNUSED_SUPPRESSION || unusedInSecond.has(key(r))),
    ...second.results.filter((r) => r.ruleId !== UNUSED_SUPPRESSION)
  ].sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { ...first, results, usedIgnores: [.../* @__PURE__ */ new Set([...first.usedIgnores, ...second.usedIgnores])] };
}
function setStageFindings(reports, config, active = activeRules(config)) {
  const setRules = setRulesOf(active);
  const out = /* @__PURE__ */ new Map();
  if (setRules.length > 0) {
    const perFile = checkSet(
      reports.map((r) => r.file),
      reports.map((r) => r.facts),
      setRules,
      config.settings,
      config.external
    );
    perFile.forEach((findings, index) => {
      if (findings.length > 0) out.set(index, findings);
    });
  }
  for (const report of reports) delete report.facts;
  return out;
}
function checkSet(files, facts, setRules, settings, external) {
  const findings = files.map(() => []);
  const inventory = [];
  const offsets = [];
  facts.forEach((fileFacts, file) => {
    offsets[file] = inventory.length;
    for (const object of fileFacts?.objects ?? []) inventory.push(toSetObject(object, file));
  });
  const named = nameIndex(inventory);
  const isExternal = externalMatcher(external);
  for (const entry of setRules) {
    const rule = entry.rule;
    const id = rule.meta.id;
    const withFact = setFacts(inventory, facts, offsets, id);
    const ctx = {
      settings,
      options: entry.options,
      files,
      objects: inventory,
      named,
      isExternal,
      report(report) {
        findings[report.at.file]?.push(toFinding(entry, report));
      }
    };
    try {
      rule.check(ctx);
    } catch (error2) {
      findings[0]?.push({ ruleId: id, severity: "error", message: `internal error in rule ${id}: ${error2.message}; please report this with the manifests`, document: 0, path: [] });
    }
    for (const object of withFact) object.fact = void 0;
  }
  return findings;
}
function setFacts(inventory, facts, offsets, id) {
  const withFact = [];
  facts.forEach((fileFacts, file) => {
    const ruleFacts = fileFacts?.facts[id];
    if (ruleFacts === void 0) return;
    ruleFacts.indexes.forEach((index, k) => {
      const object = inventory[offsets[file] + index];
      object.fact = ruleFacts.facts[k];
      withFact.push(object);
    });
  });
  return withFact;
}
var NONE = [];
function nameIndex(inventory) {
  const byKind = /* @__PURE__ */ new Map();
  for (const object of inventory) {
    if (object.name === void 0) continue;
    let byName = byKind.get(object.kind);
    if (byName === void 0) byKind.set(object.kind, byName = /* @__PURE__ */ new Map());
    const list = byName.get(object.name);
    if (list) list.push(object);
    else byName.set(object.name, [object]);
  }
  return (kind, name) => byKind.get(kind)?.get(name) ?? NONE;
}
function toFinding(entry, report) {
  const { meta } = entry.rule;
  const template = meta.messages[report.messageId];
  if (template === void 0) throw new Error(`rule ${meta.id} reported unknown messageId "${report.messageId}"`);
  return {
    ruleId: meta.id,
    severity: report.severity ?? (entry.level === "error" ? "error" : "warning"),
    message: renderMessage(template, report.data),
    messageId: report.messageId,
    document: report.at.document,
    object: report.at.ref,
    path: [...report.at.prefix, ...report.path],
    ...report.target ? { target: report.target } : {}
  };
}
function externalMatcher(external) {
  const byKind = /* @__PURE__ */ new Map();
  for (const selector of external) byKind.set(selector.kind, [...byKind.get(selector.kind) ?? [], selector]);
  return (kind, namespace, name) => byKind.get(kind)?.some(
    (selector) => (selector.namespace === void 0 || namespace === void 0 || globMatch(namespace, selector.namespace)) && (selector.name === void 0 || globMatch(name, selector.name))
  ) ?? false;
}

// src/engine/lint-run.ts
var READ_AHEAD_BYTES = 64 * 1024 * 1024;
async function runLint(input, config) {
  const early = parseLaneLikely(input.concurrency) && input.paths.some((path) => namesManyFiles(path, input.cwd)) ? startParseLane() : void 0;
  try {
    return await lintInputs(input, config, early);
  } catch (error2) {
    await early?.close();
    throw error2;
  }
}
function namesManyFiles(path, cwd) {
  if (path === "-") return false;
  if (isGlob(path)) return true;
  try {
    return statSync3(resolve3(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}
async function lintInputs(input, config, early) {
  const expand = (paths, namedAsFound) => expandInputs(paths, {
    cwd: input.cwd,
    include: [{ baseDir: input.cwd, patterns: [...input.include ?? []] }, { baseDir: config.baseDir, patterns: config.include }],
    exclude: [{ baseDir: input.cwd, patterns: [...input.exclude ?? []] }, { baseDir: config.baseDir, patterns: config.exclude }],
    namedAsFound
  });
  const expanded = expand(input.paths.filter((p) => p !== "-"), input.namedAsFound === true);
  const context = input.context?.length ? expand(input.context, true) : { tasks: [], errors: [] };
  const reported = new Set(expanded.tasks.map((task) => task.absolute));
  const tasks = [...expanded.tasks, ...context.tasks.filter((task) => !reported.has(task.absolute))];
  const lanes = startLanes(laneCount(tasks.length, input.concurrency), { parse: parseLaneWanted(tasks.length, input.concurrency), ...early ? { started: early } : {} });
  let outcome;
  try {
    outcome = await lintWithLanes(input, config, tasks, expanded.tasks.length, lanes);
  } finally {
    await lanes.close();
  }
  const contextCount = tasks.length - expanded.tasks.length;
  const keep = (list) => contextCount === 0 ? list : [...list.slice(0, expanded.tasks.length), ...list.slice(tasks.length)];
  return {
    reports: keep(outcome.reports),
    sources: keep(outcome.sources),
    inputErrors: [...expanded.errors, ...context.errors.map((error2) => `--context ${error2}`)],
    empty: expanded.tasks.length === 0 && !input.paths.includes("-")
  };
}
async function lintWithLanes(input, config, tasks, reportedFiles, lanes) {
  const wantsStdin = input.paths.includes("-");
  const prescanned = prescanTasks(config, tasks, READ_AHEAD_BYTES, lanes.readAhead(config));
  config = prescanned.config;
  const linted = await lintFiles(prescanned.tasks, config, { lanes });
  const active = activeRules(config);
  let stdin;
  if (wantsStdin && input.stdin) {
    stdin = { file: input.stdin.file, bytes: await input.stdin.read(), discovered: false };
    linted.push(lintSource(stdin, config, active));
  }
  const reports = linted;
  const extra = setStageFindings(linted, config, active);
  const again = [...extra.keys()].filter((index) => index < reportedFiles);
  const relinted = await lintFiles(again.map((index) => ({ ...prescanned.tasks[index], extraFindings: extra.get(index) })), config, { lanes });
  again.forEach((index, i) => reports[index] = mergeSetPass(reports[index], relinted[i]));
  const stdinFindings = extra.get(tasks.length);
  if (stdin && stdinFindings) reports[tasks.length] = mergeSetPass(reports[tasks.length], lintSource(stdin, config, active, { extraFindings: stdinFindings }));
  return { reports, sources: [...tasks, ...stdin ? [void 0] : []] };
}
function buildReport(reports, errorsOnly = false) {
  const files = reports.map(({ usedIgnores: _unused, objects: _objects, facts: _facts, ...report }) => ({
    ...report,
    results: errorsOnly ? report.results.filter((r) => r.severity === "error") : report.results
  }));
  const all = files.flatMap((f) => f.results);
  return {
    files,
    summary: {
      files: files.length,
      documents: files.reduce((n, f) => n + f.documents, 0),
      errors: all.filter((r) => r.severity === "error").length,
      warnings: all.filter((r) => r.severity === "warning").length,
      infos: all.filter((r) => r.severity === "info").length
    }
  };
}

// src/report/common.ts
import { isAbsolute as isAbsolute3, relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";
var byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareResults(a, b) {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || byString(a.ruleId, b.ruleId) || byString(a.message, b.message);
}
function sortedFiles(report) {
  return [...report.files].sort((a, b) => byString(a.file, b.file)).map((file) => ({ ...file, results: [...file.results].sort(compareResults) }));
}
function countSeverities(results) {
  const counts2 = { errors: 0, warnings: 0, infos: 0 };
  const key = { error: "errors", warning: "warnings", info: "infos" };
  for (const result of results) counts2[key[result.severity]] += 1;
  return counts2;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function objectLabel(object) {
  const name = [object.namespace, object.name].filter((part) => part !== void 0 && part !== "").join("/");
  const label = [object.kind, name].filter((part) => part !== void 0 && part !== "").join(" ");
  return label === "" ? void 0 : label;
}
function relativeToCwd(file, cwd) {
  const rel = relative2(cwd, resolve4(cwd, file));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute3(rel)) return void 0;
  return rel.split(sep2).join("/");
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData2(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty2(text) {
  return escapeData2(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var github = (report, ctx) => {
  const lines = [];
  for (const file of sortedFiles(report)) {
    const path = relativeToCwd(file.file, ctx.cwd) ?? file.file;
    for (const r of file.results) {
      const properties = [
        `file=${escapeProperty2(path)}`,
        `line=${r.line}`,
        `col=${r.column}`,
        `endLine=${r.endLine}`,
        `endColumn=${r.endColumn}`,
        `title=${escapeProperty2(r.ruleId)}`
      ];
      lines.push(`::${COMMAND[r.severity]} ${properties.join(",")}::${escapeData2(r.message)}`);
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
};

// src/report/json.ts
var OBJECT_KEYS = ["apiVersion", "kind", "namespace", "name"];
function objectJson(object) {
  const out = {};
  for (const key of OBJECT_KEYS) if (object[key] !== void 0) out[key] = object[key];
  return out;
}
function findingJson(r) {
  return {
    ruleId: r.ruleId,
    severity: r.severity,
    message: r.message,
    document: r.document,
    object: objectJson(r.object),
    path: r.path,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    ...r.fix ? { fixable: true } : {}
  };
}
var json = (report) => {
  const { files, documents, errors, warnings } = report.summary;
  const out = {
    version: 1,
    files: sortedFiles(report).filter((file) => file.results.length > 0).map((file) => ({ file: file.file, findings: file.results.map(findingJson) })),
    summary: { files, documents, errors, warnings }
  };
  return `${JSON.stringify(out)}
`;
};

// src/report/junit.ts
function xmlSafe(text) {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function escapeText(text) {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function escapeAttribute(text) {
  return escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function element(name, attributes, children) {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`).join("");
  return children === void 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}
function testcase(file, r) {
  const subject = objectLabel(r.object) ?? `document ${r.document + 1}`;
  const location = `${file.file}:${r.line}:${r.column}`;
  const details = `${location}: ${r.severity}: ${r.message} (${r.ruleId})
object: ${subject}
path: ${r.path === "" ? "(document)" : r.path}`;
  const attributes = { classname: `${file.file} ${subject}`, name: `${r.ruleId} ${r.path === "" ? "(document)" : r.path}`, file: file.file, line: r.line };
  const body = r.severity === "info" ? element("system-out", {}, escapeText(details)) : element("failure", { message: r.message, type: r.ruleId }, escapeText(details));
  return `    ${element("testcase", attributes, `
      ${body}
    `)}`;
}
function testsuite(file) {
  const cases = file.results.length === 0 ? [`    ${element("testcase", { classname: file.file, name: file.file, file: file.file })}`] : file.results.map((r) => testcase(file, r));
  const counts2 = countSeverities(file.results);
  const failures = counts2.errors + counts2.warnings;
  const attributes = { name: file.file, tests: cases.length, failures, errors: 0, skipped: 0 };
  return `  ${element("testsuite", attributes, `
${cases.join("\n")}
  `)}`;
}
var junit = (report) => {
  const files = sortedFiles(report);
  const suites = files.map(testsuite);
  const tests = files.reduce((sum, file) => sum + Math.max(1, file.results.length), 0);
  const counts2 = countSeverities(files.flatMap((file) => file.results));
  const root = element("testsuites", { name: "virtops", tests, failures: counts2.errors + counts2.warnings, errors: 0 }, suites.length === 0 ? "" : `
${suites.join("\n")}
`);
  return `<?xml version="1.0" encoding="UTF-8"?>
${root}
`;
};

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { resolve as resolve5, sep as sep3 } from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var TOOL_INFORMATION_URI = "https://github.com/virtops/virtops";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "virtops/v1";
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
function ruleJson(rule) {
  if (typeof rule === "string") return { id: rule, shortDescription: { text: rule } };
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    ...rule.url === "" ? {} : { helpUri: rule.url },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] }
  };
}
function driverRules(known, results) {
  const ids = new Set(known.map((rule) => rule.id));
  const unknown = [...new Set(results.map((r) => r.ruleId).filter((id) => !ids.has(id)))].sort();
  return [...known, ...unknown];
}
function artifactLocation(file, cwd) {
  const rel = relativeToCwd(file, cwd);
  if (rel === void 0) return { uri: pathToFileURL(resolve5(cwd, file)).href };
  return { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function fingerprint(r, uri) {
  const { kind, namespace, name } = r.object;
  const identity = name === void 0 ? { document: r.document } : { kind, namespace, name };
  return createHash("sha256").update(JSON.stringify([r.ruleId, uri, identity, r.path])).digest("hex").slice(0, 32);
}
function logicalLocations(r) {
  const label = objectLabel(r.object);
  if (label === void 0) return {};
  const { kind, namespace, name } = r.object;
  const fullyQualifiedName = [kind, namespace, name].filter((part) => part !== void 0 && part !== "").join("/");
  return { logicalLocations: [{ name: name ?? label, fullyQualifiedName, kind: "resource" }] };
}
function region(r) {
  const start = { startLine: Math.max(1, r.line), startColumn: Math.max(1, r.column) };
  if (r.endLine < start.startLine || r.endColumn < 1) return start;
  if (r.endLine === start.startLine && r.endColumn < start.startColumn) return start;
  return { ...start, endLine: r.endLine, endColumn: r.endColumn };
}
var sarif = (report, ctx) => {
  const files = sortedFiles(report);
  const rules = driverRules(ctx.rules, files.flatMap((file) => file.results));
  const ruleIndex = new Map(rules.map((rule, index) => [typeof rule === "string" ? rule : rule.id, index]));
  const seen = /* @__PURE__ */ new Map();
  const results = files.flatMap((file) => {
    const artifact = artifactLocation(file.file, ctx.cwd);
    return file.results.map((r) => {
      const base = fingerprint(r, artifact.uri);
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      return {
        ruleId: r.ruleId,
        ruleIndex: ruleIndex.get(r.ruleId) ?? -1,
        level: LEVEL[r.severity],
        message: { text: r.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(r) }, ...logicalLocations(r) }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${occurrence}` },
        properties: { path: r.path, document: r.document }
      };
    });
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "virtops",
            version: ctx.toolVersion,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules.map(ruleJson)
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(sep3) ? ctx.cwd : ctx.cwd + sep3).href } },
        // Columns count UTF-16 code units, as JavaScript strings (and the YAML parser's offsets) do.
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};

// src/report/stylish.ts
var SGR = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24]
};
var SEVERITY_STYLE = { error: "red", warning: "yellow", info: "cyan" };
function painter(color) {
  return (text, ...styles) => color ? styles.reduce((out, style) => `\x1B[${SGR[style][0]}m${out}\x1B[${SGR[style][1]}m`, text) : text;
}
function oneLine(text) {
  return text.replace(/\r\n|[\r\n\t]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function displayWidth(text) {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 768 && cp <= 879 || cp === 8205 || cp >= 65024 && cp <= 65039) continue;
    const wide = cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 129791 || cp >= 131072 && cp <= 262141;
    width += wide ? 2 : 1;
  }
  return width;
}
var pad = (text, width) => text + " ".repeat(Math.max(0, width - displayWidth(text)));
var stylish = (report, ctx) => {
  const paint = painter(ctx.color);
  const files = sortedFiles(report).filter((file) => file.results.length > 0);
  const blocks = [];
  for (const file of files) {
    const rows = file.results.map((r) => ({
      location: `${oneLine(file.file)}:${r.line}:${r.column}`,
      severity: r.severity,
      message: oneLine(r.message),
      ruleId: oneLine(r.ruleId)
    }));
    const widths = {
      location: Math.max(...rows.map((row2) => displayWidth(row2.location))),
      severity: Math.max(...rows.map((row2) => row2.severity.length)),
      message: Math.max(...rows.map((row2) => displayWidth(row2.message)))
    };
    const lines = rows.map(
      (row2) => [
        `  ${paint(pad(row2.location, widths.location), "dim")}`,
        paint(pad(row2.severity, widths.severity), SEVERITY_STYLE[row2.severity]),
        pad(row2.message, widths.message),
        paint(row2.ruleId, "dim")
      ].join("  ")
    );
    blocks.push([paint(oneLine(file.file), "underline"), ...lines].join("\n"));
  }
  const counts2 = countSeverities(files.flatMap((file) => file.results));
  const total = counts2.errors + counts2.warnings + counts2.infos;
  if (total === 0) return `${paint("\u2714 no problems", "green", "bold")}
`;
  const parts = [plural(counts2.errors, "error"), plural(counts2.warnings, "warning")];
  if (counts2.infos > 0) parts.push(plural(counts2.infos, "info"));
  const mark = counts2.errors + counts2.warnings > 0 ? "\u2716" : "\u2139";
  const style = counts2.errors > 0 ? "red" : counts2.warnings > 0 ? "yellow" : "cyan";
  const summary2 = paint(`${mark} ${plural(total, "problem")} (${parts.join(", ")})`, style, "bold");
  const fixable = files.reduce((n, file) => n + file.results.filter((r) => r.fix).length, 0);
  const hint = fixable > 0 ? `
${paint(`  ${plural(fixable, "problem")} fixable with --fix (see them with --fix-dry-run)`, style, "bold")}` : "";
  return `${blocks.join("\n\n")}

${summary2}${hint}
`;
};

// src/report/index.ts
var formatters = { stylish, json, sarif, github, junit };

// src/action/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
var ORDER = ["error", "warning", "info"];
function planAnnotations(report, cwd) {
  const found = sortedFiles(report).flatMap((file) => {
    const path = relativeToCwd(file.file, cwd) ?? file.file;
    return file.results.map((result) => ({ path, result }));
  });
  const annotations = ORDER.flatMap(
    (severity) => found.filter(({ result }) => result.severity === severity).slice(0, ANNOTATIONS_PER_TYPE).map(({ path, result }) => toAnnotation(path, result))
  );
  return { annotations, notAnnotated: found.length - annotations.length };
}
function toAnnotation(file, r) {
  const properties = { title: r.ruleId, file, startLine: r.line, startColumn: r.column };
  if (r.endLine > r.line || r.endLine === r.line && r.endColumn >= r.column) {
    properties.endLine = r.endLine;
    properties.endColumn = r.endColumn;
  }
  return { severity: r.severity, message: r.message, properties };
}

// src/action/changed-files.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve6 } from "node:path";
var NO_COMMIT = /^0+$/;
var SHALLOW_HINT = "check out with actions/checkout `fetch-depth: 0` to report only findings in changed files";
function commitRange(eventName, payload) {
  const sha = (...path) => {
    const value = getAt(payload, path);
    return typeof value === "string" && value !== "" && !NO_COMMIT.test(value) ? value : void 0;
  };
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const base = sha("pull_request", "base", "sha");
    const head = sha("pull_request", "head", "sha");
    if (base === void 0 || head === void 0) return `the ${eventName} event payload has no pull_request.base.sha and head.sha`;
    return { base, head, fromMergeBase: true };
  }
  if (eventName === "push") {
    const head = sha("after");
    if (head === void 0) return 'the push event payload has no "after" commit';
    const base = sha("before");
    if (base === void 0) return "the push has no previous commit (a new branch or tag)";
    return { base, head, fromMergeBase: false };
  }
  return `changed files are known only for pull_request and push events, not ${eventName || "this run"}`;
}
function changedFiles(cwd, eventName, eventPath) {
  if (eventPath === void 0 || eventPath === "") return { everything: "GITHUB_EVENT_PATH is not set" };
  let payload;
  try {
    payload = JSON.parse(readFileSync2(eventPath, "utf8"));
  } catch (error2) {
    return { everything: `cannot read the event payload ${eventPath}: ${error2.message}` };
  }
  const range = commitRange(eventName, payload);
  if (typeof range === "string") return { everything: range };
  const git = (...args) => {
    try {
      return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
    } catch {
      return void 0;
    }
  };
  const top = git("rev-parse", "--show-toplevel")?.trim();
  if (top === void 0) return { everything: `${cwd} is not a git repository (or git is not installed)` };
  for (const commit of [range.base, range.head]) {
    if (git("cat-file", "-e", `${commit}^{commit}`) === void 0) {
      return { everything: `commit ${commit.slice(0, 12)} is not in the clone (a shallow checkout?); ${SHALLOW_HINT}` };
    }
  }
  const spec = range.fromMergeBase ? [`${range.base}...${range.head}`] : [range.base, range.head];
  const names = git("diff", "--name-only", "--no-renames", "-z", ...spec, "--");
  if (names === void 0) return { everything: `git diff ${spec.join(" ")} failed (no merge base in a shallow clone?); ${SHALLOW_HINT}` };
  return { files: new Set(names.split("\0").filter((name) => name !== "").map((name) => resolve6(top, name))) };
}

// src/action/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var NOTE_RESERVE = 1024;
var TABLE_HEAD = "| Line | Severity | Rule | Message | Object |\n| ---: | --- | --- | --- | --- |\n";
var SEVERITY_LABEL = { error: "\u{1F534} error", warning: "\u{1F7E1} warning", info: "\u{1F535} info" };
function summaryMarkdown(facts, limit = SUMMARY_LIMIT_BYTES) {
  const { summary: summary2 } = facts.report;
  const parts = ["## virtops\n\n"];
  const total = summary2.errors + summary2.warnings + summary2.infos;
  const counts2 = [plural(summary2.errors, "error"), plural(summary2.warnings, "warning"), ...summary2.infos > 0 ? [plural(summary2.infos, "note")] : []];
  parts.push(total === 0 ? `**No problems found** (${plural(facts.filesLinted, "file")} linted).

` : `**${counts2.join(", ")}** (${plural(facts.filesLinted, "file")} linted).

`);
  parts.push(aboutTheRun(facts));
  let used = bytes(parts.join(""));
  let left = total;
  const urls = new Map(facts.rules.map((rule) => [rule.id, rule.url]));
  files: for (const file of sortedFiles(facts.report)) {
    if (file.results.length === 0) continue;
    const heading = `### \`${inlineCode(relativeToCwd(file.file, facts.cwd) ?? file.file)}\`

${TABLE_HEAD}`;
    const rows = file.results.map((r) => row(r, urls.get(r.ruleId)));
    if (used + bytes(heading) + bytes(rows[0]) + 1 > limit - NOTE_RESERVE) break;
    parts.push(heading);
    used += bytes(heading) + 1;
    for (const text of rows) {
      if (used + bytes(text) > limit - NOTE_RESERVE) {
        parts.push("\n");
        break files;
      }
      parts.push(text);
      used += bytes(text);
      left--;
    }
    parts.push("\n");
  }
  if (left > 0) {
    parts.push(`> [!NOTE]
> ${plural(left, "more finding")} did not fit: a job summary is limited to 1 MiB.${facts.sarifFile ? ` The SARIF file \`${inlineCode(facts.sarifFile)}\` has them all.` : " Run virtops locally, or set `sarif-file`, to see them all."}
`);
  }
  return parts.join("");
}
function aboutTheRun(facts) {
  const lines = [];
  if (facts.scope.changedOnly) {
    lines.push(`Scope: findings in the ${plural(facts.scope.changedFiles, "file")} this change touches; all files were linted, for cross-file rules.`);
  } else {
    lines.push(`Scope: all linted files${facts.scope.reason ? ` (${escapeCell(facts.scope.reason)})` : ""}.`);
  }
  lines.push(`Configuration: ${facts.configFile ? `\`${inlineCode(relativeToCwd(facts.configFile, facts.cwd) ?? facts.configFile)}\`` : "the recommended preset (no config file found)"}; architecture ${facts.arch}.`);
  if (facts.kubevirtVersion !== void 0) {
    lines.push(`KubeVirt version: ${escapeCell(facts.kubevirtVersion)} (recorded only: virtops does not yet select rules or schemas by KubeVirt version).`);
  }
  if (facts.notAnnotated > 0) {
    lines.push(`${plural(facts.notAnnotated, "finding")} not annotated on the diff (GitHub shows at most 10 annotations of each type per step); all are listed below.`);
  }
  return `${lines.map((line) => `- ${line}`).join("\n")}

`;
}
function row(r, url) {
  const rule = url ? `[${r.ruleId}](${url})` : r.ruleId;
  const object = objectLabel(r.object) ?? `document ${r.document + 1}`;
  return `| ${r.line}:${r.column} | ${SEVERITY_LABEL[r.severity]} | ${rule} | ${escapeCell(r.message)} | ${escapeCell(object)} |
`;
}
function escapeCell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function inlineCode(text) {
  return text.replace(/`/g, "\u02CB").replace(/\|/g, "\\|");
}
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/action/run.ts
var ActionFailure = class extends Error {
};
async function runAction(env = process.env) {
  const inputs = readInputs((name) => getInput(name));
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  if (!existsSync3(workspace)) throw new ActionFailure(`GITHUB_WORKSPACE ${workspace} does not exist: check out the repository first (actions/checkout)`);
  const cwd = realpathSync2(workspace);
  if (inputs.configFile !== void 0 && !existsSync3(resolve7(cwd, inputs.configFile))) {
    throw new ActionFailure(`input "config": ${inputs.configFile} does not exist (the path is relative to the repository root)`);
  }
  const config = loadConfig({
    ...inputs.configFile !== void 0 ? { configFile: resolve7(cwd, inputs.configFile) } : {},
    searchFrom: resolve7(cwd, inputs.paths[0]),
    knownRules: ruleIds
  });
  if (inputs.arch !== void 0) config.settings.arch = inputs.arch;
  const run = await runLint({ paths: inputs.paths, cwd }, config);
  if (run.inputErrors.length > 0) {
    throw new ActionFailure(`cannot lint ${run.inputErrors.join("; ")} (input "paths" is relative to the repository root, one entry per line)`);
  }
  if (run.empty) throw new ActionFailure(`no files to lint in ${inputs.paths.join(", ")} (looked for .yaml, .yml and .json files)`);
  const scope = reportScope(inputs, cwd, env);
  const everything = buildReport(run.reports);
  const shown = scope !== void 0 && "files" in scope ? buildReport(run.reports.filter((r) => scope.files.has(resolve7(cwd, r.file)))) : everything;
  const rules = ruleDescriptors();
  const ctx = { rules, color: false, cwd, toolVersion: packageVersion() };
  if (inputs.sarifFile !== void 0) {
    const target = resolve7(cwd, inputs.sarifFile);
    mkdirSync(dirname2(target), { recursive: true });
    writeFileSync(target, formatters.sarif(everything, ctx));
  }
  const text = formatters.stylish(shown, ctx);
  if (text !== "") info(text.trimEnd());
  const plan = planAnnotations(shown, cwd);
  for (const { severity, message, properties } of plan.annotations) {
    if (severity === "error") error(message, properties);
    else if (severity === "warning") warning(message, properties);
    else notice(message, properties);
  }
  if (env["GITHUB_STEP_SUMMARY"]) {
    const markdown = summaryMarkdown({
      report: shown,
      cwd,
      rules,
      filesLinted: everything.summary.files,
      scope: scope === void 0 ? { changedOnly: false } : "files" in scope ? { changedOnly: true, changedFiles: scope.files.size } : { changedOnly: false, reason: scope.everything },
      ...config.file !== void 0 ? { configFile: config.file } : {},
      arch: config.settings.arch,
      ...inputs.kubevirtVersion !== void 0 ? { kubevirtVersion: inputs.kubevirtVersion } : {},
      notAnnotated: plan.notAnnotated,
      ...inputs.sarifFile !== void 0 ? { sarifFile: inputs.sarifFile } : {}
    });
    await summary.addRaw(markdown).write();
  }
  const { errors, warnings } = shown.summary;
  setOutput("errors", errors);
  setOutput("warnings", warnings);
  setOutput("sarif-file", inputs.sarifFile ?? "");
  const failing = inputs.failOn === "error" ? errors : inputs.failOn === "warning" ? errors + warnings : 0;
  if (failing > 0) setFailed(`virtops found ${counts(errors, warnings)} (fail-on: ${inputs.failOn})`);
  else info(`virtops: ${counts(errors, warnings)}`);
}
function reportScope(inputs, cwd, env) {
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  const wanted2 = inputs.changedOnly === "auto" ? eventName.startsWith("pull_request") : inputs.changedOnly;
  if (!wanted2) return void 0;
  const scope = changedFiles(cwd, eventName, env["GITHUB_EVENT_PATH"]);
  if ("everything" in scope) notice(`virtops reports findings in all files: ${scope.everything}`);
  return scope;
}
function counts(errors, warnings) {
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

// src/action/main.ts
try {
  await runAction();
} catch (error2) {
  if (error2 instanceof InputError || error2 instanceof ActionFailure) setFailed(`virtops: ${error2.message}`);
  else if (error2 instanceof ConfigError) setFailed(`virtops: invalid configuration (input "config" or a virtops.config.yaml): ${error2.message}`);
  else {
    debug(error2.stack ?? String(error2));
    setFailed(`virtops: internal error: ${error2.message ?? String(error2)}. Please report this at https://github.com/virtops/virtops/issues`);
  }
}

import {
  lintFileTask
} from "./chunk-J3EPMRWK.js";
import {
  DEFAULT_LINT_REQUEST,
  HELP,
  UsageError,
  formatters,
  mergeSetPass,
  parseCommandLine,
  prescanTasks,
  setStageFindings
} from "./chunk-ENDPITUC.js";
import "./chunk-46TP4OF4.js";
import {
  DEFAULT_SETTINGS,
  EVICTION_STRATEGIES,
  FEATURE_GATES,
  Locator,
  activeRules,
  allRules,
  didYouMean,
  globMatch,
  isArch,
  isKnownFeatureGate,
  lintSource,
  pathGlobMatch,
  ruleDescriptors,
  ruleIds
} from "./chunk-6QLLLFCP.js";
import {
  parseYaml
} from "./chunk-TJ5J5PB4.js";
import {
  compiledScript,
  packageRoot,
  packageVersion
} from "./chunk-EYBKWDWE.js";

// src/cli/gc-tuning.ts
import { availableParallelism } from "node:os";
import v8 from "node:v8";
function gcFlagsFor(cores) {
  return cores <= 2 ? ["--no-parallel-scavenge"] : [];
}
function tuneGarbageCollector(cores = availableParallelism()) {
  for (const flag of gcFlagsFor(cores)) v8.setFlagsFromString(flag);
}

// src/cli/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname2, resolve as resolve4 } from "node:path";

// src/engine/config.ts
import { existsSync, readFileSync, statSync } from "node:fs";
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
  if (existsSync(dir) && !isDirectory(dir)) dir = dirname(dir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
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
  if (options.configFile && !existsSync(file)) {
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
  } catch (error) {
    throw new ConfigError(file, "", `cannot read the config file: ${error.code ?? error.message}`);
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
    if (!existsSync(target)) throw new ConfigError(file, "extends", `"${base}" is neither a preset (${presetNames().join(", ")}) nor an existing file`);
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
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

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
    } catch (error) {
      if (isGlob(input)) {
        if (expandGlob(input, options, add) === 0) out.errors.push(`${input}: the pattern matched no files`);
      } else {
        out.errors.push(`${input}: ${describeFsError(error)}`);
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
function describeFsError(error) {
  const code2 = error.code;
  if (code2 === "ENOENT") return "no such file or directory";
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  return error.message;
}

// src/engine/lint-files.ts
import { availableParallelism as availableParallelism2 } from "node:os";
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
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code2) => this.fail(new Error(`the parse lane ended (exit code ${code2})`)));
    this.worker.unref();
  }
  /**
   * The pre-parse of each file, null where the linting thread should do it itself (always, once the lane
   * failed). `schema`: also check the documents against their schemas (see Preparsed.schemaAccepted).
   */
  parse(files, options) {
    if (this.failure) return Promise.resolve(files.map(() => null));
    const early = files.map((bytes) => bytes ? this.early.get(bytes) : void 0);
    if (files.length > 0 && early.every((result) => result !== void 0)) return Promise.all(early);
    const id = ++this.nextId;
    const job = { id, files: files.map((bytes) => bytes ?? null), schema: options.schema };
    return new Promise((resolve5) => {
      this.pending.set(id, { count: files.length, resolve: resolve5 });
      this.worker.ref();
      this.worker.postMessage(job);
    });
  }
  /** Starts on files before the linting thread asks for them (while it still reads others); `parse` then takes these results. */
  prefetch(files, options) {
    const results = this.parse(files, options);
    files.forEach((bytes, i) => this.early.set(bytes, results.then((all) => all[i] ?? null)));
  }
  async close() {
    await this.worker.terminate();
  }
  fail(error) {
    this.failure ??= error;
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
  const cores = availableParallelism2();
  return Math.max(1, Math.min(cores - 1, files === void 0 ? cores : Math.floor(files / FILES_WORTH_A_LANE)));
}
function parseLaneWanted(files, requested = 0) {
  return requested === 0 && availableParallelism2() >= 2 && files >= FILES_WORTH_A_LANE && laneCount(files, requested) === 1;
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
          await new Promise((resolve5) => wake = resolve5);
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
        if (batch.every((bytes) => bytes !== void 0)) parser.prefetch(batch, { schema });
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
  return new Promise((resolve5) => setImmediate(resolve5));
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
    this.worker.on("error", (error) => {
      this.failure = error;
      this.pending?.reject(error);
      this.pending = void 0;
    });
    this.worker.unref();
  }
  lint(job) {
    if (this.failure) return Promise.reject(this.failure);
    const message = this.sentConfig === job.configId ? { tasks: job.tasks } : { config: job.config, tasks: job.tasks };
    this.sentConfig = job.configId;
    return new Promise((resolve5, reject) => {
      this.pending = { resolve: resolve5, reject };
      this.worker.ref();
      this.worker.postMessage(message);
    });
  }
  async close() {
    await this.worker.terminate();
  }
};

// src/engine/lint-run.ts
var READ_AHEAD_BYTES = 64 * 1024 * 1024;
async function runLint(input, config) {
  const early = parseLaneLikely(input.concurrency) && input.paths.some((path) => namesManyFiles(path, input.cwd)) ? startParseLane() : void 0;
  try {
    return await lintInputs(input, config, early);
  } catch (error) {
    await early?.close();
    throw error;
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
    inputErrors: [...expanded.errors, ...context.errors.map((error) => `--context ${error}`)],
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

// src/cli/main.ts
async function main(argv, io) {
  try {
    if (argv[0] === "plan") return await (await import("./plan-EFZJXH4B.js")).planCommand(argv.slice(1), io, resolveConfig(DEFAULT_LINT_REQUEST, io.cwd));
    if (argv[0] === "sync") return await (await import("./sync-YC4XFKBR.js")).syncCommand(argv.slice(1), io, resolveConfig(DEFAULT_LINT_REQUEST, io.cwd));
    if (argv[0] === "agent") return await (await import("./agent-SHZTHKJ3.js")).agentCommand(argv.slice(1), io, resolveConfig(DEFAULT_LINT_REQUEST, io.cwd));
    const request = parseCommandLine(argv);
    switch (request.command) {
      case "help":
        io.stdout(`${HELP}
`);
        return 0;
      case "version":
        io.stdout(`${packageVersion()}
`);
        return 0;
      case "rules":
        io.stdout(listRules());
        return 0;
      case "lint":
        return await lint(request, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`virtops: ${error.message}
Run virtops --help for usage.
`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`virtops: invalid configuration: ${error.message}
`);
      return 2;
    }
    io.stderr(`virtops: internal error: ${error.stack ?? String(error)}
Please report this at https://github.com/virtops/virtops/issues
`);
    return 2;
  }
}
async function lint(request, io) {
  const config = resolveConfig(request, io.cwd);
  let stdinBytes;
  const readStdin2 = () => stdinBytes ??= io.readStdin();
  const input = {
    paths: request.paths,
    cwd: io.cwd,
    include: request.include,
    exclude: request.exclude,
    ...request.concurrency !== void 0 ? { concurrency: request.concurrency } : {},
    ...request.skipNonManifests ? { namedAsFound: true } : {},
    ...request.context ? { context: request.context } : {},
    stdin: { file: request.stdinFilename ?? "<stdin>", read: readStdin2 }
  };
  let run = await runLint(input, config);
  if (request.fix) {
    const { fixRun } = await import("./run-MIIXDOHX.js");
    run = await fixRun(run, config, { mode: request.fix, readStdin: readStdin2, print: io.stdout, relint: () => runLint(input, config), errorsOnly: request.quiet });
  }
  const reports = run.reports;
  for (const error of run.inputErrors) io.stderr(`virtops: ${error}
`);
  if (request.verbose) reportVerbose(reports, config, io);
  const report = buildReport(reports, request.quiet);
  const ctx = { rules: ruleDescriptors(), color: request.color ?? (io.isTTY && !io.env["NO_COLOR"]), cwd: io.cwd, toolVersion: packageVersion() };
  for (const output of request.outputs) {
    const text = formatters[output.format](report, { ...ctx, color: output.file === void 0 && ctx.color });
    if (output.file === void 0) {
      io.stdout(text);
    } else {
      const target = resolve4(io.cwd, output.file);
      mkdirSync(dirname2(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  if (run.inputErrors.length > 0) return 2;
  if (run.empty) {
    io.stderr("virtops: no files to lint (looked for .yaml, .yml and .json files)\n");
    return 2;
  }
  if (report.summary.errors > 0) return 1;
  if (request.maxWarnings !== void 0 && report.summary.warnings > request.maxWarnings) {
    io.stderr(`virtops: ${report.summary.warnings} warnings, more than --max-warnings ${request.maxWarnings}
`);
    return 1;
  }
  return 0;
}
function resolveConfig(request, cwd) {
  const firstPath = request.paths.find((p) => p !== "-") ?? ".";
  const config = loadConfig({
    ...request.configFile !== void 0 ? { configFile: resolve4(cwd, request.configFile) } : {},
    ...request.preset !== void 0 ? { preset: request.preset } : {},
    searchFrom: resolve4(cwd, firstPath),
    knownRules: ruleIds
  });
  for (const [id, level] of Object.entries(request.ruleOverrides)) {
    if (!ruleIds.has(id)) throw new UsageError(`--rule: unknown rule "${id}" (run virtops rules for the list)`);
    config.rules[id] = { level, options: config.rules[id]?.options ?? {} };
  }
  if (request.arch !== void 0) config.settings.arch = request.arch;
  if (request.external) config.external.push(...request.external);
  return config;
}
function reportVerbose(reports, config, io) {
  io.stderr(`virtops: config ${config.file ?? "(none: recommended preset)"}, arch ${config.settings.arch}
`);
  for (const report of reports) {
    for (const skipped of report.skipped) {
      const what = skipped.object.kind ? `${skipped.object.apiVersion}/${skipped.object.kind}${skipped.object.name ? ` ${skipped.object.name}` : ""}` : `document ${skipped.document + 1}`;
      io.stderr(`virtops: skipped ${report.file} ${what}: ${skipped.reason}
`);
    }
  }
  const used = new Set(reports.flatMap((r) => r.usedIgnores));
  config.ignores.forEach((entry, i) => {
    if (!used.has(i)) io.stderr(`virtops: ${entry.origin} suppressed nothing in this run
`);
  });
}
function listRules() {
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  return `${allRules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.level.padEnd(5)}  ${r.meta.description}`).join("\n")}
`;
}

// src/cli/run.ts
tuneGarbageCollector();
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}
var code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env
});
process.exitCode = code;

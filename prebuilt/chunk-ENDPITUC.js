import {
  readFileBounded
} from "./chunk-46TP4OF4.js";
import {
  activeRules,
  definitionsOf,
  globMatch,
  isArch,
  renderMessage,
  setRulesOf,
  toSetObject
} from "./chunk-6QLLLFCP.js";
import {
  decodeSource,
  extractObjects,
  parseYaml
} from "./chunk-TJ5J5PB4.js";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/report/common.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareResults(a, b) {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || byString(a.ruleId, b.ruleId) || byString(a.message, b.message);
}
function sortedFiles(report) {
  return [...report.files].sort((a, b) => byString(a.file, b.file)).map((file) => ({ ...file, results: [...file.results].sort(compareResults) }));
}
function countSeverities(results) {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  const key = { error: "errors", warning: "warnings", info: "infos" };
  for (const result of results) counts[key[result.severity]] += 1;
  return counts;
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
  const rel = relative(cwd, resolve(cwd, file));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var github = (report, ctx) => {
  const lines = [];
  for (const file of sortedFiles(report)) {
    const path = relativeToCwd(file.file, ctx.cwd) ?? file.file;
    for (const r of file.results) {
      const properties = [
        `file=${escapeProperty(path)}`,
        `line=${r.line}`,
        `col=${r.column}`,
        `endLine=${r.endLine}`,
        `endColumn=${r.endColumn}`,
        `title=${escapeProperty(r.ruleId)}`
      ];
      lines.push(`::${COMMAND[r.severity]} ${properties.join(",")}::${escapeData(r.message)}`);
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
  const counts = countSeverities(file.results);
  const failures = counts.errors + counts.warnings;
  const attributes = { name: file.file, tests: cases.length, failures, errors: 0, skipped: 0 };
  return `  ${element("testsuite", attributes, `
${cases.join("\n")}
  `)}`;
}
var junit = (report) => {
  const files = sortedFiles(report);
  const suites = files.map(testsuite);
  const tests = files.reduce((sum, file) => sum + Math.max(1, file.results.length), 0);
  const counts = countSeverities(files.flatMap((file) => file.results));
  const root = element("testsuites", { name: "virtops", tests, failures: counts.errors + counts.warnings, errors: 0 }, suites.length === 0 ? "" : `
${suites.join("\n")}
`);
  return `<?xml version="1.0" encoding="UTF-8"?>
${root}
`;
};

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { resolve as resolve2, sep as sep2 } from "node:path";
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
  if (rel === void 0) return { uri: pathToFileURL(resolve2(cwd, file)).href };
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
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(sep2) ? ctx.cwd : ctx.cwd + sep2).href } },
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
      location: Math.max(...rows.map((row) => displayWidth(row.location))),
      severity: Math.max(...rows.map((row) => row.severity.length)),
      message: Math.max(...rows.map((row) => displayWidth(row.message)))
    };
    const lines = rows.map(
      (row) => [
        `  ${paint(pad(row.location, widths.location), "dim")}`,
        paint(pad(row.severity, widths.severity), SEVERITY_STYLE[row.severity]),
        pad(row.message, widths.message),
        paint(row.ruleId, "dim")
      ].join("  ")
    );
    blocks.push([paint(oneLine(file.file), "underline"), ...lines].join("\n"));
  }
  const counts = countSeverities(files.flatMap((file) => file.results));
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) return `${paint("\u2714 no problems", "green", "bold")}
`;
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.infos > 0) parts.push(plural(counts.infos, "info"));
  const mark = counts.errors + counts.warnings > 0 ? "\u2716" : "\u2139";
  const style = counts.errors > 0 ? "red" : counts.warnings > 0 ? "yellow" : "cyan";
  const summary = paint(`${mark} ${plural(total, "problem")} (${parts.join(", ")})`, style, "bold");
  const fixable = files.reduce((n, file) => n + file.results.filter((r) => r.fix).length, 0);
  const hint = fixable > 0 ? `
${paint(`  ${plural(fixable, "problem")} fixable with --fix (see them with --fix-dry-run)`, style, "bold")}` : "";
  return `${blocks.join("\n\n")}

${summary}${hint}
`;
};

// src/report/index.ts
var formatters = { stylish, json, sarif, github, junit };
function isFormatName(name) {
  return Object.hasOwn(formatters, name);
}

// src/cli/args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var DEFAULT_LINT_REQUEST = { command: "lint", paths: ["."], outputs: [{ format: "stylish" }], quiet: false, verbose: false, include: [], exclude: [], ruleOverrides: {} };
var HELP = `Usage: virtops lint [options] [paths...]
       virtops plan --repo <url|path> [options]    (virtops plan --help)
       virtops sync --gitsync <namespace>/<name>   (virtops sync --help)
       virtops agent [options]                      (virtops agent --help)
       virtops rules

Lint KubeVirt manifests (VirtualMachine, VirtualMachineInstance, pools, OpenShift Templates,
DataVolumes, NetworkAttachmentDefinitions, instancetypes) before they reach a cluster.
Paths may be files, directories (searched for .yaml/.yml/.json), globs, or - for standard input.

Options:
  -f, --format <name>[=<file>]  stylish (default), json, sarif, github, junit; repeat for several
                                outputs in one run, e.g. -f stylish -f sarif=results.sarif
  -o, --output-file <file>      write the (single) format to a file instead of standard output
  -c, --config <file>           use this config file instead of searching for virtops.config.yaml
      --preset <name>           recommended (default) or strict, when no config file is used
      --rule <id>=<level>       set a rule to off, warn or error (repeatable)
      --arch <arch>             cluster architecture: amd64 (default), arm64 or s390x
      --context <path>          also read these files, directories or globs (repeatable), so that
                                their instancetypes, preferences and referenced objects count, but
                                report only the paths given; e.g. pre-commit with --context .
      --external <Kind>[/<namespace>[/<name>]]
                                references to such objects need not be in the linted files
                                (globs allowed; repeatable), e.g. --external Secret/default/*
      --include <glob>          only lint files found in directories that match (repeatable)
      --exclude <glob>          skip files and directories that match (repeatable)
      --max-warnings <n>        exit 1 when there are more than n warnings
  -q, --quiet                   report errors only (with --fix, fix errors only, as ESLint does)
      --verbose                 also say what was skipped and why
      --stdin-filename <name>   name to report for - (standard input)
      --concurrency <n>         lint lanes, the main thread included; 1: no other thread
                                (default: by cores and amount of work)
      --skip-non-manifests      skip named files that are not manifests (package.json, CI configs:
                                YAML with neither apiVersion nor kind), as in directories; for hooks
                                that pass every staged YAML file, such as pre-commit
      --fix                     fix what rules can fix safely, in place (comments and layout kept),
                                then report what is left
      --fix-dry-run             print the fixes as a unified diff (before the report); change nothing.
                                Works with - (standard input); --fix does not
      --color / --no-color      force colour on or off
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many warnings;
2 usage error, unreadable path or internal failure.`;
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", multiple: true },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        preset: { type: "string" },
        rule: { type: "string", multiple: true },
        arch: { type: "string" },
        external: { type: "string", multiple: true },
        include: { type: "string", multiple: true },
        context: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean" },
        "stdin-filename": { type: "string" },
        concurrency: { type: "string" },
        "skip-non-manifests": { type: "boolean" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command = "lint", ...rest] = positionals;
  if (command === "rules") return { command: "rules" };
  if (command === "help") return { command: "help" };
  if (command !== "lint") throw new UsageError(`unknown command "${command}"; try: virtops lint <paths>`);
  const request = {
    command: "lint",
    paths: rest.length > 0 ? rest : ["."],
    outputs: outputs(values.format ?? [], values["output-file"]),
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    ruleOverrides: ruleOverrides(values.rule ?? [])
  };
  if (values.config !== void 0) request.configFile = values.config;
  if (values.preset !== void 0) {
    if (!["recommended", "strict"].includes(values.preset)) throw new UsageError(`--preset must be recommended or strict, not "${values.preset}"`);
    if (values.config !== void 0) throw new UsageError("--preset and --config cannot be used together; put `extends:` in the config file");
    request.preset = values.preset;
  }
  if (values["max-warnings"] !== void 0) request.maxWarnings = nonNegativeInteger("--max-warnings", values["max-warnings"]);
  if (values.concurrency !== void 0) request.concurrency = nonNegativeInteger("--concurrency", values.concurrency);
  if (values.arch !== void 0) {
    if (!isArch(values.arch)) throw new UsageError(`--arch must be amd64, arm64 or s390x, not "${values.arch}"`);
    request.arch = values.arch;
  }
  if (values.external !== void 0) request.external = values.external.map(externalSelector);
  if (values.color) request.color = true;
  if (values["no-color"]) request.color = false;
  if (values["stdin-filename"] !== void 0) request.stdinFilename = values["stdin-filename"];
  if (values["skip-non-manifests"]) request.skipNonManifests = true;
  if (values.context?.length) request.context = values.context;
  if (request.paths.filter((p) => p === "-").length > 1) throw new UsageError("standard input (-) can be given only once");
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  if (values.fix && request.paths.includes("-")) throw new UsageError("--fix cannot write back to standard input; use --fix-dry-run to print the fixes as a diff");
  if (values.fix) request.fix = "write";
  if (values["fix-dry-run"]) request.fix = "dry-run";
  return request;
}
function outputs(formats, outputFile) {
  const targets = (formats.length > 0 ? formats : ["stylish"]).map((spec) => {
    const eq = spec.indexOf("=");
    const name = eq < 0 ? spec : spec.slice(0, eq);
    if (!isFormatName(name)) throw new UsageError(`unknown format "${name}"; use stylish, json, sarif, github or junit`);
    return eq < 0 ? { format: name } : { format: name, file: spec.slice(eq + 1) };
  });
  if (outputFile !== void 0) {
    const toStdout = targets.filter((t) => t.file === void 0);
    if (toStdout.length !== 1) throw new UsageError("--output-file applies to exactly one --format without its own =file");
    toStdout[0].file = outputFile;
  }
  if (targets.filter((t) => t.file === void 0).length > 1) throw new UsageError("only one format can go to standard output; give the others a file: -f sarif=out.sarif");
  return targets;
}
function externalSelector(spec) {
  const [kind = "", namespace, name, ...rest] = spec.split("/");
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(kind) || rest.length > 0 || namespace === "" || name === "") {
    throw new UsageError(`--external expects <Kind>[/<namespace>[/<name>]] (globs allowed), e.g. Secret or NetworkAttachmentDefinition/default/br-*, not "${spec}"`);
  }
  return { kind, ...namespace !== void 0 ? { namespace } : {}, ...name !== void 0 ? { name } : {} };
}
function ruleOverrides(specs) {
  const out = {};
  for (const spec of specs) {
    const match = /^([\w-]+)=(off|warn|error)$/.exec(spec);
    if (!match) throw new UsageError(`--rule expects <rule-id>=off|warn|error, not "${spec}"`);
    out[match[1]] = match[2];
  }
  return out;
}
function nonNegativeInteger(flag, value) {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, not "${value}"`);
  return Number(value);
}

// src/instancetype/prescan.ts
var KIND_LINES = /^[\s-]*["']?kind["']?\s*:\s*["']?VirtualMachine(?:Cluster)?(?:Instancetype|Preference)\b/gm;
function indexSources(sources) {
  const definitions = [];
  for (const source of sources) definitions.push(...definitionsIn(source));
  return { definitions };
}
function definitionsIn(source) {
  if (!mayName(source.bytes)) return [];
  const decoded = decodeSource(source.bytes);
  if (!decoded.ok || !mayDefine(decoded.text)) return [];
  const parsed = parseYaml(decoded.text);
  return definitionsOf(extractObjects(parsed.documents, { skipForeignDocuments: true }).objects, source.file);
}
function mayName(bytes) {
  const utf16 = bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
  if (utf16) return true;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
    const bytes = readSmall(task.absolute, config.maxFileSizeBytes);
    if (bytes === void 0) return task;
    definitions.push(...definitionsIn({ file: task.file, bytes }));
    if (bytes.byteLength > room) return task;
    room -= bytes.byteLength;
    return { ...task, bytes };
  }
  return { config: withIndex(config, { definitions }), tasks: out };
}
function withSourcesIndex(config, sources) {
  return withIndex(config, indexSources(sources));
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

// src/engine/lint-set.ts
function applySetStage(reports, config, relint, active = activeRules(config)) {
  const out = [...reports];
  for (const [index, findings] of setStageFindings(reports, config, active)) out[index] = mergeSetPass(out[index], relint(index, findings));
  return out;
}
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
    } catch (error) {
      findings[0]?.push({ ruleId: id, severity: "error", message: `internal error in rule ${id}: ${error.message}; please report this with the manifests`, document: 0, path: [] });
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

export {
  prescanTasks,
  withSourcesIndex,
  applySetStage,
  mergeSetPass,
  setStageFindings,
  formatters,
  UsageError,
  DEFAULT_LINT_REQUEST,
  HELP,
  parseCommandLine
};

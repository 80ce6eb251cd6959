import {
  activeRules,
  lintSource
} from "./chunk-6QLLLFCP.js";
import {
  isRecord
} from "./chunk-TJ5J5PB4.js";
import "./chunk-EYBKWDWE.js";

// src/fix/run.ts
import { readFileSync, writeFileSync } from "node:fs";

// src/fix/diff.ts
var CONTEXT = 3;
function unifiedDiff(file, before, after) {
  if (before === after) return "";
  const ops = diffLines(splitLines(before), splitLines(after));
  const name = file.replace(/^\.\//, "");
  return `--- a/${name}
+++ b/${name}
${hunks(ops).join("")}`;
}
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function diffLines(a, b) {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  return [...a.slice(0, prefix).map((line) => ({ kind: " ", line })), ...middle, ...a.slice(a.length - suffix).map((line) => ({ kind: " ", line }))];
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) break outer;
    }
  }
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const saved = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && saved[offset + k - 1] < saved[offset + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : saved[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: " ", line: a[x] });
    }
    if (d === 0) break;
    if (down) ops.push({ kind: "+", line: b[--y] });
    else ops.push({ kind: "-", line: a[--x] });
  }
  return ops.reverse();
}
function hunks(ops) {
  const out = [];
  let i = 0;
  const lineA = [0];
  const lineB = [0];
  for (const op of ops) {
    lineA.push(lineA.at(-1) + (op.kind !== "+" ? 1 : 0));
    lineB.push(lineB.at(-1) + (op.kind !== "-" ? 1 : 0));
  }
  while (i < ops.length) {
    if (ops[i].kind === " ") {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j].kind !== " ") end = j + 1;
      else if (j - end >= 2 * CONTEXT) break;
    }
    end = Math.min(ops.length, end + CONTEXT);
    const slice = ops.slice(start, end);
    const countA = slice.filter((op) => op.kind !== "+").length;
    const countB = slice.filter((op) => op.kind !== "-").length;
    const fromA = countA === 0 ? lineA[start] : lineA[start] + 1;
    const fromB = countB === 0 ? lineB[start] : lineB[start] + 1;
    out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@
`);
    for (const op of slice) {
      out.push(`${op.kind}${op.line.endsWith("\n") ? op.line : `${op.line}
\\ No newline at end of file
`}`);
    }
    i = end;
  }
  return out;
}

// src/fix/apply.ts
import { parseAllDocuments } from "yaml";

// src/fix/edit.ts
import { isAlias, isMap, isPair, isScalar, isSeq } from "yaml";

// src/fix/render.ts
var PLAIN = /^[A-Za-z_/][\w./-]*$/;
var SPECIAL_WORDS = /* @__PURE__ */ new Set(["y", "n", "yes", "no", "true", "false", "on", "off", "null"]);
function renderString(value, quote = "plain") {
  if (quote === "single") return `'${value.replace(/'/g, "''")}'`;
  if (quote === "plain" && PLAIN.test(value) && !SPECIAL_WORDS.has(value.toLowerCase())) return value;
  return JSON.stringify(value);
}
function renderKey(key, json = false) {
  return json ? JSON.stringify(key) : renderString(key);
}
function renderFlow(value, json = false) {
  if (typeof value === "string") return json ? JSON.stringify(value) : renderString(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => renderFlow(item, json)).join(", ")}]`;
  const entries = Object.entries(value);
  return `{${entries.map(([key, item]) => `${renderKey(key, json)}: ${renderFlow(item, json)}`).join(", ")}}`;
}
function renderBlockEntry(key, value, indent, unit) {
  if (isRecord(value) && Object.keys(value).length > 0) {
    return [`${indent}${renderKey(key)}:`, ...renderBlockMapping(value, indent + unit, unit)];
  }
  return [`${indent}${renderKey(key)}: ${renderFlow(value)}`];
}
function renderBlockMapping(value, indent, unit) {
  return Object.entries(value).flatMap(([key, item]) => renderBlockEntry(key, item, indent, unit));
}
function nest(path, value) {
  return path.reduceRight((inner, key) => ({ [key]: inner }), value);
}

// src/fix/edit.ts
function describeSource(text) {
  return { text, eol: text.includes("\r\n") ? "\r\n" : "\n", unit: " ".repeat(indentUnit(text)), json: /^\s*[{[]/.test(text) };
}
function editFor(source, doc, op) {
  const walked = walk(doc.contents, op.path);
  if (typeof walked === "string") return fail(walked);
  switch (op.op) {
    case "set":
      return setValue(source, walked, op.path, op.value);
    case "delete":
      return walked.depth === op.path.length ? remove(source, walked) : fail("nothing to delete");
    case "rename":
      return walked.depth === op.path.length ? rename(source, walked, op.to, op.value) : fail("nothing to rename");
  }
}
function fail(reason) {
  return { ok: false, reason };
}
function walk(root, path) {
  const steps = [];
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    if (isAlias(node) || node && "anchor" in node && node.anchor) return "the path runs through a YAML anchor or alias";
    const segment = path[depth];
    let index = -1;
    if (isMap(node) && typeof segment === "string") index = node.items.findIndex((pair) => keyMatches(pair.key, segment));
    else if (isSeq(node) && typeof segment === "number") index = segment < node.items.length ? segment : -1;
    if (index < 0) return { steps, node, depth };
    steps.push({ container: node, index });
    const item = node.items[index];
    node = isPair(item) ? item.value : item;
  }
  if (isAlias(node) || node && "anchor" in node && node.anchor) return "the value is a YAML anchor or alias";
  return { steps, node, depth: path.length };
}
function keyMatches(key, segment) {
  return isScalar(key) && (String(key.value) === segment || key.source === segment);
}
function setValue(source, walked, path, value) {
  const rest = path.slice(walked.depth);
  if (rest.length === 0) return replace(source, walked, value);
  if (rest.some((segment) => typeof segment !== "string")) return fail("cannot create list items");
  const keys = rest;
  if (isMap(walked.node)) return insertPairs(source, walked.node, [[keys[0], nest(keys.slice(1), value)]]);
  if (isEmptyScalar(walked.node) && walked.steps.length > 0) return replace(source, walked, nest(keys, value));
  return fail(`cannot add ${keys[0]} under a value that is not a mapping`);
}
function replace(source, walked, value) {
  const step = walked.steps.at(-1);
  if (step === void 0) return fail("cannot replace a whole document");
  const node = walked.node;
  if (isMap(node) && isRecord(value) && Object.keys(value).length > 0) return merge(source, walked, node, value);
  if (!isScalar(node)) return fail("can only replace a scalar value");
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") return fail("cannot replace a block scalar");
  const [start, end] = node.range;
  const { container } = step;
  const pair = container.items[step.index];
  if (!container.flow && isMap(container) && isPair(pair) && isRecord(value) && Object.keys(value).length > 0) {
    const colon = source.text.indexOf(":", pair.key.range[1]);
    const lines = renderBlockMapping(value, indentOf(source.text, pair.key.range[0]) + source.unit, source.unit);
    return { ok: true, splices: [{ start: colon + 1, end, text: source.eol + lines.join(source.eol) }] };
  }
  const text = typeof value === "string" ? renderString(value, container.flow && source.json ? "double" : quoteOf(node.type)) : renderFlow(value, container.flow === true && source.json);
  const spaced = start === end && source.text[start - 1] !== " " ? ` ${text}` : text;
  return { ok: true, splices: [{ start, end, text: spaced }] };
}
function merge(source, walked, map, value) {
  const splices = [];
  const missing = [];
  for (const [key, item] of Object.entries(value)) {
    const index = map.items.findIndex((pair) => keyMatches(pair.key, key));
    if (index < 0) {
      missing.push([key, item]);
      continue;
    }
    const child = map.items[index].value;
    if (isAlias(child) || child && "anchor" in child && child.anchor) return fail("the value is a YAML anchor or alias");
    const outcome = replace(source, { steps: [...walked.steps, { container: map, index }], node: child, depth: walked.depth + 1 }, item);
    if (!outcome.ok) return outcome;
    splices.push(...outcome.splices);
  }
  if (missing.length > 0) {
    const outcome = insertPairs(source, map, missing);
    if (!outcome.ok) return outcome;
    splices.push(...outcome.splices);
  }
  return { ok: true, splices };
}
function insertPairs(source, map, entries) {
  const { text, eol } = source;
  const last = map.items.at(-1);
  if (map.flow) {
    const items = entries.map(([key, value]) => `${renderKey(key, source.json)}: ${renderFlow(value, source.json)}`);
    if (last === void 0) return { ok: true, splices: [{ start: map.range[0] + 1, end: map.range[0] + 1, text: items.join(", ") }] };
    const lastEnd = pairEnd(last);
    const lastStart = last.key.range[0];
    if (text.lastIndexOf("\n", lastStart) > map.range[0]) {
      const indent2 = indentOf(text, lastStart);
      return { ok: true, splices: [{ start: lastEnd, end: lastEnd, text: items.map((item) => `,${eol}${indent2}${item}`).join("") }] };
    }
    return { ok: true, splices: [{ start: lastEnd, end: lastEnd, text: items.map((item) => `, ${item}`).join("") }] };
  }
  if (last === void 0) return fail("empty block mapping");
  const indent = indentOf(text, map.range[0]);
  const lines = entries.flatMap(([key, value]) => renderBlockEntry(key, value, indent, source.unit));
  const at = lineAfter(text, pairEnd(last));
  const block = at === text.length && !text.endsWith("\n") ? `${eol}${lines.join(eol)}` : `${lines.join(eol)}${eol}`;
  return { ok: true, splices: [{ start: at, end: at, text: block }] };
}
function remove(source, walked) {
  const { text } = source;
  const { container, index } = walked.steps.at(-1) ?? {};
  if (container === void 0 || index === void 0) return fail("cannot delete a whole document");
  const count = container.items.length;
  if (container.flow) {
    const [open, close] = container.range;
    if (count === 1) return { ok: true, splices: [{ start: open + 1, end: close - 1, text: "" }] };
    if (index < count - 1) return { ok: true, splices: [{ start: itemStart(container, index), end: itemStart(container, index + 1), text: "" }] };
    return { ok: true, splices: [{ start: itemEnd(container, index - 1), end: itemEnd(container, index), text: "" }] };
  }
  let start = itemStart(container, index);
  if (isSeq(container)) {
    start = text.lastIndexOf("-", start - 1);
    if (start < 0 || text.slice(start + 1, itemStart(container, index)).trim() !== "") return fail("cannot find the list item marker");
  }
  const end = lineAfter(text, itemEnd(container, index));
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const empty = isMap(container) ? "{}" : "[]";
  if (count === 1) return { ok: true, splices: [{ start, end: contentEnd(text, end), text: empty }] };
  if (text.slice(lineStart, start).trim() === "") return { ok: true, splices: [{ start: lineStart, end, text: "" }] };
  if (isMap(container)) return { ok: true, splices: [{ start, end: itemStart(container, index + 1), text: "" }] };
  return fail("cannot delete a list item that shares its line");
}
function rename(source, walked, to, value) {
  const step = walked.steps.at(-1);
  if (step === void 0 || !isMap(step.container)) return fail("only mapping keys can be renamed");
  const map = step.container;
  const key = map.items[step.index].key;
  if (!isScalar(key)) return fail("the key is not a plain scalar");
  if (map.items.some((pair, i) => i !== step.index && keyMatches(pair.key, to))) return fail(`${to} is already set`);
  const keyText = map.flow && source.json ? JSON.stringify(to) : renderString(to, quoteOf(key.type));
  const splices = [{ start: key.range[0], end: key.range[1], text: keyText }];
  if (value !== void 0) {
    const outcome = replace(source, walked, value);
    if (!outcome.ok) return outcome;
    splices.push(...outcome.splices);
  }
  return { ok: true, splices };
}
function itemStart(container, index) {
  const item = container.items[index];
  return isPair(item) ? item.key.range[0] : item.range[0];
}
function itemEnd(container, index) {
  const item = container.items[index];
  return isPair(item) ? pairEnd(item) : item.range[1];
}
function pairEnd(pair) {
  const value = pair.value;
  return value ? value.range[1] : pair.key.range[1];
}
function lineAfter(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}
function contentEnd(text, end) {
  let at = end;
  if (text[at - 1] === "\n") at--;
  if (text[at - 1] === "\r") at--;
  return at;
}
function indentOf(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return " ".repeat(offset - lineStart);
}
function isEmptyScalar(node) {
  return node === null || node === void 0 || isScalar(node) && node.value === null;
}
function quoteOf(type) {
  return type === "QUOTE_DOUBLE" ? "double" : type === "QUOTE_SINGLE" ? "single" : "plain";
}
function indentUnit(text) {
  let unit = Infinity;
  for (const match of text.matchAll(/^( +)[^\s#-]/gm)) unit = Math.min(unit, match[1].length);
  return Number.isFinite(unit) ? unit : 2;
}

// src/fix/apply.ts
function applyFixes(text, fixes) {
  const unchanged = { output: text, applied: 0, skipped: fixes.length };
  if (fixes.length === 0) return unchanged;
  const documents = parseDocuments(text);
  if (documents === void 0) return unchanged;
  const source = describeSource(text);
  const candidates = [];
  for (const fix of fixes) {
    const doc = documents[fix.document];
    if (doc === void 0) continue;
    const splices = [];
    let ok = true;
    for (const op of fix.operations) {
      const outcome = editFor(source, doc, op);
      if (!outcome.ok) {
        ok = false;
        break;
      }
      splices.push(...outcome.splices);
    }
    if (ok && !overlapping(splices, [])) candidates.push(splices);
  }
  const together = [];
  for (const splices of candidates) if (!overlapping(splices, together.flat())) together.push(splices);
  const output = applySplices(text, together.flat());
  if (parseDocuments(output)?.length === documents.length) return { output, applied: together.length, skipped: fixes.length - together.length };
  const accepted = [];
  for (const splices of together) {
    const taken = accepted.flat();
    if (parseDocuments(applySplices(text, [...taken, ...splices]))?.length === documents.length) accepted.push(splices);
  }
  return { output: applySplices(text, accepted.flat()), applied: accepted.length, skipped: fixes.length - accepted.length };
}
function parseDocuments(text) {
  const documents = parseAllDocuments(text, { version: "1.1", uniqueKeys: true });
  if (!Array.isArray(documents) || documents.some((doc) => doc.errors.length > 0)) return void 0;
  return documents;
}
function overlapping(splices, others) {
  const all = [...others];
  for (const splice of splices) {
    if (all.some((other) => splice.start <= other.end && other.start <= splice.end)) return true;
    all.push(splice);
  }
  return false;
}
function applySplices(text, splices) {
  let output = text;
  for (const splice of [...splices].sort((a, b) => b.start - a.start)) {
    output = output.slice(0, splice.start) + splice.text + output.slice(splice.end);
  }
  return output;
}

// src/fix/fix-source.ts
var MAX_PASSES = 10;
function wantsFix(result, errorsOnly) {
  return result.fix !== void 0 && (!errorsOnly || result.severity === "error");
}
function fixSource(input, config, active, first, errorsOnly = false) {
  const before = decodeUtf8(input.bytes);
  if (before === void 0) return void 0;
  let report = first ?? lintSource(input, config, active);
  let text = before;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = report.results.flatMap((result) => wantsFix(result, errorsOnly) ? [{ document: result.document, operations: result.fix }] : []);
    if (fixes.length === 0) break;
    const outcome = applyFixes(text, fixes);
    if (outcome.output === text) break;
    text = outcome.output;
    fixed += outcome.applied;
    report = lintSource({ ...input, bytes: new TextEncoder().encode(text) }, config, active);
  }
  const bom = input.bytes[0] === 239 && input.bytes[1] === 187 && input.bytes[2] === 191 ? "\uFEFF" : "";
  return { before, after: text, bytes: new TextEncoder().encode(bom + text), fixed, report };
}
function decodeUtf8(bytes) {
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  if (!bom && bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) return void 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
}

// src/fix/run.ts
async function fixRun(run, config, options) {
  const active = activeRules(config);
  const reports = [...run.reports];
  let written = 0;
  const problems = [];
  for (const [i, report] of run.reports.entries()) {
    const errorsOnly = options.errorsOnly === true;
    if (!report.results.some((result) => wantsFix(result, errorsOnly))) continue;
    const task = run.sources[i];
    if (task === void 0 && options.mode === "write") continue;
    let bytes;
    try {
      bytes = task ? readFileSync(task.absolute) : await options.readStdin();
    } catch (error) {
      problems.push(`cannot read ${report.file} again to fix it: ${error.code ?? error.message}`);
      continue;
    }
    const input = task ? { file: task.file, absolute: task.absolute, bytes, discovered: task.discovered } : { file: report.file, bytes, discovered: false };
    const outcome = fixSource(input, config, active, report, errorsOnly);
    if (outcome === void 0 || outcome.after === outcome.before) continue;
    if (options.mode === "dry-run") {
      options.print(unifiedDiff(report.file, outcome.before, outcome.after));
      reports[i] = outcome.report;
    } else {
      try {
        writeFileSync(task.absolute, outcome.bytes);
        written++;
      } catch (error) {
        problems.push(`cannot write the fixes to ${report.file}: ${error.code ?? error.message}`);
      }
    }
  }
  const after = written > 0 ? await options.relint() : { ...run, reports };
  return { ...after, inputErrors: [...after.inputErrors, ...problems] };
}
export {
  fixRun
};

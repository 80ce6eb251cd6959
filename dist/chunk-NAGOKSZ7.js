import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import {
  EVENT_ID,
  SCALAR_STYLE,
  createSchemaAcceptors,
  decodeSource,
  extractObjects,
  getScalarValue,
  isRecord,
  parseEvents,
  parseFastSubset,
  parseSubsetDocument,
  parseYaml,
  parsedOutcome,
  schemaFileReader
} from "./chunk-VG5EGE77.js";
import {
  packageRoot,
  precompiledDigest,
  schemaDigest
} from "./chunk-U5HG734W.js";

// src/engine/rule.ts
var DOCS_BASE_URL = "https://github.com/virtops/virtops/blob/main/rules/";
var EVICTION_STRATEGIES = ["None", "LiveMigrate", "LiveMigrateIfPossible", "External"];
var DEFAULT_SETTINGS = {
  arch: "amd64",
  featureGates: [],
  disabledFeatureGates: [],
  featureGatesConfigured: false,
  permitBridgeInterfaceOnPodNetwork: true,
  defaultNetworkInterface: "bridge",
  evictionStrategy: "None"
};
function defineRule(rule) {
  return { ...rule, meta: { ...rule.meta, url: `${DOCS_BASE_URL}${rule.meta.id}.md` } };
}
function appliesToKind(meta, kind) {
  return meta.kinds === void 0 || meta.kinds.includes("*") || meta.kinds.includes(kind);
}
function renderMessage(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => data && name in data ? String(data[name]) : whole);
}
function defineProblem(meta) {
  return { meta: { ...meta, scope: "pipeline", url: `${DOCS_BASE_URL}${meta.id}.md` } };
}

// rules/invalid-document.ts
var invalid_document_default = defineProblem({
  id: "invalid-document",
  type: "problem",
  description: "Each YAML document must be a Kubernetes object with apiVersion and kind",
  level: "error",
  suppressible: true
});

// rules/invalid-file.ts
var invalid_file_default = defineProblem({
  id: "invalid-file",
  type: "problem",
  description: "The file must be readable UTF-8 text of a sensible size, not binary and not empty",
  level: "error",
  suppressible: false
});

// rules/unused-suppression.ts
var unused_suppression_default = defineProblem({
  id: "unused-suppression",
  type: "suggestion",
  description: "Suppression comments and annotations must name rules that would otherwise report something",
  level: "warn",
  suppressible: false
});

// rules/yaml-syntax.ts
var yaml_syntax_default = defineProblem({
  id: "yaml-syntax",
  type: "problem",
  description: "The file must be valid YAML that kubectl can read",
  level: "error",
  suppressible: false
});

// rules/pipeline.ts
var pipelineProblems = [yaml_syntax_default, invalid_file_default, invalid_document_default, unused_suppression_default];

// src/core/suggest.ts
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function didYouMean(word, candidates) {
  const hint = closest(word, candidates);
  return hint ? `; did you mean "${hint}"?` : "";
}

// src/kinds/registry.ts
var VM_SPEC = ["spec", "template", "spec"];
var KINDS = [
  { kind: "VirtualMachine", group: "kubevirt.io", versions: ["v1", "v1alpha3"], deprecatedVersions: ["v1alpha3"], namespaced: true, instanceSpecPaths: [VM_SPEC] },
  { kind: "VirtualMachineInstance", group: "kubevirt.io", versions: ["v1", "v1alpha3"], deprecatedVersions: ["v1alpha3"], namespaced: true, instanceSpecPaths: [["spec"]] },
  { kind: "VirtualMachineInstanceReplicaSet", group: "kubevirt.io", versions: ["v1", "v1alpha3"], deprecatedVersions: ["v1alpha3"], namespaced: true, instanceSpecPaths: [VM_SPEC] },
  { kind: "VirtualMachineInstancePreset", group: "kubevirt.io", versions: ["v1", "v1alpha3"], deprecatedVersions: ["v1alpha3"], namespaced: true },
  { kind: "VirtualMachineInstanceMigration", group: "kubevirt.io", versions: ["v1", "v1alpha3"], deprecatedVersions: ["v1alpha3"], namespaced: true },
  { kind: "VirtualMachinePool", group: "pool.kubevirt.io", versions: ["v1beta1", "v1alpha1"], deprecatedVersions: ["v1alpha1"], namespaced: true, instanceSpecPaths: [["spec", "virtualMachineTemplate", "spec", "template", "spec"]] },
  { kind: "VirtualMachineInstancetype", group: "instancetype.kubevirt.io", versions: ["v1beta1"], removedVersions: ["v1alpha1", "v1alpha2"], namespaced: true },
  { kind: "VirtualMachineClusterInstancetype", group: "instancetype.kubevirt.io", versions: ["v1beta1"], removedVersions: ["v1alpha1", "v1alpha2"], namespaced: false },
  { kind: "VirtualMachinePreference", group: "instancetype.kubevirt.io", versions: ["v1beta1"], removedVersions: ["v1alpha1", "v1alpha2"], namespaced: true },
  { kind: "VirtualMachineClusterPreference", group: "instancetype.kubevirt.io", versions: ["v1beta1"], removedVersions: ["v1alpha1", "v1alpha2"], namespaced: false },
  { kind: "MigrationPolicy", group: "migrations.kubevirt.io", versions: ["v1alpha1"], namespaced: false },
  { kind: "VirtualMachineSnapshot", group: "snapshot.kubevirt.io", versions: ["v1beta1", "v1alpha1"], deprecatedVersions: ["v1alpha1"], namespaced: true },
  { kind: "VirtualMachineRestore", group: "snapshot.kubevirt.io", versions: ["v1beta1", "v1alpha1"], deprecatedVersions: ["v1alpha1"], namespaced: true },
  { kind: "VirtualMachineClone", group: "clone.kubevirt.io", versions: ["v1beta1", "v1alpha1"], deprecatedVersions: ["v1alpha1"], namespaced: true },
  { kind: "VirtualMachineExport", group: "export.kubevirt.io", versions: ["v1beta1", "v1"], namespaced: true },
  { kind: "DataVolume", group: "cdi.kubevirt.io", versions: ["v1beta1"], removedVersions: ["v1alpha1"], namespaced: true },
  { kind: "DataSource", group: "cdi.kubevirt.io", versions: ["v1beta1"], namespaced: true },
  { kind: "DataImportCron", group: "cdi.kubevirt.io", versions: ["v1beta1"], namespaced: true },
  { kind: "NetworkAttachmentDefinition", group: "k8s.cni.cncf.io", versions: ["v1"], namespaced: true },
  { kind: "Template", group: "template.openshift.io", versions: ["v1"], namespaced: true }
];
var byKind = /* @__PURE__ */ new Map();
for (const info of KINDS) {
  if (byKind.has(info.kind)) throw new Error(`kind ${info.kind} registered twice`);
  byKind.set(info.kind, info);
}
function kindInfo(kind) {
  return byKind.get(kind);
}
var splitVersions = /* @__PURE__ */ new Map();
function splitApiVersion(apiVersion) {
  let split = splitVersions.get(apiVersion);
  if (split === void 0) {
    const slash = apiVersion.lastIndexOf("/");
    split = slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
    if (splitVersions.size >= 1024) splitVersions.clear();
    splitVersions.set(apiVersion, split);
  }
  return split;
}
function preferredApiVersion(info) {
  return `${info.group}/${info.versions[0]}`;
}
function apiVersionStatus(info, apiVersion) {
  const { group, version } = splitApiVersion(apiVersion);
  if (group !== info.group) return "unknown";
  if (info.deprecatedVersions?.includes(version)) return "deprecated";
  if (info.versions.includes(version)) return "served";
  if (info.removedVersions?.includes(version)) return "removed";
  return "unknown";
}

// rules/api-version.ts
var api_version_default = defineRule({
  meta: {
    id: "api-version",
    type: "problem",
    description: "KubeVirt, CDI, Multus and OpenShift kinds must use an apiVersion the cluster serves",
    level: "error",
    scope: "object",
    kinds: ["*"],
    fixable: true,
    messages: {
      deprecated: "{{apiVersion}} is deprecated for {{kind}} and will be removed; use {{preferred}}",
      removed: "{{apiVersion}} is no longer served for {{kind}}; use {{preferred}}",
      unknown: "{{apiVersion}} is not an apiVersion of {{kind}}; use {{preferred}}"
    }
  },
  check(ctx) {
    const info = kindInfo(ctx.kind);
    const apiVersion = ctx.object["apiVersion"];
    if (!info || typeof apiVersion !== "string" || ctx.templateParams && apiVersion.includes("${")) return;
    const status = apiVersionStatus(info, apiVersion);
    if (status === "served") return;
    const preferred = preferredApiVersion(info);
    const data = { apiVersion, kind: ctx.kind, preferred };
    const fix = [{ op: "set", path: ["apiVersion"], value: preferred }];
    if (status === "deprecated") return ctx.report({ path: ["apiVersion"], messageId: "deprecated", data, severity: "warning", fix });
    if (status === "removed") return ctx.report({ path: ["apiVersion"], messageId: "removed", data, fix });
    const { group } = splitApiVersion(apiVersion);
    if (!looksMeantFor(group, info.group)) return;
    const typo = group.split(".").length === info.group.split(".").length && closest(group, [info.group]) !== void 0;
    const truncated = info.group.startsWith(`${group}.`);
    const sure = group === info.group || group === "" || typo || truncated;
    ctx.report({ path: ["apiVersion"], messageId: "unknown", data, ...sure ? { fix } : {} });
  }
});
function looksMeantFor(group, expected) {
  if (group === expected || group === "" || group === "v1") return true;
  const vendor = expected.split(".").slice(-2)[0] ?? expected;
  if (group.includes(vendor) || group.includes(expected.split(".")[0] ?? expected)) return true;
  return closest(group, [expected]) !== void 0;
}

// src/normalize/values.ts
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asRecord(value) {
  return isRecord2(value) ? value : void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function isSet(value) {
  return value !== void 0 && value !== null;
}
function has(obj, key) {
  return isRecord2(obj) && isSet(obj[key]);
}
function dig(root, k1, k2, k3, k4) {
  let node = child(root, k1);
  if (k2 === void 0) return node;
  node = child(node, k2);
  if (k3 === void 0) return node;
  node = child(node, k3);
  return k4 === void 0 ? node : child(node, k4);
}
function digPath(root, keys) {
  let node = root;
  for (let i = 0; i < keys.length; i++) node = child(node, keys[i]);
  return node;
}
function child(node, key) {
  return typeof node === "object" && node !== null && !Array.isArray(node) ? node[key] : void 0;
}
function isParam(value) {
  return typeof value === "string" && value.includes("${");
}
function isTemplated(ctx, value) {
  return ctx.templateParams && isParam(value);
}
function nameOf(item) {
  return isRecord2(item) ? asString(item["name"]) : void 0;
}
function asInteger(value) {
  return typeof value === "number" && Number.isInteger(value) ? value : void 0;
}
function quote(value) {
  if (typeof value === "string") return `'${value}'`;
  if (value === null) return "null";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : typeof value;
}
function holderVmSpec(ctx) {
  if (ctx.kind !== "VirtualMachine" && ctx.kind !== "VirtualMachinePool") return void 0;
  const { specPath } = ctx;
  if (specPath.length < 2 || specPath[specPath.length - 1] !== "spec" || specPath[specPath.length - 2] !== "template") return void 0;
  const path3 = specPath.slice(0, -2);
  let node = ctx.object;
  for (const key of path3) {
    if (!isRecord2(node) || typeof key !== "string") return void 0;
    node = node[key];
  }
  return isRecord2(node) ? { spec: node, path: path3 } : void 0;
}

// rules/boot-order.ts
var boot_order_default = defineRule({
  meta: {
    id: "boot-order",
    type: "problem",
    description: "A bootOrder on a disk or interface must be a positive integer used by no other device",
    level: "error",
    scope: "instance-spec",
    catalog: ["disk-bootorder-positive", "interface-bootorder-positive", "bootorder-unique"],
    messages: {
      notPositive: "{{device}} {{name}} has bootOrder {{value}}; boot orders start at 1. Set it to 1 or higher, or remove it.",
      duplicate: "{{device}} {{name}} has bootOrder {{value}}, which {{other}} already has: each device needs its own boot order. Give one of them a different number."
    }
  },
  check(ctx) {
    const lists = [
      { path: ["domain", "devices", "disks"], device: "Disk", short: "disk" },
      { path: ["domain", "devices", "interfaces"], device: "Interface", short: "interface" }
    ];
    const owners = /* @__PURE__ */ new Map();
    for (const { path: path3, device, short } of lists) {
      asArray(digPath(ctx.spec, path3)).forEach((item, i) => {
        if (!isRecord2(item)) return;
        const value = item["bootOrder"];
        if (typeof value !== "number" || !Number.isInteger(value)) return;
        const name = nameOf(item);
        const label = name === void 0 ? `${path3[path3.length - 1]}[${i}]` : quote(name);
        const at = [...path3, i, "bootOrder"];
        if (value < 1) {
          ctx.report({ path: at, messageId: "notPositive", data: { device, name: label, value } });
          return;
        }
        const owner = owners.get(value);
        if (owner !== void 0) ctx.report({ path: at, messageId: "duplicate", data: { device, name: label, value, other: owner } });
        else owners.set(value, `${short} ${label}`);
      });
    }
  }
});

// src/normalize/quantity.ts
var DECIMAL_SUFFIXES = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var BINARY_SUFFIXES = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
var SUFFIX_CHARS = "eEinumkKMGTP";
var MAX_EXPONENT = 1e4;
var MAX_INT64 = (1n << 63n) - 1n;
var NANO_DEN = 1000000000n;
function isDigit(ch) {
  return ch !== void 0 && ch >= "0" && ch <= "9";
}
function scan(str) {
  if (str.length === 0) return void 0;
  const end = str.length;
  let pos = 0;
  let negative = false;
  if (str[0] === "-") {
    negative = true;
    pos++;
  } else if (str[0] === "+") {
    pos++;
  }
  while (pos < end && str[pos] === "0") pos++;
  if (pos >= end) return { negative, whole: "0", fraction: "", suffix: "" };
  const wholeStart = pos;
  while (pos < end && isDigit(str[pos])) pos++;
  const whole = str.slice(wholeStart, pos) || "0";
  if (pos >= end) return { negative, whole, fraction: "", suffix: "" };
  let fraction = "";
  if (str[pos] === ".") {
    pos++;
    const fractionStart = pos;
    while (pos < end && isDigit(str[pos])) pos++;
    fraction = str.slice(fractionStart, pos);
    if (pos >= end) return { negative, whole, fraction, suffix: "" };
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos])) pos++;
  if (pos < end && (str[pos] === "+" || str[pos] === "-")) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) return void 0;
  return { negative, whole, fraction, suffix: str.slice(suffixStart) };
}
function parseInt64(text) {
  if (!/^[+-]?[0-9]+$/.test(text)) return void 0;
  const value = BigInt(text);
  return value > MAX_INT64 || value < -MAX_INT64 - 1n ? void 0 : value;
}
function interpretSuffix(suffix) {
  const decimal = DECIMAL_SUFFIXES[suffix];
  if (decimal !== void 0 && Object.hasOwn(DECIMAL_SUFFIXES, suffix)) return { base: 10, exponent: decimal };
  const binary = BINARY_SUFFIXES[suffix];
  if (binary !== void 0 && Object.hasOwn(BINARY_SUFFIXES, suffix)) return { base: 2, exponent: binary };
  if (suffix.length > 1 && (suffix[0] === "e" || suffix[0] === "E")) {
    const parsed = parseInt64(suffix.slice(1));
    if (parsed === void 0) return void 0;
    return { base: 10, exponent: Number(BigInt.asIntN(32, parsed)) };
  }
  return void 0;
}
function isQuantitySyntax(str) {
  if (str === "0") return true;
  const parts = scan(str);
  return parts !== void 0 && interpretSuffix(parts.suffix) !== void 0;
}
function gcd(a, b) {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
function make(num, den) {
  if (num === 0n) return { num: 0n, den: 1n };
  const divisor = gcd(num, den);
  return divisor === 1n ? { num, den } : { num: num / divisor, den: den / divisor };
}
function roundToNano(num, den) {
  const scaled = num * NANO_DEN;
  if (scaled % den === 0n) return [num, den];
  const magnitude = (scaled < 0n ? -scaled : scaled) / den + 1n;
  return [scaled < 0n ? -magnitude : magnitude, NANO_DEN];
}
var parsedStrings = /* @__PURE__ */ new Map();
var MAX_REMEMBERED = 4096;
function parseString(str) {
  if (parsedStrings.has(str)) return parsedStrings.get(str);
  const parsed = parseStringUncached(str);
  if (parsedStrings.size >= MAX_REMEMBERED) parsedStrings.clear();
  parsedStrings.set(str, parsed);
  return parsed;
}
function parseStringUncached(str) {
  if (str === "0") return { num: 0n, den: 1n };
  const parts = scan(str);
  if (parts === void 0) return void 0;
  const scale = interpretSuffix(parts.suffix);
  if (scale === void 0 || Math.abs(scale.exponent) > MAX_EXPONENT) return void 0;
  let num = BigInt(parts.whole + parts.fraction);
  let den = 10n ** BigInt(parts.fraction.length);
  if (scale.base === 2) num <<= BigInt(scale.exponent);
  else if (scale.exponent >= 0) num *= 10n ** BigInt(scale.exponent);
  else den *= 10n ** BigInt(-scale.exponent);
  if (parts.negative) num = -num;
  [num, den] = roundToNano(num, den);
  if (scale.base === 2) {
    const limit = MAX_INT64 * den;
    if (num > limit) num = limit;
    else if (num < -limit) num = -limit;
  }
  return make(num, den);
}
function parseQuantity(input) {
  if (typeof input === "string") return parseString(input);
  if (typeof input === "bigint") return { num: input, den: 1n };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return void 0;
    if (Number.isSafeInteger(input)) return { num: BigInt(input), den: 1n };
    return parseString(String(input));
  }
  return void 0;
}
function isZero(q) {
  return q.num === 0n;
}
function compare(a, b) {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left === right ? 0 : left < right ? -1 : 1;
}
function integerValue(q) {
  const truncated = q.num / q.den;
  return q.num % q.den === 0n ? truncated : truncated + 1n;
}
var BINARY_UNITS = [
  ["Ei", 1n << 60n],
  ["Pi", 1n << 50n],
  ["Ti", 1n << 40n],
  ["Gi", 1n << 30n],
  ["Mi", 1n << 20n],
  ["Ki", 1n << 10n]
];
function formatBytes(bytes) {
  if (bytes === 0n) return "0";
  for (const [unit, size2] of BINARY_UNITS) {
    if (bytes % size2 === 0n) return `${bytes / size2}${unit}`;
  }
  return String(bytes);
}

// src/normalize/defaults.ts
var origins = /* @__PURE__ */ new WeakMap();
function defaultOrigin(node) {
  return typeof node === "object" && node !== null ? origins.get(node) : void 0;
}
function mark(node, origin) {
  origins.set(node, origin);
  return node;
}
function isEmptyList(value) {
  return value === void 0 || value === null || Array.isArray(value) && value.length === 0;
}
function childCopy(parent, key) {
  const value = parent[key];
  if (value === void 0 || value === null) return parent[key] = {};
  if (!isRecord2(value)) return void 0;
  return parent[key] = { ...value };
}
function defaultMachineType(arch) {
  return arch === "arm64" ? "virt" : arch === "s390x" ? "s390-ccw-virtio" : "q35";
}
function normalizeInstanceSpec(spec, holderKind, arch) {
  const out = { ...spec };
  const declaredArch = spec["architecture"];
  if (declaredArch === void 0 || declaredArch === null || declaredArch === "") out["architecture"] = arch;
  const effectiveArch2 = typeof out["architecture"] === "string" ? out["architecture"] : arch;
  const domain = childCopy(out, "domain");
  if (domain === void 0) return out;
  setMachineType(domain, effectiveArch2);
  const resources = setCpuRequestFromLimit(domain);
  setGuestMemory(domain, resources);
  setCpuTopology(domain, resources);
  const devices = childCopy(domain, "devices");
  if (devices === void 0) return out;
  setDefaultPodNetwork(out, devices);
  setVolumeDisks(out, devices);
  if (holderKind === "VirtualMachineInstance") applyInstanceObjectDefaults(domain, devices, effectiveArch2);
  return out;
}
function setMachineType(domain, arch) {
  const machine = domain["machine"];
  if (isRecord2(machine)) {
    if (!isSet(machine["type"]) || machine["type"] === "") domain["machine"] = { ...machine, type: defaultMachineType(arch) };
  } else if (machine === void 0 || machine === null) {
    domain["machine"] = { type: defaultMachineType(arch) };
  }
}
function setCpuRequestFromLimit(domain) {
  const resources = domain["resources"];
  if (!isRecord2(resources)) return void 0;
  const limits = resources["limits"];
  const requests = resources["requests"];
  if (!isRecord2(limits) || !isSet(limits["cpu"])) return resources;
  const limit = parseQuantity(limits["cpu"]);
  if (limit === void 0 || isZero(limit)) return resources;
  if (isSet(requests) && !isRecord2(requests)) return resources;
  const requestValue = isRecord2(requests) ? requests["cpu"] : void 0;
  if (isSet(requestValue)) {
    const request = parseQuantity(requestValue);
    if (request === void 0 || !isZero(request)) return resources;
  }
  const updated = { ...resources, requests: { ...isRecord2(requests) ? requests : {}, cpu: limits["cpu"] } };
  domain["resources"] = updated;
  return updated;
}
function nonZeroQuantity(value) {
  if (!isSet(value)) return false;
  const q = parseQuantity(value);
  return q !== void 0 && !isZero(q);
}
function setGuestMemory(domain, resources) {
  const memory = domain["memory"];
  if (isRecord2(memory) && isSet(memory["guest"])) return;
  if (isSet(memory) && !isRecord2(memory)) return;
  const requests = isRecord2(resources?.["requests"]) ? resources["requests"] : void 0;
  const limits = isRecord2(resources?.["limits"]) ? resources["limits"] : void 0;
  let guest;
  if (nonZeroQuantity(requests?.["memory"])) guest = requests?.["memory"];
  else if (nonZeroQuantity(limits?.["memory"])) guest = limits?.["memory"];
  else {
    const hugepages = isRecord2(memory) ? memory["hugepages"] : void 0;
    const pageSize = isRecord2(hugepages) ? hugepages["pageSize"] : void 0;
    if (typeof pageSize === "string" && parseQuantity(pageSize) !== void 0) guest = pageSize;
  }
  const copy = isRecord2(memory) ? { ...memory } : {};
  if (guest !== void 0) copy["guest"] = guest;
  domain["memory"] = copy;
}
function topologyCount(value) {
  if (!isSet(value)) return 0;
  return typeof value === "number" ? value : void 0;
}
function setCpuTopology(domain, resources) {
  const cpu = domain["cpu"];
  if (isSet(cpu) && !isRecord2(cpu)) return;
  if (isRecord2(cpu)) {
    const counts = [topologyCount(cpu["cores"]), topologyCount(cpu["sockets"]), topologyCount(cpu["threads"])];
    if (counts.some((c) => c !== 0)) return;
  }
  let sockets = 1n;
  const limits = resources?.["limits"];
  const requests = resources?.["requests"];
  const source = isRecord2(limits) && "cpu" in limits ? limits["cpu"] : isRecord2(requests) && "cpu" in requests ? requests["cpu"] : void 0;
  if (source === null) sockets = 0n;
  else if (source !== void 0) {
    const q = parseQuantity(source);
    if (q !== void 0) sockets = BigInt.asUintN(32, integerValue(q));
  }
  domain["cpu"] = { ...isRecord2(cpu) ? cpu : {}, sockets: Number(sockets), cores: 1, threads: 1 };
}
function setDefaultPodNetwork(out, devices) {
  if (devices["autoattachPodInterface"] === false) return;
  if (!isEmptyList(out["networks"]) || !isEmptyList(devices["interfaces"])) return;
  devices["interfaces"] = [mark({ name: "default", bridge: {} }, { reason: "pod-interface" })];
  out["networks"] = [mark({ name: "default", pod: {} }, { reason: "pod-network" })];
}
function setVolumeDisks(out, devices) {
  const volumes = out["volumes"];
  if (!Array.isArray(volumes) || volumes.length === 0) return;
  const disks = devices["disks"];
  if (isSet(disks) && !Array.isArray(disks)) return;
  const used = /* @__PURE__ */ new Set();
  for (const list2 of [disks, devices["filesystems"]]) {
    if (!Array.isArray(list2)) continue;
    for (const item of list2) {
      const name = isRecord2(item) ? asString(item["name"]) : void 0;
      if (name !== void 0) used.add(name);
    }
  }
  const added = [];
  volumes.forEach((volume, volumeIndex) => {
    const name = isRecord2(volume) ? asString(volume["name"]) : void 0;
    if (name !== void 0 && !used.has(name)) added.push(mark({ name }, { reason: "volume-disk", volumeIndex }));
  });
  if (added.length > 0) devices["disks"] = [...Array.isArray(disks) ? disks : [], ...added];
}
var DISK_TARGETS = ["disk", "lun", "cdrom"];
function applyInstanceObjectDefaults(domain, devices, arch) {
  if (arch === "s390x") {
    const features = childCopy(domain, "features");
    if (features !== void 0) {
      const acpi = features["acpi"];
      if (!isSet(acpi)) features["acpi"] = { enabled: false };
      else if (isRecord2(acpi) && !isSet(acpi["enabled"])) features["acpi"] = { ...acpi, enabled: false };
    }
  }
  const bus = arch === "arm64" || arch === "s390x" ? "virtio" : "sata";
  const disks = devices["disks"];
  if (Array.isArray(disks)) {
    devices["disks"] = disks.map((disk) => {
      if (!isRecord2(disk)) return disk;
      const copy = { ...disk };
      if (!DISK_TARGETS.some((target) => isSet(disk[target]))) copy["disk"] = {};
      for (const target of DISK_TARGETS) {
        const value = copy[target];
        if (!isRecord2(value)) continue;
        const targetCopy = { ...value };
        if (!isSet(targetCopy["bus"]) || targetCopy["bus"] === "") targetCopy["bus"] = bus;
        if (target === "cdrom") {
          if (!isSet(targetCopy["readOnly"])) targetCopy["readOnly"] = true;
          if (!isSet(targetCopy["tray"]) || targetCopy["tray"] === "") targetCopy["tray"] = "closed";
        }
        copy[target] = targetCopy;
      }
      const origin = defaultOrigin(disk);
      return origin ? mark(copy, origin) : copy;
    });
  }
  const inputs = devices["inputs"];
  if (Array.isArray(inputs)) {
    devices["inputs"] = inputs.map((input) => {
      if (!isRecord2(input)) return input;
      const copy = { ...input };
      if (!isSet(copy["bus"]) || copy["bus"] === "") copy["bus"] = "usb";
      if (!isSet(copy["type"]) || copy["type"] === "") copy["type"] = "tablet";
      return copy;
    });
  }
  const watchdog = devices["watchdog"];
  if (isRecord2(watchdog)) {
    const kind = arch === "arm64" ? void 0 : arch === "s390x" ? "diag288" : "i6300esb";
    if (kind !== void 0) {
      const model = watchdog[kind];
      if (!isSet(model)) devices["watchdog"] = { ...watchdog, [kind]: { action: "reset" } };
      else if (isRecord2(model) && (!isSet(model["action"]) || model["action"] === "")) devices["watchdog"] = { ...watchdog, [kind]: { ...model, action: "reset" } };
    }
  }
  if (arch === "arm64") setArm64Bootloader(domain);
  const cpu = childCopy(domain, "cpu");
  if (cpu !== void 0 && (!isSet(cpu["model"]) || cpu["model"] === "")) cpu["model"] = arch === "arm64" ? "host-passthrough" : "host-model";
}
function setArm64Bootloader(domain) {
  const firmware = childCopy(domain, "firmware");
  if (firmware === void 0) return;
  const bootloader = firmware["bootloader"];
  if (isSet(bootloader) && !isRecord2(bootloader)) return;
  const copy = isRecord2(bootloader) ? { ...bootloader } : { efi: {} };
  const efi = copy["efi"];
  if (isRecord2(efi) && !isSet(efi["secureBoot"])) copy["efi"] = { ...efi, secureBoot: false };
  firmware["bootloader"] = copy;
}

// src/normalize/names.ts
var DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
var DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL = new RegExp(`^${DNS1123_LABEL_FMT}$`);
var DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
var DNS1035_LABEL = new RegExp(`^${DNS1035_LABEL_FMT}$`);
var DNS1123_LABEL_MAX_LENGTH = 63;
var DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
var DNS1035_LABEL_MAX_LENGTH = 63;
var DNS1123_LABEL_ERR = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
var DNS1123_SUBDOMAIN_ERR = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
var DNS1035_LABEL_ERR = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
function byteLength(value) {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 128) return Buffer.byteLength(value, "utf8");
  return value.length;
}
function maxLenError(length) {
  return `must be no more than ${length} characters`;
}
function regexError(message, format, ...examples) {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  return `${message} (e.g. ${examples.map((e) => `'${e}'`).join(" or ")}, regex used for validation is '${format}')`;
}
function dns1123LabelErrors(value) {
  const errors = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errors.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!DNS1123_LABEL.test(value)) {
    errors.push(DNS1123_SUBDOMAIN.test(value) ? "must not contain dots" : regexError(DNS1123_LABEL_ERR, DNS1123_LABEL_FMT, "my-name", "123-abc"));
  }
  return errors;
}
function dns1123SubdomainErrors(value) {
  const errors = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!DNS1123_SUBDOMAIN.test(value)) errors.push(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, "example.com"));
  return errors;
}
function dns1035LabelErrors(value) {
  const errors = [];
  if (byteLength(value) > DNS1035_LABEL_MAX_LENGTH) errors.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  if (!DNS1035_LABEL.test(value)) errors.push(regexError(DNS1035_LABEL_ERR, DNS1035_LABEL_FMT, "my-name", "abc-123"));
  return errors;
}
function maskTrailingDash(name) {
  return name.length > 1 && name.endsWith("-") ? `${name.slice(0, -1)}a` : name;
}
function pathSegmentNameErrors(name, prefix2) {
  if (!prefix2 && (name === "." || name === "..")) return [`may not be '${name}'`];
  const errors = [];
  for (const illegal of ["/", "%"]) {
    if (name.includes(illegal)) errors.push(`may not contain '${illegal}'`);
  }
  return errors;
}
function suggestDnsLabel(name) {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+/, "").slice(0, DNS1123_LABEL_MAX_LENGTH).replace(/-+$/, "");
  return cleaned === "" || !DNS1123_LABEL.test(cleaned) ? void 0 : cleaned;
}
function listOf(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function badCharacters(value, allowed) {
  const seen = /* @__PURE__ */ new Set();
  if (/[A-Z]/.test(value)) seen.add("uppercase letters");
  for (const ch of value) {
    if (!allowed.test(ch) && !/[A-Z]/.test(ch)) seen.add(ch === " " ? "spaces" : `'${ch}'`);
  }
  return seen.size === 0 ? void 0 : `contains ${listOf([...seen])}`;
}
function explainDnsLabel(value) {
  if (dns1123LabelErrors(value).length === 0) return void 0;
  if (value === "") return "it is empty";
  const issues = [];
  const length = byteLength(value);
  if (length > DNS1123_LABEL_MAX_LENGTH) issues.push(`is ${length} characters long (at most ${DNS1123_LABEL_MAX_LENGTH})`);
  const bad = badCharacters(value, /[a-z0-9-]/);
  if (bad !== void 0) issues.push(bad);
  if (value.startsWith("-")) issues.push("starts with '-'");
  if (value.endsWith("-")) issues.push("ends with '-'");
  return `it ${listOf(issues)}`;
}
function explainDnsSubdomain(value) {
  if (dns1123SubdomainErrors(value).length === 0) return void 0;
  if (value === "") return "it is empty";
  const issues = [];
  const length = byteLength(value);
  if (length > DNS1123_SUBDOMAIN_MAX_LENGTH) issues.push(`is ${length} characters long (at most ${DNS1123_SUBDOMAIN_MAX_LENGTH})`);
  const bad = badCharacters(value, /[a-z0-9.-]/);
  if (bad !== void 0) issues.push(bad);
  const parts = value.split(".");
  if (parts.some((part) => part === "")) issues.push(value.startsWith(".") || value.endsWith(".") ? "starts or ends with '.'" : "has '..'");
  if (parts.some((part) => part.startsWith("-") || part.endsWith("-"))) issues.push("has a '-' at the start or end of a dot-separated part");
  return issues.length === 0 ? void 0 : `it ${listOf(issues)}`;
}
function explainDns1035Label(value) {
  if (dns1035LabelErrors(value).length === 0) return void 0;
  const label = explainDnsLabel(value);
  if (/^[0-9]/.test(value)) return label === void 0 ? "it starts with a digit" : `${label}, and starts with a digit`;
  return label;
}
function explainName(rule, name, prefix2) {
  const value = prefix2 ? maskTrailingDash(name) : name;
  return rule === "subdomain" ? explainDnsSubdomain(value) : rule === "label" ? explainDnsLabel(value) : explainDns1035Label(value);
}
function suggestDnsSubdomain(name) {
  const parts = name.split(".").map((part) => suggestDnsLabel(part)).filter((part) => part !== void 0);
  const joined = parts.join(".").slice(0, DNS1123_SUBDOMAIN_MAX_LENGTH).replace(/[.-]+$/, "");
  return joined === "" || dns1123SubdomainErrors(joined).length > 0 ? void 0 : joined;
}

// rules/device-names.ts
var INTERFACE_NAME = /^[A-Za-z0-9-_]+$/;
var device_names_default = defineRule({
  meta: {
    id: "device-names",
    type: "problem",
    description: "Disk names must be RFC 1123 labels, interface names must use letters, digits, - and _, and disk, volume, interface and network names must be unique",
    level: "error",
    scope: "instance-spec",
    catalog: ["disk-name-dns-label", "disk-name-unique", "volume-name-unique", "interface-name-charset", "interface-name-unique", "network-name-unique"],
    messages: {
      diskNameInvalid: "Disk name '{{name}}' is not a valid RFC 1123 label: {{problems}}. KubeVirt uses disk names as container names: use at most 63 lowercase letters, digits or '-', starting and ending with a letter or digit{{suggestion}}, and rename the matching volume too.",
      volumeNameInvalidForDisk: "Volume '{{name}}' has no disk or filesystem, so KubeVirt adds a disk named '{{name}}', and that is not a valid RFC 1123 label: {{problems}}. Rename the volume to at most 63 lowercase letters, digits or '-'{{suggestion}}.",
      diskNameDuplicate: "Disk name '{{name}}' is already used by disks[{{first}}]: every disk needs its own name. Rename one of them (and its volume).",
      volumeNameDuplicate: "Volume name '{{name}}' is already used by volumes[{{first}}]: every volume needs its own name. Rename one of them (and the disk that uses it).",
      interfaceNameInvalid: "Interface name '{{name}}' may contain only letters, digits, '-' and '_'{{suggestion}}. Rename the interface and its network together.",
      interfaceNameDuplicate: "Interface name '{{name}}' is already used by interfaces[{{first}}]: an interface connects to the network of the same name, so each network can have only one interface. Rename one of them and add a network for it.",
      networkNameDuplicate: "Network name '{{name}}' is already used by networks[{{first}}]: every network needs its own name. Rename one of them and its interface."
    }
  },
  check(ctx) {
    const disksPath = ["domain", "devices", "disks"];
    const disks = asArray(digPath(ctx.spec, disksPath));
    disks.forEach((disk, i) => {
      const name = nameOf(disk);
      if (name === void 0 || isTemplated(ctx, name)) return;
      const problems = explainDnsLabel(name);
      if (problems !== void 0) {
        ctx.report({ path: [...disksPath, i, "name"], messageId: "diskNameInvalid", data: { name, problems, suggestion: suggestion(name) } });
      }
    });
    reportDuplicates(ctx, disks, disksPath, "diskNameDuplicate");
    for (const disk of asArray(digPath(ctx.normalized, disksPath))) {
      const origin = defaultOrigin(disk);
      if (origin?.reason !== "volume-disk") continue;
      const name = nameOf(disk);
      if (name === void 0 || isTemplated(ctx, name)) continue;
      const problems = explainDnsLabel(name);
      if (problems === void 0) continue;
      ctx.report({
        path: ["volumes", origin.volumeIndex, "name"],
        messageId: "volumeNameInvalidForDisk",
        data: { name, problems, suggestion: suggestion(name) }
      });
    }
    reportDuplicates(ctx, asArray(ctx.spec["volumes"]), ["volumes"], "volumeNameDuplicate");
    const interfacesPath = ["domain", "devices", "interfaces"];
    const interfaces = asArray(digPath(ctx.spec, interfacesPath));
    interfaces.forEach((iface, i) => {
      const name = nameOf(iface);
      if (name === void 0 || isTemplated(ctx, name) || INTERFACE_NAME.test(name)) return;
      const cleaned = name.replace(/[^A-Za-z0-9-_]+/g, "-").replace(/^-+|-+$/g, "");
      ctx.report({
        path: [...interfacesPath, i, "name"],
        messageId: "interfaceNameInvalid",
        data: { name, suggestion: cleaned !== "" && cleaned !== name ? ` (e.g. '${cleaned}')` : "" }
      });
    });
    reportDuplicates(ctx, interfaces, interfacesPath, "interfaceNameDuplicate");
    reportDuplicates(ctx, asArray(ctx.spec["networks"]), ["networks"], "networkNameDuplicate");
  }
});
function suggestion(name) {
  const suggested = suggestDnsLabel(name);
  return suggested !== void 0 && suggested !== name ? ` (e.g. '${suggested}')` : "";
}
function reportDuplicates(ctx, items, listPath, messageId) {
  const firstIndex = /* @__PURE__ */ new Map();
  items.forEach((item, i) => {
    const name = nameOf(item);
    if (name === void 0 || isTemplated(ctx, name)) return;
    const first = firstIndex.get(name);
    if (first === void 0) firstIndex.set(name, i);
    else ctx.report({ path: [...listPath, i, "name"], messageId, data: { name, first } });
  });
}

// rules/device-references.ts
var EMPTY_CDROM_GATE = "DeclarativeHotplugVolumes";
var device_references_default = defineRule({
  meta: {
    id: "device-references",
    type: "problem",
    description: "Every disk must have a volume of the same name, and every interface a network of the same name (and the other way round)",
    level: "error",
    scope: "instance-spec",
    catalog: ["disk-has-volume", "empty-cdrom-gate", "interface-has-network", "network-has-interface"],
    messages: {
      diskWithoutVolume: "Disk '{{name}}' has no volume named '{{name}}'{{didYouMean}}. Add a volume with this name under volumes, rename the disk to match its volume, or remove the disk.",
      emptyCdromGate: "CD-ROM disk '{{name}}' has no volume named '{{name}}'; an empty CD-ROM needs the {{gate}} feature gate, which this configuration disables. Add a volume named '{{name}}' or enable the gate.",
      interfaceWithoutNetwork: "Interface '{{name}}' has no network named '{{name}}'{{didYouMean}}. Add one under networks (e.g. `- name: {{name}}` with `pod: {}`){{defaultHint}}, or rename the interface to match its network.",
      networkWithoutInterface: "Network '{{name}}' has no interface named '{{name}}'{{didYouMean}}. Add an interface with this name under domain.devices.interfaces (e.g. with `masquerade: {}` or `bridge: {}`), or remove the network."
    }
  },
  check(ctx) {
    const disabledGates = asArray(ctx.options["disabledFeatureGates"]);
    const emptyCdromAllowed = !disabledGates.includes(EMPTY_CDROM_GATE);
    const volumes = asArray(ctx.spec["volumes"]);
    const disksPath = ["domain", "devices", "disks"];
    const disks = asArray(digPath(ctx.spec, disksPath));
    const filesystems = asArray(dig(ctx.spec, "domain", "devices", "filesystems"));
    if (!hasTemplatedName(ctx, volumes) && !hasTemplatedName(ctx, disks)) {
      const volumeNames = namesOf(volumes);
      const usedNames = /* @__PURE__ */ new Set([...namesOf(disks), ...namesOf(filesystems)]);
      const unusedVolumes = [...volumeNames].filter((name) => !usedNames.has(name));
      disks.forEach((disk, i) => {
        const name = nameOf(disk);
        if (name === void 0 || volumeNames.has(name)) return;
        if (has(disk, "cdrom")) {
          if (!emptyCdromAllowed) ctx.report({ path: [...disksPath, i, "name"], messageId: "emptyCdromGate", data: { name, gate: EMPTY_CDROM_GATE } });
          return;
        }
        ctx.report({ path: [...disksPath, i, "name"], messageId: "diskWithoutVolume", data: { name, didYouMean: didYouMean2(name, unusedVolumes, "volume") } });
      });
    }
    const networks = asArray(ctx.spec["networks"]);
    const interfacesPath = ["domain", "devices", "interfaces"];
    const interfaces = asArray(digPath(ctx.spec, interfacesPath));
    if (hasTemplatedName(ctx, networks) || hasTemplatedName(ctx, interfaces)) return;
    const networkNames = namesOf(networks);
    const interfaceNames = namesOf(interfaces);
    interfaces.forEach((iface, i) => {
      const name = nameOf(iface);
      if (name === void 0 || networkNames.has(name)) return;
      const unmatched = [...networkNames].filter((n) => !interfaceNames.has(n));
      ctx.report({
        path: [...interfacesPath, i, "name"],
        messageId: "interfaceWithoutNetwork",
        data: {
          name,
          didYouMean: didYouMean2(name, unmatched, "network"),
          defaultHint: networks.length === 0 ? "; KubeVirt adds the default pod network only when both interfaces and networks are empty" : ""
        }
      });
    });
    networks.forEach((network, i) => {
      const name = nameOf(network);
      if (name === void 0 || interfaceNames.has(name)) return;
      const unmatched = [...interfaceNames].filter((n) => !networkNames.has(n));
      ctx.report({ path: ["networks", i, "name"], messageId: "networkWithoutInterface", data: { name, didYouMean: didYouMean2(name, unmatched, "interface") } });
    });
  }
});
function namesOf(items) {
  const names2 = /* @__PURE__ */ new Set();
  for (const item of items) {
    const name = nameOf(item);
    if (name !== void 0) names2.add(name);
  }
  return names2;
}
function hasTemplatedName(ctx, items) {
  return ctx.templateParams && items.some((item) => isTemplated(ctx, nameOf(item)));
}
function didYouMean2(name, candidates, what) {
  const match2 = closest(name, candidates);
  return match2 === void 0 ? "" : ` (did you mean the ${what} '${match2}'?)`;
}

// rules/hugepages-memory.ts
var UNDEFAULTED_TEMPLATE_KINDS = /* @__PURE__ */ new Set(["VirtualMachineInstanceReplicaSet", "VirtualMachinePool"]);
var REQUESTS = ["domain", "resources", "requests", "memory"];
var GUEST = ["domain", "memory", "guest"];
var LIMITS = ["domain", "resources", "limits", "memory"];
var hugepages_memory_default = defineRule({
  meta: {
    id: "hugepages-memory",
    type: "problem",
    description: "With hugepages, guest memory must be at least one page and a whole number of pages",
    level: "error",
    scope: "instance-spec",
    catalog: ["hugepages-pagesize-format", "hugepages-memory-ge-pagesize", "hugepages-memory-multiple"],
    messages: {
      pageSizeMissing: "memory.hugepages has no pageSize: KubeVirt rejects an empty page size. Set pageSize, e.g. '2Mi' or '1Gi'.",
      pageSizeInvalid: "Hugepage size '{{value}}' is not a Kubernetes quantity. Use a size such as '2Mi' or '1Gi'.",
      pageSizeZero: "Hugepage size '{{value}}' is zero, which KubeVirt cannot divide guest memory by. Use a real page size such as '2Mi' or '1Gi'.",
      pageSizeNegative: "Hugepage size '{{value}}' is negative: no node has such pages, so the VM cannot be scheduled. Use a page size such as '2Mi' or '1Gi'.",
      tooSmall: "Guest memory {{field}} '{{memory}}' is smaller than the hugepage size '{{pageSize}}': the guest needs at least one whole page. Set {{field}} to at least '{{pageSize}}' or use smaller pages.",
      notMultiple: "Guest memory {{field}} '{{memory}}' ({{bytes}} bytes) is not a multiple of the hugepage size '{{pageSize}}'. Use a whole number of pages, e.g. '{{lower}}' or '{{upper}}'.",
      guestMemoryUnset: "A {{kind}} is validated without KubeVirt filling in guest memory, and with hugepages its validation then fails (the webhook dereferences the unset memory.guest). Set domain.resources.requests.memory or domain.memory.guest in the template."
    }
  },
  check(ctx) {
    const hugepagesPath = ["domain", "memory", "hugepages"];
    const hugepages = digPath(ctx.spec, hugepagesPath);
    if (!isRecord2(hugepages)) return;
    const pageSizeRaw = hugepages["pageSize"];
    if (isTemplated(ctx, pageSizeRaw)) return;
    if (isSet(pageSizeRaw) && typeof pageSizeRaw !== "string") return;
    const pageSizePath = [...hugepagesPath, "pageSize"];
    if (!isSet(pageSizeRaw) || pageSizeRaw === "") {
      ctx.report({ path: isSet(pageSizeRaw) ? pageSizePath : hugepagesPath, messageId: "pageSizeMissing", target: isSet(pageSizeRaw) ? "value" : "key" });
      return;
    }
    const pageSizeText = pageSizeRaw;
    if (!isQuantitySyntax(pageSizeText)) {
      ctx.report({ path: pageSizePath, messageId: "pageSizeInvalid", data: { value: pageSizeText } });
      return;
    }
    const pageSize = parseQuantity(pageSizeText);
    if (pageSize === void 0) return;
    const pageBytes = integerValue(pageSize);
    if (pageBytes === 0n) {
      ctx.report({ path: pageSizePath, messageId: "pageSizeZero", data: { value: pageSizeText } });
      return;
    }
    if (pageBytes < 0n) {
      ctx.report({ path: pageSizePath, messageId: "pageSizeNegative", data: { value: pageSizeText }, severity: "warning" });
      return;
    }
    const candidates = [
      { path: REQUESTS, field: "domain.resources.requests.memory", raw: digPath(ctx.spec, REQUESTS) },
      { path: GUEST, field: "domain.memory.guest", raw: digPath(ctx.spec, GUEST) },
      { path: LIMITS, field: "domain.resources.limits.memory", raw: digPath(ctx.spec, LIMITS) }
    ];
    let chosen;
    for (const source2 of candidates) {
      if (!isSet(source2.raw)) {
        if (source2.path === GUEST && UNDEFAULTED_TEMPLATE_KINDS.has(ctx.kind)) {
          ctx.report({ path: hugepagesPath, target: "key", messageId: "guestMemoryUnset", data: { kind: ctx.kind } });
          return;
        }
        continue;
      }
      if (isTemplated(ctx, source2.raw)) return;
      const quantity = parseQuantity(source2.raw);
      if (quantity === void 0) return;
      const bytes2 = integerValue(quantity);
      if (bytes2 !== 0n) {
        chosen = { source: source2, bytes: bytes2 };
        break;
      }
    }
    if (chosen === void 0) return;
    const { source, bytes } = chosen;
    const memory = typeof source.raw === "string" ? source.raw : String(source.raw);
    if (bytes < pageBytes) {
      ctx.report({ path: source.path, messageId: "tooSmall", data: { field: source.field, memory, pageSize: pageSizeText } });
    } else if (bytes % pageBytes !== 0n) {
      const lower = bytes / pageBytes * pageBytes;
      ctx.report({
        path: source.path,
        messageId: "notMultiple",
        data: { field: source.field, memory, bytes: String(bytes), pageSize: pageSizeText, lower: formatBytes(lower), upper: formatBytes(lower + pageBytes) }
      });
    }
  }
});

// rules/masquerade-pod-network.ts
var NETWORK_SOURCES = ["pod", "multus", "resourceClaim"];
function describeNetwork(network) {
  const sources = NETWORK_SOURCES.filter((source) => has(network, source));
  if (sources.length === 0) return "a network with no source (neither pod, multus nor resourceClaim)";
  if (sources[0] === "multus") {
    const networkName = dig(network, "multus", "networkName");
    return typeof networkName === "string" && networkName !== "" ? `a Multus network (networkName '${networkName}')` : "a Multus network";
  }
  return "a resourceClaim (DRA) network";
}
var masquerade_pod_network_default = defineRule({
  meta: {
    id: "masquerade-pod-network",
    type: "problem",
    description: "The masquerade binding works only on the pod network",
    level: "error",
    scope: "instance-spec",
    catalog: ["masquerade-pod-network-only"],
    messages: {
      notPod: "Interface '{{name}}' uses the masquerade binding, but its network '{{name}}' is {{network}}; masquerade works only on the pod network. Use `bridge: {}` (or SR-IOV) for this interface, or make the network `pod: {}`.",
      noNetwork: "Interface '{{name}}' uses the masquerade binding, which needs the pod network, but there is no network named '{{name}}'. Add `- name: {{name}}` with `pod: {}` under networks."
    }
  },
  check(ctx) {
    const networks = /* @__PURE__ */ new Map();
    let templatedNetwork = false;
    for (const network of asArray(ctx.normalized["networks"])) {
      const name = nameOf(network);
      const record2 = asRecord(network);
      if (name === void 0 || record2 === void 0) continue;
      if (isTemplated(ctx, name)) templatedNetwork = true;
      networks.set(name, record2);
    }
    const interfacesPath = ["domain", "devices", "interfaces"];
    asArray(digPath(ctx.spec, interfacesPath)).forEach((iface, i) => {
      if (!isRecord2(iface) || !has(iface, "masquerade")) return;
      const name = nameOf(iface);
      if (name === void 0 || isTemplated(ctx, name)) return;
      const network = networks.get(name);
      const at = { path: [...interfacesPath, i, "masquerade"], target: "key" };
      if (network === void 0) {
        if (!templatedNetwork) ctx.report({ ...at, messageId: "noNetwork", data: { name } });
        return;
      }
      if (has(network, "pod")) return;
      ctx.report({ ...at, messageId: "notPod", data: { name, network: describeNetwork(network) } });
    });
  }
});

// rules/metadata-name.ts
var CORE_SUBDOMAIN_KINDS = /* @__PURE__ */ new Set([
  "ConfigMap",
  "Secret",
  "PersistentVolumeClaim",
  "PersistentVolume",
  "Pod",
  "PodTemplate",
  "ServiceAccount",
  "ReplicationController",
  "Endpoints",
  "LimitRange",
  "ResourceQuota"
]);
var BUILTIN_SUBDOMAIN_KINDS = {
  apps: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
  batch: ["Job"],
  "networking.k8s.io": ["NetworkPolicy", "Ingress"],
  "storage.k8s.io": ["StorageClass"],
  "scheduling.k8s.io": ["PriorityClass"],
  policy: ["PodDisruptionBudget"]
};
function isBuiltinGroup(group) {
  return group === "" || !group.includes(".") || group === "k8s.io" || group.endsWith(".k8s.io") || group === "openshift.io" || group.endsWith(".openshift.io");
}
function nameRuleFor(apiVersion, kind) {
  const { group } = splitApiVersion(apiVersion);
  if (kind === "List" || kind.endsWith("List")) return "skip";
  if (group === "kustomize.config.k8s.io" || group === "" && kind === "Config") return "skip";
  if (group === "") {
    if (kind === "Service") return "dns1035";
    if (kind === "Namespace") return "label";
    return CORE_SUBDOMAIN_KINDS.has(kind) ? "subdomain" : "path";
  }
  if (BUILTIN_SUBDOMAIN_KINDS[group]?.includes(kind)) return "subdomain";
  return isBuiltinGroup(group) ? "path" : "subdomain";
}
var MESSAGE_IDS = { subdomain: "invalidSubdomain", label: "invalidLabel", dns1035: "invalidDns1035", path: "invalidPathSegment" };
function nameProblems(rule, value, prefix2) {
  if (rule !== "path") return explainName(rule, value, prefix2);
  const errors = pathSegmentNameErrors(value, prefix2);
  return errors.length === 0 ? void 0 : `it ${errors.join(" and ")}`;
}
var metadata_name_default = defineRule({
  meta: {
    id: "metadata-name",
    type: "problem",
    description: "metadata.name (or generateName) must be present and valid for the object kind",
    level: "error",
    scope: "object",
    kinds: ["*"],
    messages: {
      missing: "{{kind}} has no metadata.name and no metadata.generateName; the API server requires one of them. Add metadata.name.",
      invalidSubdomain: "{{kind}} {{field}} '{{name}}' is not a valid name: {{problems}}. Use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters{{suggestion}}.",
      invalidLabel: "{{kind}} {{field}} '{{name}}' is not a valid name: {{problems}}. Use at most 63 lowercase letters, digits or '-', starting and ending with a letter or digit{{suggestion}}.",
      invalidDns1035: "{{kind}} {{field}} '{{name}}' is not a valid name: {{problems}}. Use at most 63 lowercase letters, digits or '-', starting with a letter and ending with a letter or digit{{suggestion}}.",
      invalidPathSegment: "{{kind}} {{field}} '{{name}}' is not a valid name: {{problems}}, because object names are URL path segments. Choose another name.",
      hostnameDerived: "{{kind}} name '{{name}}' is not a valid DNS label ({{problems}}), so KubeVirt derives the guest hostname '{{hostname}}' from it. Use a name of at most 63 characters without dots, or set {{hostnameField}}.",
      hostnameInvalid: "{{kind}} name '{{name}}' is longer than 63 characters and KubeVirt cuts it to '{{hostname}}' for the guest hostname and the virt-launcher pod's vm.kubevirt.io/name label; ending in '-', that is not a valid label value, so the pod cannot be created and the VM never starts. Shorten the name or set {{hostnameField}}."
    }
  },
  check(ctx) {
    const apiVersion = asString(ctx.object["apiVersion"]);
    if (apiVersion === void 0) return;
    const rule = nameRuleFor(apiVersion, ctx.kind);
    if (rule === "skip") return;
    const metadata = ctx.object["metadata"];
    if (isSet(metadata) && !isRecord2(metadata)) return;
    const name = dig(metadata, "name");
    const generateName = dig(metadata, "generateName");
    if (isSet(name) && typeof name !== "string" || isSet(generateName) && typeof generateName !== "string") return;
    const hasName = typeof name === "string" && name !== "";
    const hasGenerateName = typeof generateName === "string" && generateName !== "";
    if (!hasName && !hasGenerateName) {
      ctx.report({ path: isRecord2(metadata) ? ["metadata"] : [], target: "key", messageId: "missing", data: { kind: ctx.kind } });
      return;
    }
    const messageId = MESSAGE_IDS[rule];
    let nameValid = true;
    for (const [field, value, prefix2] of [
      ["generateName", generateName, true],
      ["name", name, false]
    ]) {
      if (typeof value !== "string" || value === "" || isTemplated(ctx, value)) continue;
      const problems = nameProblems(rule, value, prefix2);
      if (problems === void 0) continue;
      if (field === "name") nameValid = false;
      const suggested = rule === "path" ? void 0 : rule === "subdomain" ? suggestDnsSubdomain(value) : suggestDnsLabel(value);
      ctx.report({
        path: ["metadata", field],
        messageId,
        data: {
          kind: ctx.kind,
          field: `metadata.${field}`,
          name: value,
          problems,
          suggestion: suggested !== void 0 && suggested !== value ? ` (e.g. '${suggested}')` : ""
        }
      });
    }
    if (hasName && nameValid && !isTemplated(ctx, name)) checkHostname(ctx, apiVersion, name);
  }
});
function checkHostname(ctx, apiVersion, name) {
  const { group } = splitApiVersion(apiVersion);
  if (group !== "kubevirt.io" || ctx.kind !== "VirtualMachine" && ctx.kind !== "VirtualMachineInstance") return;
  const problems = explainDnsLabel(name);
  if (problems === void 0) return;
  const specPath = ctx.kind === "VirtualMachine" ? ["spec", "template", "spec"] : ["spec"];
  const hostname = digPath(ctx.object, [...specPath, "hostname"]);
  if (typeof hostname === "string" && hostname !== "") return;
  const derived = name.split(".")[0].slice(0, DNS1123_LABEL_MAX_LENGTH);
  const data = { kind: ctx.kind, name, problems, hostname: derived, hostnameField: `${specPath.join(".")}.hostname` };
  const messageId = derived.endsWith("-") ? "hostnameInvalid" : "hostnameDerived";
  ctx.report({ path: ["metadata", "name"], messageId, data, severity: "warning" });
}

// src/schema/validate.ts
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// src/core/path.ts
var PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
function formatPath(path3) {
  let out = "";
  for (const segment of path3) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function getAt(root, path3) {
  let node = root;
  for (const segment of path3) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}

// src/schema/validate.ts
var SCHEMA_DIR_PARTS = ["src", "schema", "generated"];
var PRECOMPILED_FILE = "validators.cjs";
function defaultPrecompiledModule() {
  const beside = fileURLToPath(new URL(`./${PRECOMPILED_FILE}`, import.meta.url));
  return fs.existsSync(beside) ? beside : path.join(packageRoot(), "generated", PRECOMPILED_FILE);
}
async function createSchemaValidator(options = {}) {
  const mode = options.mode ?? "auto";
  const schemaDir = options.schemaDir ?? path.join(packageRoot(), ...SCHEMA_DIR_PARTS);
  const index = JSON.parse(fs.readFileSync(path.join(schemaDir, "index.json"), "utf8"));
  let precompiled;
  if (mode !== "runtime") {
    const file = options.precompiledModule ?? defaultPrecompiledModule();
    if (fs.existsSync(file)) {
      if (mode === "precompiled" || precompiledDigest(file) === schemaDigest(schemaDir)) precompiled = file;
      else {
        process.emitWarning(
          `${file} is older than the schemas in ${schemaDir}; compiling the schemas at run time (run npm run build).`,
          { code: "VIRTOPS_STALE_VALIDATORS" }
        );
      }
    } else if (mode === "precompiled") {
      throw new Error(`precompiled validators not found: ${file} (run npm run build)`);
    }
  }
  let compileKind;
  if (precompiled !== void 0) {
    const file = precompiled;
    let validators;
    compileKind = (apiVersion, kind) => {
      validators ??= createRequire(import.meta.url)(file).validators;
      const fn = validators[`${apiVersion}/${kind}`];
      if (fn === void 0) throw new Error(`precompiled validators lack ${apiVersion} ${kind} (${file}); run npm run build`);
      return fn;
    };
  } else {
    const { createSchemaAjv, schemaKey } = await import("./compile-KU6INAIM.js");
    let set;
    compileKind = (apiVersion, kind) => {
      set ??= createSchemaAjv({ schemaDir });
      const id = set.rootIds.get(schemaKey(apiVersion, kind));
      const fn = id === void 0 ? void 0 : set.ajv.getSchema(id);
      if (fn === void 0) throw new Error(`no schema compiled for ${apiVersion} ${kind}`);
      return fn;
    };
  }
  const byApiVersion = /* @__PURE__ */ new Map();
  const versionsByKind = /* @__PURE__ */ new Map();
  for (const entry of index) {
    let kinds = byApiVersion.get(entry.apiVersion);
    if (kinds === void 0) byApiVersion.set(entry.apiVersion, kinds = /* @__PURE__ */ new Map());
    kinds.set(entry.kind, { index: entry, validate: void 0 });
  }
  for (const entry of [...index].sort((a, b) => Number(a.deprecated) - Number(b.deprecated))) {
    const list2 = versionsByKind.get(entry.kind) ?? [];
    if (!list2.includes(entry.apiVersion)) list2.push(entry.apiVersion);
    versionsByKind.set(entry.kind, list2);
  }
  const loadSchemaFile = schemaFileReader(schemaDir);
  const acceptors = createSchemaAcceptors(index, loadSchemaFile);
  return {
    mode: precompiled !== void 0 ? "precompiled" : "runtime",
    hasSchema(apiVersion, kind) {
      return byApiVersion.get(apiVersion)?.has(kind) ?? false;
    },
    knownApiVersionsForKind(kind) {
      return [...versionsByKind.get(kind) ?? []];
    },
    validateSchema(apiVersion, kind, object, opts) {
      const entry = byApiVersion.get(apiVersion)?.get(kind);
      if (entry === void 0) return void 0;
      if (acceptors.forFile(entry.index.file)(object)) return [];
      let validate = entry.validate;
      if (validate === void 0) validate = entry.validate = compileKind(apiVersion, kind);
      if (validate(object)) return [];
      return buildIssues(validate.errors ?? [], object, loadSchemaFile(entry.index.file), opts?.templateParams === true);
    }
  };
}
var QUANTITY_PATTERN_MARK = "[numkMGTPE]";
var CONTAINER_PATH_PATTERN = "^/([^.]|\\.[^.])*\\.?$";
function toFieldPath(pointer, root) {
  if (pointer === "") return [];
  const out = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const i = Number(key);
      out.push(i);
      node = node[i];
    } else {
      out.push(key);
      node = node !== null && typeof node === "object" ? node[key] : void 0;
    }
  }
  return out;
}
function schemaAt(root, fieldPath) {
  const resolve = (node2) => {
    for (let guard = 0; node2 !== void 0 && guard < 32; guard++) {
      if (node2.$ref !== void 0) node2 = root.definitions?.[node2.$ref.slice("#/definitions/".length)];
      else if (node2.anyOf !== void 0) node2 = node2.anyOf.find((s) => s.$ref !== void 0 || s.type !== "null");
      else return node2;
    }
    return node2;
  };
  let node = resolve(root);
  for (const segment of fieldPath) {
    if (node === void 0) return void 0;
    if (typeof segment === "number") node = resolve(node.items);
    else {
      const next = node.properties?.[segment] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : void 0);
      node = resolve(next);
    }
  }
  return node;
}
function where(fieldPath) {
  return fieldPath.length === 0 ? "at the top level" : `in ${formatPath(fieldPath)}`;
}
function subject(fieldPath) {
  return fieldPath.length === 0 ? "the document" : formatPath(fieldPath);
}
var ARTICLE = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  array: "a list",
  null: "null"
};
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number with a fraction";
  return ARTICLE[typeof value] ?? typeof value;
}
function listWords(words, joiner = "or") {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${joiner} ${words[words.length - 1]}`;
}
function show(value) {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function quantityHint(value) {
  if (typeof value !== "string") return "";
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgGtTpPeE])i?[bB]?\s*$/.exec(value);
  if (m === null) return "";
  const unit = m[2].toUpperCase();
  return `; did you mean "${m[1]}${unit}i"?`;
}
function typeMessage(fieldPath, expected, value) {
  const want = expected.filter((t) => t !== "null");
  const words = (want.includes("number") ? want.filter((t) => t !== "integer") : want).map((t) => ARTICLE[t] ?? t);
  let message = `${subject(fieldPath)} must be ${listWords(words)}, not ${describeValue(value)}`;
  if (typeof value === "string" && (want.includes("integer") || want.includes("number")) && value.trim() !== "" && !Number.isNaN(Number(value))) {
    message += " (remove the quotes)";
  } else if (typeof value === "string" && want.includes("boolean") && /^(true|false)$/i.test(value)) {
    message += " (remove the quotes)";
  }
  return message;
}
function buildIssues(errors, object, schema, templateParams) {
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (fieldPath, keyword, message, target) => {
    const id = `${keyword}\0${JSON.stringify(fieldPath)}\0${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    issues.push({ path: fieldPath, keyword, message, target });
  };
  const isTemplated2 = (value) => templateParams && typeof value === "string" && value.includes("${");
  for (const error of errors) {
    const params = error.params;
    if (error.keyword === "anyOf" || error.keyword === "if") continue;
    if (error.keyword === "type" && params.type === "null") continue;
    const at = toFieldPath(error.instancePath, object);
    const value = getAt(object, at);
    switch (error.keyword) {
      case "additionalProperties": {
        const key = String(params.additionalProperty);
        if (isTemplated2(key)) break;
        const allowed = Object.keys(schemaAt(schema, at)?.properties ?? {});
        const suggestion2 = closest(key, allowed);
        let message = `unknown field "${key}" ${where(at)}`;
        if (suggestion2 !== void 0) message += `; did you mean "${suggestion2}"?`;
        else if (allowed.length === 0) message = `unknown field "${key}" ${where(at)}, which takes no fields; remove it`;
        else if (allowed.length <= 12) message += `; remove it or use one of: ${allowed.join(", ")}`;
        else message += "; remove it or check its spelling";
        add([...at, key], "additionalProperties", message, "key");
        break;
      }
      case "required":
        add(at, "required", `missing required field "${String(params.missingProperty)}" ${where(at)}`, "key");
        break;
      case "type": {
        if (isTemplated2(value)) break;
        const expected = Array.isArray(params.type) ? params.type : String(params.type).split(",");
        add(at, "type", typeMessage(at, expected, value), "value");
        break;
      }
      case "enum": {
        if (isTemplated2(value)) break;
        const allowed = params.allowedValues.filter((v) => v !== null);
        let message;
        if (allowed.length === 1 && allowed[0] === true) message = `${subject(at)} must be true: write access is not supported (remove it or set it to true)`;
        else message = `${subject(at)} must be one of: ${allowed.map((v) => String(v)).join(", ")} (got ${show(value)})`;
        add(at, "enum", message, "value");
        break;
      }
      case "pattern": {
        if (isTemplated2(value)) break;
        const pattern = String(params.pattern);
        let message;
        if (pattern.includes(QUANTITY_PATTERN_MARK)) {
          message = `${subject(at)} must be a Kubernetes quantity such as 2Gi, 500m or 1.5, not ${show(value)}${quantityHint(value)}`;
        } else if (pattern === CONTAINER_PATH_PATTERN) {
          message = `${subject(at)} must be an absolute path (start with '/') and must not contain '..' (got ${show(value)})`;
        } else message = `${subject(at)} must match the pattern ${pattern} (got ${show(value)})`;
        add(at, "pattern", message, "value");
        break;
      }
      case "maxItems":
      case "minItems": {
        const count = Array.isArray(value) ? value.length : 0;
        const limit = Number(params.limit);
        const message = error.keyword === "maxItems" ? `${subject(at)} has ${count} items; at most ${limit} are allowed` : `${subject(at)} has ${count} items; at least ${limit} ${limit === 1 ? "is" : "are"} required`;
        add(at, error.keyword, message, "value");
        break;
      }
      case "maxLength":
      case "minLength": {
        if (isTemplated2(value)) break;
        const limit = Number(params.limit);
        const message = error.keyword === "maxLength" ? `${subject(at)} is too long: at most ${limit} characters are allowed` : `${subject(at)} is too short: at least ${limit} characters are required`;
        add(at, error.keyword, message, "value");
        break;
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        const words = {
          minimum: "at least",
          maximum: "at most",
          exclusiveMinimum: "greater than",
          exclusiveMaximum: "less than"
        };
        add(at, error.keyword, `${subject(at)} must be ${words[error.keyword]} ${String(params.limit)} (got ${show(value)})`, "value");
        break;
      }
      default: {
        if (isTemplated2(value)) break;
        add(at, error.keyword, `${subject(at)} is invalid (${error.keyword} ${JSON.stringify(params)})`, "value");
      }
    }
  }
  return issues;
}
var defaultValidator = await createSchemaValidator();
function validateSchema(apiVersion, kind, object, options) {
  return defaultValidator.validateSchema(apiVersion, kind, object, options);
}

// rules/schema.ts
var schema_default = defineRule({
  meta: {
    id: "schema",
    type: "problem",
    description: "Objects must match the KubeVirt, CDI and CRD schemas the API server and webhooks enforce",
    level: "error",
    scope: "object",
    kinds: ["*"],
    messages: { invalid: "{{message}}" },
    catalog: ["schema-top-level-unknown-key", "schema-spec-required", "schema-unknown-field", "schema-required-field", "schema-type", "schema-enum", "crd-max-items-256", "crd-containerpath-path", "crd-containerpath-readonly", "crd-enum-values", "crd-quantity-pattern"]
  },
  check(ctx) {
    const apiVersion = ctx.object["apiVersion"];
    if (typeof apiVersion !== "string" || ctx.schemaAccepted === true) return;
    const options = { templateParams: ctx.templateParams };
    const info = kindInfo(ctx.kind);
    const issues = validateSchema(apiVersion, ctx.kind, ctx.object, options) ?? (info ? validateSchema(preferredApiVersion(info), ctx.kind, ctx.object, options) : void 0);
    for (const issue of issues ?? []) {
      ctx.report({ path: issue.path, messageId: "invalid", data: { message: issue.message }, target: issue.target });
    }
  }
});

// rules/secure-boot-requires-smm.ts
var secure_boot_requires_smm_default = defineRule({
  meta: {
    id: "secure-boot-requires-smm",
    type: "problem",
    description: "EFI Secure Boot needs the SMM feature enabled",
    level: "error",
    scope: "instance-spec",
    catalog: ["efi-secureboot-requires-smm"],
    fixable: true,
    messages: {
      smmMissing: "EFI Secure Boot is {{secureBoot}}, but domain.features.smm is not set, and Secure Boot needs SMM. Add `smm: {}` under domain.features, or set `secureBoot: false` under domain.firmware.bootloader.efi.",
      smmDisabled: "EFI Secure Boot is {{secureBoot}}, but domain.features.smm has `enabled: false`, and Secure Boot needs SMM. Remove `enabled: false` from domain.features.smm, or set `secureBoot: false` under domain.firmware.bootloader.efi.",
      smmFromPreference: "EFI Secure Boot is {{secureBoot}} and domain.features.smm is not set: the VM is accepted only if its preference {{preference}} enables SMM (preferredSmm) or turns Secure Boot off. Add `smm: {}` under domain.features to not depend on it."
    }
  },
  check(ctx) {
    const bootloaderPath = ["domain", "firmware", "bootloader"];
    const efi = digPath(ctx.spec, [...bootloaderPath, "efi"]);
    if (!isRecord2(efi)) return;
    const secureBoot = efi["secureBoot"];
    if (isSet(secureBoot) && typeof secureBoot !== "boolean") return;
    if (secureBoot === false) return;
    if (digPath(ctx.normalized, [...bootloaderPath, "efi", "secureBoot"]) === false) return;
    if (has(dig(ctx.spec, "domain", "launchSecurity"), "tdx")) return;
    const smm = dig(ctx.spec, "domain", "features", "smm");
    let messageId = "smmMissing";
    if (isSet(smm)) {
      if (!isRecord2(smm)) return;
      const enabled2 = smm["enabled"];
      if (!isSet(enabled2) || enabled2 === true) return;
      if (typeof enabled2 !== "boolean") return;
      messageId = "smmDisabled";
    }
    const state = secureBoot === true ? "on (secureBoot: true)" : "on (secureBoot is unset, which means true)";
    const path3 = "secureBoot" in efi ? [...bootloaderPath, "efi", "secureBoot"] : [...bootloaderPath, "efi"];
    const target = path3[path3.length - 1] === "efi" ? "key" : "value";
    if (messageId === "smmMissing" && ctx.kind === "VirtualMachine") {
      const preference = dig(holderVmSpec(ctx)?.spec, "preference");
      if (isRecord2(preference)) {
        const name = typeof preference["name"] === "string" && preference["name"] !== "" ? `'${preference["name"]}'` : "inferred from a volume";
        ctx.report({ path: path3, target, messageId: "smmFromPreference", data: { secureBoot: state, preference: name }, severity: "warning" });
        return;
      }
    }
    ctx.report({ path: path3, target, messageId, data: { secureBoot: state }, fix: [{ op: "set", path: ["domain", "features", "smm", "enabled"], value: true }] });
  }
});

// src/normalize/arch.ts
var ARCHES = ["amd64", "arm64", "s390x"];
function isArch(value) {
  return typeof value === "string" && ARCHES.includes(value);
}
function effectiveArch(spec, fallback) {
  const declared = spec["architecture"];
  return typeof declared === "string" && declared !== "" ? declared : fallback;
}

// src/normalize/compute.ts
var ZERO = { num: 0n, den: 1n };
function milliValue(q) {
  return integerValue({ num: q.num * 1000n, den: q.den });
}
function readResource(ctx, spec, kind, name) {
  const path3 = ["domain", "resources", kind, name];
  const raw = digPath(spec, path3);
  if (!isSet(raw)) return { raw: void 0, path: path3, quantity: ZERO, value: 0n, milli: 0n };
  if (isTemplated(ctx, raw)) return void 0;
  const quantity = parseQuantity(raw);
  if (quantity === void 0) return void 0;
  return { raw, path: path3, quantity, value: integerValue(quantity), milli: milliValue(quantity) };
}
function showQuantity(raw) {
  return typeof raw === "string" ? raw : String(raw);
}
var UNDEFAULTED_TEMPLATE_KINDS2 = /* @__PURE__ */ new Set(["VirtualMachineInstanceReplicaSet", "VirtualMachinePool"]);
function validatedSpecs(ctx) {
  return UNDEFAULTED_TEMPLATE_KINDS2.has(ctx.kind) ? [ctx.normalized, ctx.spec] : [ctx.normalized];
}
function countField(obj, key) {
  if (!isRecord2(obj)) return 0;
  const value = obj[key];
  if (!isSet(value)) return 0;
  return typeof value === "number" && Number.isInteger(value) ? value : void 0;
}

// rules/cpu-resources.ts
var FEATURE_POLICIES = /* @__PURE__ */ new Set(["", "force", "require", "optional", "disable", "forbid"]);
var cpu_resources_default = defineRule({
  meta: {
    id: "cpu-resources",
    type: "problem",
    description: "CPU requests, limits, feature policies, socket counts and the CPU model must be ones KubeVirt accepts",
    level: "error",
    scope: "instance-spec",
    catalog: ["cpu-request-non-negative", "cpu-limit-non-negative", "cpu-request-le-limit", "cpu-feature-policy", "cpu-sockets-le-max-sockets", "vm-liveupdate-sockets-le-max", "arm64-cpu-model"],
    messages: {
      requestNegative: "CPU request '{{value}}' is negative. Set domain.resources.requests.cpu to a positive amount, e.g. '1' or '500m'.",
      limitNegative: "CPU limit '{{value}}' is negative. Set domain.resources.limits.cpu to at least the request, or remove it.",
      requestAboveLimit: "CPU request '{{request}}' is greater than the CPU limit '{{limit}}'. Lower domain.resources.requests.cpu or raise domain.resources.limits.cpu to at least '{{request}}'.",
      featurePolicy: "CPU feature {{name}} has policy {{policy}}, which KubeVirt does not know. Use one of force, require, optional, disable or forbid (or leave it out for require).",
      socketsAboveMax: "The CPU topology has {{sockets}} sockets{{origin}}, more than maxSockets {{maxSockets}}. Raise domain.cpu.maxSockets to at least {{sockets}} or lower the socket count.",
      arm64CpuModel: "CPU model {{model}} is not supported on arm64: KubeVirt only runs arm64 guests with host-passthrough. Set domain.cpu.model to host-passthrough or remove it."
    }
  },
  check(ctx) {
    const request = readResource(ctx, ctx.spec, "requests", "cpu");
    const limit = readResource(ctx, ctx.spec, "limits", "cpu");
    if (request !== void 0 && request.milli < 0n) ctx.report({ path: request.path, messageId: "requestNegative", data: { value: showQuantity(request.raw) } });
    if (limit !== void 0 && limit.milli < 0n) ctx.report({ path: limit.path, messageId: "limitNegative", data: { value: showQuantity(limit.raw) } });
    if (request !== void 0 && limit !== void 0 && limit.milli > 0n && request.milli > limit.milli) {
      ctx.report({ path: request.path, messageId: "requestAboveLimit", data: { request: showQuantity(request.raw), limit: showQuantity(limit.raw) } });
    }
    const cpu = dig(ctx.spec, "domain", "cpu");
    if (!isRecord2(cpu)) return;
    asArray(cpu["features"]).forEach((feature, i) => {
      if (!isRecord2(feature)) return;
      const policy = feature["policy"];
      if (typeof policy !== "string" || FEATURE_POLICIES.has(policy) || isTemplated(ctx, policy)) return;
      const name = nameOf(feature);
      ctx.report({ path: ["domain", "cpu", "features", i, "policy"], messageId: "featurePolicy", data: { name: name === void 0 ? `#${i + 1}` : quote(name), policy: quote(policy) } });
    });
    const maxSockets = countField(cpu, "maxSockets");
    if (maxSockets !== void 0 && maxSockets !== 0) {
      const sockets = countField(dig(ctx.normalized, "domain", "cpu"), "sockets");
      if (sockets !== void 0 && sockets > maxSockets) {
        const written = isSet(cpu["sockets"]);
        ctx.report({
          path: written ? ["domain", "cpu", "sockets"] : ["domain", "cpu", "maxSockets"],
          messageId: "socketsAboveMax",
          data: { sockets, maxSockets, origin: written ? "" : " (KubeVirt derives them from the CPU limit or request when no topology is given)" }
        });
      }
    }
    const model = cpu["model"];
    if (typeof model === "string" && model !== "" && model !== "host-passthrough" && !isTemplated(ctx, model) && effectiveArch(ctx.spec, ctx.settings.arch) === "arm64") {
      ctx.report({ path: ["domain", "cpu", "model"], messageId: "arm64CpuModel", data: { model: quote(model) } });
    }
  }
});

// rules/dedicated-cpu.ts
var DEDICATED = ["domain", "cpu", "dedicatedCpuPlacement"];
function vcpuCount(cpu) {
  let total = 0n;
  for (const key of ["cores", "sockets", "threads"]) {
    const n = countField(cpu, key);
    if (n === void 0) return void 0;
    if (n !== 0) total = total === 0n ? BigInt(n) : total * BigInt(n);
  }
  return total;
}
var dedicated_cpu_default = defineRule({
  meta: {
    id: "dedicated-cpu",
    type: "problem",
    description: "dedicatedCpuPlacement needs whole, equal CPU requests and limits that match the topology, equal memory requests and limits, and at most 2 threads",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "dedicated-cpu-memory-required",
      "dedicated-cpu-request-integer",
      "dedicated-cpu-limit-integer",
      "dedicated-memory-request-eq-limit",
      "dedicated-cpu-amount-required",
      "dedicated-cpu-request-eq-limit",
      "dedicated-cpu-vs-topology",
      "dedicated-threads-arm64",
      "dedicated-threads-max-2",
      "isolate-emulator-thread-requires-dedicated"
    ],
    messages: {
      memoryMissing: "dedicatedCpuPlacement needs the guest memory to be given: set domain.resources.requests.memory and domain.resources.limits.memory (equal), domain.memory.guest, or domain.memory.hugepages.",
      requestNotInteger: "With dedicatedCpuPlacement the CPU request must be a whole number of CPUs, not '{{value}}'. Use e.g. '{{suggestion}}'.",
      limitNotInteger: "With dedicatedCpuPlacement the CPU limit must be a whole number of CPUs, not '{{value}}'. Use e.g. '{{suggestion}}'.",
      memoryRequestNotLimit: "With dedicatedCpuPlacement the memory request '{{request}}' must equal the memory limit '{{limit}}'. Set both to the same amount.",
      cpuAmountMissing: "dedicatedCpuPlacement needs a CPU count: set domain.cpu.cores (or sockets/threads), or domain.resources.requests.cpu / limits.cpu.",
      cpuRequestNotLimit: "With dedicatedCpuPlacement the CPU request '{{request}}' must equal the CPU limit '{{limit}}'. Set both to the same whole number.",
      cpuVsTopology: "With dedicatedCpuPlacement the CPU request/limit ({{amount}}) must match the {{vcpus}} vCPUs of the topology (cores x sockets x threads). Make them equal, or drop the CPU request and limit and let the topology decide.",
      threadsArm64: "With dedicatedCpuPlacement on arm64 a core has one thread, but domain.cpu.threads is {{threads}}. Set threads to 1 and use cores instead.",
      threadsAboveTwo: "With dedicatedCpuPlacement at most 2 threads per core are allowed, but domain.cpu.threads is {{threads}}. Set threads to 1 or 2 and use cores instead.",
      isolateWithoutDedicated: "isolateEmulatorThread works only together with dedicatedCpuPlacement. Add `dedicatedCpuPlacement: true` under domain.cpu, or remove isolateEmulatorThread."
    }
  },
  check(ctx) {
    const cpu = dig(ctx.spec, "domain", "cpu");
    if (!isRecord2(cpu)) return;
    if (cpu["isolateEmulatorThread"] === true && cpu["dedicatedCpuPlacement"] !== true) {
      ctx.report({ path: ["domain", "cpu", "isolateEmulatorThread"], messageId: "isolateWithoutDedicated" });
    }
    if (cpu["dedicatedCpuPlacement"] !== true) return;
    const seen = /* @__PURE__ */ new Set();
    const report = (r) => {
      if (seen.has(r.messageId)) return;
      seen.add(r.messageId);
      ctx.report(r);
    };
    const written = (path3) => isSet(digPath(ctx.spec, path3));
    const holder = holderVmSpec(ctx);
    const instancetype = holder !== void 0 && has(holder.spec, "instancetype");
    for (const spec of validatedSpecs(ctx)) {
      const reqCpu = readResource(ctx, spec, "requests", "cpu");
      const limCpu = readResource(ctx, spec, "limits", "cpu");
      const reqMem = readResource(ctx, spec, "requests", "memory");
      const limMem = readResource(ctx, spec, "limits", "memory");
      if (reqCpu === void 0 || limCpu === void 0 || reqMem === void 0 || limMem === void 0) return;
      const specCpu = dig(spec, "domain", "cpu");
      const memory = dig(spec, "domain", "memory");
      if (!instancetype && isZero(limMem.quantity) && isZero(reqMem.quantity) && !has(memory, "hugepages")) {
        const guest = isRecord2(memory) ? memory["guest"] : void 0;
        const guestQuantity = isSet(guest) ? parseQuantity(guest) : void 0;
        if (!isSet(guest) || guestQuantity !== void 0 && isZero(guestQuantity)) report({ path: DEDICATED, target: "key", messageId: "memoryMissing" });
      }
      if (reqCpu.value > 0n && reqCpu.value * 1000n !== reqCpu.milli && written(reqCpu.path)) {
        report({ path: reqCpu.path, messageId: "requestNotInteger", data: { value: showQuantity(reqCpu.raw), suggestion: String(reqCpu.value) } });
      }
      if (limCpu.value > 0n && limCpu.value * 1000n !== limCpu.milli) {
        report({ path: limCpu.path, messageId: "limitNotInteger", data: { value: showQuantity(limCpu.raw), suggestion: String(limCpu.value) } });
      }
      if (reqMem.value > 0n && limMem.value > 0n && reqMem.value !== limMem.value) {
        report({ path: reqMem.path, messageId: "memoryRequestNotLimit", data: { request: showQuantity(reqMem.raw), limit: showQuantity(limMem.raw) } });
      }
      const vcpus = vcpuCount(specCpu);
      if (vcpus === void 0 || instancetype) continue;
      if (reqCpu.value === 0n && limCpu.value === 0n && vcpus === 0n) report({ path: DEDICATED, target: "key", messageId: "cpuAmountMissing" });
      if (reqCpu.value > 0n && limCpu.value > 0n && reqCpu.value !== limCpu.value) {
        report({ path: written(reqCpu.path) ? reqCpu.path : DEDICATED, messageId: "cpuRequestNotLimit", data: { request: showQuantity(reqCpu.raw), limit: showQuantity(limCpu.raw) } });
      } else if ((reqCpu.value > 0n || limCpu.value > 0n) && vcpus > 0n && reqCpu.value !== vcpus && limCpu.value !== vcpus) {
        const at = written(reqCpu.path) ? reqCpu.path : written(limCpu.path) ? limCpu.path : DEDICATED;
        const amount = reqCpu.value > 0n ? `request ${showQuantity(reqCpu.raw)}` : `limit ${showQuantity(limCpu.raw)}`;
        report({ path: at, messageId: "cpuVsTopology", data: { amount, vcpus: String(vcpus) } });
      }
      const threads = countField(specCpu, "threads");
      if (threads !== void 0 && threads > 1 && effectiveArch(spec, ctx.settings.arch) === "arm64") {
        report({ path: ["domain", "cpu", "threads"], messageId: "threadsArm64", data: { threads } });
      }
      if (threads !== void 0 && threads > 2) report({ path: ["domain", "cpu", "threads"], messageId: "threadsAboveTwo", data: { threads } });
    }
  }
});

// rules/firmware.ts
var FIRMWARE = ["domain", "firmware"];
var firmware_default = defineRule({
  meta: {
    id: "firmware",
    type: "problem",
    description: "The bootloader must be either BIOS or EFI (EFI on arm64), and ACPI tables must come from Secret volumes",
    level: "error",
    scope: "instance-spec",
    catalog: ["bootloader-bios-efi-exclusive", "arm64-no-bios", "acpi-table-ref-required", "acpi-table-volume-exists", "acpi-table-volume-secret"],
    messages: {
      biosAndEfi: "domain.firmware.bootloader has both bios and efi, but a VM boots with one of them. Remove bios or efi.",
      arm64Bios: "arm64 guests cannot boot with BIOS, only with UEFI. Replace `bios` with `efi: {}` (or remove the bootloader: arm64 defaults to EFI).",
      acpiEmpty: "domain.firmware.acpi is set but names no table: set slicNameRef or msdmNameRef to a Secret volume holding the table, or remove acpi.",
      acpiNoVolume: "domain.firmware.acpi.{{field}} is '{{name}}', but no volume has that name. Add a Secret volume named '{{name}}' holding the table, or fix the name.",
      acpiNotSecret: "domain.firmware.acpi.{{field}} points at volume '{{name}}', which is not a Secret volume. ACPI tables must come from a `secret` volume."
    }
  },
  check(ctx) {
    const firmware = digPath(ctx.spec, FIRMWARE);
    if (!isRecord2(firmware)) return;
    const bootloader = firmware["bootloader"];
    if (isRecord2(bootloader) && isSet(bootloader["bios"])) {
      if (isSet(bootloader["efi"])) ctx.report({ path: [...FIRMWARE, "bootloader"], target: "key", messageId: "biosAndEfi" });
      if (effectiveArch(ctx.spec, ctx.settings.arch) === "arm64") ctx.report({ path: [...FIRMWARE, "bootloader", "bios"], target: "key", messageId: "arm64Bios" });
    }
    const acpi = firmware["acpi"];
    if (!isSet(acpi)) return;
    if (!isRecord2(acpi)) return;
    const refs = ["slicNameRef", "msdmNameRef"].map((field) => ({ field, name: acpi[field] }));
    if (refs.some((r) => isSet(r.name) && typeof r.name !== "string")) return;
    if (refs.every((r) => !isSet(r.name) || r.name === "")) {
      ctx.report({ path: [...FIRMWARE, "acpi"], target: "key", messageId: "acpiEmpty" });
      return;
    }
    const volumes = asArray(ctx.spec["volumes"]);
    for (const { field, name } of refs) {
      if (typeof name !== "string" || name === "" || isTemplated(ctx, name)) continue;
      const volume = volumes.find((v) => nameOf(v) === name);
      const path3 = [...FIRMWARE, "acpi", field];
      if (volume === void 0 && volumes.some((v) => isTemplated(ctx, nameOf(v)))) continue;
      if (volume === void 0) ctx.report({ path: path3, messageId: "acpiNoVolume", data: { field, name } });
      else if (!has(volume, "secret")) ctx.report({ path: path3, messageId: "acpiNotSecret", data: { field, name } });
    }
  }
});

// rules/hostname-dns.ts
import { isIP } from "node:net";
var MAX_NAMESERVERS = 3;
var MAX_SEARCHES = 6;
var MAX_SEARCH_CHARS = 256;
function isGoIP(value) {
  return isIP(value) !== 0 && !value.includes("%");
}
var hostname_dns_default = defineRule({
  meta: {
    id: "hostname-dns",
    type: "problem",
    description: "hostname, subdomain, DNS settings and the service account name must be valid",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "hostname-dns-label",
      "subdomain-dns-subdomain",
      "dns-none-requires-dnsconfig",
      "dns-none-requires-nameserver",
      "dns-max-nameservers",
      "dns-nameserver-ip",
      "dns-max-search-paths",
      "dns-search-list-length",
      "dns-search-subdomain",
      "dns-option-name-required",
      "service-account-name-format",
      "service-account-name-matches-volume"
    ],
    messages: {
      hostname: "hostname '{{value}}' is not a valid DNS label: {{errors}}. Use lowercase letters, digits and '-' (at most 63 characters).",
      subdomain: "subdomain '{{value}}' is not a valid DNS subdomain: {{errors}}. Use lowercase letters, digits, '-' and '.'.",
      dnsConfigRequired: "dnsPolicy None takes every DNS setting from dnsConfig, but there is none. Add dnsConfig with at least one nameserver, or use another dnsPolicy.",
      nameserverRequired: "dnsPolicy None needs at least one nameserver in dnsConfig.nameservers. Add one, or use another dnsPolicy.",
      tooManyNameservers: "dnsConfig has {{count}} nameservers; at most 3 are allowed. Remove {{extra}}.",
      nameserverNotIp: "Nameserver '{{value}}' is not an IP address. Use an IPv4 or IPv6 address, e.g. 10.0.0.10.",
      tooManySearches: "dnsConfig has {{count}} search domains; at most 6 are allowed. Remove {{extra}}.",
      searchListTooLong: "The dnsConfig search domains take {{length}} characters (joined with spaces); at most 256 are allowed. Shorten or remove some.",
      searchNotSubdomain: "Search domain '{{value}}' is not a valid DNS subdomain: {{errors}}.",
      optionNameEmpty: "A dnsConfig option has no name. Give it a name (e.g. ndots) or remove it.",
      serviceAccountName: "serviceAccountName '{{value}}' is not a valid service account name: {{errors}}.",
      serviceAccountMismatch: "serviceAccountName is '{{name}}', but the serviceAccount volume uses '{{volumeName}}': both must name the same service account. Make them equal."
    }
  },
  check(ctx) {
    const { spec } = ctx;
    for (const [field, validate, messageId] of [
      ["hostname", dns1123LabelErrors, "hostname"],
      ["subdomain", dns1123SubdomainErrors, "subdomain"]
    ]) {
      const value = spec[field];
      if (typeof value !== "string" || value === "" || isTemplated(ctx, value)) continue;
      const errors = validate(value);
      if (errors.length > 0) ctx.report({ path: [field], messageId, data: { value, errors: errors.join(", ") } });
    }
    checkDns(ctx);
    const account = spec["serviceAccountName"];
    if (typeof account === "string" && account !== "" && !isTemplated(ctx, account)) {
      const errors = dns1123SubdomainErrors(account);
      if (errors.length > 0) ctx.report({ path: ["serviceAccountName"], messageId: "serviceAccountName", data: { value: account, errors: errors.join("; ") } });
      for (const volume of asArray(spec["volumes"])) {
        const source = isRecord2(volume) ? volume["serviceAccount"] : void 0;
        if (!isRecord2(source)) continue;
        const volumeName = source["serviceAccountName"];
        if (isSet(volumeName) && typeof volumeName !== "string") break;
        if (isTemplated(ctx, volumeName)) break;
        if ((volumeName ?? "") !== account) {
          ctx.report({ path: ["serviceAccountName"], messageId: "serviceAccountMismatch", data: { name: account, volumeName: volumeName ?? "" } });
          break;
        }
      }
    }
  }
});
function checkDns(ctx) {
  const { spec } = ctx;
  const policy = spec["dnsPolicy"];
  const config = spec["dnsConfig"];
  if (isSet(config) && !isRecord2(config)) return;
  if (policy === "None") {
    if (!isRecord2(config)) {
      ctx.report({ path: ["dnsPolicy"], messageId: "dnsConfigRequired" });
      return;
    }
    if (asArray(config["nameservers"]).length === 0) {
      ctx.report({ path: ["dnsConfig"], target: "key", messageId: "nameserverRequired" });
      return;
    }
  }
  if (!isRecord2(config)) return;
  const nameservers = asArray(config["nameservers"]);
  if (nameservers.length > MAX_NAMESERVERS) {
    const extra = nameservers.length - MAX_NAMESERVERS;
    ctx.report({ path: ["dnsConfig", "nameservers"], target: "key", messageId: "tooManyNameservers", data: { count: nameservers.length, extra: extra === 1 ? "one" : String(extra) } });
  }
  nameservers.forEach((ns, i) => {
    if (typeof ns !== "string" || isTemplated(ctx, ns)) return;
    if (!isGoIP(ns)) ctx.report({ path: ["dnsConfig", "nameservers", i], messageId: "nameserverNotIp", data: { value: ns } });
  });
  const searches = asArray(config["searches"]);
  if (searches.length > MAX_SEARCHES) {
    const extra = searches.length - MAX_SEARCHES;
    ctx.report({ path: ["dnsConfig", "searches"], target: "key", messageId: "tooManySearches", data: { count: searches.length, extra: extra === 1 ? "one" : String(extra) } });
  }
  if (searches.every((s) => typeof s === "string") && !searches.some((s) => isTemplated(ctx, s))) {
    const length = byteLength(searches.join(" "));
    if (length > MAX_SEARCH_CHARS) ctx.report({ path: ["dnsConfig", "searches"], target: "key", messageId: "searchListTooLong", data: { length } });
  }
  searches.forEach((search, i) => {
    if (typeof search !== "string" || isTemplated(ctx, search)) return;
    const errors = dns1123SubdomainErrors(search);
    if (errors.length > 0) ctx.report({ path: ["dnsConfig", "searches", i], messageId: "searchNotSubdomain", data: { value: search, errors: errors.join(", ") } });
  });
  asArray(config["options"]).forEach((option, i) => {
    if (!isRecord2(option)) return;
    const name = option["name"];
    if (!isSet(name) || name === "") ctx.report({ path: ["dnsConfig", "options", i], messageId: "optionNameEmpty" });
  });
}

// rules/hyperv-dependencies.ts
var DEPENDENCIES = [
  ["evmcs", "vapic"],
  ["ipi", "vpindex"],
  ["tlbflush", "vpindex"],
  ["synictimer", "synic"],
  ["synic", "vpindex"]
];
var HYPERV = ["domain", "features", "hyperv"];
function stateOf(hyperv, key) {
  const value = hyperv[key];
  if (!isSet(value)) return "missing";
  if (!isRecord2(value)) return void 0;
  const enabled2 = value["enabled"];
  if (!isSet(enabled2)) return "enabled";
  if (typeof enabled2 !== "boolean") return void 0;
  return enabled2 ? "enabled" : "disabled";
}
var hyperv_dependencies_default = defineRule({
  meta: {
    id: "hyperv-dependencies",
    type: "problem",
    description: "Hyper-V enlightenments must not have the enlightenments they depend on disabled, and cannot be combined with hypervPassthrough",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "hyperv-synic-requires-vpindex",
      "hyperv-synictimer-requires-synic",
      "hyperv-tlbflush-requires-vpindex",
      "hyperv-ipi-requires-vpindex",
      "hyperv-evmcs-requires-vapic",
      "hyperv-evmcs-requires-vmx",
      "hyperv-evmcs-vmx-policy",
      "hyperv-passthrough-exclusive"
    ],
    messages: {
      requiresDisabled: "Hyper-V '{{feature}}' needs '{{requires}}', which has `enabled: false`. Enable {{requires}} (remove `enabled: false`), or disable {{feature}}.",
      requiresMissing: "Hyper-V '{{feature}}' needs '{{requires}}', which is not set. KubeVirt usually turns it on by itself, but not here, because another Hyper-V dependency is disabled. Add `{{requires}}: {}` under domain.features.hyperv, or disable {{feature}}.",
      evmcsNeedsVmx: "Hyper-V 'evmcs' needs the CPU feature vmx with policy require, and KubeVirt does not add it here, because a Hyper-V dependency is disabled. Add `{name: vmx, policy: require}` to domain.cpu.features, and fix the disabled dependency.",
      evmcsVmxPolicy: "Hyper-V 'evmcs' needs the CPU feature vmx with policy require, not {{policy}}. Set policy: require on it.",
      passthroughExclusive: "domain.features.hyperv and domain.features.hypervPassthrough cannot both be set: passthrough already exposes every Hyper-V enlightenment. Remove one of them."
    }
  },
  check(ctx) {
    const features = dig(ctx.spec, "domain", "features");
    if (!isRecord2(features)) return;
    const hyperv = features["hyperv"];
    if (isSet(hyperv) && isSet(features["hypervPassthrough"])) {
      ctx.report({ path: [...HYPERV], target: "key", messageId: "passthroughExclusive" });
    }
    if (!isRecord2(hyperv)) return;
    const state = /* @__PURE__ */ new Map();
    for (const key of ["evmcs", "vapic", "ipi", "vpindex", "tlbflush", "synictimer", "synic"]) {
      const s = stateOf(hyperv, key);
      if (s === void 0) return;
      state.set(key, s);
    }
    const written = new Map(state);
    let stopped = false;
    for (const [feature, requires] of DEPENDENCIES) {
      if (state.get(feature) !== "enabled") continue;
      const req = state.get(requires);
      if (req === "missing") state.set(requires, "enabled");
      else if (req === "disabled") {
        stopped = true;
        break;
      }
    }
    if (!stopped) return;
    for (const [feature, requires] of DEPENDENCIES) {
      if (state.get(feature) !== "enabled" || state.get(requires) === "enabled") continue;
      const messageId = written.get(requires) === "disabled" ? "requiresDisabled" : "requiresMissing";
      ctx.report({ path: [...HYPERV, feature], target: "key", messageId, data: { feature, requires } });
    }
    if (state.get("evmcs") !== "enabled") return;
    const cpuFeatures = dig(ctx.spec, "domain", "cpu", "features");
    if (isSet(cpuFeatures) && !Array.isArray(cpuFeatures)) return;
    const list2 = asArray(cpuFeatures);
    if (list2.length === 0) {
      ctx.report({ path: [...HYPERV, "evmcs"], target: "key", messageId: "evmcsNeedsVmx" });
      return;
    }
    list2.forEach((feature, i) => {
      if (!isRecord2(feature) || feature["name"] !== "vmx") return;
      const policy = feature["policy"];
      if (policy === "require" || isSet(policy) && typeof policy !== "string") return;
      const shown = typeof policy === "string" && policy !== "" ? `'${policy}'` : "an empty policy";
      ctx.report({ path: isSet(policy) ? ["domain", "cpu", "features", i, "policy"] : ["domain", "cpu", "features", i], messageId: "evmcsVmxPolicy", data: { policy: shown } });
    });
  }
});

// src/normalize/paths.ts
function cleanAbsolutePath(path3) {
  const parts = [];
  for (const part of path3.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

// rules/kernel-boot.ts
var KERNEL_BOOT = ["domain", "firmware", "kernelBoot"];
var kernel_boot_default = defineRule({
  meta: {
    id: "kernel-boot",
    type: "problem",
    description: "Direct kernel boot needs a container image with a kernel or initrd at an absolute path; kernel arguments need that kernel",
    level: "error",
    scope: "instance-spec",
    catalog: ["kernel-args-require-kernel", "kernelboot-image-required", "kernelboot-path-required", "kernelboot-path-not-root", "kernelboot-path-absolute"],
    messages: {
      argsWithoutKernel: "kernelArgs are set, but kernelBoot has no container with a kernel, so there is nothing to pass them to. Add kernelBoot.container (image and kernelPath), or remove kernelArgs.",
      imageMissing: "kernelBoot.container has no image. Set image to the container image that holds the kernel and/or initrd.",
      pathMissing: "kernelBoot.container names neither kernelPath nor initrdPath. Set kernelPath (e.g. /boot/vmlinuz) and/or initrdPath inside the image.",
      pathRoot: "kernelBoot.container.{{field}} is '/', which is a directory. Point it at the file inside the image, e.g. /boot/vmlinuz.",
      pathNotAbsolute: "kernelBoot.container.{{field}} '{{value}}' must be an absolute path without '.', '..' or '//' parts. Use '{{suggestion}}'."
    }
  },
  check(ctx) {
    const kernelBoot = digPath(ctx.spec, KERNEL_BOOT);
    if (!isRecord2(kernelBoot)) return;
    const container = kernelBoot["container"];
    if (!isSet(container)) {
      const args = kernelBoot["kernelArgs"];
      if (typeof args === "string" && args !== "") ctx.report({ path: [...KERNEL_BOOT, "kernelArgs"], messageId: "argsWithoutKernel" });
      return;
    }
    if (!isRecord2(container)) return;
    const image = container["image"];
    if (image === "") ctx.report({ path: [...KERNEL_BOOT, "container", "image"], messageId: "imageMissing" });
    const kernelPath = container["kernelPath"];
    const initrdPath = container["initrdPath"];
    if (isSet(kernelPath) && typeof kernelPath !== "string" || isSet(initrdPath) && typeof initrdPath !== "string") return;
    if (!kernelPath && !initrdPath) {
      ctx.report({ path: [...KERNEL_BOOT, "container"], target: "key", messageId: "pathMissing" });
      return;
    }
    for (const [field, value] of [["kernelPath", kernelPath], ["initrdPath", initrdPath]]) {
      if (typeof value !== "string" || value === "" || isTemplated(ctx, value)) continue;
      const path3 = [...KERNEL_BOOT, "container", field];
      if (value === "/") {
        ctx.report({ path: path3, messageId: "pathRoot", data: { field } });
        continue;
      }
      const cleaned = cleanAbsolutePath(value);
      const provided = value.endsWith("/") ? value.slice(0, -1) : value;
      if (cleaned !== provided) ctx.report({ path: path3, messageId: "pathNotAbsolute", data: { field, value, suggestion: cleaned } });
    }
  }
});

// src/normalize/feature-gates.ts
var FEATURE_GATES = {
  ExperimentalIgnitionSupport: "alpha",
  Sidecar: "alpha",
  HostDevices: "alpha",
  HostDisk: "alpha",
  DownwardMetrics: "alpha",
  VSOCK: "alpha",
  EnableVirtioFsStorageVolumes: "alpha",
  ReservedOverheadMemlock: "alpha",
  WorkloadEncryptionTDX: "alpha",
  NetworkDevicesWithDRA: "alpha",
  PortRangesSpec: "alpha",
  UtilityVolumes: "alpha",
  GraceIOVirtualization: "alpha",
  PCINUMAAwareTopology: "alpha",
  IOMMUFD: "alpha",
  VGPULiveMigration: "alpha",
  WorkloadEncryptionSEV: "beta",
  DeclarativeHotplugVolumes: "beta",
  PasstBinding: "beta",
  RebootPolicy: "beta",
  DecentralizedLiveMigration: "beta",
  GPUsWithDRA: "beta",
  HostDevicesWithDRA: "beta",
  NodeRestriction: "beta",
  NUMA: "ga",
  PersistentReservation: "ga",
  VideoConfig: "ga",
  PanicDevices: "ga",
  GPU: "ga",
  LiveMigration: "ga"
};
function isKnownFeatureGate(name) {
  return Object.hasOwn(FEATURE_GATES, name);
}
function isFeatureGateEnabled(settings, gate) {
  switch (FEATURE_GATES[gate]) {
    case "alpha":
      return settings.featureGates.includes(gate);
    case "beta":
      return !settings.disabledFeatureGates.includes(gate);
    case "ga":
      return true;
  }
}
function featureGateHint(gate) {
  return FEATURE_GATES[gate] === "alpha" ? `KubeVirt rejects this unless the ${gate} feature gate (Alpha, off by default) is enabled in the KubeVirt CR; if your cluster enables it, add ${gate} to settings.featureGates in virtops.config.yaml` : `KubeVirt rejects this because the ${gate} feature gate (Beta, on by default) is disabled in settings.disabledFeatureGates`;
}
function gateSeverity(settings) {
  return settings.featureGatesConfigured ? {} : { severity: "warning" };
}

// rules/launch-security.ts
var LAUNCH_SECURITY = ["domain", "launchSecurity"];
var launch_security_default = defineRule({
  meta: {
    id: "launch-security",
    type: "problem",
    description: "Confidential computing (SEV, SNP, TDX) needs one type, its feature gate, UEFI without the features it excludes, and amd64 or s390x",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "launchsecurity-arch",
      "launchsecurity-single-type",
      "launchsecurity-gate",
      "tdx-no-smm",
      "launchsecurity-requires-efi",
      "sev-no-secureboot",
      "snp-tdx-no-persistent-efi",
      "sev-attestation-needs-paused",
      "launchsecurity-no-bootable-nic"
    ],
    messages: {
      arch: "launchSecurity is supported on amd64 and s390x only, but this guest is {{arch}}. Remove launchSecurity or set spec.architecture to amd64 (or s390x).",
      singleType: "launchSecurity must set exactly one of sev, snp or tdx, but it sets {{types}}. Keep one.",
      gate: "launchSecurity {{type}} needs the {{gate}} feature gate: {{hint}}.",
      tdxSmm: "TDX does not work with SMM, but domain.features.smm is enabled. Remove smm from domain.features (or set `enabled: false`).",
      requiresEfi: "{{type}} needs UEFI firmware (OVMF). Add `efi: {secureBoot: false}` under domain.firmware.bootloader.",
      secureBoot: "{{type}} does not work with Secure Boot, which is {{state}}. Set `secureBoot: false` under domain.firmware.bootloader.efi.",
      persistentEfi: "{{type}} does not work with persistent EFI variables. Remove `persistent: true` from domain.firmware.bootloader.efi.",
      attestationPaused: "SEV attestation needs the VM to start paused. Set `startStrategy: Paused`, or remove launchSecurity.sev.attestation.",
      bootableNic: "{{type}} does not work with network boot, but interface {{name}} has a bootOrder. Remove bootOrder from the interface."
    }
  },
  check(ctx) {
    const launchSecurity = digPath(ctx.spec, LAUNCH_SECURITY);
    if (!isSet(launchSecurity)) return;
    let badArch;
    for (const spec of validatedSpecs(ctx)) {
      const arch = spec["architecture"];
      if (isTemplated(ctx, arch)) return;
      const value = typeof arch === "string" ? arch : "";
      if (value !== "amd64" && value !== "s390x") {
        badArch = value;
        break;
      }
    }
    if (badArch !== void 0) {
      const declared = isSet(ctx.spec["architecture"]);
      ctx.report({ path: declared ? ["architecture"] : [...LAUNCH_SECURITY], target: declared ? "value" : "key", messageId: "arch", data: { arch: badArch === "" ? "not set in the template (a VirtualMachineInstanceReplicaSet or pool template is validated without defaults)" : badArch } });
      return;
    }
    if (dig(ctx.normalized, "architecture") !== "amd64") return;
    if (!isRecord2(launchSecurity)) return;
    const sev = isSet(launchSecurity["sev"]);
    const snp = isSet(launchSecurity["snp"]);
    const tdx = isSet(launchSecurity["tdx"]);
    const types = [sev && "SEV", snp && "SNP", tdx && "TDX"].filter((t) => typeof t === "string");
    if (types.length !== 1) {
      ctx.report({ path: [...LAUNCH_SECURITY], target: "key", messageId: "singleType", data: { types: types.length === 0 ? "none" : types.join(" and ") } });
      return;
    }
    const type = types[0];
    const gate = tdx ? "WorkloadEncryptionTDX" : "WorkloadEncryptionSEV";
    if (!isFeatureGateEnabled(ctx.settings, gate)) {
      ctx.report({ path: [...LAUNCH_SECURITY, type.toLowerCase()], target: "key", messageId: "gate", data: { type, gate, hint: featureGateHint(gate) }, ...gateSeverity(ctx.settings) });
      return;
    }
    const smm = dig(ctx.spec, "domain", "features", "smm");
    if (tdx && isRecord2(smm) && smm["enabled"] !== false) ctx.report({ path: ["domain", "features", "smm"], target: "key", messageId: "tdxSmm" });
    const efi = dig(ctx.spec, "domain", "firmware", "bootloader", "efi");
    if (!isSet(efi)) {
      ctx.report({ path: [...LAUNCH_SECURITY], target: "key", messageId: "requiresEfi", data: { type } });
    } else if (isRecord2(efi)) {
      const secureBoot = efi["secureBoot"];
      if ((sev || snp) && (!isSet(secureBoot) || secureBoot === true)) {
        ctx.report({
          path: isSet(secureBoot) ? ["domain", "firmware", "bootloader", "efi", "secureBoot"] : ["domain", "firmware", "bootloader", "efi"],
          target: isSet(secureBoot) ? "value" : "key",
          messageId: "secureBoot",
          data: { type, state: isSet(secureBoot) ? "on" : "on by default" }
        });
      }
      if ((snp || tdx) && efi["persistent"] === true) {
        ctx.report({ path: ["domain", "firmware", "bootloader", "efi", "persistent"], messageId: "persistentEfi", data: { type } });
      }
    }
    if (sev && has(launchSecurity["sev"], "attestation") && ctx.spec["startStrategy"] !== "Paused" && !isTemplated(ctx, ctx.spec["startStrategy"])) {
      ctx.report({ path: [...LAUNCH_SECURITY, "sev", "attestation"], target: "key", messageId: "attestationPaused" });
    }
    asArray(dig(ctx.spec, "domain", "devices", "interfaces")).forEach((iface, i) => {
      if (!isRecord2(iface) || !isSet(iface["bootOrder"])) return;
      const name = nameOf(iface);
      ctx.report({ path: ["domain", "devices", "interfaces", i, "bootOrder"], target: "key", messageId: "bootableNic", data: { type, name: name === void 0 ? `#${i + 1}` : quote(name) } });
    });
  }
});

// rules/machine-type.ts
var DEFAULT_MACHINES = {
  amd64: ["q35*", "pc-q35*"],
  arm64: ["virt*"],
  s390x: ["s390-ccw-virtio*"]
};
function globToRegExp(glob) {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end === -1) return /$^/;
      let body = glob.slice(i + 1, end);
      if (body.startsWith("^")) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, "\\\\")}]`;
      i = end;
    } else if (ch === "\\" && i + 1 < glob.length) {
      out += glob[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    } else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}
var compiled = /* @__PURE__ */ new Map();
function matches(glob, value) {
  let re = compiled.get(glob);
  if (re === void 0) {
    re = globToRegExp(glob);
    if (compiled.size < 1e3) compiled.set(glob, re);
  }
  return re.test(value);
}
function machinesFor(options, arch) {
  const key = arch === "arm64" || arch === "s390x" ? arch : "amd64";
  const configured = options["emulatedMachines"];
  const strings = (v) => Array.isArray(v) && v.every((x) => typeof x === "string") ? v : void 0;
  const list2 = strings(configured) ?? (isRecord2(configured) ? strings(configured[key]) : void 0);
  return list2 ?? DEFAULT_MACHINES[key];
}
var machine_type_default = defineRule({
  meta: {
    id: "machine-type",
    type: "problem",
    description: "The architecture must be one KubeVirt supports, and the machine type one the cluster emulates for it",
    level: "error",
    scope: "instance-spec",
    catalog: ["architecture-supported", "machine-type-supported"],
    messages: {
      unsupportedArch: "Architecture '{{arch}}' is not supported: KubeVirt runs amd64, arm64 and s390x guests. Set spec.architecture to one of them (or remove it to use the cluster's).",
      unsupportedMachine: "Machine type '{{type}}' is not emulated for {{arch}}: the cluster accepts {{allowed}}. Use e.g. '{{example}}', or remove domain.machine.type to get the default. (If your KubeVirt CR lists other emulatedMachines, set them in this rule's emulatedMachines option.)"
    }
  },
  check(ctx) {
    const declared = ctx.spec["architecture"];
    if (typeof declared === "string" && declared !== "" && !isTemplated(ctx, declared) && !ARCHES.includes(declared)) {
      ctx.report({ path: ["architecture"], messageId: "unsupportedArch", data: { arch: declared } });
      return;
    }
    if (isTemplated(ctx, declared)) return;
    const type = dig(ctx.spec, "domain", "machine", "type");
    if (typeof type !== "string" || type === "" || isTemplated(ctx, type)) return;
    const arches = /* @__PURE__ */ new Set([typeof declared === "string" && declared !== "" ? declared : ctx.settings.arch]);
    if (UNDEFAULTED_TEMPLATE_KINDS2.has(ctx.kind) && (typeof declared !== "string" || declared === "")) arches.add("amd64");
    for (const arch of arches) {
      const allowed = machinesFor(ctx.options, arch);
      if (allowed.some((glob) => matches(glob, type))) continue;
      const example = arch === "arm64" ? "virt" : arch === "s390x" ? "s390-ccw-virtio" : "q35";
      ctx.report({ path: ["domain", "machine", "type"], messageId: "unsupportedMachine", data: { type, arch, allowed: allowed.join(", "), example } });
      return;
    }
  }
});

// rules/memory-resources.ts
var ONE_MEGABYTE = parseQuantity("1M");
var memory_resources_default = defineRule({
  meta: {
    id: "memory-resources",
    type: "problem",
    description: "Memory requests and limits must be sane, and the guest must get some memory",
    level: "error",
    scope: "instance-spec",
    catalog: ["memory-request-non-negative", "memory-request-min-1M", "memory-limit-non-negative", "memory-request-le-limit", "memory-required", "reserved-overhead-gate"],
    messages: {
      requestNegative: "Memory request '{{value}}' is negative. Set domain.resources.requests.memory to the guest's memory, e.g. '2Gi'.",
      requestTooSmall: "Memory request '{{value}}' is below 1M, the smallest KubeVirt accepts. Set domain.resources.requests.memory to a real amount, e.g. '2Gi'.",
      limitNegative: "Memory limit '{{value}}' is negative. Set domain.resources.limits.memory to at least the request, or remove it.",
      requestAboveLimit: "Memory request '{{request}}' is greater than the memory limit '{{limit}}'. Lower domain.resources.requests.memory or raise domain.resources.limits.memory to at least '{{request}}'.",
      memoryRequired: "No memory is set for the guest: KubeVirt rejects {{subject}} without domain.resources.requests.memory, domain.memory.guest or domain.memory.hugepages. Set domain.resources.requests.memory (e.g. 2Gi), or use an instancetype.",
      reservedOverheadGate: "domain.memory.reservedOverhead needs the ReservedOverheadMemlock feature gate: {{hint}}."
    }
  },
  check(ctx) {
    const request = readResource(ctx, ctx.spec, "requests", "memory");
    const limit = readResource(ctx, ctx.spec, "limits", "memory");
    if (request !== void 0) {
      if (request.value < 0n) {
        ctx.report({ path: request.path, messageId: "requestNegative", data: { value: showQuantity(request.raw) } });
      } else if (request.value > 0n && compare(request.quantity, ONE_MEGABYTE) < 0) {
        ctx.report({ path: request.path, messageId: "requestTooSmall", data: { value: showQuantity(request.raw) } });
      }
    }
    if (limit !== void 0) {
      if (limit.value < 0n) ctx.report({ path: limit.path, messageId: "limitNegative", data: { value: showQuantity(limit.raw) } });
      if (request !== void 0 && limit.value > 0n && request.value > limit.value) {
        ctx.report({ path: request.path, messageId: "requestAboveLimit", data: { request: showQuantity(request.raw), limit: showQuantity(limit.raw) } });
      }
    }
    const memory = dig(ctx.spec, "domain", "memory");
    if (isRecord2(memory) && isSet(memory["reservedOverhead"]) && !isFeatureGateEnabled(ctx.settings, "ReservedOverheadMemlock")) {
      ctx.report({ path: ["domain", "memory", "reservedOverhead"], target: "key", messageId: "reservedOverheadGate", data: { hint: featureGateHint("ReservedOverheadMemlock") }, ...gateSeverity(ctx.settings) });
    }
    checkMemoryRequired(ctx, request);
  }
});
function checkMemoryRequired(ctx, request) {
  if (request === void 0 || request.value !== 0n) return;
  const domain = ctx.spec["domain"];
  if (!isRecord2(domain)) return;
  if (dig(domain, "cpu", "dedicatedCpuPlacement") === true) return;
  const memory = dig(ctx.normalized, "domain", "memory");
  if (isSet(memory) && !isRecord2(memory)) return;
  if (has(memory, "guest") || has(memory, "hugepages")) return;
  const limit = dig(domain, "resources", "limits", "memory");
  if (isSet(limit) && parseQuantity(limit) === void 0) return;
  const holder = holderVmSpec(ctx);
  if (holder !== void 0 && has(holder.spec, "instancetype")) return;
  const subject2 = ctx.kind === "VirtualMachineInstance" ? "this VirtualMachineInstance" : "every VirtualMachineInstance this object starts";
  ctx.report({ path: ["domain"], target: "key", messageId: "memoryRequired", data: { subject: subject2 } });
}

// rules/metadata-annotations.ts
var RESTRICTED_LABELS = /* @__PURE__ */ new Set([
  "kubevirt.io/created-by",
  "kubevirt.io/migrationJobUID",
  "kubevirt.io/nodeName",
  "kubevirt.io/migrationTargetNodeName",
  "kubevirt.io/schedulable",
  "kubevirt.io/install-strategy"
]);
var GATED_ANNOTATIONS = [
  { key: "kubevirt.io/ignitiondata", gate: "ExperimentalIgnitionSupport", what: "Ignition data" },
  { key: "hooks.kubevirt.io/hookSidecars", gate: "Sidecar", what: "Hook sidecars" }
];
var METADATA = {
  VirtualMachineInstance: { path: ["metadata"], labels: true },
  VirtualMachine: { path: ["spec", "template", "metadata"], labels: true },
  VirtualMachinePool: { path: ["spec", "virtualMachineTemplate", "spec", "template", "metadata"], labels: true },
  // The replica set's VMIs are created by KubeVirt's own service account, which may set reserved labels.
  VirtualMachineInstanceReplicaSet: { path: ["spec", "template", "metadata"], labels: false }
};
var metadata_annotations_default = defineRule({
  meta: {
    id: "metadata-annotations",
    type: "problem",
    description: "VMI metadata must not set KubeVirt's reserved labels, nor feature-gated annotations the cluster does not enable",
    level: "error",
    scope: "object",
    kinds: Object.keys(METADATA),
    catalog: ["restricted-kubevirt-labels", "ignition-annotation-gate", "sidecar-annotation-gate"],
    messages: {
      reservedLabel: "Label '{{label}}' is reserved for KubeVirt itself: a VirtualMachineInstance created with it is rejected. Remove the label.",
      gatedAnnotation: "{{what}} (annotation '{{key}}') need the {{gate}} feature gate: {{hint}}."
    }
  },
  check(ctx) {
    const where2 = METADATA[ctx.kind];
    if (where2 === void 0) return;
    const metadata = digPath(ctx.object, where2.path);
    if (!isRecord2(metadata)) return;
    const labels = metadata["labels"];
    if (where2.labels && isRecord2(labels)) {
      for (const label of Object.keys(labels)) {
        if (RESTRICTED_LABELS.has(label)) ctx.report({ path: [...where2.path, "labels", label], target: "key", messageId: "reservedLabel", data: { label } });
      }
    }
    const annotations = metadata["annotations"];
    if (!isRecord2(annotations)) return;
    for (const { key, gate, what } of GATED_ANNOTATIONS) {
      const value = annotations[key];
      if (typeof value !== "string" || value === "" || isTemplated(ctx, value)) continue;
      if (isFeatureGateEnabled(ctx.settings, gate)) continue;
      ctx.report({ path: [...where2.path, "annotations", key], target: "key", messageId: "gatedAnnotation", data: { what, key, gate, hint: featureGateHint(gate) }, ...gateSeverity(ctx.settings) });
    }
  }
});

// rules/numa-realtime.ts
var numa_realtime_default = defineRule({
  meta: {
    id: "numa-realtime",
    type: "problem",
    description: "NUMA guest mapping passthrough needs dedicated CPUs and hugepages; realtime needs dedicated CPUs and NUMA passthrough",
    level: "error",
    scope: "instance-spec",
    catalog: ["numa-passthrough-requires-dedicated", "numa-passthrough-requires-hugepages", "realtime-requires-dedicated", "realtime-requires-numa-passthrough"],
    messages: {
      numaNeedsDedicated: "domain.cpu.numa.guestMappingPassthrough needs dedicated CPUs. Add `dedicatedCpuPlacement: true` under domain.cpu, or remove the NUMA passthrough.",
      numaNeedsHugepages: "domain.cpu.numa.guestMappingPassthrough needs hugepages. Add domain.memory.hugepages with a pageSize (e.g. '1Gi' or '2Mi'), or remove the NUMA passthrough.",
      realtimeNeedsDedicated: "domain.cpu.realtime needs dedicated CPUs. Add `dedicatedCpuPlacement: true` under domain.cpu, or remove realtime.",
      realtimeNeedsNuma: "domain.cpu.realtime needs NUMA guest mapping passthrough. Add `numa: {guestMappingPassthrough: {}}` under domain.cpu, or remove realtime."
    }
  },
  check(ctx) {
    const cpu = dig(ctx.spec, "domain", "cpu");
    if (!isRecord2(cpu)) return;
    const numa = cpu["numa"];
    const passthrough = has(numa, "guestMappingPassthrough");
    const realtime = has(cpu, "realtime");
    if (!passthrough && !realtime) return;
    const dedicated = cpu["dedicatedCpuPlacement"] === true;
    if (passthrough) {
      const at = ["domain", "cpu", "numa", "guestMappingPassthrough"];
      if (!dedicated) ctx.report({ path: at, target: "key", messageId: "numaNeedsDedicated" });
      if (!has(dig(ctx.spec, "domain", "memory"), "hugepages")) ctx.report({ path: at, target: "key", messageId: "numaNeedsHugepages" });
    }
    if (realtime) {
      if (!dedicated) ctx.report({ path: ["domain", "cpu", "realtime"], target: "key", messageId: "realtimeNeedsDedicated" });
      if (!passthrough) ctx.report({ path: ["domain", "cpu", "realtime"], target: "key", messageId: "realtimeNeedsNuma" });
    }
  }
});

// rules/probes.ts
var HANDLERS = ["httpGet", "tcpSocket", "exec", "guestAgentPing"];
var EVICTION_STRATEGIES2 = /* @__PURE__ */ new Set(["None", "LiveMigrate", "LiveMigrateIfPossible", "External"]);
var probes_default = defineRule({
  meta: {
    id: "probes",
    type: "problem",
    description: "Probes need exactly one handler (network ones a pod network); startStrategy and evictionStrategy must be known values",
    level: "error",
    scope: "instance-spec",
    catalog: ["probe-single-handler", "probe-handler-required", "probe-network-needs-pod-network", "start-strategy-valid", "paused-start-no-liveness", "eviction-strategy-valid"],
    messages: {
      manyHandlers: "{{probe}} sets {{handlers}}, but a probe has exactly one check. Keep one of them.",
      noHandler: "{{probe}} has no check. Add one of httpGet, tcpSocket, exec or guestAgentPing, or remove the probe.",
      needsPodNetwork: "{{probe}}.{{handler}} reaches the guest through the pod network, which this VM does not have. Attach the pod network (a network with `pod: {}`), or use an exec or guestAgentPing probe.",
      startStrategy: "startStrategy '{{value}}' is not known: the only value is Paused. Set `startStrategy: Paused` or remove it.",
      pausedWithLiveness: "A VM started Paused cannot have a livenessProbe (it would fail while paused). Remove livenessProbe or startStrategy.",
      evictionStrategy: "evictionStrategy '{{value}}' is not known. Use None, LiveMigrate, LiveMigrateIfPossible or External."
    }
  },
  check(ctx) {
    const probes = ["readinessProbe", "livenessProbe"].filter((p) => isRecord2(ctx.spec[p]));
    for (const probe of probes) {
      const value = ctx.spec[probe];
      const set = HANDLERS.filter((h) => isSet(value[h]));
      if (set.length > 1) ctx.report({ path: [probe], target: "key", messageId: "manyHandlers", data: { probe, handlers: set.join(" and ") } });
      else if (set.length === 0) ctx.report({ path: [probe], target: "key", messageId: "noHandler", data: { probe } });
    }
    if (probes.some((p) => has(ctx.spec[p], "httpGet") || has(ctx.spec[p], "tcpSocket"))) {
      const withoutPod = validatedSpecs(ctx).some((spec) => {
        const networks = spec["networks"];
        if (isSet(networks) && !Array.isArray(networks)) return false;
        return !asArray(networks).some((n) => has(n, "pod"));
      });
      if (withoutPod) {
        for (const probe of probes) {
          for (const handler of ["httpGet", "tcpSocket"]) {
            if (has(ctx.spec[probe], handler)) ctx.report({ path: [probe, handler], target: "key", messageId: "needsPodNetwork", data: { probe, handler } });
          }
        }
      }
    }
    const start = ctx.spec["startStrategy"];
    if (typeof start === "string" && !isTemplated(ctx, start)) {
      if (start !== "Paused") ctx.report({ path: ["startStrategy"], messageId: "startStrategy", data: { value: start } });
      else if (isSet(ctx.spec["livenessProbe"])) ctx.report({ path: ["startStrategy"], messageId: "pausedWithLiveness" });
    }
    const eviction = ctx.spec["evictionStrategy"];
    if (typeof eviction === "string" && !EVICTION_STRATEGIES2.has(eviction) && !isTemplated(ctx, eviction)) {
      ctx.report({ path: ["evictionStrategy"], messageId: "evictionStrategy", data: { value: eviction } });
    }
  }
});

// rules/sets/compute.ts
var computeRules = [
  memory_resources_default,
  cpu_resources_default,
  dedicated_cpu_default,
  numa_realtime_default,
  hyperv_dependencies_default,
  firmware_default,
  kernel_boot_default,
  machine_type_default,
  launch_security_default,
  probes_default,
  hostname_dns_default,
  metadata_annotations_default
];

// src/normalize/vm-spec.ts
var POOL_VM_SPEC = ["spec", "virtualMachineTemplate", "spec"];
var VM_SPEC2 = ["spec"];
function vmSpecOf(kind, object) {
  if (kind === "VirtualMachine") {
    const spec = object["spec"];
    return isRecord2(spec) ? { spec, path: VM_SPEC2 } : void 0;
  }
  if (kind === "VirtualMachinePool") {
    const template = isRecord2(object["spec"]) ? object["spec"]["virtualMachineTemplate"] : void 0;
    const spec = isRecord2(template) ? template["spec"] : void 0;
    return isRecord2(spec) ? { spec, path: POOL_VM_SPEC } : void 0;
  }
  return void 0;
}

// src/normalize/references.ts
var PVC = "PersistentVolumeClaim";
var DATA_VOLUME = "DataVolume";
var NAD = "NetworkAttachmentDefinition";
var CLUSTER_KINDS = /* @__PURE__ */ new Set(["VirtualMachineClusterInstancetype", "VirtualMachineClusterPreference"]);
var MATCHER_KINDS = {
  instancetype: { namespaced: "VirtualMachineInstancetype", cluster: "VirtualMachineClusterInstancetype" },
  preference: { namespaced: "VirtualMachinePreference", cluster: "VirtualMachineClusterPreference" }
};
var computed = /* @__PURE__ */ new WeakMap();
function referencesOf(kind, object, templateParams) {
  let refs = computed.get(object);
  if (refs === void 0) {
    refs = computeReferences(kind, object, templateParams);
    computed.set(object, refs);
  }
  return refs;
}
function computeReferences(kind, object, templateParams) {
  const out = [];
  const add = (ref) => {
    if (ref.name === "" || templateParams && (isParam(ref.name) || isParam(ref.namespace))) return;
    if (CLUSTER_KINDS.has(ref.kind)) ref.cluster = true;
    out.push(ref);
  };
  const vm = vmSpecOf(kind, object);
  const ownDataVolumes = /* @__PURE__ */ new Set();
  if (vm) {
    asArray(vm.spec["dataVolumeTemplates"]).forEach((dvt, i) => {
      const name = asString(dig(dvt, "metadata", "name"));
      if (name !== void 0) ownDataVolumes.add(name);
      dataVolumeSpecReferences(dig(dvt, "spec"), () => ({ path: [...vm.path, "dataVolumeTemplates", i, "spec"], via: `dataVolumeTemplate '${name ?? i}'` }), add);
    });
    for (const key of ["instancetype", "preference"]) {
      const matcher = vm.spec[key];
      const name = asString(dig(matcher, "name"));
      if (name === void 0) continue;
      const kinds = MATCHER_KINDS[key];
      const written = (asString(dig(matcher, "kind")) ?? "").toLowerCase();
      const refKind = written === "" || written === kinds.cluster.toLowerCase() ? kinds.cluster : written === kinds.namespaced.toLowerCase() ? kinds.namespaced : void 0;
      if (refKind !== void 0) add({ kind: refKind, name, path: [...vm.path, key, "name"], via: `spec.${key}` });
    }
  }
  for (const specPath of kindInfo(kind)?.instanceSpecPaths ?? []) {
    const spec = digPath(object, specPath);
    if (isRecord2(spec)) instanceSpecReferences(spec, specPath, ownDataVolumes, add);
  }
  if (kind === DATA_VOLUME) dataVolumeSpecReferences(object["spec"], () => ({ path: ["spec"], via: "spec" }), add);
  if (kind === "DataSource") clonePvcReference(dig(object, "spec", "source", "pvc"), () => ({ path: ["spec", "source", "pvc"], via: "spec.source.pvc" }), add);
  return out;
}
var VOLUME_REFERENCES = [
  // A DataVolume may be garbage-collected after it completes, leaving its PVC: either satisfies the volume.
  { keys: ["dataVolume", "name"], kind: DATA_VOLUME, source: "(dataVolume)", storage: true },
  { keys: ["persistentVolumeClaim", "claimName"], kind: PVC, source: "(persistentVolumeClaim)", storage: true },
  { keys: ["ephemeral", "persistentVolumeClaim", "claimName"], kind: PVC, source: "(ephemeral)", storage: true },
  ...["cloudInitNoCloud", "cloudInitConfigDrive"].flatMap(
    (key) => ["userDataSecretRef", "networkDataSecretRef"].map((ref) => ({ keys: [key, ref, "name"], kind: "Secret", source: `(${key}.${ref})` }))
  ),
  { keys: ["secret", "secretName"], kind: "Secret", source: "(secret)" },
  { keys: ["configMap", "name"], kind: "ConfigMap", source: "(configMap)" },
  { keys: ["sysprep", "secret", "name"], kind: "Secret", source: "(sysprep.secret)" },
  { keys: ["sysprep", "configMap", "name"], kind: "ConfigMap", source: "(sysprep.configMap)" },
  { keys: ["serviceAccount", "serviceAccountName"], kind: "ServiceAccount", source: "(serviceAccount)" }
];
function instanceSpecReferences(spec, specPath, ownDataVolumes, add) {
  asArray(spec["volumes"]).forEach((volume, i) => {
    if (!isRecord2(volume)) return;
    for (const { keys, kind, source, storage } of VOLUME_REFERENCES) {
      if (volume[keys[0]] === void 0) continue;
      const name = asString(digPath(volume, keys));
      if (name === void 0 || storage && ownDataVolumes.has(name)) continue;
      add({ kind, name, path: [...specPath, "volumes", i, ...keys], via: `volume '${nameOf(volume) ?? i}' ${source}`, ...storage ? { alternatives: [kind === PVC ? DATA_VOLUME : PVC] } : {} });
    }
  });
  asArray(spec["accessCredentials"]).forEach((credential, i) => {
    for (const key of ["sshPublicKey", "userPassword"]) {
      const name = asString(dig(credential, key, "source", "secret", "secretName"));
      if (name !== void 0) add({ kind: "Secret", name, path: [...specPath, "accessCredentials", i, key, "source", "secret", "secretName"], via: `accessCredentials[${i}].${key}` });
    }
  });
  asArray(spec["networks"]).forEach((network, i) => {
    const ref = multusReference(asString(dig(network, "multus", "networkName")));
    if (ref) add({ kind: NAD, ...ref, path: [...specPath, "networks", i, "multus", "networkName"], via: `network '${nameOf(network) ?? i}' (multus)` });
  });
}
function multusReference(networkName) {
  if (networkName === void 0 || networkName === "") return void 0;
  const slash = networkName.indexOf("/");
  return slash < 0 ? { name: networkName } : { namespace: networkName.slice(0, slash), name: networkName.slice(slash + 1) };
}
function dataVolumeSpecReferences(spec, place, add) {
  if (!isRecord2(spec)) return;
  const sourceRef = spec["sourceRef"];
  const sourceName = asString(dig(sourceRef, "name"));
  const sourceKind = asString(dig(sourceRef, "kind")) ?? "DataSource";
  if (sourceName !== void 0 && sourceKind === "DataSource") {
    const namespace = asString(dig(sourceRef, "namespace"));
    const { path: path3, via } = place();
    add({ kind: "DataSource", name: sourceName, ...namespace ? { namespace } : {}, path: [...path3, "sourceRef", "name"], via: `${via} sourceRef` });
  }
  clonePvcReference(
    dig(spec, "source", "pvc"),
    () => {
      const { path: path3, via } = place();
      return { path: [...path3, "source", "pvc"], via: `${via} source.pvc` };
    },
    add
  );
}
function clonePvcReference(pvc, place, add) {
  const name = asString(dig(pvc, "name"));
  if (name === void 0) return;
  const namespace = asString(dig(pvc, "namespace"));
  const { path: path3, via } = place();
  add({ kind: PVC, alternatives: [DATA_VOLUME], name, ...namespace ? { namespace } : {}, path: [...path3, "name"], via });
}
function lookup(ref, fromNamespace, named) {
  const candidates = [ref.kind, ...ref.alternatives ?? []].flatMap((kind) => named(kind, ref.name));
  if (candidates.length === 0) return { status: "missing" };
  const namespace = ref.namespace ?? fromNamespace;
  if (ref.cluster || namespace === void 0) return { status: "found" };
  if (candidates.some((c) => c.namespace === void 0 || c.namespace === namespace)) return { status: "found" };
  return { status: "elsewhere", namespaces: [...new Set(candidates.map((c) => c.namespace))].sort() };
}
function isExternalReference(ref, fromNamespace, isExternal) {
  const namespace = ref.cluster ? void 0 : ref.namespace ?? fromNamespace;
  return [ref.kind, ...ref.alternatives ?? []].some((kind) => isExternal(kind, namespace, ref.name));
}

// rules/clone-size.ts
function requested(spec, keys) {
  for (const key of keys) {
    const path3 = [...key === "" ? [] : [key], "resources", "requests", "storage"];
    const size2 = asString(digPath(spec, path3));
    if (size2 !== void 0 && !isParam(size2) && parseQuantity(size2) !== void 0) return { size: size2, path: path3 };
  }
  return void 0;
}
function cloneOf(spec, at) {
  const name = asString(dig(spec, "source", "pvc", "name"));
  if (name === void 0 || isParam(name)) return void 0;
  const size2 = requested(spec, ["storage", "pvc"]);
  if (size2 === void 0) return void 0;
  const namespace = asString(dig(spec, "source", "pvc", "namespace"));
  const { specPath, target } = at();
  return { name, ...namespace && !isParam(namespace) ? { namespace } : {}, size: size2.size, path: [...specPath, ...size2.path], target };
}
var clone_size_default = defineRule({
  meta: {
    id: "clone-size",
    type: "problem",
    description: "A DataVolume that clones a PVC must request at least the size of its source, when both are in the set",
    level: "error",
    scope: "set",
    kinds: ["DataVolume", "PersistentVolumeClaim", "VirtualMachine", "VirtualMachinePool"],
    messages: {
      smaller: `{{target}} requests {{size}} but clones {{sourceKind}} '{{source}}', which requests {{sourceSize}}: CDI rejects a clone target smaller than its source ("target resources requests storage size is smaller than the source"). Request at least {{sourceSize}}.`
    }
  },
  collect(ctx) {
    if (ctx.kind === PVC) {
      const size2 = requested(ctx.object["spec"], [""]);
      return size2 ? { size: size2.size } : void 0;
    }
    const fact = {};
    const clones = [];
    if (ctx.kind === DATA_VOLUME) {
      const size2 = requested(ctx.object["spec"], ["storage", "pvc"]);
      if (size2) fact.size = size2.size;
      const clone = cloneOf(ctx.object["spec"], () => ({ specPath: ["spec"], target: `DataVolume '${asString(dig(ctx.object, "metadata", "name")) ?? ""}'` }));
      if (clone) clones.push(clone);
    }
    const vm = vmSpecOf(ctx.kind, ctx.object);
    asArray(vm?.spec["dataVolumeTemplates"]).forEach((dvt, i) => {
      const clone = cloneOf(dig(dvt, "spec"), () => ({ specPath: [...vm.path, "dataVolumeTemplates", i, "spec"], target: `dataVolumeTemplate '${asString(dig(dvt, "metadata", "name")) ?? i}'` }));
      if (clone) clones.push(clone);
    });
    if (clones.length > 0) fact.clones = clones;
    return fact.size !== void 0 || fact.clones ? fact : void 0;
  },
  check(ctx) {
    for (const object of ctx.objects) {
      for (const clone of object.fact?.clones ?? []) {
        const ref = { kind: PVC, alternatives: [DATA_VOLUME], name: clone.name, ...clone.namespace ? { namespace: clone.namespace } : {}, path: [], via: "" };
        if (lookup(ref, object.namespace, ctx.named).status !== "found") continue;
        const namespace = clone.namespace ?? object.namespace;
        const sources = [PVC, DATA_VOLUME].flatMap((kind) => ctx.named(kind, clone.name)).filter((s) => namespace === void 0 || s.namespace === void 0 || s.namespace === namespace);
        const target = parseQuantity(clone.size);
        const sizes = sources.map((s) => s.fact?.size !== void 0 ? parseQuantity(s.fact.size) : void 0);
        if (sizes.length === 0 || sizes.some((size2) => size2 === void 0 || compare(size2, target) <= 0)) continue;
        const source = sources[0];
        ctx.report({ at: object, path: clone.path, messageId: "smaller", data: { target: clone.target, size: clone.size, sourceKind: source.kind, source: clone.name, sourceSize: source.fact.size } });
      }
    }
  }
});

// src/normalize/networks.ts
var INTERFACES_PATH = ["domain", "devices", "interfaces"];
var BINDING_KEYS = ["bridge", "masquerade", "sriov", "passtBinding", "binding"];
var DISCONTINUED_BINDING_KEYS = ["slirp", "passt", "macvtap"];
function indexNetworks(ctx, spec) {
  const byName = /* @__PURE__ */ new Map();
  let templated = false;
  for (const network of asArray(spec["networks"])) {
    const record2 = asRecord(network);
    const name = nameOf(network);
    if (record2 === void 0 || name === void 0) continue;
    if (isTemplated(ctx, name)) templated = true;
    byName.set(name, record2);
  }
  return { byName, templated };
}
function interfacesOf(spec) {
  return asArray(digPath(spec, INTERFACES_PATH));
}
function bindingsOf(iface) {
  return BINDING_KEYS.filter((key) => has(iface, key));
}
function describeNetwork2(network) {
  if (network === void 0) return "missing";
  if (has(network, "pod")) return "the pod network";
  if (has(network, "multus")) {
    const networkName = dig(network, "multus", "networkName");
    return typeof networkName === "string" && networkName !== "" ? `a Multus network (networkName '${networkName}')` : "a Multus network";
  }
  if (has(network, "resourceClaim")) return "a resourceClaim (DRA) network";
  return "a network with no source";
}
function defaultNetworkName(spec) {
  for (const network of asArray(spec["networks"])) {
    if (has(network, "pod") || dig(network, "multus", "default") === true) return nameOf(network);
  }
  return void 0;
}
function getsDefaultPodInterface(spec) {
  if (dig(spec, "domain", "devices", "autoattachPodInterface") === false) return false;
  const empty = (value) => value === void 0 || value === null || Array.isArray(value) && value.length === 0;
  return empty(spec["networks"]) && empty(digPath(spec, INTERFACES_PATH));
}

// rules/duplicate-mac-address.ts
var duplicate_mac_address_default = defineRule({
  meta: {
    id: "duplicate-mac-address",
    type: "problem",
    description: "A fixed interface macAddress must be unique across the VMs in the set (and within one VM)",
    level: "warn",
    scope: "set",
    kinds: ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"],
    messages: {
      duplicate: "Interface '{{iface}}' has macAddress {{mac}}, which interface '{{otherIface}}' of {{other}} uses too. Two NICs with one MAC address on a network conflict (the MAC pool manager does not check fixed addresses): give each interface its own address, or leave macAddress out to get a unique one."
    }
  },
  collect(ctx) {
    const out = [];
    for (const specPath of kindInfo(ctx.kind)?.instanceSpecPaths ?? []) {
      const spec = digPath(ctx.object, specPath);
      if (!isRecord2(spec)) continue;
      interfacesOf(spec).forEach((iface, i) => {
        const mac = asString(dig(iface, "macAddress"));
        if (mac === void 0 || mac === "" || isTemplated(ctx, mac)) return;
        out.push({ mac: mac.toLowerCase().replaceAll("-", ":"), iface: nameOf(iface) ?? String(i), path: [...specPath, ...INTERFACES_PATH, i, "macAddress"] });
      });
    }
    return out.length > 0 ? out : void 0;
  },
  check(ctx) {
    const first = /* @__PURE__ */ new Map();
    for (const object of ctx.objects) {
      if (!object.applied) continue;
      for (const entry of object.fact ?? []) {
        const earlier = first.get(entry.mac);
        if (earlier === void 0) {
          first.set(entry.mac, { object, entry });
          continue;
        }
        const same = earlier.object === object;
        const other = same ? `this ${object.kind}` : `${earlier.object.kind} '${earlier.object.name ?? "?"}' (${ctx.files[earlier.object.file] ?? "?"})`;
        ctx.report({ at: object, path: entry.path, messageId: "duplicate", data: { iface: entry.iface, mac: entry.mac, otherIface: earlier.entry.iface, other } });
      }
    }
  }
});

// rules/duplicate-object.ts
var duplicate_object_default = defineRule({
  meta: {
    id: "duplicate-object",
    type: "problem",
    description: "Each object (API group, kind, namespace and name) must be defined once in the set of files",
    // kubectl apply accepts both (the last wins), so a warning; the agent's gate blocks on it anyway (src/sync/gate).
    level: "warn",
    scope: "set",
    kinds: ["*"],
    messages: {
      duplicate: "{{kind}} {{id}} is also defined in {{first}}; each object must be defined once (the one applied last would silently win). Remove or rename one of them."
    }
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Map();
    for (const object of ctx.objects) {
      if (!object.applied || object.name === void 0) continue;
      if (ctx.named(object.kind, object.name).length < 2) continue;
      const key = `${object.group}/${object.kind}/${object.namespace ?? ""}/${object.name}`;
      const first = seen.get(key);
      if (first === void 0) {
        seen.set(key, object);
        continue;
      }
      const where2 = first.file === object.file ? `document ${first.document + 1} of this file` : ctx.files[first.file] ?? "?";
      ctx.report({ at: object, path: ["metadata", "name"], messageId: "duplicate", data: { kind: object.kind, id: `${object.namespace ? `${object.namespace}/` : ""}${object.name}`, first: where2 } });
    }
  }
});

// src/normalize/cni-config.ts
function parseCniConfig(config) {
  if (typeof config !== "string" || config.trim() === "") return { ok: false, reason: "absent" };
  let value;
  try {
    value = JSON.parse(config);
  } catch (error) {
    const message = error.message;
    const at = /at position (\d+)/.exec(message);
    if (!at) return { ok: false, reason: "syntax", message };
    const offset = Number(at[1]);
    const before = config.slice(0, offset).split("\n");
    return { ok: false, reason: "syntax", message: message.replace(/ in JSON at position \d+.*$/s, ""), line: before.length, column: before[before.length - 1].length + 1 };
  }
  return isRecord2(value) ? { ok: true, value } : { ok: false, reason: "not-object" };
}

// rules/nad-config.ts
var PATH = ["spec", "config"];
var nad_config_default = defineRule({
  meta: {
    id: "nad-config",
    type: "problem",
    description: "A NetworkAttachmentDefinition spec.config must be a CNI configuration in JSON: an object with type (or a named plugins list) and cniVersion",
    level: "error",
    scope: "object",
    kinds: ["NetworkAttachmentDefinition"],
    messages: {
      syntax: "spec.config is not valid JSON: {{message}}{{where}}. The admission controller rejects it; check quotes and commas (JSON has no comments and no trailing commas).",
      notObject: 'spec.config must be a JSON object (a CNI configuration such as {"cniVersion": "0.3.1", "name": "br1", "type": "bridge"}), not another JSON value.',
      missingType: 'spec.config has no "type": CNI cannot tell which plugin to run and the admission controller rejects it. Add e.g. "type": "bridge", or a "plugins" list.',
      typeNotString: 'spec.config "type" must be a string naming the CNI plugin (e.g. "bridge"), not {{value}}.',
      pluginsNotList: 'spec.config "plugins" must be a non-empty list of plugin configurations, each with a "type".',
      pluginType: 'spec.config plugins[{{index}}] has no "type" (a string naming the CNI plugin); the admission controller rejects the whole list.',
      listName: `spec.config is a plugins list without a "name"; CNI refuses to load a configuration list without one, so the admission controller rejects it. Add "name" (usually the NAD's name).`,
      missingVersion: 'spec.config has no "cniVersion": the plugins may refuse it when a pod starts. Add the version your CNI plugins support, e.g. "cniVersion": "0.3.1".'
    }
  },
  check(ctx) {
    const config = parseCniConfig(dig(ctx.object, "spec", "config"));
    if (!config.ok) {
      if (config.reason === "syntax") {
        const where2 = config.line !== void 0 ? ` (line ${config.line}, column ${config.column} of the config)` : "";
        ctx.report({ path: PATH, messageId: "syntax", data: { message: config.message, where: where2 } });
      } else if (config.reason === "not-object") ctx.report({ path: PATH, messageId: "notObject" });
      return;
    }
    const value = config.value;
    if ("plugins" in value) {
      const plugins = value["plugins"];
      if (!Array.isArray(plugins) || plugins.length === 0) {
        if (!Array.isArray(plugins) || value["type"] === void 0) return ctx.report({ path: PATH, messageId: "pluginsNotList" });
      } else {
        const bad = plugins.findIndex((p) => !isRecord2(p) || typeof p["type"] !== "string");
        if (bad >= 0) return ctx.report({ path: PATH, messageId: "pluginType", data: { index: bad } });
        if (typeof value["name"] !== "string" || value["name"] === "") {
          if (value["type"] === void 0) return ctx.report({ path: PATH, messageId: "listName" });
        }
      }
    } else if (value["type"] === void 0) {
      return ctx.report({ path: PATH, messageId: "missingType" });
    } else if (typeof value["type"] !== "string") {
      return ctx.report({ path: PATH, messageId: "typeNotString", data: { value: JSON.stringify(value["type"]) } });
    }
    if (value["cniVersion"] === void 0) ctx.report({ path: PATH, messageId: "missingVersion", severity: "warning" });
  }
});

// rules/nad-tuning-for-mac.ts
var BRIDGE_TYPES = /* @__PURE__ */ new Set(["bridge", "cnv-bridge"]);
var TUNING_TYPES = /* @__PURE__ */ new Set(["tuning", "cnv-tuning"]);
var hasMac = (value) => typeof value === "string" && value !== "";
var nad_tuning_for_mac_default = defineRule({
  meta: {
    id: "nad-tuning-for-mac",
    type: "problem",
    description: "An interface with a fixed macAddress on a bridge NetworkAttachmentDefinition needs the tuning plugin in that NAD",
    level: "warn",
    scope: "set",
    kinds: ["NetworkAttachmentDefinition", "VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"],
    messages: {
      noTuning: "Interface '{{iface}}' sets macAddress on network '{{nad}}', a bridge NetworkAttachmentDefinition ({{file}}) without the tuning plugin, so the bridge CNI ignores the address. Make its config a plugins list ending with `{\"type\": \"tuning\"}` (`cnv-tuning` on older OpenShift), or remove macAddress."
    }
  },
  collect(ctx) {
    if (ctx.kind === NAD) {
      const config = parseCniConfig(dig(ctx.object, "spec", "config"));
      if (!config.ok) return void 0;
      const types = "plugins" in config.value ? asArray(config.value["plugins"]).map((p) => asString(dig(p, "type"))) : [asString(config.value["type"])];
      const bridge = types.some((t) => t !== void 0 && BRIDGE_TYPES.has(t));
      const tuning = types.some((t) => t !== void 0 && TUNING_TYPES.has(t));
      return bridge && !tuning ? { bridgeWithoutTuning: true } : void 0;
    }
    const macs = [];
    for (const specPath of kindInfo(ctx.kind)?.instanceSpecPaths ?? []) {
      const spec = digPath(ctx.object, specPath);
      if (!isRecord2(spec)) continue;
      const interfaces = interfacesOf(spec);
      if (!interfaces.some((iface) => hasMac(dig(iface, "macAddress")))) continue;
      const networks = new Map(asArray(spec["networks"]).map((n) => [nameOf(n), asString(dig(n, "multus", "networkName"))]));
      interfaces.forEach((iface, i) => {
        const ref = multusReference(networks.get(nameOf(iface)));
        if (!hasMac(dig(iface, "macAddress")) || ref === void 0 || isTemplated(ctx, ref.name) || isTemplated(ctx, ref.namespace)) return;
        macs.push({ iface: nameOf(iface) ?? String(i), ...ref.namespace ? { namespace: ref.namespace } : {}, nad: ref.name, path: [...specPath, ...INTERFACES_PATH, i, "macAddress"] });
      });
    }
    return macs.length > 0 ? { macs } : void 0;
  },
  check(ctx) {
    for (const object of ctx.objects) {
      const fact = object.fact;
      if (fact === void 0 || !("macs" in fact)) continue;
      for (const mac of fact.macs) {
        const ref = { kind: NAD, name: mac.nad, ...mac.namespace ? { namespace: mac.namespace } : {}, path: [], via: "" };
        if (lookup(ref, object.namespace, ctx.named).status !== "found") continue;
        const namespace = mac.namespace ?? object.namespace;
        const candidates = ctx.named(NAD, mac.nad).filter((nad) => namespace === void 0 || nad.namespace === void 0 || nad.namespace === namespace);
        if (!candidates.every((nad) => nad.fact !== void 0 && "bridgeWithoutTuning" in nad.fact)) continue;
        ctx.report({ at: object, path: mac.path, messageId: "noTuning", data: { iface: mac.iface, nad: mac.namespace ? `${mac.namespace}/${mac.nad}` : mac.nad, file: ctx.files[candidates[0].file] ?? "?" } });
      }
    }
  }
});

// rules/reference-namespace.ts
var reference_namespace_default = defineRule({
  meta: {
    id: "reference-namespace",
    type: "problem",
    description: "A volume's DataVolume or PersistentVolumeClaim must be in the VM's namespace, not only in another one",
    level: "error",
    scope: "set",
    kinds: ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"],
    messages: {
      otherNamespace: "{{kind}} '{{name}}' ({{via}}) must be in namespace '{{namespace}}' with this {{owner}}, but the linted files define it only in {{namespaces}}: a VM can use volumes of its own namespace only. Move one of them, or clone the disk into '{{namespace}}' with a DataVolume whose source.pvc names namespace {{namespaces}}."
    }
  },
  collect(ctx) {
    const refs = referencesOf(ctx.kind, ctx.object, ctx.templateParams).filter((ref) => ref.namespace === void 0 && (ref.kind === DATA_VOLUME || ref.kind === PVC));
    return refs.length > 0 ? refs : void 0;
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.namespace === void 0) continue;
      for (const ref of object.fact ?? []) {
        if (isExternalReference(ref, object.namespace, ctx.isExternal)) continue;
        const found = lookup(ref, object.namespace, ctx.named);
        if (found.status !== "elsewhere") continue;
        ctx.report({
          at: object,
          path: ref.path,
          messageId: "otherNamespace",
          data: { kind: ref.kind, name: ref.name, via: ref.via, namespace: object.namespace, owner: object.kind, namespaces: found.namespaces.map((n) => `'${n}'`).join(", ") }
        });
      }
    }
  }
});

// rules/unresolved-reference.ts
var KINDS2 = ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool", "DataVolume", "DataSource"];
var unresolved_reference_default = defineRule({
  meta: {
    id: "unresolved-reference",
    type: "problem",
    description: "Objects a manifest refers to (volumes, secrets, config maps, networks, instancetypes, data sources, service accounts) must be in the linted files or declared external",
    level: "warn",
    scope: "set",
    kinds: KINDS2,
    messages: {
      missing: "{{kind}} '{{name}}' ({{via}}) is not defined in the linted files{{where}}. Add its manifest, or, if it lives in the cluster already, declare it external: `--external {{flag}}` or `external: [{{entry}}]` in virtops.config.yaml.",
      elsewhere: "{{kind}} '{{name}}' ({{via}}) is looked up in namespace '{{namespace}}', but the linted files define it only in {{namespaces}}. Fix the namespace, or, if it lives in the cluster already, declare it external: `--external {{flag}}`."
    }
  },
  collect(ctx) {
    const refs = referencesOf(ctx.kind, ctx.object, ctx.templateParams);
    return refs.length > 0 ? refs : void 0;
  },
  check(ctx) {
    for (const object of ctx.objects) {
      for (const ref of object.fact ?? []) {
        if (isExternalReference(ref, object.namespace, ctx.isExternal)) continue;
        const found = lookup(ref, object.namespace, ctx.named);
        if (found.status === "found") continue;
        const namespace = ref.cluster ? void 0 : ref.namespace ?? object.namespace;
        const flag = `${ref.kind}${namespace !== void 0 ? `/${namespace}/${ref.name}` : ""}`;
        const entry = `{kind: ${ref.kind}${namespace !== void 0 ? `, namespace: ${namespace}, name: ${ref.name}` : ""}}`;
        const data = { kind: ref.kind, name: ref.name, via: ref.via, flag, entry };
        if (found.status === "missing") {
          ctx.report({ at: object, path: ref.path, messageId: "missing", data: { ...data, where: namespace !== void 0 ? ` (namespace '${namespace}')` : "" } });
        } else if (ref.namespace !== void 0 || ref.kind !== DATA_VOLUME && ref.kind !== PVC) {
          ctx.report({ at: object, path: ref.path, messageId: "elsewhere", data: { ...data, namespace: namespace ?? "", namespaces: found.namespaces.map((n) => `'${n}'`).join(", ") } });
        }
      }
    }
  }
});

// rules/sets/cross-object.ts
var crossObjectRules = [duplicate_object_default, unresolved_reference_default, reference_namespace_default, clone_size_default, nad_config_default, nad_tuning_for_mac_default, duplicate_mac_address_default];

// src/normalize/labels.ts
var QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
var QUALIFIED_NAME = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
var QUALIFIED_NAME_MAX_LENGTH = 63;
var QUALIFIED_NAME_ERR = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
var LABEL_VALUE = new RegExp(`^${LABEL_VALUE_FMT}$`);
var LABEL_VALUE_MAX_LENGTH = 63;
var LABEL_VALUE_ERR = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
function regexError2(message, format, examples) {
  return `${message} (e.g. ${examples.map((e) => `'${e}'`).join(" or ")}, regex used for validation is '${format}')`;
}
function qualifiedNameErrors(value) {
  const parts = value.split("/");
  const errors = [];
  let name;
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    const prefix2 = parts[0];
    name = parts[1];
    if (prefix2 === "") errors.push("prefix part must be non-empty");
    else for (const message of dns1123SubdomainErrors(prefix2)) errors.push(`prefix part ${message}`);
  } else {
    return [
      `a qualified name ${regexError2(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, ["MyName", "my.name", "123-abc"])} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`
    ];
  }
  if (name === "") errors.push("name part must be non-empty");
  else if (byteLength(name) > QUALIFIED_NAME_MAX_LENGTH) errors.push(`name part ${maxLenError(QUALIFIED_NAME_MAX_LENGTH)}`);
  if (!QUALIFIED_NAME.test(name)) errors.push(`name part ${regexError2(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, ["MyName", "my.name", "123-abc"])}`);
  return errors;
}
function labelValueErrors(value) {
  const errors = [];
  if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) errors.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!LABEL_VALUE.test(value)) errors.push(regexError2(LABEL_VALUE_ERR, LABEL_VALUE_FMT, ["MyValue", "my_value", "12345"]));
  return errors;
}
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function parseLabelSelector(selector) {
  if (selector === void 0 || selector === null) return { kind: "nothing" };
  if (!isRecord2(selector)) return void 0;
  const requirements = [];
  const matchLabels = selector["matchLabels"];
  if (matchLabels !== void 0 && matchLabels !== null) {
    if (!isRecord2(matchLabels)) return void 0;
    for (const [key, value] of Object.entries(matchLabels)) {
      if (typeof value !== "string") return void 0;
      const keyProblems = qualifiedNameErrors(key);
      if (keyProblems.length > 0) return { error: `label key '${key}' is invalid: ${keyProblems.join("; ")}`, path: ["matchLabels", key] };
      const valueProblems = labelValueErrors(value);
      if (valueProblems.length > 0) return { error: `label value '${value}' is invalid: ${valueProblems.join("; ")}`, path: ["matchLabels", key] };
      requirements.push({ key, op: "Equals", values: [value] });
    }
  }
  const expressions = selector["matchExpressions"];
  if (expressions !== void 0 && expressions !== null && !Array.isArray(expressions)) return void 0;
  for (const [i, expr] of asArray(expressions).entries()) {
    if (!isRecord2(expr)) return void 0;
    const { key, operator } = expr;
    if (typeof key !== "string" || typeof operator !== "string") return void 0;
    const values = asArray(expr["values"]);
    if (values.some((v) => typeof v !== "string")) return void 0;
    if (!OPERATORS.has(operator)) return { error: `'${operator}' is not a valid label selector operator (use In, NotIn, Exists or DoesNotExist)`, path: ["matchExpressions", i, "operator"] };
    const keyProblems = qualifiedNameErrors(key);
    if (keyProblems.length > 0) return { error: `label key '${key}' is invalid: ${keyProblems.join("; ")}`, path: ["matchExpressions", i, "key"] };
    if ((operator === "In" || operator === "NotIn") && values.length === 0) return { error: `operator ${operator} needs at least one value`, path: ["matchExpressions", i] };
    if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) return { error: `operator ${operator} takes no values`, path: ["matchExpressions", i, "values"] };
    for (const value of values) {
      const valueProblems = labelValueErrors(value);
      if (valueProblems.length > 0) return { error: `label value '${value}' is invalid: ${valueProblems.join("; ")}`, path: ["matchExpressions", i, "values"] };
    }
    requirements.push({ key, op: operator, values });
  }
  return { kind: "requirements", requirements };
}
function selectorMatches(selector, labels) {
  if (selector.kind === "nothing") return false;
  return selector.requirements.every(({ key, op, values }) => {
    const present = Object.hasOwn(labels, key);
    const value = labels[key];
    switch (op) {
      case "Equals":
      case "In":
        return present && values.includes(value);
      case "NotIn":
        return !present || !values.includes(value);
      case "Exists":
        return present;
      case "DoesNotExist":
        return !present;
    }
  });
}
var LABEL_SELECTOR_MESSAGES = {
  selectorValuesRequired: "Operator '{{operator}}' needs at least one value in `values`: KubeVirt rejects an empty list. Add the label values to match, or use Exists / DoesNotExist to match on the key alone.",
  selectorValuesForbidden: "Operator '{{operator}}' takes no values, but `values` has {{count}}. Remove `values`, or use In / NotIn to match on values.",
  selectorOperatorInvalid: "{{operator}} is not a label selector operator. Use In, NotIn, Exists or DoesNotExist.",
  selectorKeyInvalid: "Label key '{{key}}' is not a valid label name: {{problems}}. Use an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.",
  selectorValueInvalid: "Label value '{{value}}' is not a valid label value: {{problems}}. Use at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or an empty string)."
};
function skip(ctx, value) {
  return ctx.templateParams && isParam(value);
}
function checkLabelKey(ctx, key, path3, target = "value") {
  if (skip(ctx, key)) return false;
  const problems = qualifiedNameErrors(key);
  if (problems.length === 0) return false;
  ctx.report({ path: path3, target, messageId: "selectorKeyInvalid", data: { key, problems: problems.join("; ") } });
  return true;
}
function checkLabelValue(ctx, value, path3) {
  if (skip(ctx, value)) return;
  const problems = labelValueErrors(value);
  if (problems.length > 0) ctx.report({ path: path3, messageId: "selectorValueInvalid", data: { value, problems: problems.join("; ") } });
}
function checkLabelSelector(ctx, selector, path3) {
  if (!isRecord2(selector)) return;
  const matchLabels = selector["matchLabels"];
  if (isRecord2(matchLabels)) {
    for (const [key, value] of Object.entries(matchLabels)) {
      checkLabelKey(ctx, key, [...path3, "matchLabels", key], "key");
      if (typeof value === "string") checkLabelValue(ctx, value, [...path3, "matchLabels", key]);
    }
  }
  asArray(selector["matchExpressions"]).forEach((expression, i) => {
    if (!isRecord2(expression)) return;
    const base = [...path3, "matchExpressions", i];
    const operator = expression["operator"];
    const rawValues = expression["values"];
    if (isSet(rawValues) && !Array.isArray(rawValues)) return;
    const values = asArray(rawValues);
    if (typeof operator === "string" && !skip(ctx, operator)) {
      if (operator === "In" || operator === "NotIn") {
        if (values.length === 0) {
          ctx.report({ path: isSet(rawValues) ? [...base, "values"] : [...base, "operator"], messageId: "selectorValuesRequired", data: { operator } });
        }
      } else if (operator === "Exists" || operator === "DoesNotExist") {
        if (values.length > 0) ctx.report({ path: [...base, "values"], target: "key", messageId: "selectorValuesForbidden", data: { operator, count: values.length } });
      } else {
        ctx.report({ path: [...base, "operator"], messageId: "selectorOperatorInvalid", data: { operator: operator === "" ? "An empty string" : `'${operator}'` } });
      }
    }
    const key = asString(expression["key"]);
    if (key !== void 0) checkLabelKey(ctx, key, [...base, "key"]);
    values.forEach((value, j) => {
      if (typeof value === "string") checkLabelValue(ctx, value, [...base, "values", j]);
    });
  });
}

// rules/affinity.ts
var NODE_OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"]);
var REQUIRED = "requiredDuringSchedulingIgnoredDuringExecution";
var PREFERRED = "preferredDuringSchedulingIgnoredDuringExecution";
var affinity_default = defineRule({
  meta: {
    id: "affinity",
    type: "problem",
    description: "Node affinity, pod affinity and pod anti-affinity must pass the Kubernetes validation KubeVirt applies to them",
    level: "error",
    scope: "instance-spec",
    catalog: ["node-selector-terms-required", "affinity-weight-range", "node-selector-operator-values", "node-selector-key", "node-field-selector", "pod-affinity-term"],
    messages: {
      nodeSelectorTermsEmpty: "nodeSelectorTerms is empty: a required node affinity needs at least one node selector term. Add a term with matchExpressions or matchFields, or remove requiredDuringSchedulingIgnoredDuringExecution.",
      weightOutOfRange: "Weight {{weight}} is out of range: preferred scheduling terms need a weight from 1 to 100. Set a weight between 1 and 100.",
      nodeValuesRequired: "Operator '{{operator}}' needs at least one value in `values`: KubeVirt rejects an empty list. Add the node label values to match, or use Exists / DoesNotExist to match on the key alone.",
      nodeValuesForbidden: "Operator '{{operator}}' takes no values, but `values` has {{count}}. Remove `values`, or use In / NotIn to match on values.",
      nodeValuesSingle: "Operator '{{operator}}' needs exactly one value (the integer to compare the node label with), but `values` has {{count}}. Give a single value.",
      fieldValuesSingle: "A node field selector with operator '{{operator}}' needs exactly one value (a node name), but `values` has {{count}}. Give a single node name, or use one term per node.",
      fieldOperatorInvalid: "Operator '{{operator}}' is not supported in matchFields: node field selectors accept only In and NotIn. Use In or NotIn, or move the requirement to matchExpressions.",
      fieldKeyInvalid: "'{{key}}' is not a valid node field selector key: matchFields supports only metadata.name. Use `key: metadata.name`, or move the requirement to matchExpressions to match a node label.",
      fieldValueInvalid: "'{{value}}' is not a valid node name: {{problems}}. Use the node's name as `kubectl get nodes` shows it.",
      namespaceInvalid: "Namespace '{{name}}' is not a valid namespace name: {{problems}}. Use an existing namespace name (at most 63 lowercase letters, digits or '-').",
      topologyKeyEmpty: "topologyKey is empty: a pod (anti-)affinity term needs the node label that defines co-location. Set it, e.g. to kubernetes.io/hostname or topology.kubernetes.io/zone.",
      topologyKeyInvalid: "topologyKey '{{key}}' is not a valid label name: {{problems}}. Use a node label key such as kubernetes.io/hostname or topology.kubernetes.io/zone.",
      ...LABEL_SELECTOR_MESSAGES
    }
  },
  check(ctx) {
    const affinity = ctx.spec["affinity"];
    if (!isRecord2(affinity)) return;
    const nodeAffinity = affinity["nodeAffinity"];
    if (isRecord2(nodeAffinity)) checkNodeAffinity(ctx, nodeAffinity, ["affinity", "nodeAffinity"]);
    for (const kind of ["podAffinity", "podAntiAffinity"]) {
      const podAffinity = affinity[kind];
      if (!isRecord2(podAffinity)) continue;
      const base = ["affinity", kind];
      asArray(podAffinity[REQUIRED]).forEach((term, i) => checkPodAffinityTerm(ctx, term, [...base, REQUIRED, i]));
      asArray(podAffinity[PREFERRED]).forEach((weighted, i) => {
        if (!isRecord2(weighted)) return;
        checkWeight(ctx, weighted, [...base, PREFERRED, i]);
        checkPodAffinityTerm(ctx, weighted["podAffinityTerm"], [...base, PREFERRED, i, "podAffinityTerm"]);
      });
    }
  }
});
function checkWeight(ctx, holder, path3) {
  const weight = asInteger(holder["weight"]);
  if (weight === void 0) return;
  if (weight <= 0 || weight > 100) ctx.report({ path: [...path3, "weight"], messageId: "weightOutOfRange", data: { weight } });
}
function checkNodeAffinity(ctx, nodeAffinity, base) {
  const required = nodeAffinity[REQUIRED];
  if (isRecord2(required)) {
    const terms = required["nodeSelectorTerms"];
    if (Array.isArray(terms)) {
      if (terms.length === 0) ctx.report({ path: [...base, REQUIRED, "nodeSelectorTerms"], messageId: "nodeSelectorTermsEmpty" });
      terms.forEach((term, i) => checkNodeSelectorTerm(ctx, term, [...base, REQUIRED, "nodeSelectorTerms", i]));
    }
  }
  asArray(nodeAffinity[PREFERRED]).forEach((preferred, i) => {
    if (!isRecord2(preferred)) return;
    checkWeight(ctx, preferred, [...base, PREFERRED, i]);
    checkNodeSelectorTerm(ctx, preferred["preference"], [...base, PREFERRED, i, "preference"]);
  });
}
function valuesOf(requirement) {
  const values = requirement["values"];
  if (isSet(values) && !Array.isArray(values)) return void 0;
  return asArray(values);
}
function checkNodeSelectorTerm(ctx, term, path3) {
  if (!isRecord2(term)) return;
  asArray(term["matchExpressions"]).forEach((requirement, j) => {
    if (!isRecord2(requirement)) return;
    const base = [...path3, "matchExpressions", j];
    const operator = asString(requirement["operator"]);
    const values = valuesOf(requirement);
    if (operator !== void 0 && values !== void 0 && NODE_OPERATORS.has(operator)) {
      const valuesPath = isSet(requirement["values"]) ? [...base, "values"] : [...base, "operator"];
      if ((operator === "In" || operator === "NotIn") && values.length === 0) {
        ctx.report({ path: valuesPath, messageId: "nodeValuesRequired", data: { operator } });
      } else if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) {
        ctx.report({ path: valuesPath, target: "key", messageId: "nodeValuesForbidden", data: { operator, count: values.length } });
      } else if ((operator === "Gt" || operator === "Lt") && values.length !== 1) {
        ctx.report({ path: valuesPath, target: values.length > 0 ? "key" : "value", messageId: "nodeValuesSingle", data: { operator, count: values.length } });
      }
    }
    const key = asString(requirement["key"]);
    if (key !== void 0) checkLabelKey(ctx, key, [...base, "key"]);
  });
  asArray(term["matchFields"]).forEach((requirement, j) => {
    if (!isRecord2(requirement)) return;
    const base = [...path3, "matchFields", j];
    const operator = asString(requirement["operator"]);
    const values = valuesOf(requirement);
    if (values === void 0) return;
    if (operator !== void 0 && !isTemplated(ctx, operator)) {
      if (operator === "In" || operator === "NotIn") {
        if (values.length !== 1) {
          ctx.report({
            path: isSet(requirement["values"]) ? [...base, "values"] : [...base, "operator"],
            target: values.length > 0 ? "key" : "value",
            messageId: "fieldValuesSingle",
            data: { operator, count: values.length }
          });
        }
      } else if (NODE_OPERATORS.has(operator)) {
        ctx.report({ path: [...base, "operator"], messageId: "fieldOperatorInvalid", data: { operator } });
      }
    }
    const key = asString(requirement["key"]);
    if (key === void 0 || isTemplated(ctx, key)) return;
    if (key !== "metadata.name") {
      ctx.report({ path: [...base, "key"], messageId: "fieldKeyInvalid", data: { key } });
      return;
    }
    values.forEach((value, k) => {
      if (typeof value !== "string" || isTemplated(ctx, value)) return;
      const problems = dns1123SubdomainErrors(value);
      if (problems.length > 0) ctx.report({ path: [...base, "values", k], messageId: "fieldValueInvalid", data: { value, problems: problems.join("; ") } });
    });
  });
}
function checkPodAffinityTerm(ctx, term, path3) {
  if (!isRecord2(term)) return;
  checkLabelSelector(ctx, term["labelSelector"], [...path3, "labelSelector"]);
  checkLabelSelector(ctx, term["namespaceSelector"], [...path3, "namespaceSelector"]);
  asArray(term["namespaces"]).forEach((name, i) => {
    if (typeof name !== "string" || isTemplated(ctx, name)) return;
    const problems2 = dns1123LabelErrors(name);
    if (problems2.length > 0) ctx.report({ path: [...path3, "namespaces", i], messageId: "namespaceInvalid", data: { name, problems: problems2.join("; ") } });
  });
  const key = term["topologyKey"];
  if (typeof key !== "string" || isTemplated(ctx, key)) return;
  if (key === "") {
    ctx.report({ path: [...path3, "topologyKey"], messageId: "topologyKeyEmpty" });
    return;
  }
  const problems = qualifiedNameErrors(key);
  if (problems.length > 0) ctx.report({ path: [...path3, "topologyKey"], messageId: "topologyKeyInvalid", data: { key, problems: problems.join("; ") } });
}

// rules/device-feature-gates.ts
var device_feature_gates_default = defineRule({
  meta: {
    id: "device-feature-gates",
    type: "problem",
    description: "VSOCK, downwardMetrics, host devices, persistent reservation and rebootPolicy need their feature gates enabled in the cluster",
    level: "error",
    scope: "instance-spec",
    catalog: ["vsock-gate", "downwardmetrics-device-gate", "hostdevices-gate", "persistent-reservation-gate", "reboot-policy-gate"],
    messages: {
      vsock: "`autoattachVSOCK: true` needs the VSOCK feature gate. {{hint}}. Otherwise remove autoattachVSOCK.",
      downwardMetrics: "domain.devices.downwardMetrics needs the DownwardMetrics feature gate. {{hint}}. Otherwise remove the downwardMetrics device.",
      hostDevices: "domain.devices.hostDevices needs the HostDevices feature gate. {{hint}}. Otherwise remove hostDevices.",
      persistentReservation: "Disk '{{disk}}' asks for SCSI persistent reservation (`lun.reservation: true`), which KubeVirt rejects unless the KubeVirt CR enables it (PersistentReservation in developerConfiguration.featureGates, or persistentReservationConfiguration.enabled: true). If your cluster does, add PersistentReservation to settings.featureGates in virtops.config.yaml; otherwise remove `reservation: true`.",
      rebootPolicy: "domain.rebootPolicy needs the RebootPolicy feature gate. {{hint}}; enable the gate again or remove rebootPolicy."
    }
  },
  check(ctx) {
    const domain = ctx.spec["domain"];
    if (!isRecord2(domain)) return;
    const devices = domain["devices"];
    const { settings } = ctx;
    if (isRecord2(devices)) {
      if (devices["autoattachVSOCK"] === true && !isFeatureGateEnabled(settings, "VSOCK")) {
        ctx.report({ path: ["domain", "devices", "autoattachVSOCK"], messageId: "vsock", data: { hint: featureGateHint("VSOCK") }, ...gateSeverity(ctx.settings) });
      }
      if (isSet(devices["downwardMetrics"]) && !isFeatureGateEnabled(settings, "DownwardMetrics")) {
        ctx.report({ path: ["domain", "devices", "downwardMetrics"], target: "key", messageId: "downwardMetrics", data: { hint: featureGateHint("DownwardMetrics") }, ...gateSeverity(ctx.settings) });
      }
      const hostDevices = devices["hostDevices"];
      const counts = Array.isArray(hostDevices) && (hostDevices.length > 0 || ctx.kind === "VirtualMachineInstanceReplicaSet" || ctx.kind === "VirtualMachinePool");
      if (counts && !isFeatureGateEnabled(settings, "HostDevices")) {
        ctx.report({ path: ["domain", "devices", "hostDevices"], target: "key", messageId: "hostDevices", data: { hint: featureGateHint("HostDevices") }, ...gateSeverity(ctx.settings) });
      }
      const disks = devices["disks"];
      if (Array.isArray(disks) && !settings.featureGates.includes("PersistentReservation")) {
        disks.forEach((disk, i) => {
          if (dig(disk, "lun", "reservation") !== true) return;
          ctx.report({ path: ["domain", "devices", "disks", i, "lun", "reservation"], messageId: "persistentReservation", data: { disk: nameOf(disk) ?? `#${i}` } });
        });
      }
    }
    if (isSet(domain["rebootPolicy"]) && !isFeatureGateEnabled(settings, "RebootPolicy")) {
      ctx.report({ path: ["domain", "rebootPolicy"], messageId: "rebootPolicy", data: { hint: featureGateHint("RebootPolicy") }, ...gateSeverity(ctx.settings) });
    }
  }
});

// rules/gpu-ramfb-displays.ts
var GPUS = ["domain", "devices", "gpus"];
function enabled(value) {
  if (!isSet(value)) return true;
  return typeof value === "boolean" ? value : void 0;
}
var gpu_ramfb_displays_default = defineRule({
  meta: {
    id: "gpu-ramfb-displays",
    type: "problem",
    description: "At most one vGPU display may use a ramfb boot framebuffer",
    level: "error",
    scope: "instance-spec",
    catalog: ["gpu-single-ramfb-display"],
    messages: {
      multipleRamfb: "GPU {{name}} is a second vGPU display with ramfb (gpus[{{first}}] already has one), and a VM can have only one ramfb framebuffer. Set `ramFB: {enabled: false}` under virtualGPUOptions.display of all but one GPU, or `enabled: false` on displays you do not need."
    }
  },
  check(ctx) {
    const gpus = digPath(ctx.spec, GPUS);
    if (!Array.isArray(gpus) || gpus.length < 2) return;
    let first;
    gpus.forEach((gpu, i) => {
      const display = dig(gpu, "virtualGPUOptions", "display");
      if (!isRecord2(display)) return;
      if (enabled(display["enabled"]) !== true) return;
      const ramFB = display["ramFB"];
      if (isSet(ramFB) && !isRecord2(ramFB)) return;
      if (enabled(dig(ramFB, "enabled")) !== true) return;
      if (first === void 0) {
        first = i;
        return;
      }
      const name = nameOf(gpu);
      ctx.report({ path: [...GPUS, i, "virtualGPUOptions", "display"], target: "key", messageId: "multipleRamfb", data: { name: name === void 0 ? `#${i}` : `'${name}'`, first } });
    });
  }
});

// rules/input-devices.ts
var INPUTS = ["domain", "devices", "inputs"];
var input_devices_default = defineRule({
  meta: {
    id: "input-devices",
    type: "problem",
    description: "Input devices must be tablets on the virtio or usb bus",
    level: "error",
    scope: "instance-spec",
    catalog: ["input-bus", "input-type-tablet"],
    messages: {
      busInvalid: "Input device bus {{bus}} is not supported: KubeVirt accepts only virtio or usb. Set `bus: usb` or `bus: virtio` (or leave it out for usb).",
      typeInvalid: "Input device type {{type}} is not supported: KubeVirt emulates only tablets. Set `type: tablet`; a keyboard and mouse come with every VM's graphical console.",
      typeEmpty: "Input device type is empty: KubeVirt fills in `tablet` only for a VirtualMachineInstance and validates this {{kind}} without that default, so it rejects the empty type. Set `type: tablet`.",
      typeEmptyFromPreference: "Input device type is empty: the VirtualMachine is accepted only if its preference {{preference}} sets preferredInputType to tablet. Set `type: tablet` to not depend on it."
    }
  },
  check(ctx) {
    const inputs = digPath(ctx.spec, INPUTS);
    if (!Array.isArray(inputs) || inputs.length === 0) return;
    const normalized = asArray(digPath(ctx.normalized, INPUTS));
    inputs.forEach((input, i) => {
      if (!isRecord2(input)) return;
      const effective = isRecord2(normalized[i]) ? normalized[i] : input;
      const bus = effective["bus"];
      if (typeof bus === "string" && bus !== "" && bus !== "virtio" && bus !== "usb" && !isTemplated(ctx, bus)) {
        ctx.report({ path: [...INPUTS, i, "bus"], messageId: "busInvalid", data: { bus: `'${bus}'` } });
      }
      const type = effective["type"];
      if (typeof type !== "string" || type === "tablet" || isTemplated(ctx, type)) return;
      const path3 = [...INPUTS, i, "type"];
      if (type !== "") {
        ctx.report({ path: path3, messageId: "typeInvalid", data: { type: `'${type}'` } });
        return;
      }
      if (ctx.kind === "VirtualMachine") {
        const preference = dig(holderVmSpec(ctx)?.spec, "preference");
        if (isRecord2(preference)) {
          const name = typeof preference["name"] === "string" && preference["name"] !== "" ? `'${preference["name"]}'` : "(inferred from a volume)";
          ctx.report({ path: path3, messageId: "typeEmptyFromPreference", data: { preference: name }, severity: "warning" });
          return;
        }
      }
      ctx.report({ path: path3, messageId: "typeEmpty", data: { kind: ctx.kind } });
    });
  }
});

// rules/iothreads-policy.ts
var POLICIES = /* @__PURE__ */ new Set(["shared", "auto", "supplementalPool"]);
var iothreads_policy_default = defineRule({
  meta: {
    id: "iothreads-policy",
    type: "problem",
    description: "ioThreadsPolicy must be shared, auto or supplementalPool, and supplementalPool needs a positive thread count",
    level: "error",
    scope: "instance-spec",
    catalog: ["iothreads-policy-valid", "iothreads-supplemental-count"],
    messages: {
      policyInvalid: "ioThreadsPolicy {{policy}} is not supported. Use shared, auto or supplementalPool, or remove it to run disks without dedicated IOThreads.",
      countMissing: "ioThreadsPolicy supplementalPool needs domain.ioThreads.supplementalPoolThreadCount, the number of IOThreads in the pool. Set it to 1 or more.",
      countNotPositive: "supplementalPoolThreadCount {{count}} must be at least 1 for ioThreadsPolicy supplementalPool. Set it to the number of IOThreads the pool should have.",
      countFromInstancetype: "ioThreadsPolicy supplementalPool needs domain.ioThreads.supplementalPoolThreadCount: the VirtualMachine is accepted only if its instancetype {{instancetype}} sets it. Set it here to not depend on the instancetype."
    }
  },
  check(ctx) {
    const domain = ctx.spec["domain"];
    if (!isRecord2(domain)) return;
    const policy = domain["ioThreadsPolicy"];
    if (typeof policy !== "string" || isTemplated(ctx, policy)) return;
    if (!POLICIES.has(policy)) {
      ctx.report({ path: ["domain", "ioThreadsPolicy"], messageId: "policyInvalid", data: { policy: policy === "" ? "(empty)" : `'${policy}'` } });
      return;
    }
    if (policy !== "supplementalPool") return;
    const ioThreads = domain["ioThreads"];
    if (isSet(ioThreads) && !isRecord2(ioThreads)) return;
    const count = dig(ioThreads, "supplementalPoolThreadCount");
    if (isSet(count)) {
      if (typeof count !== "number") return;
      if (count < 1) ctx.report({ path: ["domain", "ioThreads", "supplementalPoolThreadCount"], messageId: "countNotPositive", data: { count } });
      return;
    }
    if (ctx.kind === "VirtualMachine") {
      const instancetype = dig(holderVmSpec(ctx)?.spec, "instancetype");
      if (isRecord2(instancetype)) {
        const name = typeof instancetype["name"] === "string" && instancetype["name"] !== "" ? `'${instancetype["name"]}'` : "(inferred from a volume)";
        ctx.report({ path: ["domain", "ioThreadsPolicy"], messageId: "countFromInstancetype", data: { instancetype: name }, severity: "warning" });
        return;
      }
    }
    ctx.report({ path: ["domain", "ioThreadsPolicy"], messageId: "countMissing" });
  }
});

// rules/panic-devices.ts
var PANIC_DEVICES = ["domain", "devices", "panicDevices"];
var MODELS = /* @__PURE__ */ new Set(["hyperv", "isa", "pvpanic"]);
var panic_devices_default = defineRule({
  meta: {
    id: "panic-devices",
    type: "problem",
    description: "Panic devices need the hyperv, isa or pvpanic model and are not available on s390x",
    level: "error",
    scope: "instance-spec",
    catalog: ["panic-devices-not-s390x", "panic-device-model"],
    messages: {
      s390x: "Custom panic devices are not supported on s390x. Remove domain.devices.panicDevices (s390x guests report panics through their own firmware interface).",
      modelInvalid: "Panic device model {{model}} is not supported. Use hyperv, isa or pvpanic, or leave the model out to let the hypervisor choose."
    }
  },
  check(ctx) {
    const devices = digPath(ctx.spec, PANIC_DEVICES);
    if (!Array.isArray(devices) || devices.length === 0) return;
    if (effectiveArch(ctx.spec, ctx.settings.arch) === "s390x") ctx.report({ path: PANIC_DEVICES, target: "key", messageId: "s390x" });
    devices.forEach((device, i) => {
      if (!isRecord2(device)) return;
      const model = device["model"];
      if (typeof model !== "string" || MODELS.has(model) || isTemplated(ctx, model)) return;
      ctx.report({ path: [...PANIC_DEVICES, i, "model"], messageId: "modelInvalid", data: { model: model === "" ? "(empty)" : `'${model}'` } });
    });
  }
});

// rules/sound-device.ts
var SOUND = ["domain", "devices", "sound"];
var sound_device_default = defineRule({
  meta: {
    id: "sound-device",
    type: "problem",
    description: "The sound device needs a name and an ich9 or ac97 model, and is not available on arm64",
    level: "error",
    scope: "instance-spec",
    catalog: ["sound-model", "sound-name-required", "arm64-no-sound"],
    messages: {
      modelInvalid: "Sound model {{model}} is not supported: KubeVirt emulates ich9 or ac97. Set `model: ich9` or `model: ac97`, or leave it out for ich9.",
      nameEmpty: "The sound device has an empty name. Give it a name, e.g. `name: audio`.",
      arm64: "KubeVirt does not support a sound device on arm64, so the {{what}} is rejected. Remove domain.devices.sound, or run the VM on amd64."
    }
  },
  check(ctx) {
    const sound = digPath(ctx.spec, SOUND);
    if (!isRecord2(sound)) return;
    const model = sound["model"];
    if (typeof model === "string" && model !== "" && model !== "ich9" && model !== "ac97" && !isTemplated(ctx, model)) {
      ctx.report({ path: [...SOUND, "model"], messageId: "modelInvalid", data: { model: `'${model}'` } });
    }
    if (sound["name"] === "") ctx.report({ path: [...SOUND, "name"], messageId: "nameEmpty" });
    if (effectiveArch(ctx.spec, ctx.settings.arch) === "arm64") {
      ctx.report({ path: SOUND, target: "key", messageId: "arm64", data: { what: ctx.kind === "VirtualMachineInstance" ? "VirtualMachineInstance" : "VirtualMachineInstance started from this template" } });
    }
  }
});

// rules/topology-spread-constraints.ts
var topology_spread_constraints_default = defineRule({
  meta: {
    id: "topology-spread-constraints",
    type: "problem",
    description: "Topology spread constraints must pass the Kubernetes validation KubeVirt applies to them",
    level: "error",
    scope: "instance-spec",
    catalog: ["tsc-max-skew", "tsc-topology-key", "tsc-label-selector", "tsc-duplicate"],
    messages: {
      maxSkewNotPositive: "maxSkew {{maxSkew}} must be greater than zero: it is the largest allowed difference in matching pods between topology domains. Set maxSkew to 1 or more.",
      topologyKeyEmpty: "topologyKey is empty: a topology spread constraint needs the node label that defines the domains. Set it, e.g. to kubernetes.io/hostname or topology.kubernetes.io/zone.",
      topologyKeyInvalid: "topologyKey '{{key}}' is not a valid label name: {{problems}}. Use a node label key such as kubernetes.io/hostname or topology.kubernetes.io/zone.",
      duplicate: "topologySpreadConstraints[{{first}}] already spreads by topologyKey '{{key}}' with whenUnsatisfiable '{{action}}': each pair may appear only once. Merge the two constraints or change one of them.",
      ...LABEL_SELECTOR_MESSAGES
    }
  },
  check(ctx) {
    const constraints = ctx.spec["topologySpreadConstraints"];
    if (!Array.isArray(constraints) || constraints.length === 0) return;
    const firstOf = /* @__PURE__ */ new Map();
    constraints.forEach((constraint, i) => {
      if (!isRecord2(constraint)) return;
      const base = ["topologySpreadConstraints", i];
      const maxSkew = asInteger(constraint["maxSkew"]);
      if (maxSkew !== void 0 && maxSkew <= 0) ctx.report({ path: [...base, "maxSkew"], messageId: "maxSkewNotPositive", data: { maxSkew } });
      const key = asString(constraint["topologyKey"]);
      if (key !== void 0 && !isTemplated(ctx, key)) {
        if (key === "") ctx.report({ path: [...base, "topologyKey"], messageId: "topologyKeyEmpty" });
        else {
          const problems = qualifiedNameErrors(key);
          if (problems.length > 0) ctx.report({ path: [...base, "topologyKey"], messageId: "topologyKeyInvalid", data: { key, problems: problems.join("; ") } });
        }
      }
      checkLabelSelector(ctx, constraint["labelSelector"], [...base, "labelSelector"]);
      const rawAction = constraint["whenUnsatisfiable"];
      const action = rawAction === void 0 || rawAction === null ? "" : asString(rawAction);
      const rawKey = constraint["topologyKey"];
      const pairKey = rawKey === void 0 || rawKey === null ? "" : asString(rawKey);
      if (action === void 0 || pairKey === void 0 || isTemplated(ctx, action) || isTemplated(ctx, pairKey)) return;
      const pair2 = JSON.stringify([pairKey, action]);
      const first = firstOf.get(pair2);
      if (first === void 0) firstOf.set(pair2, i);
      else ctx.report({ path: [...base, "topologyKey"], messageId: "duplicate", data: { first, key: pairKey, action } });
    });
  }
});

// rules/video-device.ts
var VIDEO = ["domain", "devices", "video"];
var MODELS2 = {
  amd64: ["vga", "cirrus", "virtio", "ramfb", "bochs"],
  arm64: ["virtio", "ramfb"],
  s390x: ["virtio"]
};
function list(models) {
  return models.length === 1 ? models[0] : `${models.slice(0, -1).join(", ")} or ${models[models.length - 1]}`;
}
var video_device_default = defineRule({
  meta: {
    id: "video-device",
    type: "problem",
    description: "The video device needs a model the architecture supports, and a graphics device",
    level: "error",
    scope: "instance-spec",
    catalog: ["video-requires-graphics", "video-type-amd64", "video-type-arm64", "video-type-s390x"],
    messages: {
      noGraphics: "domain.devices.video is set, but autoattachGraphicsDevice is false, so there is no graphics device to configure. Remove the video section, or remove `autoattachGraphicsDevice: false`.",
      typeUnsupported: "Video model {{type}} is not supported on {{arch}}, so the {{what}} is rejected. Use {{models}}.",
      typeEmpty: "domain.devices.video has no type, and KubeVirt has no default for it, so the {{what}} is rejected. Set `type:` to {{models}}.",
      typeEmptyFromPreference: "domain.devices.video has no type: a VirtualMachineInstance started from this VirtualMachine is accepted only if its preference {{preference}} sets preferredVideoType. Set `type:` to {{models}} to not depend on it."
    }
  },
  check(ctx) {
    const video = digPath(ctx.spec, VIDEO);
    if (!isRecord2(video)) return;
    if (dig(ctx.spec, "domain", "devices", "autoattachGraphicsDevice") === false) {
      ctx.report({ path: VIDEO, target: "key", messageId: "noGraphics" });
    }
    const arch = effectiveArch(ctx.spec, ctx.settings.arch);
    const models = MODELS2[arch];
    if (models === void 0) return;
    const type = video["type"];
    if (isSet(type) && typeof type !== "string") return;
    if (typeof type === "string" && (models.includes(type) || isTemplated(ctx, type))) return;
    const what = ctx.kind === "VirtualMachineInstance" ? "VirtualMachineInstance" : "VirtualMachineInstance started from this template";
    const data = { arch, what, models: list(models) };
    if (typeof type === "string" && type !== "") {
      ctx.report({ path: [...VIDEO, "type"], messageId: "typeUnsupported", data: { ...data, type: `'${type}'` } });
      return;
    }
    const path3 = typeof type === "string" ? [...VIDEO, "type"] : VIDEO;
    const target = typeof type === "string" ? "value" : "key";
    const preference = dig(holderVmSpec(ctx)?.spec, "preference");
    if (isRecord2(preference)) {
      const name = typeof preference["name"] === "string" && preference["name"] !== "" ? `'${preference["name"]}'` : "(inferred from a volume)";
      ctx.report({ path: path3, target, messageId: "typeEmptyFromPreference", data: { ...data, preference: name }, severity: "warning" });
      return;
    }
    ctx.report({ path: path3, target, messageId: "typeEmpty", data });
  }
});

// rules/watchdog-device.ts
var WATCHDOG = ["domain", "devices", "watchdog"];
var watchdog_device_default = defineRule({
  meta: {
    id: "watchdog-device",
    type: "problem",
    description: "The watchdog model must match the architecture: i6300esb on amd64, diag288 on s390x, none on arm64",
    level: "error",
    scope: "instance-spec",
    catalog: ["watchdog-amd64-i6300esb", "watchdog-s390x-diag288", "watchdog-arm64-unsupported"],
    messages: {
      amd64: "The diag288 watchdog exists only on s390x, and amd64 supports only i6300esb, so the {{what}} is rejected. Replace `diag288` with `i6300esb` (or leave the model out).",
      s390x: "The i6300esb watchdog is not available on s390x, which supports only diag288, so the {{what}} is rejected. Replace `i6300esb` with `diag288` (or leave the model out).",
      arm64: "KubeVirt does not support a watchdog device on arm64, so the {{what}} is rejected. Remove domain.devices.watchdog, or run the VM on amd64 or s390x."
    }
  },
  check(ctx) {
    const watchdog = digPath(ctx.spec, WATCHDOG);
    if (!isRecord2(watchdog)) return;
    const arch = effectiveArch(ctx.spec, ctx.settings.arch);
    const what = ctx.kind === "VirtualMachineInstance" ? "VirtualMachineInstance" : "VirtualMachineInstance started from this template";
    if (arch === "amd64" && isSet(watchdog["diag288"])) ctx.report({ path: [...WATCHDOG, "diag288"], target: "key", messageId: "amd64", data: { what } });
    else if (arch === "s390x" && isSet(watchdog["i6300esb"])) ctx.report({ path: [...WATCHDOG, "i6300esb"], target: "key", messageId: "s390x", data: { what } });
    else if (arch === "arm64") ctx.report({ path: WATCHDOG, target: "key", messageId: "arm64", data: { what } });
  }
});

// rules/sets/devices.ts
var devicesRules = [
  input_devices_default,
  iothreads_policy_default,
  gpu_ramfb_displays_default,
  sound_device_default,
  video_device_default,
  watchdog_device_default,
  panic_devices_default,
  device_feature_gates_default,
  affinity_default,
  topology_spread_constraints_default
];

// rules/dra-devices.ts
var LISTS = [
  { key: "gpus", label: "GPUs", kind: "GPU", gate: "GPUsWithDRA", rejectMixed: true },
  { key: "hostDevices", label: "HostDevices", kind: "host device", gate: "HostDevicesWithDRA", rejectMixed: false }
];
function hasClaimRequest(device) {
  return device["claimName"] !== void 0 || device["requestName"] !== void 0;
}
function stringField(device, key) {
  const value = device[key];
  return value === void 0 || value === null ? "" : asString(value);
}
var dra_devices_default = defineRule({
  meta: {
    id: "dra-devices",
    type: "problem",
    description: "GPUs and host devices need either a deviceName or a DRA claim request that is complete, unique and declared in resourceClaims",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "gpu-dra-mix",
      "device-name-or-claim-required",
      "device-name-and-claim-exclusive",
      "dra-device-gate",
      "dra-device-claim-name-required",
      "dra-device-request-name-required",
      "dra-device-pair-unique",
      "dra-cross-list-pair-unique",
      "dra-claims-declared"
    ],
    messages: {
      gpuMix: "domain.devices.gpus mixes DRA GPUs (claimName/requestName) and device-plugin GPUs (deviceName); KubeVirt requires all GPUs of a VM to be one or the other.",
      nameOrClaimRequired: "{{Kind}} '{{name}}' has neither a deviceName nor a claim request. Set deviceName (a device-plugin resource) or claimName and requestName (DRA).",
      nameAndClaim: "{{Kind}} '{{name}}' sets both deviceName and a claim request (claimName/requestName). Keep deviceName for a device-plugin resource, or the claim request for DRA.",
      gate: "{{Kind}} '{{name}}' is a DRA device (claimName/requestName), but {{hint}}.",
      claimNameRequired: "DRA {{kind}} '{{name}}' has no claimName. Set it to the name of an entry in spec.resourceClaims.",
      requestNameRequired: "DRA {{kind}} '{{name}}' has no requestName. Set it to the request of the claim that provides the device.",
      duplicatePair: "{{Kind}} '{{name}}' uses claim/request '{{pair}}', which {{list}}[{{first}}] already uses. Each device needs its own claim request.",
      crossListPair: "{{Kind}} '{{name}}' uses claim/request '{{pair}}', which {{owner}}[{{first}}] already uses. A claim request can back only one GPU, host device or network.",
      claimNotDeclared: "{{Kind}} '{{name}}' uses claim '{{claim}}', which is not declared in spec.resourceClaims. Add `- name: {{claim}}` with resourceClaimName or resourceClaimTemplateName under resourceClaims."
    }
  },
  check(ctx) {
    const devices = asRecord(dig(ctx.spec, "domain", "devices"));
    if (devices === void 0) return;
    const gpus = asArray(devices["gpus"]);
    const hostDevices = asArray(devices["hostDevices"]);
    if (gpus.length === 0 && hostDevices.length === 0) return;
    const owners = /* @__PURE__ */ new Map();
    const claimUses = [];
    for (const list2 of LISTS) {
      const items = list2.key === "gpus" ? gpus : hostDevices;
      if (items.length === 0) continue;
      const pairs = checkList(ctx, list2, items, claimUses);
      for (const [pair2, index] of pairs) {
        const owner = owners.get(pair2);
        if (owner === void 0) {
          owners.set(pair2, { label: list2.label, index });
          continue;
        }
        const item = asRecord(items[index]);
        ctx.report({
          path: ["domain", "devices", list2.key, index],
          messageId: "crossListPair",
          data: { Kind: capitalize(list2.kind), name: nameOf(item) ?? "", pair: pair2, owner: owner.label, first: owner.index }
        });
      }
    }
    if (owners.size > 0 && isFeatureGateEnabled(ctx.settings, "NetworkDevicesWithDRA")) {
      const seen = /* @__PURE__ */ new Set();
      asArray(ctx.spec["networks"]).forEach((network, i) => {
        const source = isRecord2(network) ? asRecord(network["resourceClaim"]) : void 0;
        const claim = source === void 0 ? void 0 : asString(source["claimName"]);
        const request = source === void 0 ? void 0 : asString(source["requestName"]);
        if (!claim || !request || isTemplated(ctx, claim) || isTemplated(ctx, request)) return;
        const pair2 = `${claim}/${request}`;
        if (seen.has(pair2)) return;
        seen.add(pair2);
        const owner = owners.get(pair2);
        if (owner !== void 0) {
          ctx.report({ path: ["networks", i, "resourceClaim"], target: "key", messageId: "crossListPair", data: { Kind: "Network", name: nameOf(network) ?? "", pair: pair2, owner: owner.label, first: owner.index } });
        }
      });
    }
    if (claimUses.length === 0) return;
    const declared = /* @__PURE__ */ new Set();
    for (const claim of asArray(ctx.spec["resourceClaims"])) {
      const name = nameOf(claim);
      if (name === void 0) continue;
      if (isTemplated(ctx, name)) return;
      declared.add(name);
    }
    const reported = /* @__PURE__ */ new Set();
    for (const use of claimUses) {
      if (declared.has(use.claim) || reported.has(use.claim)) continue;
      reported.add(use.claim);
      ctx.report({ path: use.path, messageId: "claimNotDeclared", data: { Kind: capitalize(use.kind), name: use.name, claim: use.claim } });
    }
  }
});
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function checkList(ctx, list2, items, claimUses) {
  const pairs = /* @__PURE__ */ new Map();
  const listPath = ["domain", "devices", list2.key];
  const dra = [];
  const plain = [];
  items.forEach((item, i) => {
    const device = asRecord(item);
    if (device === void 0) return;
    const deviceName = stringField(device, "deviceName");
    const claimName = stringField(device, "claimName");
    const requestName = stringField(device, "requestName");
    if (deviceName === void 0 || claimName === void 0 || requestName === void 0) return;
    if (deviceName === "" && hasClaimRequest(device)) dra.push(i);
    else plain.push(i);
  });
  const Kind = capitalize(list2.kind);
  const nameAt = (i) => nameOf(items[i]) ?? "";
  if (list2.rejectMixed && dra.length > 0 && plain.length > 0) {
    ctx.report({ path: listPath, target: "key", messageId: "gpuMix" });
    return pairs;
  }
  for (const i of plain) {
    const device = items[i];
    if (stringField(device, "deviceName") === "") ctx.report({ path: [...listPath, i], messageId: "nameOrClaimRequired", data: { Kind, name: nameAt(i) } });
    else if (hasClaimRequest(device)) {
      const key = device["claimName"] !== void 0 ? "claimName" : "requestName";
      ctx.report({ path: [...listPath, i, key], target: "key", messageId: "nameAndClaim", data: { Kind, name: nameAt(i) } });
    }
  }
  if (dra.length === 0) return pairs;
  if (!isFeatureGateEnabled(ctx.settings, list2.gate)) {
    const first = dra[0];
    const key = items[first]["claimName"] !== void 0 ? "claimName" : "requestName";
    ctx.report({ path: [...listPath, first, key], target: "key", messageId: "gate", data: { Kind, name: nameAt(first), hint: featureGateHint(list2.gate) }, ...gateSeverity(ctx.settings) });
    return pairs;
  }
  for (const i of dra) {
    const device = items[i];
    const claim = stringField(device, "claimName") ?? "";
    const request = stringField(device, "requestName") ?? "";
    const name = nameAt(i);
    if (claim === "") ctx.report({ path: [...listPath, i, "claimName"], messageId: "claimNameRequired", data: { kind: list2.kind, name } });
    if (request === "") ctx.report({ path: [...listPath, i, "requestName"], messageId: "requestNameRequired", data: { kind: list2.kind, name } });
    if (claim === "" || request === "" || isTemplated(ctx, claim) || isTemplated(ctx, request)) continue;
    claimUses.push({ claim, path: [...listPath, i, "claimName"], kind: list2.kind, name });
    const pair2 = `${claim}/${request}`;
    const first = pairs.get(pair2);
    if (first === void 0) pairs.set(pair2, i);
    else ctx.report({ path: [...listPath, i], messageId: "duplicatePair", data: { Kind, name, pair: pair2, list: list2.key, first } });
  }
  return pairs;
}

// rules/dra-networks.ts
var dra_networks_default = defineRule({
  meta: {
    id: "dra-networks",
    type: "problem",
    description: "DRA (resourceClaim) networks need their feature gate, an SR-IOV or plugin interface, and a unique, declared claim and request",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "dra-network-gate",
      "dra-network-no-multus-mix",
      "dra-network-binding",
      "dra-network-claim-name-required",
      "dra-network-request-name-required",
      "dra-network-claim-declared",
      "dra-network-claim-request-unique"
    ],
    messages: {
      gate: "Network '{{name}}' is a DRA network (resourceClaim), but {{hint}}.",
      multusMix: "Network '{{name}}' is a Multus network, and this spec also has DRA (resourceClaim) networks; KubeVirt does not support mixing the two. Use only DRA networks or only Multus networks.",
      binding: "Interface '{{name}}' is on DRA network '{{name}}', which needs an SR-IOV interface (`sriov: {}`) or a network binding plugin (`binding: {name: <plugin>}`).",
      claimNameRequired: "DRA network '{{name}}' has no resourceClaim.claimName. Set it to the name of an entry in spec.resourceClaims.",
      requestNameRequired: "DRA network '{{name}}' has no resourceClaim.requestName. Set it to the request of the claim that provides the network device.",
      claimNotDeclared: "DRA network '{{name}}' uses claim '{{claim}}', which is not declared in spec.resourceClaims. Add `- name: {{claim}}` with resourceClaimName or resourceClaimTemplateName under resourceClaims.",
      duplicatePair: "DRA network '{{name}}' uses claim/request '{{pair}}', which networks[{{first}}] already uses. Each DRA network needs its own claim request."
    }
  },
  check(ctx) {
    const networks = asArray(ctx.spec["networks"]);
    const draIndex = networks.findIndex((network) => has(network, "resourceClaim"));
    if (draIndex < 0) return;
    if (!isFeatureGateEnabled(ctx.settings, "NetworkDevicesWithDRA")) {
      ctx.report({ path: ["networks", draIndex, "resourceClaim"], target: "key", messageId: "gate", data: { name: nameOf(networks[draIndex]) ?? "", hint: featureGateHint("NetworkDevicesWithDRA") }, ...gateSeverity(ctx.settings) });
      return;
    }
    const multusIndex = networks.findIndex((network) => has(network, "multus"));
    if (multusIndex >= 0) {
      ctx.report({ path: ["networks", multusIndex, "multus"], target: "key", messageId: "multusMix", data: { name: nameOf(networks[multusIndex]) ?? "" } });
      return;
    }
    const interfaces = interfacesOf(ctx.spec);
    const claims = /* @__PURE__ */ new Set();
    let templatedClaim = false;
    for (const claim of asArray(ctx.spec["resourceClaims"])) {
      const claimName = nameOf(claim);
      if (claimName === void 0) continue;
      if (isTemplated(ctx, claimName)) templatedClaim = true;
      claims.add(claimName);
    }
    const firstByPair = /* @__PURE__ */ new Map();
    networks.forEach((network, i) => {
      const source = isRecord2(network) ? asRecord(network["resourceClaim"]) : void 0;
      if (source === void 0) return;
      const name = nameOf(network) ?? "";
      if (!isTemplated(ctx, name)) {
        const k = interfaces.findIndex((iface2) => nameOf(iface2) === name);
        const iface = interfaces[k];
        if (isRecord2(iface) && !has(iface, "sriov") && !has(iface, "binding")) {
          ctx.report({ path: [...INTERFACES_PATH, k, "name"], messageId: "binding", data: { name } });
        }
      }
      if (isSet(source["claimName"]) && typeof source["claimName"] !== "string" || isSet(source["requestName"]) && typeof source["requestName"] !== "string") return;
      const claim = asString(source["claimName"]) ?? "";
      const request = asString(source["requestName"]) ?? "";
      const path3 = ["networks", i, "resourceClaim"];
      if (claim === "") ctx.report({ path: [...path3, "claimName"], messageId: "claimNameRequired", data: { name } });
      if (request === "") ctx.report({ path: [...path3, "requestName"], messageId: "requestNameRequired", data: { name } });
      if (claim === "" || request === "" || isTemplated(ctx, claim) || isTemplated(ctx, request)) return;
      if (!claims.has(claim) && !templatedClaim) ctx.report({ path: [...path3, "claimName"], messageId: "claimNotDeclared", data: { name, claim } });
      const pair2 = `${claim}/${request}`;
      const first = firstByPair.get(pair2);
      if (first === void 0) firstByPair.set(pair2, i);
      else ctx.report({ path: ["networks", i, "resourceClaim"], target: "key", messageId: "duplicatePair", data: { name, pair: pair2, first } });
    });
  }
});

// rules/interface-binding.ts
var REPLACEMENT = {
  slirp: "Use `masquerade: {}` on the pod network instead.",
  passt: "Use `passtBinding: {}` on the pod network instead.",
  macvtap: "Use `bridge: {}` on a Multus network, or a macvtap network binding plugin (`binding: {name: macvtap}`), instead."
};
var interface_binding_default = defineRule({
  meta: {
    id: "interface-binding",
    type: "problem",
    description: "Every interface needs exactly one supported binding method that fits its network and the cluster",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "interface-single-binding",
      "discontinued-slirp",
      "discontinued-passt",
      "discontinued-macvtap",
      "bridge-on-pod-network-permitted",
      "passt-binding-gate",
      "passt-binding-pod-network-only"
    ],
    messages: {
      noBinding: "Interface '{{name}}' has no binding method. Add exactly one of `masquerade: {}` (pod network), `bridge: {}`, `sriov: {}`, `passtBinding: {}` (pod network) or a binding plugin (`binding: {name: <plugin>}`).",
      manyBindings: "Interface '{{name}}' sets {{count}} binding methods ({{bindings}}); KubeVirt requires exactly one. Keep only one of them.",
      discontinued: "Interface '{{name}}' uses the `{{binding}}` binding, which KubeVirt discontinued in v1.3 and rejects. {{replacement}}",
      bridgeNotPermitted: "Interface '{{name}}' uses the bridge binding on the pod network, which this cluster does not permit (settings.permitBridgeInterfaceOnPodNetwork: false, KubeVirt CR network.permitBridgeInterfaceOnPodNetwork). Use `masquerade: {}` for the pod network.",
      defaultBridgeNotPermitted: "There are no interfaces and networks, so KubeVirt adds a default pod interface with the cluster default binding, bridge, which this cluster does not permit on the pod network (settings.permitBridgeInterfaceOnPodNetwork: false). Declare the interface yourself: `interfaces: [{name: default, masquerade: {}}]` with `networks: [{name: default, pod: {}}]`.",
      passtGate: "Interface '{{name}}' uses `passtBinding`, but {{hint}}. Use `masquerade: {}` on the pod network instead.",
      passtNotPod: "Interface '{{name}}' uses `passtBinding`, which works only on the pod network, but network '{{name}}' is {{network}}. Use `bridge: {}` or `sriov: {}` for this interface, or make the network `pod: {}`."
    }
  },
  check(ctx) {
    const { settings } = ctx;
    const interfaces = interfacesOf(ctx.spec);
    if (interfaces.length === 0) {
      if (!settings.permitBridgeInterfaceOnPodNetwork && settings.defaultNetworkInterface === "bridge" && getsDefaultPodInterface(ctx.spec)) {
        ctx.report({ path: [...INTERFACES_PATH], messageId: "defaultBridgeNotPermitted" });
      }
      return;
    }
    const networks = indexNetworks(ctx, ctx.spec);
    const passtEnabled = isFeatureGateEnabled(settings, "PasstBinding");
    interfaces.forEach((iface, i) => {
      if (!isRecord2(iface)) return;
      const name = nameOf(iface) ?? "";
      const at = (key) => ({ path: [...INTERFACES_PATH, i, key], target: "key" });
      const discontinued = DISCONTINUED_BINDING_KEYS.filter((key) => has(iface, key));
      for (const binding of discontinued) ctx.report({ ...at(binding), messageId: "discontinued", data: { name, binding, replacement: REPLACEMENT[binding] } });
      const bindings = bindingsOf(iface);
      if (bindings.length === 0 && discontinued.length === 0) {
        ctx.report({ path: [...INTERFACES_PATH, i], messageId: "noBinding", data: { name } });
      } else if (bindings.length > 1) {
        ctx.report({ ...at(bindings[1]), messageId: "manyBindings", data: { name, count: bindings.length, bindings: bindings.map((b) => `\`${b}\``).join(", ") } });
      }
      if (isTemplated(ctx, name)) return;
      const network = networks.byName.get(name);
      if (has(iface, "bridge") && network !== void 0 && has(network, "pod") && !settings.permitBridgeInterfaceOnPodNetwork) {
        ctx.report({ ...at("bridge"), messageId: "bridgeNotPermitted", data: { name } });
      }
      if (has(iface, "passtBinding")) {
        if (!passtEnabled) ctx.report({ ...at("passtBinding"), messageId: "passtGate", data: { name, hint: featureGateHint("PasstBinding") }, ...gateSeverity(ctx.settings) });
        if (network !== void 0 && !has(network, "pod")) {
          ctx.report({ ...at("passtBinding"), messageId: "passtNotPod", data: { name, network: describeNetwork2(network) } });
        }
      }
    });
  }
});

// rules/interface-dhcp-options.ts
var DECIMAL_OCTET = /^(0|[1-9]\d{0,2})$/;
var HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
function ipv4Bytes(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  const bytes = [];
  for (const part of parts) {
    if (!DECIMAL_OCTET.test(part)) return void 0;
    const value = Number(part);
    if (value > 255) return void 0;
    bytes.push(value);
  }
  return bytes;
}
function ipv6Bytes(text) {
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const groupsOf = (part) => {
    if (part === "") return [];
    const out = [];
    const pieces = part.split(":");
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k];
      if (k === pieces.length - 1 && piece.includes(".")) {
        const v4 = ipv4Bytes(piece);
        if (v4 === void 0) return void 0;
        out.push(...v4);
      } else if (HEX_GROUP.test(piece)) {
        const value = parseInt(piece, 16);
        out.push(value >> 8, value & 255);
      } else return void 0;
    }
    return out;
  };
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (head === void 0 || tail === void 0) return void 0;
  if (halves.length === 2 && halves[0].includes(".")) return void 0;
  if (halves.length === 1) return head.length === 16 ? head : void 0;
  const fill = 16 - head.length - tail.length;
  if (fill < 2) return void 0;
  return [...head, ...new Array(fill).fill(0), ...tail];
}
function isIPv4(text) {
  if (ipv4Bytes(text) !== void 0) return true;
  if (!text.includes(":")) return false;
  const bytes = ipv6Bytes(text);
  return bytes !== void 0 && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255;
}
var interface_dhcp_options_default = defineRule({
  meta: {
    id: "interface-dhcp-options",
    type: "problem",
    description: "DHCP private options must be unique and within 224-254, and NTP servers must be IPv4 addresses",
    level: "error",
    scope: "instance-spec",
    catalog: ["dhcp-private-options-unique", "dhcp-private-option-range", "dhcp-ntp-ipv4"],
    messages: {
      duplicateOption: "Interface '{{name}}' sets DHCP private option {{option}} twice (the first is privateOptions[{{first}}]). Set each option once.",
      optionRange: "Interface '{{name}}' sets DHCP private option {{option}}; private options must be between 224 and 254.",
      ntpNotIPv4: "Interface '{{name}}' lists NTP server '{{server}}', which is not an IPv4 address. KubeVirt's DHCP server accepts only IPv4 addresses (no host names, no IPv6)."
    }
  },
  check(ctx) {
    interfacesOf(ctx.spec).forEach((iface, i) => {
      const dhcp = isRecord2(iface) ? asRecord(iface["dhcpOptions"]) : void 0;
      if (dhcp === void 0) return;
      const name = nameOf(iface) ?? "";
      const dhcpPath = [...INTERFACES_PATH, i, "dhcpOptions"];
      const seen = /* @__PURE__ */ new Map();
      asArray(dhcp["privateOptions"]).forEach((entry, k) => {
        const option = isRecord2(entry) ? asInteger(entry["option"]) : void 0;
        if (option === void 0) return;
        const path3 = [...dhcpPath, "privateOptions", k, "option"];
        const first = seen.get(option);
        if (first !== void 0) ctx.report({ path: path3, messageId: "duplicateOption", data: { name, option, first } });
        else seen.set(option, k);
        if (option < 224 || option > 254) ctx.report({ path: path3, messageId: "optionRange", data: { name, option } });
      });
      asArray(dhcp["ntpServers"]).forEach((server, k) => {
        if (typeof server !== "string" || isTemplated(ctx, server) || isIPv4(server)) return;
        ctx.report({ path: [...dhcpPath, "ntpServers", k], messageId: "ntpNotIPv4", data: { name, server } });
      });
    });
  }
});

// rules/interface-mac-address.ts
var RESERVED_MASQUERADE_MAC = "02:00:00:00:00:00";
var HEX2 = /^[0-9A-Fa-f]{2}$/;
var HEX4 = /^[0-9A-Fa-f]{4}$/;
function macOctets(mac) {
  if (mac.length < 14) return void 0;
  let octets;
  if (mac[2] === ":" || mac[2] === "-") {
    const parts = mac.split(mac[2]);
    if (!parts.every((p) => HEX2.test(p))) return void 0;
    octets = parts.length;
  } else if (mac[4] === ".") {
    const parts = mac.split(".");
    if (!parts.every((p) => HEX4.test(p))) return void 0;
    octets = parts.length * 2;
  } else return void 0;
  return octets === 6 || octets === 8 || octets === 20 ? octets : void 0;
}
var interface_mac_address_default = defineRule({
  meta: {
    id: "interface-mac-address",
    type: "problem",
    description: "An interface macAddress must be a valid 6-octet MAC address, and not the one reserved for masquerade",
    level: "error",
    scope: "instance-spec",
    catalog: ["interface-mac-format", "masquerade-reserved-mac"],
    messages: {
      malformed: "Interface '{{name}}' has macAddress '{{mac}}', which is not a MAC address. Use six pairs of hex digits separated by ':' or '-', e.g. `02:00:00:12:34:56`.",
      tooLong: "Interface '{{name}}' has macAddress '{{mac}}', which has {{octets}} octets; KubeVirt accepts only 6-octet (EUI-48) addresses, e.g. `02:00:00:12:34:56`.",
      reserved: "Interface '{{name}}' uses the masquerade binding with macAddress 02:00:00:00:00:00, which KubeVirt reserves for the in-pod bridge. Choose another address (or leave macAddress unset)."
    }
  },
  check(ctx) {
    interfacesOf(ctx.spec).forEach((iface, i) => {
      if (!isRecord2(iface)) return;
      const mac = asString(iface["macAddress"]);
      if (mac === void 0 || mac === "" || isTemplated(ctx, mac)) return;
      const name = nameOf(iface) ?? "";
      const path3 = [...INTERFACES_PATH, i, "macAddress"];
      const octets = macOctets(mac);
      if (octets === void 0) ctx.report({ path: path3, messageId: "malformed", data: { name, mac } });
      else if (octets > 6) ctx.report({ path: path3, messageId: "tooLong", data: { name, mac, octets } });
      if (mac === RESERVED_MASQUERADE_MAC && has(iface, "masquerade")) ctx.report({ path: path3, messageId: "reserved", data: { name } });
    });
  }
});

// rules/interface-model.ts
var MODELS3 = ["e1000", "e1000e", "igb", "ne2k_pci", "pcnet", "rtl8139", "virtio"];
var MODEL_SET = new Set(MODELS3);
var interface_model_default = defineRule({
  meta: {
    id: "interface-model",
    type: "problem",
    description: "An interface model must be one KubeVirt supports",
    level: "error",
    scope: "instance-spec",
    catalog: ["interface-model"],
    fixable: true,
    messages: {
      unsupported: "Interface '{{name}}' has model '{{model}}', which KubeVirt does not support{{didYouMean}}. Use one of {{models}} (virtio is the default and the fastest)."
    }
  },
  check(ctx) {
    interfacesOf(ctx.spec).forEach((iface, i) => {
      if (!isRecord2(iface)) return;
      const model = asString(iface["model"]);
      if (model === void 0 || model === "" || MODEL_SET.has(model) || isTemplated(ctx, model)) return;
      const match2 = closest(model, MODELS3);
      const at = [...INTERFACES_PATH, i, "model"];
      const sameModel = MODEL_SET.has(model.toLowerCase()) ? model.toLowerCase() : void 0;
      ctx.report({
        path: at,
        messageId: "unsupported",
        data: { name: nameOf(iface) ?? "", model, didYouMean: match2 === void 0 ? "" : ` (did you mean '${match2}'?)`, models: MODELS3.join(", ") },
        ...sameModel !== void 0 ? { fix: [{ op: "set", path: at, value: sameModel }] } : {}
      });
    });
  }
});

// rules/interface-pci-address.ts
var PCI_ADDRESS = /^[\da-fA-F]{4}:[\da-fA-F]{2}:[\da-fA-F]{2}\.[0-7]$/;
var interface_pci_address_default = defineRule({
  meta: {
    id: "interface-pci-address",
    type: "problem",
    description: "An interface pciAddress must have the form DDDD:BB:SS.F",
    level: "error",
    scope: "instance-spec",
    catalog: ["interface-pci-address"],
    messages: {
      malformed: "Interface '{{name}}' has pciAddress '{{address}}', which is not a PCI address. Use domain:bus:slot.function in hex with a function of 0-7, e.g. `0000:81:00.0`."
    }
  },
  check(ctx) {
    interfacesOf(ctx.spec).forEach((iface, i) => {
      if (!isRecord2(iface)) return;
      const address = asString(iface["pciAddress"]);
      if (address === void 0 || address === "" || isTemplated(ctx, address) || PCI_ADDRESS.test(address)) return;
      ctx.report({ path: [...INTERFACES_PATH, i, "pciAddress"], messageId: "malformed", data: { name: nameOf(iface) ?? "", address } });
    });
  }
});

// rules/interface-ports.ts
var MAX_PORT_RANGES = 10;
var PORT_NAME_CHARSET = /^[-a-z0-9]+$/;
var PORT_NAME_LETTER = /[a-z]/;
function portNameProblems(name) {
  const problems = [];
  if (name.length > 15) problems.push("must be no more than 15 characters");
  if (!PORT_NAME_CHARSET.test(name)) problems.push("must contain only lowercase letters, digits and '-'");
  if (!PORT_NAME_LETTER.test(name)) problems.push("must contain at least one letter (a-z)");
  if (name.includes("--")) problems.push("must not contain '--'");
  if (name.startsWith("-") || name.endsWith("-")) problems.push("must not begin or end with '-'");
  return problems.length === 0 ? void 0 : problems.join(", ");
}
var interface_ports_default = defineRule({
  meta: {
    id: "interface-ports",
    type: "problem",
    description: "Forwarded ports and port ranges of pod network interfaces must be valid, unique and non-overlapping",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "port-name-unique",
      "port-name-format",
      "port-required",
      "port-range",
      "port-protocol",
      "port-ranges-gate",
      "port-ranges-vs-ports",
      "port-ranges-masquerade-only",
      "port-ranges-max-10",
      "port-range-protocol",
      "port-range-start",
      "port-range-end",
      "port-range-order",
      "port-ranges-overlap"
    ],
    messages: {
      portNameDuplicate: "Interface '{{name}}' has two ports named '{{port}}' (the first is ports[{{first}}]). Give every port its own name.",
      portNameInvalid: "Interface '{{name}}' has a port named '{{port}}', which is not a valid port name: {{problems}}. Use a short IANA service name such as `http` or `ssh`.",
      portRequired: "Interface '{{name}}' has a port with `port: 0`; the port number is required. Set it to a number between 1 and 65535.",
      portOutOfRange: "Interface '{{name}}' has port {{port}}, outside 1-65535. Use a valid port number.",
      portProtocol: "Interface '{{name}}' has a port with protocol '{{protocol}}'; only `TCP` and `UDP` (upper case) are allowed.",
      portRangesGate: "Interface '{{name}}' sets portRanges, but {{hint}}. Use `ports` instead, or enable the gate.",
      portRangesWithPorts: "Interface '{{name}}' sets both ports and portRanges, which KubeVirt does not allow. Keep one of them (a single port is a range with start = end).",
      portRangesNotMasquerade: "Interface '{{name}}' sets portRanges, which KubeVirt supports only on masquerade interfaces. Use `masquerade: {}` or remove portRanges.",
      tooManyPortRanges: "Interface '{{name}}' has {{count}} portRanges; KubeVirt allows at most 10. Merge adjacent ranges.",
      rangeProtocol: "Interface '{{name}}' has a port range with protocol '{{protocol}}'; the protocol is required and must be `TCP` or `UDP` (upper case).",
      rangeStart: "Interface '{{name}}' has a port range starting at {{value}}; start must be between 1 and 65535.",
      rangeEnd: "Interface '{{name}}' has a port range ending at {{value}}; end must be between 1 and 65535.",
      rangeOrder: "Interface '{{name}}' has the port range {{start}}-{{end}}, whose start is greater than its end. Swap them.",
      rangesOverlap: "Interface '{{name}}' has the {{protocol}} port ranges {{a}} and {{b}}, which overlap. Merge them or make them disjoint."
    }
  },
  check(ctx) {
    const interfaces = interfacesOf(ctx.spec);
    if (interfaces.length === 0) return;
    const gateOn = isFeatureGateEnabled(ctx.settings, "PortRangesSpec");
    let networks;
    interfaces.forEach((iface, i) => {
      if (!isRecord2(iface)) return;
      const hasPorts = has(iface, "ports");
      const hasRanges = has(iface, "portRanges");
      if (!hasPorts && !hasRanges) return;
      const name = nameOf(iface) ?? "";
      if (hasRanges && !gateOn) {
        ctx.report({ path: [...INTERFACES_PATH, i, "portRanges"], target: "key", messageId: "portRangesGate", data: { name, hint: featureGateHint("PortRangesSpec") }, ...gateSeverity(ctx.settings) });
      }
      if (isTemplated(ctx, name)) return;
      networks ??= indexNetworks(ctx, ctx.spec);
      const network = networks.byName.get(name);
      if (network === void 0 || !has(network, "pod")) return;
      if (hasPorts) checkPorts(ctx, iface, i, name);
      if (hasRanges && gateOn) checkRanges(ctx, iface, i, name, hasPorts);
    });
  }
});
function checkPorts(ctx, iface, i, name) {
  const portsPath = [...INTERFACES_PATH, i, "ports"];
  const seen = /* @__PURE__ */ new Map();
  asArray(iface["ports"]).forEach((port, k) => {
    if (!isRecord2(port)) return;
    const portName = asString(port["name"]);
    if (portName !== void 0 && portName !== "" && !isTemplated(ctx, portName)) {
      const first = seen.get(portName);
      if (first !== void 0) ctx.report({ path: [...portsPath, k, "name"], messageId: "portNameDuplicate", data: { name, port: portName, first } });
      else seen.set(portName, k);
      const problems = portNameProblems(portName);
      if (problems !== void 0) ctx.report({ path: [...portsPath, k, "name"], messageId: "portNameInvalid", data: { name, port: portName, problems } });
    }
    const number = asInteger(port["port"]);
    if (number === 0) ctx.report({ path: [...portsPath, k, "port"], messageId: "portRequired", data: { name } });
    else if (number !== void 0 && (number < 0 || number >= 65536)) ctx.report({ path: [...portsPath, k, "port"], messageId: "portOutOfRange", data: { name, port: number } });
    const protocol = asString(port["protocol"]);
    if (protocol !== void 0 && protocol !== "" && protocol !== "TCP" && protocol !== "UDP" && !isTemplated(ctx, protocol)) {
      ctx.report({ path: [...portsPath, k, "protocol"], messageId: "portProtocol", data: { name, protocol } });
    }
  });
}
function checkRanges(ctx, iface, i, name, hasPorts) {
  const ifacePath = [...INTERFACES_PATH, i];
  if (hasPorts) ctx.report({ path: [...ifacePath, "portRanges"], target: "key", messageId: "portRangesWithPorts", data: { name } });
  if (!has(iface, "masquerade")) ctx.report({ path: [...ifacePath, "portRanges"], target: "key", messageId: "portRangesNotMasquerade", data: { name } });
  const ranges = asArray(iface["portRanges"]);
  if (ranges.length > MAX_PORT_RANGES) {
    ctx.report({ path: [...ifacePath, "portRanges"], target: "key", messageId: "tooManyPortRanges", data: { name, count: ranges.length } });
    return;
  }
  const byProtocol = /* @__PURE__ */ new Map();
  ranges.forEach((range2, k) => {
    if (!isRecord2(range2)) return;
    const at = (key) => [...ifacePath, "portRanges", k, key];
    const protocol = asString(range2["protocol"]);
    const start = asInteger(range2["start"]);
    const end = asInteger(range2["end"]);
    if (protocol === void 0 || isTemplated(ctx, protocol) || start === void 0 || end === void 0) {
      if (protocol !== void 0 && protocol !== "TCP" && protocol !== "UDP" && !isTemplated(ctx, protocol)) {
        ctx.report({ path: at("protocol"), messageId: "rangeProtocol", data: { name, protocol } });
      }
      return;
    }
    if (protocol !== "TCP" && protocol !== "UDP") ctx.report({ path: at("protocol"), messageId: "rangeProtocol", data: { name, protocol } });
    else if (start <= 0 || start >= 65536) ctx.report({ path: at("start"), messageId: "rangeStart", data: { name, value: start } });
    else if (end <= 0 || end >= 65536) ctx.report({ path: at("end"), messageId: "rangeEnd", data: { name, value: end } });
    else if (start > end) ctx.report({ path: at("start"), messageId: "rangeOrder", data: { name, start, end } });
    else {
      const list2 = byProtocol.get(protocol) ?? [];
      list2.push({ start, end });
      byProtocol.set(protocol, list2);
    }
  });
  for (const protocol of ["TCP", "UDP"]) {
    const intervals = byProtocol.get(protocol);
    if (intervals === void 0 || intervals.length < 2) continue;
    intervals.sort((a, b) => a.start === b.start ? a.end - b.end : a.start - b.start);
    for (let k = 1; k < intervals.length; k++) {
      const prev = intervals[k - 1];
      const curr = intervals[k];
      if (curr.start <= prev.end) {
        ctx.report({
          path: [...ifacePath, "portRanges"],
          target: "key",
          messageId: "rangesOverlap",
          data: { name, protocol, a: `${prev.start}-${prev.end}`, b: `${curr.start}-${curr.end}` }
        });
      }
    }
  }
}

// rules/interface-state.ts
var STATES = /* @__PURE__ */ new Set(["", "absent", "down", "up"]);
var interface_state_default = defineRule({
  meta: {
    id: "interface-state",
    type: "problem",
    description: "An interface's state must be up, down or absent, and must fit its binding and network",
    level: "error",
    scope: "instance-spec",
    catalog: ["interface-state-valid", "sriov-state-up-down", "absent-state-bridge-only", "absent-state-not-default-network"],
    messages: {
      unknownState: "Interface '{{name}}' has state '{{state}}', which KubeVirt does not support. Use `up`, `down` or `absent` (or leave state unset).",
      sriovLinkState: "Interface '{{name}}' is an SR-IOV interface with state '{{state}}'; KubeVirt cannot set the link state of SR-IOV NICs. Remove the state (or use `absent` with a bridge interface to unplug it).",
      absentNotBridge: "Interface '{{name}}' has state 'absent', which KubeVirt supports only for the bridge binding (hot-unplug). Remove the interface and its network instead, or use a bridge interface on a secondary network.",
      absentDefaultNetwork: "Interface '{{name}}' has state 'absent', but '{{name}}' is the default network (the pod network or the Multus default), which cannot be unplugged. Remove the state."
    }
  },
  check(ctx) {
    const interfaces = interfacesOf(ctx.spec);
    if (interfaces.length === 0) return;
    let defaultNetwork = null;
    interfaces.forEach((iface, i) => {
      if (!isRecord2(iface)) return;
      const state = asString(iface["state"]);
      if (state === void 0 || state === "" || isTemplated(ctx, state)) return;
      const name = nameOf(iface) ?? "";
      const at = { path: [...INTERFACES_PATH, i, "state"] };
      if (!STATES.has(state)) ctx.report({ ...at, messageId: "unknownState", data: { name, state } });
      if (has(iface, "sriov") && (state === "up" || state === "down")) ctx.report({ ...at, messageId: "sriovLinkState", data: { name, state } });
      if (state !== "absent") return;
      if (!has(iface, "bridge")) ctx.report({ ...at, messageId: "absentNotBridge", data: { name } });
      if (defaultNetwork === null) defaultNetwork = defaultNetworkName(ctx.spec);
      if (defaultNetwork !== void 0 && defaultNetwork === name && !isTemplated(ctx, name)) {
        ctx.report({ ...at, messageId: "absentDefaultNetwork", data: { name } });
      }
    });
  }
});

// rules/network-sources.ts
var SOURCES = ["pod", "multus", "resourceClaim"];
var network_sources_default = defineRule({
  meta: {
    id: "network-sources",
    type: "problem",
    description: "Each network needs exactly one source (pod, multus or resourceClaim), with at most one pod network or Multus default network",
    level: "error",
    scope: "instance-spec",
    catalog: ["network-type-required", "network-single-type", "single-pod-network", "single-multus-default", "pod-vs-multus-default", "multus-network-name-required"],
    messages: {
      noSource: "Network '{{name}}' has no source. Add exactly one of `pod: {}`, `multus: {networkName: <NetworkAttachmentDefinition>}` or `resourceClaim: {...}`.",
      manySources: "Network '{{name}}' has more than one source ({{sources}}). Keep exactly one; use a separate network (and interface) for each.",
      secondPod: "Network '{{name}}' is a second pod network (networks[{{first}}] '{{firstName}}' is already one); a VM can have only one interface on the pod network. Use a Multus network for additional interfaces.",
      secondMultusDefault: "Network '{{name}}' is a second Multus default network (networks[{{first}}] '{{firstName}}' already has `default: true`); only one network can replace the pod network. Remove `default: true` from one of them.",
      podWithMultusDefault: "Network '{{name}}' is a Multus default network (`default: true`), which replaces the pod network, but networks[{{pod}}] '{{podName}}' is the pod network. Remove the pod network or `default: true`.",
      emptyNetworkName: "Network '{{name}}' has an empty multus.networkName. Set it to the NetworkAttachmentDefinition to use (`name` or `namespace/name`)."
    }
  },
  check(ctx) {
    const networks = asArray(ctx.spec["networks"]);
    if (networks.length === 0) return;
    let firstPod;
    let firstMultusDefault;
    let reportedEmptyName = false;
    const nameAt = (i) => nameOf(networks[i]) ?? "";
    networks.forEach((network, i) => {
      if (!isRecord2(network)) return;
      const name = nameAt(i);
      const sources = SOURCES.filter((source) => has(network, source));
      if (sources.length === 0) ctx.report({ path: ["networks", i], messageId: "noSource", data: { name } });
      else if (sources.length > 1) {
        ctx.report({ path: ["networks", i, sources[1]], target: "key", messageId: "manySources", data: { name, sources: sources.map((s) => `\`${s}\``).join(", ") } });
      }
      if (has(network, "pod")) {
        if (firstPod === void 0) firstPod = i;
        else ctx.report({ path: ["networks", i, "pod"], target: "key", messageId: "secondPod", data: { name, first: firstPod, firstName: nameAt(firstPod) } });
      }
      if (has(network, "multus")) {
        if (dig(network, "multus", "default") === true) {
          if (firstMultusDefault === void 0) firstMultusDefault = i;
          else {
            ctx.report({
              path: ["networks", i, "multus", "default"],
              target: "key",
              messageId: "secondMultusDefault",
              data: { name, first: firstMultusDefault, firstName: nameAt(firstMultusDefault) }
            });
          }
        }
        if (!reportedEmptyName && dig(network, "multus", "networkName") === "") {
          reportedEmptyName = true;
          ctx.report({ path: ["networks", i, "multus", "networkName"], messageId: "emptyNetworkName", data: { name } });
        }
      }
    });
    if (firstPod !== void 0 && firstMultusDefault !== void 0) {
      ctx.report({
        path: ["networks", firstMultusDefault, "multus", "default"],
        target: "key",
        messageId: "podWithMultusDefault",
        data: { name: nameAt(firstMultusDefault), pod: firstPod, podName: nameAt(firstPod) }
      });
    }
  }
});

// rules/resource-claims.ts
var SOURCES2 = ["resourceClaimName", "resourceClaimTemplateName"];
var resource_claims_default = defineRule({
  meta: {
    id: "resource-claims",
    type: "problem",
    description: "Each resourceClaims entry needs a unique RFC 1123 label name and exactly one valid resourceClaimName or resourceClaimTemplateName",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "resourceclaim-name-required",
      "resourceclaim-name-unique",
      "resourceclaim-name-dns-label",
      "resourceclaim-source-exclusive",
      "resourceclaim-source-required",
      "resourceclaim-ref-dns-subdomain"
    ],
    messages: {
      nameRequired: "resourceClaims[{{index}}] has an empty name. Name the claim (an RFC 1123 label) so devices and networks can refer to it.",
      nameDuplicate: "resourceClaims name '{{name}}' is already used by resourceClaims[{{first}}]. Give every claim its own name.",
      nameInvalid: "resourceClaims name '{{name}}' is not a valid RFC 1123 label: {{problems}}. Use at most 63 lowercase letters, digits or '-', starting and ending with a letter or digit{{suggestion}}.",
      bothSources: "resourceClaims '{{name}}' sets both resourceClaimName and resourceClaimTemplateName. Keep one: an existing ResourceClaim, or a template to create one per VM.",
      noSource: "resourceClaims '{{name}}' sets neither resourceClaimName nor resourceClaimTemplateName. Name an existing ResourceClaim or a ResourceClaimTemplate.",
      refInvalid: "resourceClaims '{{name}}' has {{field}} '{{value}}', which is not a valid object name (RFC 1123 subdomain): {{problems}}."
    }
  },
  check(ctx) {
    const claims = asArray(ctx.spec["resourceClaims"]);
    if (claims.length === 0) return;
    const firstByName = /* @__PURE__ */ new Map();
    claims.forEach((claim, i) => {
      if (!isRecord2(claim)) return;
      const rawName = claim["name"];
      const name = typeof rawName === "string" ? rawName : "";
      const templated = isTemplated(ctx, name);
      if (rawName === "") ctx.report({ path: ["resourceClaims", i, "name"], messageId: "nameRequired", data: { index: i } });
      else if (typeof rawName === "string" && !templated) {
        const first = firstByName.get(name);
        if (first !== void 0) ctx.report({ path: ["resourceClaims", i, "name"], messageId: "nameDuplicate", data: { name, first } });
        else {
          firstByName.set(name, i);
          const problems = explainDnsLabel(name);
          if (problems !== void 0) {
            const suggested = suggestDnsLabel(name);
            ctx.report({ path: ["resourceClaims", i, "name"], messageId: "nameInvalid", data: { name, problems, suggestion: suggested === void 0 ? "" : ` (e.g. '${suggested}')` } });
          }
        }
      }
      const sources = SOURCES2.filter((key) => has(claim, key));
      if (sources.length === 2) ctx.report({ path: ["resourceClaims", i, SOURCES2[1]], target: "key", messageId: "bothSources", data: { name } });
      else if (sources.length === 0) ctx.report({ path: ["resourceClaims", i], messageId: "noSource", data: { name } });
      for (const field of sources) {
        const value = claim[field];
        if (typeof value !== "string" || isTemplated(ctx, value) || dns1123SubdomainErrors(value).length === 0) continue;
        ctx.report({ path: ["resourceClaims", i, field], messageId: "refInvalid", data: { name, field, value, problems: explainDnsSubdomain(value) ?? dns1123SubdomainErrors(value).join("; ") } });
      }
    });
  }
});

// rules/sets/network.ts
var networkRules = [
  interface_binding_default,
  network_sources_default,
  interface_state_default,
  interface_model_default,
  interface_mac_address_default,
  interface_pci_address_default,
  interface_ports_default,
  interface_dhcp_options_default,
  dra_networks_default,
  resource_claims_default,
  dra_devices_default
];

// rules/boot-order-partial.ts
var DISKS = ["domain", "devices", "disks"];
var DATA_VOLUME_SOURCES = ["cloudInitNoCloud", "cloudInitConfigDrive", "configMap", "secret", "serviceAccount", "downwardAPI", "downwardMetrics", "sysprep"];
var boot_order_partial_default = defineRule({
  meta: {
    id: "boot-order-partial",
    type: "suggestion",
    description: "When one disk has a bootOrder, every bootable disk should have one",
    level: "warn",
    scope: "instance-spec",
    messages: {
      missing: "Disk {{name}} has no bootOrder, but disk {{ordered}} has one: with boot orders, only the devices that have one are in the boot list, so this disk cannot be booted from, and the OpenShift Virtualization docs require bootOrder on every disk once one has it. Give it a bootOrder (after the disk that should boot first), or remove bootOrder from every disk and list the boot disk first."
    }
  },
  check(ctx) {
    const disks = asArray(digPath(ctx.spec, DISKS));
    const ordered = disks.find((disk) => isRecord2(disk) && typeof disk["bootOrder"] === "number");
    if (ordered === void 0) return;
    const volumes = new Map(asArray(ctx.spec["volumes"]).map((volume) => [nameOf(volume), volume]));
    disks.forEach((disk, i) => {
      if (!isRecord2(disk) || has(disk, "bootOrder")) return;
      const name = nameOf(disk);
      const volume = name === void 0 ? void 0 : volumes.get(name);
      if (DATA_VOLUME_SOURCES.some((source) => has(volume, source))) return;
      ctx.report({
        path: [...DISKS, i, ...name === void 0 ? [] : ["name"]],
        messageId: "missing",
        data: { name: name === void 0 ? `disks[${i}]` : quote(name), ordered: nameOf(ordered) === void 0 ? `disks[${disks.indexOf(ordered)}]` : quote(nameOf(ordered)) }
      });
    });
  }
});

// rules/container-disk-image-tag.ts
function tagOf(image) {
  if (image.includes("@")) return void 0;
  const lastPart = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastPart.lastIndexOf(":");
  return colon === -1 ? "" : lastPart.slice(colon + 1);
}
var container_disk_image_tag_default = defineRule({
  meta: {
    id: "container-disk-image-tag",
    type: "suggestion",
    description: "A containerDisk image should name a version: a tag other than latest, or a digest",
    level: "warn",
    scope: "instance-spec",
    messages: {
      noTag: "Volume '{{name}}' uses containerDisk image '{{image}}' without a tag, which means :latest: every start may boot whatever was pushed last, and nodes may hold different disks. Add a version tag (e.g. '{{image}}:41') or pin a digest ('{{image}}@sha256:\u2026').",
      latest: "Volume '{{name}}' uses containerDisk image '{{image}}' with the tag latest: every start may boot whatever was pushed last, and nodes may hold different disks. Use a version tag or pin a digest (\u2026@sha256:\u2026)."
    }
  },
  check(ctx) {
    asArray(ctx.spec["volumes"]).forEach((volume, i) => {
      const image = dig(volume, "containerDisk", "image");
      if (typeof image !== "string" || image.trim() === "" || isTemplated(ctx, image)) return;
      const tag = tagOf(image.trim());
      if (tag === void 0 || tag !== "" && tag !== "latest") return;
      ctx.report({ path: ["volumes", i, "containerDisk", "image"], messageId: tag === "" ? "noTag" : "latest", data: { name: nameOf(volume) ?? `volumes[${i}]`, image } });
    });
  }
});

// rules/efi-secure-boot-off.ts
var EFI = ["domain", "firmware", "bootloader", "efi"];
var efi_secure_boot_off_default = defineRule({
  meta: {
    id: "efi-secure-boot-off",
    type: "suggestion",
    description: "On x86_64, boot EFI with Secure Boot: OpenShift Virtualization supports EFI only with Secure Boot on",
    level: "warn",
    scope: "instance-spec",
    messages: {
      secureBootOff: "EFI boots here with `secureBoot: false`. OpenShift Virtualization supports EFI VMs only with Secure Boot, and says a VM without it can crash repeatedly. Remove `secureBoot: false` (Secure Boot is on by default and needs `smm: {}` under domain.features) if the guest supports Secure Boot, or boot with `bios: {}`."
    }
  },
  check(ctx) {
    const efi = digPath(ctx.spec, EFI);
    if (!isRecord2(efi) || efi["secureBoot"] !== false) return;
    if (effectiveArch(ctx.spec, ctx.settings.arch) !== "amd64") return;
    if (isRecord2(dig(ctx.spec, "domain", "launchSecurity"))) return;
    ctx.report({ path: [...EFI, "secureBoot"], messageId: "secureBootOff" });
  }
});

// src/sync/health/types.ts
var POWER_POLICY_ANNOTATION = "virtops.io/power";
function isPowerPolicy(value) {
  return value === "git" || value === "initial" || value === "operator";
}

// src/sync/plan/power.ts
var DEFAULT_POWER_POLICY = "operator";

// rules/gitops-power-policy.ts
var REWRITTEN_BY_START_STOP = /* @__PURE__ */ new Set(["Always", "Halted", "Once"]);
var gitops_power_policy_default = defineRule({
  meta: {
    id: "gitops-power-policy",
    type: "suggestion",
    description: "A VM whose power git owns (virtops.io/power: git) should use runStrategy Manual, or people's start and stop are undone",
    level: "warn",
    scope: "object",
    kinds: ["VirtualMachine"],
    messages: {
      fightsStartStop: "virtops.io/power is git, so the reconciler puts back runStrategy {{runStrategy}} on its next sync: a `virtctl {{action}}` (which rewrites it to {{rewritten}}) is undone and the VM {{undone}}. Use `runStrategy: Manual` (start and stop then leave the spec alone), or drop the annotation: the default policy, {{default}}, keeps a start or stop until git changes runStrategy.",
      unknownPolicy: "virtops.io/power is {{value}}, which virtops does not know, so it uses the default policy, {{default}}. Use git (git's runStrategy always wins), initial (git decides at creation only) or operator (a start or stop is kept until git changes runStrategy)."
    }
  },
  check(ctx) {
    const annotationsPath = ["metadata", "annotations"];
    const annotations = digPath(ctx.object, annotationsPath);
    if (!isRecord2(annotations) || !(POWER_POLICY_ANNOTATION in annotations)) return;
    const policy = annotations[POWER_POLICY_ANNOTATION];
    const at = [...annotationsPath, POWER_POLICY_ANNOTATION];
    if (isTemplated(ctx, policy)) return;
    if (!isPowerPolicy(policy)) {
      ctx.report({ path: at, messageId: "unknownPolicy", data: { value: JSON.stringify(policy), default: DEFAULT_POWER_POLICY } });
      return;
    }
    if (policy !== "git") return;
    const spec = ctx.object["spec"];
    const runStrategy = dig(spec, "runStrategy");
    const running = dig(spec, "running");
    const effective = typeof runStrategy === "string" ? runStrategy : typeof running === "boolean" ? running ? "Always" : "Halted" : void 0;
    if (effective === void 0 || isTemplated(ctx, effective) || !REWRITTEN_BY_START_STOP.has(effective)) return;
    const stopped = effective === "Halted";
    ctx.report({
      path: typeof runStrategy === "string" ? ["spec", "runStrategy"] : ["spec", "running"],
      messageId: "fightsStartStop",
      data: {
        runStrategy: effective,
        action: stopped ? "start" : "stop",
        rewritten: stopped ? "Always" : "Halted",
        undone: stopped ? "is stopped again" : "starts again",
        default: DEFAULT_POWER_POLICY
      }
    });
  }
});

// rules/hugepages-page-size.ts
var PAGE_SIZE = ["domain", "memory", "hugepages", "pageSize"];
var MI = 1n << 20n;
var AMD64_PAGE_SIZES = /* @__PURE__ */ new Map([
  [2n * MI, "2Mi"],
  [1024n * MI, "1Gi"]
]);
var hugepages_page_size_default = defineRule({
  meta: {
    id: "hugepages-page-size",
    type: "suggestion",
    description: "On x86_64, hugepages come in 2Mi and 1Gi only, and the page size must be written so ('2Mi', '1Gi')",
    level: "warn",
    scope: "instance-spec",
    messages: {
      unsupported: "Hugepage size '{{value}}' does not exist on x86_64, which has 2Mi and 1Gi pages only: no node offers hugepages-{{value}}, so the VM cannot be scheduled. Use pageSize '2Mi' or '1Gi'.",
      spelling: "Hugepage size '{{value}}' is {{canonical}}, but KubeVirt names the pod's resource after the text as written (hugepages-{{value}}), and nodes offer hugepages-{{canonical}}: the VM cannot be scheduled. Write pageSize '{{canonical}}'."
    }
  },
  check(ctx) {
    const raw = digPath(ctx.spec, PAGE_SIZE);
    if (typeof raw !== "string" || isTemplated(ctx, raw)) return;
    const size2 = parseQuantity(raw);
    if (size2 === void 0 || size2.num <= 0n) return;
    if (effectiveArch(ctx.spec, ctx.settings.arch) !== "amd64") return;
    const canonical = size2.den === 1n ? AMD64_PAGE_SIZES.get(size2.num) : void 0;
    if (canonical === raw) return;
    if (canonical !== void 0) ctx.report({ path: PAGE_SIZE, messageId: "spelling", data: { value: raw, canonical } });
    else ctx.report({ path: PAGE_SIZE, messageId: "unsupported", data: { value: raw } });
  }
});

// rules/live-migration-readiness.ts
var ALLOW_BRIDGE_MIGRATION = "kubevirt.io/allow-pod-bridge-network-live-migration";
var live_migration_readiness_default = defineRule({
  meta: {
    id: "live-migration-readiness",
    type: "suggestion",
    description: "With evictionStrategy LiveMigrate, the VM must be live-migratable, or node drains wait for it forever",
    level: "warn",
    scope: "instance-spec",
    messages: {
      rwoDataVolume: "{{strategy}}, but volume '{{volume}}' uses DataVolume template '{{dataVolume}}' with access modes {{modes}}: KubeVirt migrates only VMs whose PVCs are ReadWriteMany (DisksNotLiveMigratable), so a node drain cannot move this VM. Request `accessModes: [ReadWriteMany]` (on storage that supports it), or set `evictionStrategy: LiveMigrateIfPossible` or `None`.",
      hostDisk: "{{strategy}}, but hostDisk volume '{{volume}}' is not shared: KubeVirt cannot migrate a VM with a non-shared hostDisk (DisksNotLiveMigratable), so a node drain cannot move this VM. Set `shared: true` if the path is on storage every node sees, or set `evictionStrategy: LiveMigrateIfPossible` or `None`.",
      bridgeInterface: "{{strategy}}, but interface '{{name}}' connects to the pod network with the bridge binding, which KubeVirt does not migrate (InterfaceNotLiveMigratable). Use `masquerade: {}` for the pod network, or add the annotation `kubevirt.io/allow-pod-bridge-network-live-migration` to the VMI's metadata if the guest copes with a new IP address after migration.",
      defaultBridgeInterface: "{{strategy}}, but no interfaces are listed, so KubeVirt adds the default pod interface with the cluster's default binding, bridge (settings.defaultNetworkInterface), which it does not migrate (InterfaceNotLiveMigratable). Add an interface `- name: default` with `masquerade: {}` and a network `- name: default` with `pod: {}`.",
      hostDevices: "{{strategy}}, but the VM passes host devices through (domain.devices.hostDevices), which KubeVirt never migrates (HostDeviceNotLiveMigratable): a node drain cannot move this VM. Set `evictionStrategy: None` (or LiveMigrateIfPossible) so it is shut down instead.",
      gpus: "{{strategy}}, but the VM has {{count}} GPUs, and KubeVirt migrates at most one, a mediated device (vGPU) (HostDeviceNotLiveMigratable): a node drain cannot move this VM. Set `evictionStrategy: None` (or LiveMigrateIfPossible) so it is shut down instead.",
      gpuGate: "{{strategy}}, but the VM has a GPU, and KubeVirt migrates a GPU only when it is a mediated device (vGPU) and the VGPULiveMigration feature gate (Alpha) is enabled (HostDeviceNotLiveMigratable). Set `evictionStrategy: None` (or LiveMigrateIfPossible); if your cluster enables the gate and this is a vGPU, add VGPULiveMigration to settings.featureGates.",
      launchSecurity: "{{strategy}}, but the VM uses {{technology}}, whose encrypted memory KubeVirt cannot migrate: a node drain cannot move this VM. Set `evictionStrategy: None` (or LiveMigrateIfPossible) so it is shut down instead.",
      hypervPassthrough: "{{strategy}}, but domain.features.hypervPassthrough is enabled, which KubeVirt does not migrate (HypervPassthroughNotLiveMigratable). Turn off hypervPassthrough, or set `evictionStrategy: None` (or LiveMigrateIfPossible)."
    }
  },
  check(ctx) {
    const strategy = liveMigrateSource(ctx);
    if (strategy === void 0) return;
    checkVolumes(ctx, strategy);
    checkPodInterface(ctx, strategy);
    checkDevices(ctx, strategy);
  }
});
function liveMigrateSource(ctx) {
  const own = ctx.spec["evictionStrategy"];
  if (typeof own === "string" && own !== "") {
    return own === "LiveMigrate" ? "evictionStrategy is LiveMigrate" : void 0;
  }
  if (own !== void 0 && own !== null) return void 0;
  return ctx.settings.evictionStrategy === "LiveMigrate" ? "The cluster's default evictionStrategy is LiveMigrate (settings.evictionStrategy)" : void 0;
}
function templateAccessModes(template) {
  for (const key of ["pvc", "storage"]) {
    const modes = dig(template, "spec", key, "accessModes");
    if (Array.isArray(modes) && modes.length > 0 && modes.every((m) => typeof m === "string")) return modes;
  }
  return void 0;
}
function checkVolumes(ctx, strategy) {
  const templates = asArray(holderVmSpec(ctx)?.spec["dataVolumeTemplates"]);
  asArray(ctx.spec["volumes"]).forEach((volume, i) => {
    if (!isRecord2(volume)) return;
    const name = nameOf(volume) ?? `volumes[${i}]`;
    const hostDisk = volume["hostDisk"];
    if (isRecord2(hostDisk) && hostDisk["shared"] !== true) {
      ctx.report({ path: ["volumes", i, "hostDisk"], target: "key", messageId: "hostDisk", data: { strategy, volume: name } });
      return;
    }
    const dataVolume = dig(volume, "dataVolume", "name");
    if (typeof dataVolume !== "string" || isTemplated(ctx, dataVolume)) return;
    const template = templates.find((t) => dig(t, "metadata", "name") === dataVolume);
    const modes = templateAccessModes(template);
    if (modes === void 0 || modes.includes("ReadWriteMany") || modes.some((m) => isTemplated(ctx, m))) return;
    ctx.report({ path: ["volumes", i, "dataVolume"], target: "key", messageId: "rwoDataVolume", data: { strategy, volume: name, dataVolume, modes: modes.join(", ") } });
  });
}
function instanceMetadataPath(specPath) {
  return [...specPath.slice(0, -1), "metadata"];
}
function checkPodInterface(ctx, strategy) {
  const podNetwork = asArray(ctx.normalized["networks"]).find((n) => has(n, "pod"));
  const podName = nameOf(podNetwork);
  if (podName === void 0 || isTemplated(ctx, podName)) return;
  const interfaces = asArray(digPath(ctx.normalized, INTERFACES_PATH));
  const index = interfaces.findIndex((iface2) => nameOf(iface2) === podName);
  const iface = interfaces[index];
  if (!has(iface, "bridge") && defaultOrigin(iface)?.reason !== "pod-interface") return;
  const annotations = digPath(ctx.object, [...instanceMetadataPath(ctx.specPath).map(String), "annotations"]);
  if (isRecord2(annotations) && ALLOW_BRIDGE_MIGRATION in annotations) return;
  if (defaultOrigin(iface)?.reason === "pod-interface") {
    if (ctx.settings.defaultNetworkInterface !== "bridge") return;
    ctx.report({ path: ["domain"], target: "key", messageId: "defaultBridgeInterface", data: { strategy } });
    return;
  }
  ctx.report({ path: [...INTERFACES_PATH, index, "bridge"], target: "key", messageId: "bridgeInterface", data: { strategy, name: podName } });
}
function checkDevices(ctx, strategy) {
  const devices = dig(ctx.spec, "domain", "devices");
  const hostDevices = asArray(dig(devices, "hostDevices"));
  if (hostDevices.length > 0) ctx.report({ path: ["domain", "devices", "hostDevices"], target: "key", messageId: "hostDevices", data: { strategy } });
  const gpus = asArray(dig(devices, "gpus"));
  if (gpus.length > 1) ctx.report({ path: ["domain", "devices", "gpus"], target: "key", messageId: "gpus", data: { strategy, count: gpus.length } });
  else if (gpus.length === 1 && !isFeatureGateEnabled(ctx.settings, "VGPULiveMigration")) {
    ctx.report({ path: ["domain", "devices", "gpus"], target: "key", messageId: "gpuGate", data: { strategy } });
  }
  const launchSecurity = dig(ctx.spec, "domain", "launchSecurity");
  if (isRecord2(launchSecurity)) {
    const technology = has(launchSecurity, "tdx") ? "Intel TDX (launchSecurity.tdx)" : has(launchSecurity, "sev") || has(launchSecurity, "snp") ? "AMD SEV (launchSecurity)" : effectiveArch(ctx.normalized, ctx.settings.arch) === "s390x" ? "IBM Secure Execution (launchSecurity on s390x)" : void 0;
    if (technology !== void 0) ctx.report({ path: ["domain", "launchSecurity"], target: "key", messageId: "launchSecurity", data: { strategy, technology } });
  }
  if (dig(ctx.spec, "domain", "features", "hypervPassthrough", "enabled") === true) {
    ctx.report({ path: ["domain", "features", "hypervPassthrough"], target: "key", messageId: "hypervPassthrough", data: { strategy } });
  }
}

// rules/resource-requests.ts
var GUEST2 = ["domain", "memory", "guest"];
var HUGEPAGES = ["domain", "memory", "hugepages"];
var OVERHEAD = ["domain", "resources", "overcommitGuestOverhead"];
var resource_requests_default = defineRule({
  meta: {
    id: "resource-requests",
    type: "suggestion",
    description: "The virt-launcher pod should request all the memory the VM uses: no guest memory above the request, no page-sized guests",
    level: "warn",
    scope: "instance-spec",
    messages: {
      hugepagesOnly: "No memory is set except hugepages of {{pageSize}}, so KubeVirt gives the guest a single page, {{pageSize}} of memory, too little to boot an operating system. Set domain.resources.requests.memory to the guest's memory, a whole number of pages (e.g. '4Gi').",
      guestAboveRequest: "domain.memory.guest '{{guest}}' is more than the memory request '{{request}}' (memory overcommit): the pod reserves less than the guest can use, and when the node runs short of memory the VM is OOM-killed or evicted first. Set domain.resources.requests.memory to '{{guest}}', or remove domain.memory.guest.",
      overheadNotRequested: "overcommitGuestOverhead is true, so the pod does not request memory for QEMU's own overhead, and the VM is more likely to be OOM-killed; OpenShift Virtualization does not recommend it. Remove overcommitGuestOverhead unless you need the density and accept the risk."
    }
  },
  check(ctx) {
    const request = readResource(ctx, ctx.spec, "requests", "memory");
    const limit = readResource(ctx, ctx.spec, "limits", "memory");
    const guestRaw = digPath(ctx.spec, GUEST2);
    if (request === void 0 || limit === void 0 || isTemplated(ctx, guestRaw)) return;
    if (digPath(ctx.spec, OVERHEAD) === true) ctx.report({ path: OVERHEAD, messageId: "overheadNotRequested" });
    if (isSet(guestRaw)) {
      const guest = parseQuantity(guestRaw);
      if (guest !== void 0 && request.value > 0n && compare(guest, request.quantity) > 0) {
        ctx.report({ path: GUEST2, messageId: "guestAboveRequest", data: { guest: showQuantity(guestRaw), request: showQuantity(request.raw) } });
      }
      return;
    }
    if (UNDEFAULTED_TEMPLATE_KINDS2.has(ctx.kind)) return;
    if (request.value !== 0n || limit.value !== 0n || has(holderVmSpec(ctx)?.spec, "instancetype")) return;
    const pageSize = digPath(ctx.spec, [...HUGEPAGES, "pageSize"]);
    if (typeof pageSize !== "string" || isTemplated(ctx, pageSize)) return;
    const page = parseQuantity(pageSize);
    if (page === void 0 || page.num <= 0n) return;
    ctx.report({ path: HUGEPAGES, target: "key", messageId: "hugepagesOnly", data: { pageSize } });
  }
});

// rules/sets/practice.ts
var practiceRules = [
  live_migration_readiness_default,
  efi_secure_boot_off_default,
  hugepages_page_size_default,
  boot_order_partial_default,
  gitops_power_policy_default,
  resource_requests_default,
  container_disk_image_tag_default
];

// rules/access-credentials.ts
var access_credentials_default = defineRule({
  meta: {
    id: "access-credentials",
    type: "problem",
    description: "Each access credential needs one type, a secret source and one propagation method, and cloud-init propagation needs a matching cloud-init volume",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "ac-single-type",
      "ac-ssh-single-source",
      "ac-ssh-single-propagation",
      "ac-ssh-nocloud-needs-volume",
      "ac-ssh-configdrive-needs-volume",
      "ac-ssh-qga-users-required",
      "ac-password-single-source",
      "ac-password-single-propagation"
    ],
    messages: {
      noType: "accessCredentials[{{index}}] sets no credential type. Add `sshPublicKey` or `userPassword` (one per entry).",
      bothTypes: "accessCredentials[{{index}}] sets both sshPublicKey and userPassword, but an entry can have only one. Split it into two entries.",
      noSecret: "accessCredentials[{{index}}].{{type}} has no source secret. Set `source: {secret: {secretName: ...}}`.",
      noMethod: "accessCredentials[{{index}}].sshPublicKey has no propagation method. Set exactly one of noCloud, configDrive or qemuGuestAgent under propagationMethod.",
      manyMethods: "accessCredentials[{{index}}].sshPublicKey sets {{methods}} as propagation methods, but only one is allowed. Keep one of them.",
      passwordMethod: "accessCredentials[{{index}}].userPassword has no propagation method. Set `propagationMethod: {qemuGuestAgent: {}}` (the only one for passwords).",
      noCloudVolume: "accessCredentials[{{index}}] propagates SSH keys with noCloud, but the VM has no cloudInitNoCloud volume to carry them. Add a cloudInitNoCloud volume (with its disk), or use configDrive or qemuGuestAgent.",
      configDriveVolume: "accessCredentials[{{index}}] propagates SSH keys with configDrive, but the VM has no cloudInitConfigDrive volume to carry them. Add a cloudInitConfigDrive volume (with its disk), or use noCloud or qemuGuestAgent.",
      noUsers: "accessCredentials[{{index}}] propagates SSH keys with the guest agent but lists no users. Add at least one user under qemuGuestAgent.users."
    }
  },
  check(ctx) {
    const credentials = asArray(ctx.spec["accessCredentials"]);
    if (credentials.length === 0) return;
    const volumes = asArray(ctx.spec["volumes"]);
    const hasNoCloud = volumes.some((v) => has(v, "cloudInitNoCloud"));
    const hasConfigDrive = volumes.some((v) => has(v, "cloudInitConfigDrive"));
    credentials.forEach((credential, index) => {
      if (!isRecord2(credential)) return;
      const at = ["accessCredentials", index];
      const ssh = credential["sshPublicKey"];
      const password = credential["userPassword"];
      if (!isSet(ssh) && !isSet(password)) {
        ctx.report({ path: at, messageId: "noType", data: { index } });
        return;
      }
      if (isSet(ssh) && isSet(password)) ctx.report({ path: [...at, "userPassword"], target: "key", messageId: "bothTypes", data: { index } });
      if (isRecord2(ssh)) {
        const sshAt = [...at, "sshPublicKey"];
        const source = ssh["source"];
        if (isRecord2(source) && !isSet(source["secret"])) ctx.report({ path: [...sshAt, "source"], target: "key", messageId: "noSecret", data: { index, type: "sshPublicKey" } });
        const method = ssh["propagationMethod"];
        if (isRecord2(method)) {
          const methodAt = [...sshAt, "propagationMethod"];
          const methods = ["noCloud", "configDrive", "qemuGuestAgent"].filter((m) => isSet(method[m]));
          if (methods.includes("noCloud") && !hasNoCloud) ctx.report({ path: [...methodAt, "noCloud"], target: "key", messageId: "noCloudVolume", data: { index } });
          if (methods.includes("configDrive") && !hasConfigDrive) ctx.report({ path: [...methodAt, "configDrive"], target: "key", messageId: "configDriveVolume", data: { index } });
          const users = isRecord2(method["qemuGuestAgent"]) ? method["qemuGuestAgent"]["users"] : void 0;
          if (Array.isArray(users) && users.length === 0) ctx.report({ path: [...methodAt, "qemuGuestAgent", "users"], messageId: "noUsers", data: { index } });
          if (methods.length === 0) ctx.report({ path: methodAt, target: "key", messageId: "noMethod", data: { index } });
          else if (methods.length > 1) ctx.report({ path: [...methodAt, methods[1]], target: "key", messageId: "manyMethods", data: { index, methods: methods.join(" and ") } });
        }
      }
      if (isRecord2(password)) {
        const passwordAt = [...at, "userPassword"];
        const source = password["source"];
        if (isRecord2(source) && !isSet(source["secret"])) ctx.report({ path: [...passwordAt, "source"], target: "key", messageId: "noSecret", data: { index, type: "userPassword" } });
        const method = password["propagationMethod"];
        if (isRecord2(method) && !isSet(method["qemuGuestAgent"])) ctx.report({ path: [...passwordAt, "propagationMethod"], target: "key", messageId: "passwordMethod", data: { index } });
      }
    });
  }
});

// rules/cloud-init.ts
var MAX_BYTES = 2048;
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
var NEWLINES = /[\r\n]/g;
var cloud_init_default = defineRule({
  meta: {
    id: "cloud-init",
    type: "problem",
    description: "cloud-init volumes need user or network data from one source each, valid base64, and at most 2048 bytes inline",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "cloudinit-data-required",
      "cloudinit-single-userdata-source",
      "cloudinit-single-networkdata-source",
      "cloudinit-userdata-base64",
      "cloudinit-networkdata-base64",
      "cloudinit-userdata-max-2048",
      "cloudinit-networkdata-max-2048"
    ],
    messages: {
      noData: "Volume '{{name}}' ({{source}}) has neither user data nor network data. Add userData, userDataBase64 or secretRef (user data), or networkData, networkDataBase64 or networkDataSecretRef.",
      manyUserData: "Volume '{{name}}' ({{source}}) sets {{fields}}, but only one user data source is allowed. Keep one of them.",
      manyNetworkData: "Volume '{{name}}' ({{source}}) sets {{fields}}, but only one network data source is allowed. Keep one of them.",
      badBase64: "Volume '{{name}}' has a {{field}} that is not valid base64 (standard alphabet, with = padding). Encode it again, e.g. with `base64 -w0`, or use {{plain}} for plain text.",
      tooLarge: "Volume '{{name}}' has {{size}} bytes of inline {{what}} data, over KubeVirt's limit of 2048 bytes. Put it in a Secret and reference it with {{ref}}."
    }
  },
  check(ctx) {
    asArray(ctx.spec["volumes"]).forEach((volume, i) => {
      if (!isRecord2(volume)) return;
      const source = isRecord2(volume["cloudInitNoCloud"]) ? "cloudInitNoCloud" : isRecord2(volume["cloudInitConfigDrive"]) ? "cloudInitConfigDrive" : void 0;
      if (source === void 0) return;
      const data = volume[source];
      const name = nameOf(volume) ?? "";
      const at = ["volumes", i, source];
      const templated = (value) => isTemplated(ctx, value);
      const user = checkKind(data, "secretRef", "userDataBase64", "userData", templated);
      const network = checkKind(data, "networkDataSecretRef", "networkDataBase64", "networkData", templated);
      if (user.templated || network.templated) return;
      if (user.fields.length === 0 && network.fields.length === 0) {
        ctx.report({ path: at, target: "key", messageId: "noData", data: { name, source } });
        return;
      }
      for (const [kind, result, messageId, plain, ref] of [
        ["user", user, "manyUserData", "userData", "secretRef"],
        ["network", network, "manyNetworkData", "networkData", "networkDataSecretRef"]
      ]) {
        if (result.fields.length > 1) {
          ctx.report({ path: [...at, result.fields[1]], target: "key", messageId, data: { name, source, fields: result.fields.map((f) => `\`${f}\``).join(" and ") } });
        }
        if (result.badBase64) {
          const field = `${kind}DataBase64`;
          ctx.report({ path: [...at, field], messageId: "badBase64", data: { name, field, plain } });
        }
        if (result.size > MAX_BYTES) {
          ctx.report({ path: [...at, result.sizeFrom], messageId: "tooLarge", data: { name, size: result.size, what: kind, ref } });
        }
      }
    });
  }
});
function checkKind(data, refKey, base64Key, plainKey, templated) {
  const result = { fields: [], badBase64: false, size: 0, sizeFrom: plainKey, templated: false };
  const ref = data[refKey];
  if (isRecord2(ref) && typeof ref["name"] === "string" && ref["name"] !== "") result.fields.push(refKey);
  const encoded = asString(data[base64Key]);
  if (encoded !== void 0 && encoded !== "") {
    result.fields.push(base64Key);
    if (templated(encoded)) result.templated = true;
    const decodedSize = decodedBase64Size(encoded);
    if (decodedSize === void 0) result.badBase64 = true;
    else {
      result.size = decodedSize;
      result.sizeFrom = base64Key;
    }
  }
  const plain = asString(data[plainKey]);
  if (plain !== void 0 && plain !== "") {
    result.fields.push(plainKey);
    result.size = plain.length > MAX_BYTES ? plain.length : byteLength(plain);
    result.sizeFrom = plainKey;
  }
  return result;
}
function decodedBase64Size(encoded) {
  const text = encoded.includes("\n") || encoded.includes("\r") ? encoded.replace(NEWLINES, "") : encoded;
  if (text.length % 4 !== 0 || !BASE64.test(text)) return void 0;
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  return text.length / 4 * 3 - padding;
}

// rules/container-disk.ts
var container_disk_default = defineRule({
  meta: {
    id: "container-disk",
    type: "problem",
    description: "A containerDisk path must be a clean absolute path to a file in the image, not /",
    level: "error",
    scope: "instance-spec",
    catalog: ["containerdisk-path-not-root", "containerdisk-path-absolute"],
    fixable: true,
    messages: {
      root: "Volume '{{name}}' has containerDisk path '/', which points at the image's root. Set the path of the disk file in the image (e.g. /disk/disk.qcow2), or remove path to use the default location /disk.",
      notClean: "Volume '{{name}}' has containerDisk path '{{path}}', which is not an absolute path without relative components{{suggestion}}. Write it as a clean absolute path, e.g. /disk/disk.qcow2."
    }
  },
  check(ctx) {
    asArray(ctx.spec["volumes"]).forEach((volume, i) => {
      const path3 = dig(volume, "containerDisk", "path");
      if (typeof path3 !== "string" || path3 === "" || isTemplated(ctx, path3)) return;
      const name = nameOf(volume) ?? "";
      const at = ["volumes", i, "containerDisk", "path"];
      if (path3 === "/") {
        ctx.report({ path: at, messageId: "root", data: { name } });
        return;
      }
      const cleaned = cleanAbsolutePath(path3);
      if (cleaned !== (path3.endsWith("/") ? path3.slice(0, -1) : path3)) {
        const fix = cleaned !== "/" && !path3.split("/").includes("..") ? { fix: [{ op: "set", path: at, value: cleaned }] } : {};
        ctx.report({ path: at, messageId: "notClean", data: { name, path: path3, suggestion: cleaned !== "/" ? ` (did you mean '${cleaned}'?)` : "" }, ...fix });
      }
    });
  }
});

// src/normalize/disks.ts
var DISK_TARGET_KEYS = ["disk", "lun", "cdrom"];
function defaultDiskBus(arch) {
  return arch === "arm64" || arch === "s390x" ? "virtio" : "sata";
}
function specArch(ctx) {
  const arch = ctx.normalized["architecture"];
  return typeof arch === "string" && arch !== "" ? arch : ctx.settings.arch;
}
function diskTargetKey(disk) {
  return DISK_TARGET_KEYS.find((key) => isSet(disk[key]));
}
function diskViews(ctx) {
  const disksPath = ["domain", "devices", "disks"];
  const written = asArray(digPath(ctx.spec, disksPath));
  const normalized = asArray(digPath(ctx.normalized, disksPath));
  const arch = specArch(ctx);
  const views = [];
  normalized.forEach((item, index) => {
    const origin = defaultOrigin(item);
    let disk;
    let path3;
    if (origin?.reason === "volume-disk") {
      disk = { name: isRecord2(item) ? item["name"] : void 0 };
      path3 = ["volumes", origin.volumeIndex];
    } else {
      disk = written[index];
      path3 = [...disksPath, index];
    }
    if (!isRecord2(disk)) return;
    const key = diskTargetKey(disk);
    const targetValue = key === void 0 ? {} : disk[key];
    if (!isRecord2(targetValue)) return;
    const writtenBus = asString(targetValue["bus"]) ?? "";
    if (isSet(targetValue["bus"]) && typeof targetValue["bus"] !== "string") return;
    views.push({
      disk,
      path: path3,
      added: origin?.reason === "volume-disk",
      target: key ?? "disk",
      targetDefaulted: key === void 0,
      targetValue,
      writtenBus,
      bus: writtenBus !== "" ? writtenBus : defaultDiskBus(arch),
      busDefaulted: writtenBus === ""
    });
  });
  return views;
}
function preferenceName(ctx) {
  const preference = dig(holderVmSpec(ctx)?.spec, "preference");
  if (!isRecord2(preference)) return void 0;
  const name = preference["name"];
  return typeof name === "string" && name !== "" ? `'${name}'` : "inferred from a volume";
}
function defaultDependentSeverity(ctx) {
  return ctx.kind !== "VirtualMachineInstance" && preferenceName(ctx) !== void 0 ? "warning" : void 0;
}
function volumesByName(spec) {
  const byName = /* @__PURE__ */ new Map();
  for (const volume of asArray(spec["volumes"])) {
    if (!isRecord2(volume)) continue;
    const name = asString(volume["name"]);
    if (name !== void 0) byName.set(name, volume);
  }
  return byName;
}

// rules/disk-block-size.ts
var MIN = 512;
var MAX = 2097152;
var disk_block_size_default = defineRule({
  meta: {
    id: "disk-block-size",
    type: "problem",
    description: "Custom disk block sizes must be powers of two from 512 bytes to 2 MiB, logical <= physical, and not combined with matchVolume",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "blocksize-custom-vs-matchvolume",
      "blocksize-logical-le-physical",
      "blocksize-sata-logical-512",
      "blocksize-discard-granularity",
      "blocksize-min-512",
      "blocksize-max-2MiB",
      "blocksize-power-of-2"
    ],
    messages: {
      customAndMatch: "Disk '{{name}}' sets both a custom block size and matchVolume; block size matching cannot be combined with a custom value. Remove `matchVolume` (or set `enabled: false` in it), or remove `custom`.",
      logicalGtPhysical: "Disk '{{name}}' has a logical block size of {{logical}}, larger than its physical block size of {{physical}}. The logical size must be the same or less than the physical size.",
      sataLogical: "Disk '{{name}}' is on the sata bus{{how}}, which only supports a logical block size of 512, but it is {{logical}}. Set `logical: 512`, or use `bus: virtio` or `bus: scsi`.",
      discard: "Disk '{{name}}' has a discard granularity of {{granularity}}, which is not a multiple of its logical block size {{logical}}. Use a multiple of {{logical}}.",
      tooSmall: "Disk '{{name}}' has a {{which}} block size of {{size}}, below the minimum of 512. Use a power of two from 512 to 2097152.",
      tooLarge: "Disk '{{name}}' has a {{which}} block size of {{size}}, above the maximum of 2097152 (2 MiB). Use a power of two from 512 to 2097152.",
      notPowerOf2: "Disk '{{name}}' has a {{which}} block size of {{size}}, which is not a power of two. Use a power of two from 512 to 2097152 (e.g. 512 or 4096)."
    }
  },
  check(ctx) {
    if (!asArray(dig(ctx.spec, "domain", "devices", "disks")).some((disk) => has(disk, "blockSize"))) return;
    const arch = specArch(ctx);
    for (const view of diskViews(ctx)) {
      if (view.added) continue;
      const custom = dig(view.disk, "blockSize", "custom");
      if (!isRecord2(custom)) continue;
      const name = nameOf(view.disk) ?? "";
      const base = [...view.path, "blockSize"];
      const matchVolume = dig(view.disk, "blockSize", "matchVolume");
      if (isRecord2(matchVolume) && (!isSet(matchVolume["enabled"]) || matchVolume["enabled"] === true)) {
        ctx.report({ path: [...base, "matchVolume"], target: "key", messageId: "customAndMatch", data: { name } });
        continue;
      }
      const logical = size(custom["logical"]);
      const physical = size(custom["physical"]);
      if (logical === void 0 || physical === void 0) continue;
      const granularityValue = custom["discardGranularity"];
      const granularity = isSet(granularityValue) ? size(granularityValue) : void 0;
      if (isSet(granularityValue) && granularity === void 0) continue;
      const logicalPath = [...base, "custom", "logical"];
      if (logical > physical) {
        ctx.report({ path: logicalPath, messageId: "logicalGtPhysical", data: { name, logical, physical } });
        continue;
      }
      if (view.bus === "sata" && logical !== MIN) {
        const soft = view.busDefaulted ? defaultDependentSeverity(ctx) : void 0;
        const how = view.busDefaulted ? ` (the ${arch} default when no bus is set${soft ? ", unless the VM preference sets one" : ""})` : "";
        ctx.report({ path: logicalPath, messageId: "sataLogical", data: { name, logical, how }, severity: soft });
        if (!view.busDefaulted || ctx.kind === "VirtualMachineInstance") continue;
      }
      if (granularity !== void 0 && logical !== 0 && granularity % logical !== 0) {
        ctx.report({ path: [...base, "custom", "discardGranularity"], messageId: "discard", data: { name, granularity, logical } });
        continue;
      }
      for (const [which, value] of [["logical", logical], ["physical", physical]]) {
        const path3 = [...base, "custom", which];
        if (value < MIN) ctx.report({ path: path3, messageId: "tooSmall", data: { name, which, size: value } });
        else if (value > MAX) ctx.report({ path: path3, messageId: "tooLarge", data: { name, which, size: value } });
        else if ((value & value - 1) !== 0) ctx.report({ path: path3, messageId: "notPowerOf2", data: { name, which, size: value } });
      }
    }
  }
});
function size(value) {
  if (!isSet(value)) return 0;
  const n = asInteger(value);
  return n !== void 0 && n >= 0 ? n : void 0;
}

// rules/disk-bus.ts
var KNOWN_BUSES = /* @__PURE__ */ new Set(["virtio", "scsi", "sata", "usb"]);
var ARM64_BUSES = /* @__PURE__ */ new Set(["virtio", "scsi"]);
var PCI_ADDRESS2 = /^[\da-fA-F]{4}:[\da-fA-F]{2}:[\da-fA-F]{2}\.[0-7]$/;
var disk_bus_default = defineRule({
  meta: {
    id: "disk-bus",
    type: "problem",
    description: "Disk buses must be virtio, scsi, sata or usb, and fit the target, architecture, read-only flag, IO thread and PCI address",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "disk-bus-ide-unsupported",
      "cdrom-bus-not-virtio",
      "sata-disk-not-readonly",
      "disk-bus-known",
      "disk-dedicated-iothread-virtio",
      "arm64-disk-bus",
      "disk-pci-address-virtio-only",
      "disk-pci-address-format"
    ],
    messages: {
      ide: "Disk '{{name}}' uses the ide bus, which KubeVirt does not support. Use `bus: virtio` (best performance, needs virtio drivers in the guest), `sata` or `scsi`.",
      unknownBus: "Disk '{{name}}' has an unrecognized bus '{{bus}}'. Use one of virtio, scsi, sata or usb.",
      cdromVirtio: "CD-ROM '{{name}}' {{how}} the virtio bus, which cannot carry a CD-ROM. Set `bus: sata` or `bus: scsi` under cdrom{{archHint}}.",
      sataReadOnly: "Disk '{{name}}' is read-only on the sata bus{{how}}, and SATA hard disks cannot be read-only. Set `bus: virtio` or `bus: scsi` under disk, or remove `readonly: true`.",
      ioThreadBus: "Disk '{{name}}' asks for a dedicated IO thread, which only virtio disks support, but its bus is {{bus}}{{how}}. Set `bus: virtio` on the disk, or remove `dedicatedIOThread: true`.",
      arm64Bus: "Disk '{{name}}' uses the {{bus}} bus, which KubeVirt does not support on arm64. Use `bus: virtio` or `bus: scsi`.",
      pciAddressBus: "Disk '{{name}}' sets a PCI address, which needs the virtio bus, but its bus is {{bus}}. Set `bus: virtio` under disk, or remove pciAddress.",
      pciAddressFormat: "Disk '{{name}}' has a malformed PCI address '{{address}}': it must be domain:bus:slot.function in hex, like 0000:81:01.0. Fix the address or remove it."
    }
  },
  check(ctx) {
    const arch = specArch(ctx);
    const isVmi = ctx.kind === "VirtualMachineInstance";
    const softSeverity = defaultDependentSeverity(ctx);
    for (const view of diskViews(ctx)) {
      const name = nameOf(view.disk) ?? "";
      if (isTemplated(ctx, view.writtenBus)) continue;
      const busPath = view.added ? view.path : [...view.path, view.target, "bus"];
      const how = (soft2) => view.busDefaulted ? ` (the ${arch} default when no bus is set${soft2 ? "; unless the VM preference sets one" : ""})` : "";
      const soft = view.busDefaulted ? softSeverity : void 0;
      const bus = view.bus;
      let busReported = false;
      if (bus === "ide") {
        ctx.report({ path: busPath, messageId: "ide", data: { name } });
        busReported = true;
      } else if (bus === "virtio") {
        if (view.target === "cdrom") {
          ctx.report({
            path: busPath,
            messageId: "cdromVirtio",
            data: {
              name,
              how: view.busDefaulted ? `gets ${arch}'s default, ` : "uses",
              archHint: view.busDefaulted ? ` (on ${arch} a CD-ROM without a bus defaults to virtio${soft ? ", unless the VM preference sets preferredCdromBus" : ""})` : ""
            },
            severity: soft
          });
        }
      } else if (bus === "sata") {
        if (view.target === "disk" && view.targetValue["readonly"] === true) {
          ctx.report({
            path: view.busDefaulted ? [...view.path, "disk", "readonly"] : busPath,
            messageId: "sataReadOnly",
            data: { name, how: how(soft !== void 0) },
            severity: soft
          });
        }
      } else if (!KNOWN_BUSES.has(bus)) {
        ctx.report({ path: busPath, messageId: "unknownBus", data: { name, bus } });
        busReported = true;
      }
      if (view.disk["dedicatedIOThread"] === true && bus !== "virtio") {
        ctx.report({
          path: view.busDefaulted ? [...view.path, "dedicatedIOThread"] : busPath,
          messageId: "ioThreadBus",
          data: { name, bus, how: how(soft !== void 0) },
          severity: soft
        });
      }
      if (arch === "arm64" && !busReported) {
        for (const key of ["disk", "cdrom", "lun"]) {
          const target = view.disk[key];
          if (typeof target !== "object" || target === null) continue;
          const targetBus = target["bus"];
          if (typeof targetBus !== "string" || targetBus === "" || ARM64_BUSES.has(targetBus) || isTemplated(ctx, targetBus)) continue;
          ctx.report({ path: [...view.path, key, "bus"], messageId: "arm64Bus", data: { name, bus: targetBus } });
        }
      }
      checkPciAddress(ctx, view, name, isVmi, arch);
    }
  }
});
function checkPciAddress(ctx, view, name, isVmi, arch) {
  const disk = view.disk["disk"];
  if (typeof disk !== "object" || disk === null || Array.isArray(disk)) return;
  const address = disk["pciAddress"];
  if (typeof address !== "string" || address === "" || isTemplated(ctx, address)) return;
  const path3 = [...view.path, "disk", "pciAddress"];
  const bus = isVmi ? view.bus : view.writtenBus;
  if (bus !== "virtio") {
    const shown = view.busDefaulted ? `unset (${isVmi ? `KubeVirt gives it the ${arch} default, ${view.bus}` : "a VirtualMachine is checked before any default is applied"})` : `'${bus}'`;
    ctx.report({ path: path3, messageId: "pciAddressBus", data: { name, bus: shown }, severity: view.busDefaulted ? defaultDependentSeverity(ctx) : void 0 });
  }
  if (!PCI_ADDRESS2.test(address)) ctx.report({ path: path3, messageId: "pciAddressFormat", data: { name, address } });
}

// rules/disk-options.ts
var SERIAL = /^[A-Za-z0-9_.+-]+$/;
var SERIAL_MAX = 256;
var CACHE_MODES = /* @__PURE__ */ new Set(["none", "writethrough", "writeback"]);
var IO_MODES = /* @__PURE__ */ new Set(["native", "threads"]);
var ERROR_POLICIES = /* @__PURE__ */ new Set(["stop", "ignore", "report", "enospace"]);
var disk_options_default = defineRule({
  meta: {
    id: "disk-options",
    type: "problem",
    description: "Disk serial, cache, io and errorPolicy must have values KubeVirt supports",
    level: "error",
    scope: "instance-spec",
    catalog: ["disk-serial-charset", "disk-serial-length", "disk-cache-mode", "disk-io-mode", "disk-error-policy"],
    messages: {
      serialCharset: "Disk '{{name}}' has serial '{{serial}}' with characters other than letters, digits, '_', '.', '+' and '-'. Remove the other characters{{suggestion}}.",
      serialLength: "Disk '{{name}}' has a serial of {{length}} characters; the limit is 256. Shorten it.",
      cache: "Disk '{{name}}' has cache mode '{{value}}'; KubeVirt supports none, writethrough and writeback (or leave it unset for the default).",
      io: "Disk '{{name}}' has io mode '{{value}}'; KubeVirt supports native and threads (or leave it unset for the default).",
      errorPolicy: "Disk '{{name}}' has errorPolicy '{{value}}'; KubeVirt supports stop, ignore, report and enospace. Use one of them or remove the field (the default is stop)."
    }
  },
  check(ctx) {
    const disksPath = ["domain", "devices", "disks"];
    asArray(digPath(ctx.spec, disksPath)).forEach((disk, i) => {
      if (!isRecord2(disk)) return;
      const name = nameOf(disk) ?? "";
      const at = (key) => [...disksPath, i, key];
      const serial = disk["serial"];
      if (typeof serial === "string" && serial !== "" && !isTemplated(ctx, serial)) {
        if (!SERIAL.test(serial)) {
          const cleaned = serial.replace(/[^A-Za-z0-9_.+-]+/g, "-").replace(/^-+|-+$/g, "");
          ctx.report({ path: at("serial"), messageId: "serialCharset", data: { name, serial, suggestion: cleaned !== "" ? ` (e.g. '${cleaned.slice(0, SERIAL_MAX)}')` : "" } });
        }
        const length = [...serial].length;
        if (length > SERIAL_MAX) ctx.report({ path: at("serial"), messageId: "serialLength", data: { name, length } });
      }
      const cache2 = disk["cache"];
      if (typeof cache2 === "string" && cache2 !== "" && !CACHE_MODES.has(cache2) && !isTemplated(ctx, cache2)) {
        ctx.report({ path: at("cache"), messageId: "cache", data: { name, value: cache2 } });
      }
      const io = disk["io"];
      if (typeof io === "string" && io !== "" && !IO_MODES.has(io) && !isTemplated(ctx, io)) {
        ctx.report({ path: at("io"), messageId: "io", data: { name, value: io } });
      }
      const errorPolicy = disk["errorPolicy"];
      if (typeof errorPolicy === "string" && !ERROR_POLICIES.has(errorPolicy) && !isTemplated(ctx, errorPolicy)) {
        ctx.report({ path: at("errorPolicy"), messageId: "errorPolicy", data: { name, value: errorPolicy } });
      }
    });
  }
});

// rules/disk-target.ts
var disk_target_default = defineRule({
  meta: {
    id: "disk-target",
    type: "problem",
    description: "A disk may set only one of disk, lun and cdrom, and a lun needs a PersistentVolumeClaim or DataVolume volume",
    level: "error",
    scope: "instance-spec",
    catalog: ["disk-single-target", "lun-requires-pvc-or-dv"],
    messages: {
      multipleTargets: "Disk '{{name}}' sets {{targets}}, but a disk can have only one target type. Keep one of them (a disk without any target is a plain `disk`).",
      lunVolume: "Disk '{{name}}' is a lun, but its volume is a {{source}} volume; a lun passes a block device through and needs a persistentVolumeClaim or dataVolume volume. Use `disk:` instead of `lun:`, or back it with a PVC or DataVolume."
    }
  },
  check(ctx) {
    const disksPath = ["domain", "devices", "disks"];
    const disks = asArray(digPath(ctx.spec, disksPath));
    if (disks.length === 0) return;
    let volumes;
    disks.forEach((disk, i) => {
      if (!isRecord2(disk)) return;
      const name = nameOf(disk) ?? "";
      const targets = DISK_TARGET_KEYS.filter((key) => has(disk, key));
      if (targets.length > 1) {
        ctx.report({
          path: [...disksPath, i, targets[1]],
          target: "key",
          messageId: "multipleTargets",
          data: { name, targets: targets.map((t) => `\`${t}\``).join(" and ") }
        });
      }
      if (!has(disk, "lun") || isTemplated(ctx, name)) return;
      volumes ??= volumesByName(ctx.spec);
      const volume = volumes.get(name);
      if (volume === void 0 || has(volume, "persistentVolumeClaim") || has(volume, "dataVolume")) return;
      const source = Object.keys(volume).find((key) => key !== "name" && has(volume, key));
      if (source === void 0) return;
      ctx.report({ path: [...disksPath, i, "lun"], target: "key", messageId: "lunVolume", data: { name, source } });
    });
  }
});

// rules/downward-metrics.ts
var GATE = "DownwardMetrics";
var downward_metrics_default = defineRule({
  meta: {
    id: "downward-metrics",
    type: "problem",
    description: "A downwardMetrics volume needs the DownwardMetrics feature gate, must be the only one, and must be a virtio disk",
    level: "error",
    scope: "instance-spec",
    catalog: ["downwardmetrics-volume-gate", "max-one-downwardmetrics-volume", "downwardmetrics-volume-disk-target", "downwardmetrics-volume-virtio"],
    messages: {
      gate: "Volume '{{name}}' is a downwardMetrics volume. {{hint}}.",
      duplicate: "Volume '{{name}}' is a second downwardMetrics volume (the first is volumes[{{first}}]); a VM can have only one. Remove one of them.",
      notDisk: "Volume '{{name}}' is a downwardMetrics volume, so its disk must have a `disk` target{{why}}. Give the disk `disk: {bus: virtio}`.",
      notVirtio: "Volume '{{name}}' is a downwardMetrics volume, so its disk must use the virtio bus, but the bus is {{bus}}. Set `bus: virtio` under the disk's `disk`."
    }
  },
  check(ctx) {
    const volumes = asArray(ctx.spec["volumes"]);
    let first;
    const gateOn = isFeatureGateEnabled(ctx.settings, GATE);
    volumes.forEach((volume, i) => {
      if (!has(volume, "downwardMetrics")) return;
      const name = nameOf(volume) ?? "";
      if (!gateOn) ctx.report({ path: ["volumes", i, "downwardMetrics"], target: "key", messageId: "gate", data: { name, hint: featureGateHint(GATE) }, ...gateSeverity(ctx.settings) });
      if (first === void 0) first = i;
      else ctx.report({ path: ["volumes", i, "downwardMetrics"], target: "key", messageId: "duplicate", data: { name, first } });
    });
    if (first === void 0) return;
    const byName = volumesByName(ctx.spec);
    const isVmi = ctx.kind === "VirtualMachineInstance";
    const arch = specArch(ctx);
    for (const view of diskViews(ctx)) {
      const name = nameOf(view.disk);
      if (name === void 0 || isTemplated(ctx, name)) continue;
      const volume = byName.get(name);
      if (volume === void 0 || !isRecord2(volume) || !has(volume, "downwardMetrics")) continue;
      if (view.target !== "disk" || view.targetDefaulted && !isVmi) {
        const why = view.targetDefaulted ? view.added ? " (KubeVirt adds a disk without a target for a volume that has none, and a VirtualMachine is checked before that gets `disk: {}`)" : " (a VirtualMachine is checked before a target-less disk gets `disk: {}`)" : `, not \`${view.target}\``;
        const path3 = view.added ? view.path : view.targetDefaulted ? view.path : [...view.path, view.target];
        ctx.report({ path: path3, target: view.added ? "value" : "key", messageId: "notDisk", data: { name, why }, severity: view.targetDefaulted && !view.added ? defaultDependentSeverity(ctx) : void 0 });
        continue;
      }
      if (view.bus === "virtio" || isTemplated(ctx, view.writtenBus)) continue;
      const bus = view.busDefaulted ? `${view.bus} (the ${arch} default when no bus is set)` : `'${view.bus}'`;
      ctx.report({
        path: view.added ? view.path : [...view.path, "disk", "bus"],
        messageId: "notVirtio",
        data: { name, bus },
        severity: view.busDefaulted ? defaultDependentSeverity(ctx) : void 0
      });
    }
  }
});

// rules/filesystem-volumes.ts
var VIRTIOFS_GATE = "EnableVirtioFsStorageVolumes";
var RESERVED_PREFIXES = ["/var/run/kubevirt", "/var/run/libvirt"];
var filesystem_volumes_default = defineRule({
  meta: {
    id: "filesystem-volumes",
    type: "problem",
    description: "containerPath volumes must be shared through a filesystem outside the paths KubeVirt reserves, and PVC/DataVolume filesystems need their feature gate",
    level: "error",
    scope: "instance-spec",
    catalog: ["containerpath-not-on-disk", "containerpath-needs-filesystem", "containerpath-reserved-prefix", "virtiofs-storage-gate"],
    messages: {
      onDisk: "Volume '{{name}}' is a containerPath volume, but disk '{{name}}' uses it; a containerPath can only be shared as a filesystem. Replace the disk with a filesystem entry (`- name: {{name}}` with `virtiofs: {}` under domain.devices.filesystems).",
      noFilesystem: "Volume '{{name}}' is a containerPath volume without a filesystem of the same name (KubeVirt would attach it as a disk, which it cannot be). Add `- name: {{name}}` with `virtiofs: {}` under domain.devices.filesystems.",
      reserved: "Volume '{{name}}' shares containerPath '{{path}}', under KubeVirt's reserved prefix {{prefix}}. Use a path outside /var/run/kubevirt and /var/run/libvirt.",
      virtiofsGate: "Filesystem '{{name}}' shares a {{source}} volume with virtiofs. {{hint}}."
    }
  },
  check(ctx) {
    const volumes = asArray(ctx.spec["volumes"]);
    const filesystems = asArray(dig(ctx.spec, "domain", "devices", "filesystems"));
    if (volumes.length === 0) return;
    let writtenDisks;
    let filesystemNames;
    volumes.forEach((volume, i) => {
      if (!isRecord2(volume) || !has(volume, "containerPath")) return;
      const name = nameOf(volume);
      if (name === void 0 || isTemplated(ctx, name)) return;
      if (writtenDisks === void 0) {
        writtenDisks = /* @__PURE__ */ new Set();
        for (const disk of asArray(dig(ctx.normalized, "domain", "devices", "disks"))) {
          const diskName = nameOf(disk);
          if (diskName !== void 0 && defaultOrigin(disk) === void 0) writtenDisks.add(diskName);
        }
        filesystemNames = new Set(filesystems.map(nameOf).filter((n) => n !== void 0));
      }
      if (writtenDisks.has(name)) ctx.report({ path: ["volumes", i, "name"], messageId: "onDisk", data: { name } });
      if (!filesystemNames.has(name)) ctx.report({ path: ["volumes", i, "containerPath"], target: "key", messageId: "noFilesystem", data: { name } });
      const path3 = dig(volume, "containerPath", "path");
      if (typeof path3 !== "string" || isTemplated(ctx, path3)) return;
      const prefix2 = RESERVED_PREFIXES.find((p) => path3.startsWith(p));
      if (prefix2 !== void 0) ctx.report({ path: ["volumes", i, "containerPath", "path"], messageId: "reserved", data: { name, path: path3, prefix: prefix2 } });
    });
    if (filesystems.length === 0 || isFeatureGateEnabled(ctx.settings, VIRTIOFS_GATE)) return;
    const byName = volumesByName(ctx.spec);
    filesystems.forEach((filesystem, i) => {
      const name = nameOf(filesystem);
      if (name === void 0) return;
      const volume = byName.get(name);
      const source = has(volume, "persistentVolumeClaim") ? "persistentVolumeClaim" : has(volume, "dataVolume") ? "dataVolume" : void 0;
      if (source === void 0) return;
      ctx.report({ path: ["domain", "devices", "filesystems", i, "name"], messageId: "virtiofsGate", data: { name, source, hint: featureGateHint(VIRTIOFS_GATE) }, ...gateSeverity(ctx.settings) });
    });
  }
});

// rules/host-disk.ts
var GATE2 = "HostDisk";
var host_disk_default = defineRule({
  meta: {
    id: "host-disk",
    type: "problem",
    description: "A hostDisk volume needs the HostDisk feature gate, a path, type Disk or DiskOrCreate, and a capacity only with DiskOrCreate",
    level: "error",
    scope: "instance-spec",
    catalog: ["hostdisk-gate", "hostdisk-path-required", "hostdisk-type", "hostdisk-capacity-only-with-create"],
    messages: {
      gate: "Volume '{{name}}' is a hostDisk volume. {{hint}}.",
      path: "Volume '{{name}}' has an empty hostDisk path. Set the path of the disk image on the node, e.g. /data/disk.img.",
      type: "Volume '{{name}}' has hostDisk type '{{type}}'; the allowed types are Disk (the image must exist) and DiskOrCreate (created with `capacity` when missing).",
      capacity: "Volume '{{name}}' sets a hostDisk capacity with type Disk, which uses an existing image; capacity is only allowed with type DiskOrCreate. Remove capacity or set `type: DiskOrCreate`."
    }
  },
  check(ctx) {
    asArray(ctx.spec["volumes"]).forEach((volume, i) => {
      if (!isRecord2(volume)) return;
      const hostDisk = volume["hostDisk"];
      if (!isRecord2(hostDisk)) return;
      const name = nameOf(volume) ?? "";
      const at = ["volumes", i, "hostDisk"];
      if (!isFeatureGateEnabled(ctx.settings, GATE2)) ctx.report({ path: at, target: "key", messageId: "gate", data: { name, hint: featureGateHint(GATE2) }, ...gateSeverity(ctx.settings) });
      if (hostDisk["path"] === "") ctx.report({ path: [...at, "path"], messageId: "path", data: { name } });
      const type = hostDisk["type"];
      if (typeof type !== "string" || isTemplated(ctx, type)) return;
      if (type !== "Disk" && type !== "DiskOrCreate") {
        ctx.report({ path: [...at, "type"], messageId: "type", data: { name, type } });
        return;
      }
      if (type === "Disk" && isSet(hostDisk["capacity"])) {
        const capacity = parseQuantity(hostDisk["capacity"]);
        if (capacity !== void 0 && !isZero(capacity)) ctx.report({ path: [...at, "capacity"], messageId: "capacity", data: { name } });
      }
    });
  }
});

// rules/volume-sources.ts
var SOURCES3 = /* @__PURE__ */ new Set([
  "persistentVolumeClaim",
  "sysprep",
  "cloudInitNoCloud",
  "cloudInitConfigDrive",
  "containerDisk",
  "ephemeral",
  "emptyDisk",
  "hostDisk",
  "dataVolume",
  "configMap",
  "secret",
  "downwardAPI",
  "serviceAccount",
  "downwardMetrics",
  "memoryDump",
  "containerPath"
]);
var volume_sources_default = defineRule({
  meta: {
    id: "volume-sources",
    type: "problem",
    description: "Every volume needs exactly one source with its name set; at most one serviceAccount and one memoryDump volume; no utilityVolumes at creation",
    level: "error",
    scope: "instance-spec",
    catalog: [
      "volume-single-source",
      "datavolume-name-required",
      "configmap-name-required",
      "secret-name-required",
      "serviceaccount-name-required",
      "max-one-serviceaccount-volume",
      "max-one-memorydump-volume",
      "no-utility-volumes-on-create"
    ],
    messages: {
      noSource: "Volume '{{name}}' has no source. Add exactly one, e.g. `containerDisk: {image: ...}`, `persistentVolumeClaim: {claimName: ...}`, `dataVolume: {name: ...}` or `cloudInitNoCloud: {userData: ...}`.",
      manySources: "Volume '{{name}}' sets {{sources}}, but a volume must have exactly one source. Split it into one volume per source (each with its own disk).",
      dataVolumeName: "Volume '{{name}}' has a dataVolume source with an empty name. Set dataVolume.name to the DataVolume to use (often one of spec.dataVolumeTemplates).",
      configMapName: "Volume '{{name}}' has a configMap source without a name. Set configMap.name to the ConfigMap to attach.",
      secretName: "Volume '{{name}}' has a secret source without a secretName. Set secret.secretName to the Secret to attach.",
      serviceAccountName: "Volume '{{name}}' has a serviceAccount source without a serviceAccountName. Set serviceAccount.serviceAccountName.",
      duplicateServiceAccount: "Volume '{{name}}' is a second serviceAccount volume (the first is volumes[{{first}}]); a VM can have only one. Remove one of them.",
      duplicateMemoryDump: "Volume '{{name}}' is a second memoryDump volume (the first is volumes[{{first}}]); a VM can have only one. Remove one of them.",
      utilityVolumes: "utilityVolumes cannot be set when the VM is created: KubeVirt adds them only by hotplug. Remove utilityVolumes from the manifest."
    }
  },
  check(ctx) {
    if (Array.isArray(ctx.spec["utilityVolumes"])) {
      ctx.report({ path: ["utilityVolumes"], target: "key", messageId: "utilityVolumes" });
    }
    const volumes = asArray(ctx.spec["volumes"]);
    let firstServiceAccount;
    let firstMemoryDump;
    volumes.forEach((volume, i) => {
      if (!isRecord2(volume)) return;
      const name = nameOf(volume) ?? "";
      const set = Object.keys(volume).filter((key) => SOURCES3.has(key) && isSet(volume[key]));
      if (set.some((key) => !isRecord2(volume[key]))) return;
      if (set.length === 0) {
        if (Object.keys(volume).every((key) => key === "name" || !isSet(volume[key]))) ctx.report({ path: ["volumes", i], messageId: "noSource", data: { name } });
      } else if (set.length > 1) {
        ctx.report({ path: ["volumes", i, set[1]], target: "key", messageId: "manySources", data: { name, sources: set.map((s) => `\`${s}\``).join(" and ") } });
      }
      const dataVolume = volume["dataVolume"];
      if (isRecord2(dataVolume) && dataVolume["name"] === "") {
        ctx.report({ path: ["volumes", i, "dataVolume", "name"], messageId: "dataVolumeName", data: { name } });
      }
      requireName(volume["configMap"], "name", ["volumes", i, "configMap"], "configMapName");
      requireName(volume["secret"], "secretName", ["volumes", i, "secret"], "secretName");
      requireName(volume["serviceAccount"], "serviceAccountName", ["volumes", i, "serviceAccount"], "serviceAccountName");
      if (has(volume, "serviceAccount")) {
        if (firstServiceAccount === void 0) firstServiceAccount = i;
        else ctx.report({ path: ["volumes", i, "serviceAccount"], target: "key", messageId: "duplicateServiceAccount", data: { name, first: firstServiceAccount } });
      }
      if (has(volume, "memoryDump")) {
        if (firstMemoryDump === void 0) firstMemoryDump = i;
        else ctx.report({ path: ["volumes", i, "memoryDump"], target: "key", messageId: "duplicateMemoryDump", data: { name, first: firstMemoryDump } });
      }
      function requireName(source, key, path3, messageId) {
        if (!isRecord2(source)) return;
        const value = source[key];
        if (isSet(value) && (typeof value !== "string" || value !== "" || isTemplated(ctx, value))) return;
        ctx.report({ path: isSet(value) ? [...path3, key] : path3, target: isSet(value) ? "value" : "key", messageId, data: { name } });
      }
    });
  }
});

// rules/sets/storage.ts
var storageRules = [
  volume_sources_default,
  cloud_init_default,
  disk_bus_default,
  disk_target_default,
  disk_options_default,
  disk_block_size_default,
  container_disk_default,
  host_disk_default,
  downward_metrics_default,
  filesystem_volumes_default,
  access_credentials_default
];

// rules/data-volume-templates.ts
var SOURCE_KINDS = ["http", "s3", "gcs", "registry", "pvc", "upload", "blank", "imageio", "vddk", "snapshot"];
var data_volume_templates_default = defineRule({
  meta: {
    id: "data-volume-templates",
    type: "problem",
    description: "Each dataVolumeTemplate needs a name, exactly one of pvc and storage, exactly one way to be populated, a volume that uses it, and the namespace of its VirtualMachine",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachine", "VirtualMachinePool"],
    catalog: [
      "dvt-name-required",
      "dvt-pvc-or-storage",
      "dvt-pvc-storage-exclusive",
      "dvt-external-population-exclusive",
      "dvt-source-required",
      "dvt-source-non-empty",
      "dvt-single-source",
      "dvt-referenced-by-volume",
      "dvt-namespace"
    ],
    messages: {
      nameMissing: "dataVolumeTemplates[{{index}}] has no metadata.name: KubeVirt creates a DataVolume by that name, so it must not be empty. Add `metadata: {name: ...}` and use the same name in a volume's dataVolume.name.",
      pvcOrStorageMissing: "DataVolume template '{{name}}' has neither spec.storage nor spec.pvc, so CDI does not know what to create. Add `storage: {resources: {requests: {storage: 30Gi}}}` (recommended) or `pvc: ...` under its spec.",
      pvcAndStorage: "DataVolume template '{{name}}' sets both spec.storage and spec.pvc; KubeVirt accepts only one. Keep `storage` (CDI fills in the storage class defaults) and remove `pvc`, or the other way round.",
      externalPopulationWithSource: "DataVolume template '{{name}}' is populated by {{populator}} and also has {{source}}: those exclude each other. Remove {{source}}, or remove {{populator}}.",
      sourceMissing: "DataVolume template '{{name}}' has no source: set spec.source (e.g. `http`, `registry`, `pvc`, `blank`), spec.sourceRef (a DataSource), or a dataSourceRef in spec.storage/spec.pvc.",
      sourceEmpty: "DataVolume template '{{name}}' has a spec.source with no kind of source in it. Set exactly one of {{kinds}} under source (e.g. `blank: {}` for an empty disk).",
      multipleSources: "DataVolume template '{{name}}' has {{count}} sources ({{found}}) under spec.source; KubeVirt accepts exactly one. Keep one of them and remove the others.",
      notReferenced: "DataVolume template '{{name}}' is not used by any volume of the VM template, and KubeVirt rejects unused templates. Add a volume with `dataVolume: {name: {{name}}}` (and a disk for it), or remove the template.",
      namespaceDiffers: "DataVolume template '{{name}}' has namespace '{{namespace}}', but its VirtualMachine is in '{{vmNamespace}}': the DataVolume is always created next to the VM. Remove metadata.namespace from the template, or set it to '{{vmNamespace}}'."
    }
  },
  check(ctx) {
    const at = vmSpecOf(ctx.kind, ctx.object);
    if (at === void 0) return;
    const templates = asArray(at.spec["dataVolumeTemplates"]);
    if (templates.length === 0) return;
    const listPath = [...at.path, "dataVolumeTemplates"];
    const volumes = asArray(dig(at.spec, "template", "spec", "volumes"));
    const vmNamespace = asString(dig(ctx.object, "metadata", "namespace"));
    templates.forEach((dvt, i) => {
      if (!isRecord2(dvt)) return;
      const path3 = [...listPath, i];
      if (checkTemplate(ctx, dvt, i, path3)) checkReferenced(ctx, dvt, volumes, path3);
      checkNamespace(ctx, dvt, path3, vmNamespace);
    });
  }
});
function checkTemplate(ctx, dvt, index, path3) {
  const metadata = dvt["metadata"];
  const name = asString(dig(metadata, "name")) ?? "";
  if (name === "") {
    ctx.report({ path: isRecord2(metadata) ? [...path3, "metadata"] : path3, target: "key", messageId: "nameMissing", data: { index } });
    return false;
  }
  const spec = dvt["spec"];
  if (!isRecord2(spec)) return false;
  const specPath = [...path3, "spec"];
  const pvc = spec["pvc"];
  const storage = spec["storage"];
  if (!isSet(pvc) && !isSet(storage)) {
    ctx.report({ path: specPath, target: "key", messageId: "pvcOrStorageMissing", data: { name } });
    return false;
  }
  if (isSet(pvc) && isSet(storage)) {
    ctx.report({ path: [...specPath, "pvc"], target: "key", messageId: "pvcAndStorage", data: { name } });
    return false;
  }
  const target = isSet(pvc) ? pvc : storage;
  const targetKey = isSet(pvc) ? "pvc" : "storage";
  const populatorKey = has(target, "dataSourceRef") ? "dataSourceRef" : has(target, "dataSource") ? "dataSource" : void 0;
  const source = spec["source"];
  const sourceKey = isSet(source) ? "source" : isSet(spec["sourceRef"]) ? "sourceRef" : void 0;
  if (populatorKey !== void 0 && sourceKey !== void 0) {
    ctx.report({
      path: [...specPath, sourceKey],
      target: "key",
      messageId: "externalPopulationWithSource",
      data: { name, populator: `spec.${targetKey}.${populatorKey}`, source: `spec.${sourceKey}` }
    });
    return false;
  }
  if (populatorKey === void 0 && sourceKey === void 0) {
    ctx.report({ path: specPath, target: "key", messageId: "sourceMissing", data: { name } });
    return false;
  }
  if (isSet(source)) {
    if (!isRecord2(source)) return false;
    const found = SOURCE_KINDS.filter((kind) => isSet(source[kind]));
    if (found.length === 0) {
      ctx.report({ path: [...specPath, "source"], target: "key", messageId: "sourceEmpty", data: { name, kinds: SOURCE_KINDS.join(", ") } });
      return false;
    }
    if (found.length > 1) {
      ctx.report({ path: [...specPath, "source", found[1]], target: "key", messageId: "multipleSources", data: { name, count: found.length, found: found.join(", ") } });
      return false;
    }
  }
  return true;
}
function checkReferenced(ctx, dvt, volumes, path3) {
  const name = asString(dig(dvt, "metadata", "name"));
  if (name === void 0 || isTemplated(ctx, name)) return;
  for (const volume of volumes) {
    const claimName = dig(volume, "persistentVolumeClaim", "claimName");
    const dvName = dig(volume, "dataVolume", "name");
    if (claimName === name || dvName === name) return;
    if (isTemplated(ctx, claimName) || isTemplated(ctx, dvName)) return;
  }
  ctx.report({ path: [...path3, "metadata", "name"], messageId: "notReferenced", data: { name } });
}
function checkNamespace(ctx, dvt, path3, vmNamespace) {
  const namespace = asString(dig(dvt, "metadata", "namespace"));
  if (namespace === void 0 || namespace === "" || vmNamespace === void 0 || vmNamespace === "") return;
  if (namespace === vmNamespace || isTemplated(ctx, namespace) || isTemplated(ctx, vmNamespace)) return;
  ctx.report({
    path: [...path3, "metadata", "namespace"],
    messageId: "namespaceDiffers",
    data: { name: asString(dig(dvt, "metadata", "name")) ?? `#${String(path3[path3.length - 1])}`, namespace, vmNamespace }
  });
}

// src/instancetype/common-data.ts
var COMMON_VERSION = "v1.7.0";
var COMMON_INSTANCETYPES = {
  "cx1.2xlarge": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 8,
      "isolateEmulatorThread": true,
      "maxSockets": 8,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "16Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "cx1.2xlarge1gi": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 8,
      "isolateEmulatorThread": true,
      "maxSockets": 8,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "16Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "cx1.4xlarge": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 16,
      "isolateEmulatorThread": true,
      "maxSockets": 16,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "32Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "cx1.4xlarge1gi": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 16,
      "isolateEmulatorThread": true,
      "maxSockets": 16,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "32Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "cx1.8xlarge": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 32,
      "isolateEmulatorThread": true,
      "maxSockets": 32,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "64Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "cx1.8xlarge1gi": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 32,
      "isolateEmulatorThread": true,
      "maxSockets": 32,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "64Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "cx1.large": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 2,
      "isolateEmulatorThread": true,
      "maxSockets": 2,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "4Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "cx1.large1gi": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 2,
      "isolateEmulatorThread": true,
      "maxSockets": 2,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "4Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "cx1.medium": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true,
      "maxSockets": 1,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "2Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "cx1.medium1gi": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true,
      "maxSockets": 1,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "2Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "cx1.xlarge": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 4,
      "isolateEmulatorThread": true,
      "maxSockets": 4,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "8Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "cx1.xlarge1gi": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 4,
      "isolateEmulatorThread": true,
      "maxSockets": 4,
      "numa": {
        "guestMappingPassthrough": {}
      }
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "8Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "d1.2xlarge": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 8,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "32Gi"
    }
  },
  "d1.2xmedium": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 2,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "4Gi"
    }
  },
  "d1.4xlarge": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 16,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "64Gi"
    }
  },
  "d1.8xlarge": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 32,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "128Gi"
    }
  },
  "d1.large": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 2,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "8Gi"
    }
  },
  "d1.medium": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "4Gi"
    }
  },
  "d1.micro": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "1Gi"
    }
  },
  "d1.nano": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "512Mi"
    }
  },
  "d1.small": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "2Gi"
    }
  },
  "d1.xlarge": {
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 4,
      "isolateEmulatorThread": true
    },
    "ioThreadsPolicy": "auto",
    "memory": {
      "guest": "16Gi"
    }
  },
  "m1.2xlarge": {
    "cpu": {
      "guest": 8
    },
    "memory": {
      "guest": "64Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "m1.2xlarge1gi": {
    "cpu": {
      "guest": 8
    },
    "memory": {
      "guest": "64Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "m1.4xlarge": {
    "cpu": {
      "guest": 16
    },
    "memory": {
      "guest": "128Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "m1.4xlarge1gi": {
    "cpu": {
      "guest": 16
    },
    "memory": {
      "guest": "128Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "m1.8xlarge": {
    "cpu": {
      "guest": 32
    },
    "memory": {
      "guest": "256Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "m1.8xlarge1gi": {
    "cpu": {
      "guest": 32
    },
    "memory": {
      "guest": "256Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "m1.large": {
    "cpu": {
      "guest": 2
    },
    "memory": {
      "guest": "16Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "m1.large1gi": {
    "cpu": {
      "guest": 2
    },
    "memory": {
      "guest": "16Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "m1.xlarge": {
    "cpu": {
      "guest": 4
    },
    "memory": {
      "guest": "32Gi",
      "hugepages": {
        "pageSize": "2Mi"
      }
    }
  },
  "m1.xlarge1gi": {
    "cpu": {
      "guest": 4
    },
    "memory": {
      "guest": "32Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "n1.2xlarge": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 16,
      "isolateEmulatorThread": true
    },
    "memory": {
      "guest": "32Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "n1.4xlarge": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 32,
      "isolateEmulatorThread": true
    },
    "memory": {
      "guest": "64Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "n1.8xlarge": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 64,
      "isolateEmulatorThread": true
    },
    "memory": {
      "guest": "128Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "n1.large": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 4,
      "isolateEmulatorThread": true
    },
    "memory": {
      "guest": "8Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "n1.medium": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 4,
      "isolateEmulatorThread": true
    },
    "memory": {
      "guest": "4Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "n1.xlarge": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 8,
      "isolateEmulatorThread": true
    },
    "memory": {
      "guest": "16Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "o1.2xlarge": {
    "cpu": {
      "guest": 8
    },
    "memory": {
      "guest": "32Gi",
      "overcommitPercent": 50
    }
  },
  "o1.4xlarge": {
    "cpu": {
      "guest": 16
    },
    "memory": {
      "guest": "64Gi",
      "overcommitPercent": 50
    }
  },
  "o1.8xlarge": {
    "cpu": {
      "guest": 32
    },
    "memory": {
      "guest": "128Gi",
      "overcommitPercent": 50
    }
  },
  "o1.large": {
    "cpu": {
      "guest": 2
    },
    "memory": {
      "guest": "8Gi",
      "overcommitPercent": 50
    }
  },
  "o1.medium": {
    "cpu": {
      "guest": 1
    },
    "memory": {
      "guest": "4Gi",
      "overcommitPercent": 50
    }
  },
  "o1.micro": {
    "cpu": {
      "guest": 1
    },
    "memory": {
      "guest": "1Gi",
      "overcommitPercent": 50
    }
  },
  "o1.nano": {
    "cpu": {
      "guest": 1
    },
    "memory": {
      "guest": "512Mi",
      "overcommitPercent": 50
    }
  },
  "o1.small": {
    "cpu": {
      "guest": 1
    },
    "memory": {
      "guest": "2Gi",
      "overcommitPercent": 50
    }
  },
  "o1.xlarge": {
    "cpu": {
      "guest": 4
    },
    "memory": {
      "guest": "16Gi",
      "overcommitPercent": 50
    }
  },
  "rt1.2xlarge": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 8,
      "isolateEmulatorThread": true,
      "numa": {
        "guestMappingPassthrough": {}
      },
      "realtime": {}
    },
    "memory": {
      "guest": "32Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "rt1.4xlarge": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 16,
      "isolateEmulatorThread": true,
      "numa": {
        "guestMappingPassthrough": {}
      },
      "realtime": {}
    },
    "memory": {
      "guest": "64Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "rt1.8xlarge": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 32,
      "isolateEmulatorThread": true,
      "numa": {
        "guestMappingPassthrough": {}
      },
      "realtime": {}
    },
    "memory": {
      "guest": "128Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "rt1.large": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 2,
      "isolateEmulatorThread": true,
      "numa": {
        "guestMappingPassthrough": {}
      },
      "realtime": {}
    },
    "memory": {
      "guest": "8Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "rt1.medium": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true,
      "numa": {
        "guestMappingPassthrough": {}
      },
      "realtime": {}
    },
    "memory": {
      "guest": "4Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "rt1.micro": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true,
      "numa": {
        "guestMappingPassthrough": {}
      },
      "realtime": {}
    },
    "memory": {
      "guest": "1Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "rt1.small": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 1,
      "isolateEmulatorThread": true,
      "numa": {
        "guestMappingPassthrough": {}
      },
      "realtime": {}
    },
    "memory": {
      "guest": "2Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "rt1.xlarge": {
    "annotations": {
      "cpu-load-balancing.crio.io": "disable",
      "cpu-quota.crio.io": "disable",
      "irq-load-balancing.crio.io": "disable"
    },
    "cpu": {
      "dedicatedCPUPlacement": true,
      "guest": 4,
      "isolateEmulatorThread": true,
      "numa": {
        "guestMappingPassthrough": {}
      },
      "realtime": {}
    },
    "memory": {
      "guest": "16Gi",
      "hugepages": {
        "pageSize": "1Gi"
      }
    }
  },
  "u1.2xlarge": {
    "cpu": {
      "guest": 8
    },
    "memory": {
      "guest": "32Gi"
    }
  },
  "u1.2xmedium": {
    "cpu": {
      "guest": 2
    },
    "memory": {
      "guest": "4Gi"
    }
  },
  "u1.4xlarge": {
    "cpu": {
      "guest": 16
    },
    "memory": {
      "guest": "64Gi"
    }
  },
  "u1.8xlarge": {
    "cpu": {
      "guest": 32
    },
    "memory": {
      "guest": "128Gi"
    }
  },
  "u1.large": {
    "cpu": {
      "guest": 2
    },
    "memory": {
      "guest": "8Gi"
    }
  },
  "u1.medium": {
    "cpu": {
      "guest": 1
    },
    "memory": {
      "guest": "4Gi"
    }
  },
  "u1.micro": {
    "cpu": {
      "guest": 1
    },
    "memory": {
      "guest": "1Gi"
    }
  },
  "u1.nano": {
    "cpu": {
      "guest": 1
    },
    "memory": {
      "guest": "512Mi"
    }
  },
  "u1.small": {
    "cpu": {
      "guest": 1
    },
    "memory": {
      "guest": "2Gi"
    }
  },
  "u1.xlarge": {
    "cpu": {
      "guest": 4
    },
    "memory": {
      "guest": "16Gi"
    }
  }
};
var COMMON_PREFERENCES = {
  "alpine": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "512Mi"
      }
    }
  },
  "centos.stream10": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "centos.stream10.desktop": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "centos.stream9": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "centos.stream9.desktop": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "centos.stream9.dpdk": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "cpu": {
      "preferredCPUTopology": "spread",
      "spreadOptions": {
        "across": "SocketsCoresThreads",
        "ratio": 4
      }
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredNetworkInterfaceMultiQueue": true,
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 8
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "cirros": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "256Mi"
      }
    }
  },
  "debian": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": false
      }
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "512Mi"
      }
    }
  },
  "fedora": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "features": {
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredArchitecture": "amd64",
    "requirements": {
      "architecture": "amd64",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "fedora.arm64": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "preferredArchitecture": "arm64",
    "requirements": {
      "architecture": "arm64",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "fedora.s390x": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "preferredArchitecture": "s390x",
    "requirements": {
      "architecture": "s390x",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "legacy": {
    "annotations": {
      "vm.kubevirt.io/os": "legacy"
    },
    "devices": {
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000"
    }
  },
  "linux": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    }
  },
  "linux.efi": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": false
      }
    }
  },
  "linux.virtiotransitional": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {},
      "preferredUseVirtioTransitional": true
    }
  },
  "opensuse.leap": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "opensuse.tumbleweed": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "oraclelinux": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": false
      }
    },
    "requirements": {
      "cpu": {
        "guest": 2
      },
      "memory": {
        "guest": "4Gi"
      }
    }
  },
  "rhel.10": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "features": {
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredArchitecture": "amd64",
    "requirements": {
      "architecture": "amd64",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.10.arm64": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "preferredArchitecture": "arm64",
    "requirements": {
      "architecture": "arm64",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.10.s390x": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "preferredArchitecture": "s390x",
    "requirements": {
      "architecture": "s390x",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.7": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1Gi"
      }
    }
  },
  "rhel.7.desktop": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1Gi"
      }
    }
  },
  "rhel.8": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.8.desktop": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.8.dpdk": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "cpu": {
      "preferredCPUTopology": "spread",
      "spreadOptions": {
        "across": "SocketsCoresThreads",
        "ratio": 4
      }
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredNetworkInterfaceMultiQueue": true,
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 8
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.9": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "features": {
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredArchitecture": "amd64",
    "requirements": {
      "architecture": "amd64",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.9.arm64": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "preferredArchitecture": "arm64",
    "requirements": {
      "architecture": "arm64",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.9.desktop": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "features": {
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredArchitecture": "amd64",
    "requirements": {
      "architecture": "amd64",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.9.dpdk": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "cpu": {
      "preferredCPUTopology": "spread",
      "spreadOptions": {
        "across": "SocketsCoresThreads",
        "ratio": 4
      }
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredNetworkInterfaceMultiQueue": true,
      "preferredRng": {}
    },
    "features": {
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredArchitecture": "amd64",
    "requirements": {
      "architecture": "amd64",
      "cpu": {
        "guest": 8
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "rhel.9.realtime": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "cpu": {
      "preferredCPUTopology": "spread",
      "spreadOptions": {
        "across": "SocketsCoresThreads"
      }
    },
    "devices": {
      "preferredAutoattachGraphicsDevice": false,
      "preferredAutoattachMemBalloon": false,
      "preferredAutoattachSerialConsole": true,
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredNetworkInterfaceMultiQueue": true,
      "preferredRng": {}
    },
    "features": {
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredArchitecture": "amd64",
    "requirements": {
      "architecture": "amd64",
      "cpu": {
        "guest": 4
      },
      "memory": {
        "guest": "4Gi"
      }
    }
  },
  "rhel.9.s390x": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredDiskDedicatedIoThread": true,
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "preferredArchitecture": "s390x",
    "requirements": {
      "architecture": "s390x",
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "1.5Gi"
      }
    }
  },
  "sles": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "ubuntu": {
    "annotations": {
      "vm.kubevirt.io/os": "linux"
    },
    "devices": {
      "preferredDiskBus": "virtio",
      "preferredInterfaceModel": "virtio",
      "preferredRng": {}
    },
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.10": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.10.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.11": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e",
      "preferredTPM": {
        "persistent": true
      }
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "persistent": true,
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 2
      },
      "memory": {
        "guest": "4Gi"
      }
    }
  },
  "windows.11.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredTPM": {
        "persistent": true
      },
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "persistent": true,
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 2
      },
      "memory": {
        "guest": "4Gi"
      }
    }
  },
  "windows.2k12": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "512Mi"
      }
    }
  },
  "windows.2k12.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "512Mi"
      }
    }
  },
  "windows.2k16": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.2k16.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.2k19": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.2k19.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.2k22": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e",
      "preferredTPM": {
        "persistent": true
      }
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "persistent": true,
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.2k22.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredTPM": {
        "persistent": true
      },
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "persistent": true,
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.2k25": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e",
      "preferredTPM": {
        "persistent": true
      }
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "persistent": true,
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.2k25.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredTPM": {
        "persistent": true
      },
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      },
      "preferredSmm": {}
    },
    "firmware": {
      "preferredEfi": {
        "persistent": true,
        "secureBoot": true
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.2k3": {
    "annotations": {
      "kubevirt.io/disablePCIHole64": "true",
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "rtl8139"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "256Mi"
      }
    }
  },
  "windows.2k8": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "512Mi"
      }
    }
  },
  "windows.2k8.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "512Mi"
      }
    }
  },
  "windows.7": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.7.virtio": {
    "annotations": {
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "virtio",
      "preferredInputBus": "virtio",
      "preferredInputType": "tablet",
      "preferredInterfaceModel": "virtio",
      "preferredVideoType": "virtio"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "2Gi"
      }
    }
  },
  "windows.xp": {
    "annotations": {
      "kubevirt.io/disablePCIHole64": "true",
      "vm.kubevirt.io/os": "windows"
    },
    "clock": {
      "preferredClockOffset": {
        "utc": {}
      },
      "preferredTimer": {
        "hpet": {
          "present": false
        },
        "hyperv": {},
        "pit": {
          "tickPolicy": "delay"
        },
        "rtc": {
          "tickPolicy": "catchup"
        }
      }
    },
    "cpu": {
      "preferredCPUTopology": "sockets"
    },
    "devices": {
      "preferredAutoattachInputDevice": true,
      "preferredDiskBus": "sata",
      "preferredInterfaceModel": "e1000e"
    },
    "features": {
      "preferredAcpi": {},
      "preferredApic": {},
      "preferredHyperv": {
        "frequencies": {},
        "ipi": {},
        "reenlightenment": {},
        "relaxed": {},
        "reset": {},
        "runtime": {},
        "spinlocks": {
          "spinlocks": 8191
        },
        "synic": {},
        "synictimer": {
          "direct": {}
        },
        "tlbflush": {},
        "vapic": {},
        "vpindex": {}
      }
    },
    "preferredTerminationGracePeriodSeconds": 3600,
    "requirements": {
      "cpu": {
        "guest": 1
      },
      "memory": {
        "guest": "128Mi"
      }
    }
  }
};

// src/instancetype/types.ts
var DEFINITION_KINDS = [
  "VirtualMachineInstancetype",
  "VirtualMachineClusterInstancetype",
  "VirtualMachinePreference",
  "VirtualMachineClusterPreference"
];

// src/instancetype/definitions.ts
var EMPTY_INDEX = { definitions: [] };
function isDefinitionKind(kind) {
  return DEFINITION_KINDS.includes(kind);
}
function definitionsOf(objects, file) {
  const out = [];
  for (const object of objects) {
    if (!isDefinitionKind(object.kind) || object.templateParams) continue;
    const metadata = object.value["metadata"];
    const name = isRecord2(metadata) ? asString(metadata["name"]) : void 0;
    const spec = object.value["spec"];
    if (name === void 0 || name === "" || !isRecord2(spec)) continue;
    const namespace = isRecord2(metadata) ? asString(metadata["namespace"]) : void 0;
    out.push({ kind: object.kind, name, ...namespace ? { namespace } : {}, spec, ...file !== void 0 ? { file } : {} });
  }
  return out;
}
function withLocal(index, objects) {
  const base = index ?? EMPTY_INDEX;
  if (!objects.some((o) => isDefinitionKind(o.kind))) return base;
  const local = definitionsOf(objects).map(({ file: _file, ...definition }) => definition);
  const localKeys = new Set(local.map(keyOf));
  return { definitions: [...local, ...base.definitions.filter((d) => !localKeys.has(keyOf(d)))] };
}
function keyOf(d) {
  return `${d.kind}/${d.namespace ?? ""}/${d.name}`;
}
var MATCHER_KINDS2 = {
  instancetype: { namespaced: "VirtualMachineInstancetype", cluster: "VirtualMachineClusterInstancetype" },
  preference: { namespaced: "VirtualMachinePreference", cluster: "VirtualMachineClusterPreference" }
};
function matcherKind(family, kind) {
  const { namespaced, cluster } = MATCHER_KINDS2[family];
  if (kind === void 0 || kind === null || kind === "") return cluster;
  if (typeof kind !== "string") return void 0;
  const lower = kind.toLowerCase();
  if (lower === namespaced.toLowerCase() || lower === `${namespaced.toLowerCase()}s`) return namespaced;
  if (lower === cluster.toLowerCase() || lower === `${cluster.toLowerCase()}s`) return cluster;
  return void 0;
}
function resolveMatcher(family, vmSpec, vmNamespace, index) {
  const matcher = vmSpec[family];
  if (!isRecord2(matcher)) return void 0;
  const name = asString(matcher["name"]);
  if (name === void 0 || name === "" || isParam(name)) return void 0;
  const kind = matcherKind(family, matcher["kind"]);
  if (kind === void 0) return void 0;
  const candidates = index.definitions.filter((d) => d.kind === kind && d.name === name);
  const isCluster = kind === MATCHER_KINDS2[family].cluster;
  const found = isCluster ? candidates[0] : candidates.find((d) => d.namespace !== void 0 && d.namespace === vmNamespace) ?? candidates.find((d) => d.namespace === void 0 || vmNamespace === void 0);
  if (found) return { kind, name, spec: found.spec, source: found.file ?? THIS_FILE };
  if (!isCluster) return void 0;
  const common = family === "instancetype" ? COMMON_INSTANCETYPES[name] : COMMON_PREFERENCES[name];
  return common ? { kind, name, spec: common, source: `common-instancetypes ${COMMON_VERSION}` } : void 0;
}
var THIS_FILE = "this file";
function describeResolved(resolved) {
  return `${resolved.kind} '${resolved.name}' (${resolved.source})`;
}

// src/instancetype/topology.ts
var DEPRECATED_TOPOLOGIES = {
  preferSockets: "sockets",
  preferCores: "cores",
  preferThreads: "threads",
  preferSpread: "spread",
  preferAny: "any"
};
var TOPOLOGIES = ["sockets", "cores", "threads", "spread", "any"];
function preferredTopology(preference) {
  const cpu = preference?.["cpu"];
  const value = isRecord2(cpu) ? cpu["preferredCPUTopology"] : void 0;
  if (value === void 0 || value === null) return "sockets";
  if (typeof value !== "string") return void 0;
  if (TOPOLOGIES.includes(value)) return value;
  return DEPRECATED_TOPOLOGIES[value];
}
function spreadOptions(preference) {
  let ratio = 2;
  const legacy = preference?.["preferSpreadSocketToCoreRatio"];
  if (typeof legacy === "number" && Number.isInteger(legacy) && legacy > 0) ratio = legacy;
  let across = "SocketsCores";
  const cpu = preference?.["cpu"];
  const options = isRecord2(cpu) ? cpu["spreadOptions"] : void 0;
  if (isRecord2(options)) {
    if (typeof options["across"] === "string") across = options["across"];
    const own = options["ratio"];
    if (typeof own === "number" && Number.isInteger(own) && own >= 0) ratio = own;
  }
  return { ratio, across };
}

// src/instancetype/expand.ts
function expandTemplate(templateSpec, templateMetadata, instancetype, preference) {
  const base = { ...instancetype ? { instancetype } : {}, ...preference ? { preference } : {} };
  const spec = structuredClone(templateSpec);
  const applied = [];
  if (instancetype) {
    const conflicts = applyInstancetype(instancetype.spec, preference?.spec, spec, templateMetadata, applied);
    if (conflicts.length > 0) return { ...base, spec: templateSpec, conflicts, applied: [] };
  }
  if (preference) applyPreference(preference.spec, spec, applied);
  return { ...base, spec, conflicts: [], applied };
}
function applyInstancetype(it, preference, vmi, metadata, applied) {
  const set = (path3, value) => {
    setAt(vmi, path3, structuredClone(value));
    applied.push({ path: path3, from: "instancetype" });
  };
  const conflicts = [];
  const domain = child2(vmi, "domain");
  if (isSet(it["nodeSelector"])) {
    if (isSet(vmi["nodeSelector"])) conflicts.push({ path: ["nodeSelector"] });
    else set(["nodeSelector"], it["nodeSelector"]);
  }
  if (nonEmpty(it["schedulerName"])) {
    if (nonEmpty(vmi["schedulerName"])) conflicts.push({ path: ["schedulerName"] });
    else set(["schedulerName"], it["schedulerName"]);
  }
  const itCpu = record(it["cpu"]);
  const cpu = record(domain?.["cpu"]);
  const resources = record(domain?.["resources"]);
  const cpuConflicts = [];
  for (const kind of ["requests", "limits"]) {
    if (hasKey(resources?.[kind], "cpu")) cpuConflicts.push({ path: ["domain", "resources", kind, "cpu"] });
  }
  for (const count of ["sockets", "cores", "threads"]) {
    if (nonZero(cpu?.[count])) cpuConflicts.push({ path: ["domain", "cpu", count] });
  }
  if (nonEmpty(cpu?.["model"]) && isSet(itCpu?.["model"])) cpuConflicts.push({ path: ["domain", "cpu", "model"] });
  if (cpu?.["dedicatedCpuPlacement"] === true && isSet(itCpu?.["dedicatedCPUPlacement"])) cpuConflicts.push({ path: ["domain", "cpu", "dedicatedCpuPlacement"] });
  if (cpu?.["isolateEmulatorThread"] === true && isSet(itCpu?.["isolateEmulatorThread"])) cpuConflicts.push({ path: ["domain", "cpu", "isolateEmulatorThread"] });
  if (isSet(cpu?.["numa"]) && isSet(itCpu?.["numa"])) cpuConflicts.push({ path: ["domain", "cpu", "numa"] });
  if (isSet(cpu?.["realtime"]) && isSet(itCpu?.["realtime"])) cpuConflicts.push({ path: ["domain", "cpu", "realtime"] });
  conflicts.push(...cpuConflicts);
  if (cpuConflicts.length === 0) {
    const copies = [["model", "model"], ["dedicatedCPUPlacement", "dedicatedCpuPlacement"], ["isolateEmulatorThread", "isolateEmulatorThread"], ["numa", "numa"], ["realtime", "realtime"], ["maxSockets", "maxSockets"]];
    for (const [from, to] of copies) {
      if (isSet(itCpu?.[from])) set(["domain", "cpu", to], itCpu?.[from]);
    }
    const topology = guestTopology(vcpusOf(it), preference);
    for (const key of ["sockets", "cores", "threads"]) set(["domain", "cpu", key], topology[key]);
  }
  const itMemory = record(it["memory"]);
  const memory = record(domain?.["memory"]);
  const memoryConflict = isSet(memory?.["guest"]) ? ["domain", "memory", "guest"] : isSet(memory?.["hugepages"]) && isSet(itMemory?.["hugepages"]) ? ["domain", "memory", "hugepages"] : isSet(memory?.["maxGuest"]) && isSet(itMemory?.["maxGuest"]) ? ["domain", "memory", "maxGuest"] : hasKey(resources?.["requests"], "memory") ? ["domain", "resources", "requests", "memory"] : hasKey(resources?.["limits"], "memory") ? ["domain", "resources", "limits", "memory"] : void 0;
  if (memoryConflict) {
    conflicts.push({ path: memoryConflict });
  } else {
    set(["domain", "memory", "guest"], itMemory?.["guest"]);
    const overcommit = itMemory?.["overcommitPercent"];
    const guest = parseQuantity(itMemory?.["guest"]);
    if (typeof overcommit === "number" && overcommit > 0 && guest !== void 0) {
      const request = Math.trunc(Math.fround(Number(integerValue(guest)) * Math.fround(1 - Math.fround(overcommit / 100))));
      set(["domain", "resources", "requests", "memory"], String(request));
    }
    if (isSet(itMemory?.["hugepages"])) set(["domain", "memory", "hugepages"], itMemory?.["hugepages"]);
    if (isSet(itMemory?.["maxGuest"])) set(["domain", "memory", "maxGuest"], itMemory?.["maxGuest"]);
  }
  const itCount = record(it["ioThreads"])?.["supplementalPoolThreadCount"];
  if (isSet(itCount)) {
    if (isSet(record(domain?.["ioThreads"])?.["supplementalPoolThreadCount"])) conflicts.push({ path: ["domain", "ioThreads", "supplementalPoolThreadCount"] });
    else set(["domain", "ioThreads", "supplementalPoolThreadCount"], itCount);
  }
  for (const [from, path3] of [["ioThreadsPolicy", ["domain", "ioThreadsPolicy"]], ["launchSecurity", ["domain", "launchSecurity"]]]) {
    if (!isSet(it[from])) continue;
    if (isSet(domain?.[path3[1]])) conflicts.push({ path: path3 });
    else set(path3, it[from]);
  }
  for (const [from, to] of [["gpus", "gpus"], ["hostDevices", "hostDevices"]]) {
    if (asArray(it[from]).length === 0) continue;
    if (asArray(record(domain?.["devices"])?.[to]).length > 0) conflicts.push({ path: ["domain", "devices", to] });
    else set(["domain", "devices", to], it[from]);
  }
  const annotations = record(record(metadata)?.["annotations"]);
  for (const [key, value] of Object.entries(record(it["annotations"]) ?? {})) {
    if (annotations && key in annotations && annotations[key] !== value) conflicts.push({ path: ["metadata", "annotations", key] });
  }
  return conflicts;
}
function vcpusOf(instancetype) {
  const guest = record(instancetype["cpu"])?.["guest"];
  return typeof guest === "number" && Number.isInteger(guest) && guest > 0 ? guest : 0;
}
function guestTopology(vcpus, preference) {
  const out = { sockets: 1, cores: 1, threads: 1 };
  if (vcpus === 1) return out;
  switch (preferredTopology(preference)) {
    case "cores":
      out.cores = vcpus;
      break;
    case "sockets":
    case "any":
      out.sockets = vcpus;
      break;
    case "threads":
      out.threads = vcpus;
      break;
    case "spread": {
      const { ratio, across } = spreadOptions(preference);
      const divide = (a, b) => b === 0 ? 0 : Math.trunc(a / b);
      if (across === "SocketsCores") {
        out.cores = ratio;
        out.sockets = divide(vcpus, ratio);
      } else if (across === "CoresThreads") {
        out.threads = ratio;
        out.cores = divide(vcpus, ratio);
      } else if (across === "SocketsCoresThreads") {
        out.threads = 2;
        out.cores = ratio;
        out.sockets = divide(divide(vcpus, 2), ratio);
      }
      break;
    }
    default:
      break;
  }
  return out;
}
var BINDINGS = ["bridge", "slirp", "masquerade", "sriov", "macvtap", "passt", "passtBinding", "binding"];
var AUTOATTACH = [
  ["preferredAutoattachGraphicsDevice", "autoattachGraphicsDevice"],
  ["preferredAutoattachMemBalloon", "autoattachMemBalloon"],
  ["preferredAutoattachPodInterface", "autoattachPodInterface"],
  ["preferredAutoattachSerialConsole", "autoattachSerialConsole"],
  ["preferredAutoattachInputDevice", "autoattachInputDevice"]
];
var DEVICE_FLAGS = [
  ["preferredUseVirtioTransitional", "useVirtioTransitional"],
  ["preferredBlockMultiQueue", "blockMultiQueue"],
  ["preferredNetworkInterfaceMultiQueue", "networkInterfaceMultiqueue"]
];
var FEATURES = [
  ["preferredApic", "apic"],
  ["preferredKvm", "kvm"],
  ["preferredPvspinlock", "pvspinlock"],
  ["preferredSmm", "smm"]
];
function applyPreference(pref, vmi, applied) {
  const set = (path3, value) => {
    setAt(vmi, path3, structuredClone(value));
    applied.push({ path: path3, from: "preference" });
  };
  const fill = (path3, value, isUnset = (c) => !isSet(c)) => {
    if (isSet(value) && isUnset(getIn(vmi, path3))) set(path3, value);
  };
  const fillString = (path3, value) => {
    if (nonEmpty(value)) fill(path3, value, (c) => !nonEmpty(c));
  };
  const cpuPref = record(pref["cpu"]);
  const preferredFeatures = asArray(cpuPref?.["preferredCPUFeatures"]);
  if (preferredFeatures.length > 0) {
    const existing = asArray(getIn(vmi, ["domain", "cpu", "features"]));
    const names2 = new Set(existing.map((f) => isRecord2(f) ? f["name"] : void 0));
    const added = preferredFeatures.filter((f) => !names2.has(isRecord2(f) ? f["name"] : void 0));
    if (added.length > 0) set(["domain", "cpu", "features"], [...existing, ...added]);
  }
  const devices = record(pref["devices"]);
  if (devices) applyDevicePreferences(devices, vmi, set, fill, fillString);
  const features = record(pref["features"]);
  if (features) {
    if (isSet(features["preferredAcpi"])) set(["domain", "features", "acpi"], features["preferredAcpi"]);
    for (const [from, to] of FEATURES) fill(["domain", "features", to], features[from]);
    const hyperv = record(features["preferredHyperv"]);
    for (const [key, value] of Object.entries(hyperv ?? {})) fill(["domain", "features", "hyperv", key], value);
  }
  const firmware = record(pref["firmware"]);
  if (firmware) applyFirmwarePreferences(firmware, vmi, set);
  fillString(["domain", "machine", "type"], record(pref["machine"])?.["preferredMachineType"]);
  const clock = record(pref["clock"]);
  if (clock) {
    const offset = record(clock["preferredClockOffset"]);
    const current = record(getIn(vmi, ["domain", "clock"]));
    if (offset && !isSet(current?.["utc"]) && !isSet(current?.["timezone"])) {
      for (const [key, value] of Object.entries(offset)) set(["domain", "clock", key], value);
    }
    fill(["domain", "clock", "timer"], clock["preferredTimer"]);
  }
  fillString(["subdomain"], pref["preferredSubdomain"]);
  fill(["terminationGracePeriodSeconds"], pref["preferredTerminationGracePeriodSeconds"]);
  fillString(["architecture"], pref["preferredArchitecture"]);
  fill(["domain", "launchSecurity"], pref["preferredLaunchSecurity"]);
}
function applyDevicePreferences(devices, vmi, set, fill, fillString) {
  const at = (...rest) => ["domain", "devices", ...rest];
  for (const [from, to] of DEVICE_FLAGS) fill(at(to), devices[from]);
  if (isSet(devices["preferredDisableHotplug"])) set(at("disableHotplug"), devices["preferredDisableHotplug"]);
  if (isRecord2(getIn(vmi, at("sound")))) fillString(at("sound", "model"), devices["preferredSoundModel"]);
  fill(at("rng"), devices["preferredRng"]);
  fill(at("tpm"), devices["preferredTPM"]);
  if (isSet(devices["preferredVideoType"])) fillString(at("video", "type"), devices["preferredVideoType"]);
  for (const [from, to] of AUTOATTACH) fill(at(to), devices[from]);
  asArray(getIn(vmi, at("disks"))).forEach((disk, i) => {
    if (!isRecord2(disk)) return;
    if (!isSet(disk["disk"]) && !isSet(disk["cdrom"]) && !isSet(disk["lun"])) set(at("disks", i, "disk"), {});
    if (isRecord2(disk["disk"])) {
      fillString(at("disks", i, "disk", "bus"), devices["preferredDiskBus"]);
      fill(at("disks", i, "blockSize"), devices["preferredDiskBlockSize"]);
      fillString(at("disks", i, "cache"), devices["preferredDiskCache"]);
      fillString(at("disks", i, "io"), devices["preferredDiskIO"]);
      if (getIn(vmi, at("disks", i, "disk", "bus")) === "virtio") fill(at("disks", i, "dedicatedIOThread"), devices["preferredDiskDedicatedIoThread"]);
    } else if (isRecord2(disk["cdrom"])) {
      fillString(at("disks", i, "cdrom", "bus"), devices["preferredCdromBus"]);
    } else if (isRecord2(disk["lun"])) {
      fillString(at("disks", i, "lun", "bus"), devices["preferredLunBus"]);
    }
  });
  const podNetworks = new Map(asArray(vmi["networks"]).flatMap((n) => isRecord2(n) && typeof n["name"] === "string" ? [[n["name"], isSet(n["pod"])]] : []));
  asArray(getIn(vmi, at("interfaces"))).forEach((iface, i) => {
    if (!isRecord2(iface)) return;
    fillString(at("interfaces", i, "model"), devices["preferredInterfaceModel"]);
    const name = asString(iface["name"]);
    if (isSet(devices["preferredInterfaceMasquerade"]) && BINDINGS.every((b) => !isSet(iface[b])) && name !== void 0 && podNetworks.get(name) === true) {
      set(at("interfaces", i, "masquerade"), devices["preferredInterfaceMasquerade"]);
    }
  });
  asArray(getIn(vmi, at("inputs"))).forEach((input, i) => {
    if (!isRecord2(input)) return;
    fillString(at("inputs", i, "bus"), devices["preferredInputBus"]);
    fillString(at("inputs", i, "type"), devices["preferredInputType"]);
  });
  const panicModel = devices["preferredPanicDeviceModel"];
  if (isSet(panicModel)) {
    const panics = asArray(getIn(vmi, at("panicDevices")));
    if (panics.length === 0) set(at("panicDevices"), [{ model: panicModel }]);
    else panics.forEach((p, i) => isRecord2(p) && fill(at("panicDevices", i, "model"), panicModel));
  }
}
function applyFirmwarePreferences(firmware, vmi, set) {
  const bootloader = () => record(getIn(vmi, ["domain", "firmware", "bootloader"]));
  const noLoader = () => !isSet(bootloader()?.["bios"]) && !isSet(bootloader()?.["efi"]);
  const path3 = (...rest) => ["domain", "firmware", "bootloader", ...rest];
  if (firmware["preferredUseBios"] === true && noLoader()) set(path3("bios"), {});
  if (isSet(firmware["preferredUseBiosSerial"]) && isRecord2(bootloader()?.["bios"]) && !isSet(record(bootloader()?.["bios"])?.["useSerial"])) {
    set(path3("bios", "useSerial"), firmware["preferredUseBiosSerial"]);
  }
  if (noLoader() && isSet(firmware["preferredEfi"])) {
    set(path3("efi"), firmware["preferredEfi"]);
    return;
  }
  if (firmware["preferredUseEfi"] === true && noLoader()) set(path3("efi"), {});
  if (isSet(firmware["preferredUseSecureBoot"]) && isRecord2(bootloader()?.["efi"]) && !isSet(record(bootloader()?.["efi"])?.["secureBoot"])) {
    set(path3("efi", "secureBoot"), firmware["preferredUseSecureBoot"]);
  }
}
function record(value) {
  return isRecord2(value) ? value : void 0;
}
function child2(parent, key) {
  const value = parent[key];
  return isRecord2(value) ? value : void 0;
}
function nonEmpty(value) {
  return typeof value === "string" && value !== "";
}
function nonZero(value) {
  return typeof value === "number" && value !== 0;
}
function hasKey(map, key) {
  return isRecord2(map) && key in map && map[key] !== void 0;
}
function getIn(root, path3) {
  let node = root;
  for (const key of path3) {
    if (Array.isArray(node) && typeof key === "number") node = node[key];
    else if (isRecord2(node) && typeof key === "string") node = node[key];
    else return void 0;
  }
  return node;
}
function setAt(root, path3, value) {
  let node = root;
  for (let i = 0; i < path3.length - 1; i++) {
    const key = path3[i];
    if (Array.isArray(node) && typeof key === "number") {
      node = node[key];
      continue;
    }
    if (!isRecord2(node) || typeof key !== "string") return;
    if (node[key] === void 0 || node[key] === null) node[key] = {};
    node = node[key];
  }
  const last = path3[path3.length - 1];
  if (Array.isArray(node) && typeof last === "number") node[last] = value;
  else if (isRecord2(node) && typeof last === "string") node[last] = value;
}

// rules/instancetype-conflicts.ts
var CPU_FIELDS = /* @__PURE__ */ new Set(["sockets", "cores", "threads"]);
var instancetype_conflicts_default = defineRule({
  meta: {
    id: "instancetype-conflicts",
    type: "problem",
    description: "A VirtualMachine may not set what its instancetype provides (vCPUs, memory, and the fields both set)",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachine", "VirtualMachinePool"],
    catalog: ["instancetype-conflict"],
    messages: {
      conflict: '{{field}} is set here, but the instancetype {{instancetype}} provides {{what}}: KubeVirt rejects {{subject}} when the instancetype exists ("VM field(s) {{field}} conflicts with selected instance type"). Remove {{field}} from the template, or drop spec.instancetype and size the VM yourself.',
      annotation: "Annotation {{key}} is {{value}} here, but the instancetype {{instancetype}} sets it to {{wanted}}: KubeVirt rejects {{subject}} when the instancetype exists. Remove the annotation from the template or give it the instancetype's value."
    }
  },
  check(ctx) {
    const expansion = ctx.expansion;
    if (expansion?.instancetype === void 0 || expansion.conflicts.length === 0) return;
    const { instancetype } = expansion;
    const subject2 = ctx.kind === "VirtualMachinePool" ? "every VirtualMachine this pool creates" : "the VirtualMachine";
    const severity = instancetype.source === THIS_FILE ? void 0 : "warning";
    const templatePath = expansion.specPath.slice(0, -1);
    for (const { path: path3 } of expansion.conflicts) {
      if (path3[0] === "metadata") {
        const key = String(path3[2]);
        ctx.report({
          path: [...templatePath, ...path3],
          messageId: "annotation",
          data: {
            key,
            value: quote(digPath(ctx.object, [...templatePath, "metadata", "annotations", key])),
            wanted: quote(dig(instancetype.spec, "annotations", key)),
            instancetype: describeResolved(instancetype),
            subject: subject2
          },
          ...severity ? { severity } : {}
        });
        continue;
      }
      const field = formatPath(path3);
      ctx.report({
        path: [...expansion.specPath, ...path3],
        target: "key",
        messageId: "conflict",
        data: { field, what: provides(path3, instancetype.spec), instancetype: describeResolved(instancetype), subject: subject2 },
        ...severity ? { severity } : {}
      });
    }
  }
});
function provides(path3, spec) {
  const last = String(path3[path3.length - 1]);
  const cpuCount = `the vCPUs (${vcpusOf(spec)}) and their topology`;
  if (path3[1] === "resources") return last === "cpu" ? cpuCount : `the guest memory (${quote(dig(spec, "memory", "guest"))})`;
  if (path3[1] === "cpu" && CPU_FIELDS.has(last)) return cpuCount;
  if (path3[1] === "memory" && last === "guest") return `the guest memory (${quote(dig(spec, "memory", "guest"))})`;
  return `its own ${last}`;
}

// rules/instancetype-matchers.ts
var MATCHERS = [
  { key: "instancetype", label: "instancetype", ids: ["instancetype-matcher-name-or-infer", "instancetype-matcher-infer-exclusive", "instancetype-infer-failure-policy"] },
  { key: "preference", label: "preference", ids: ["preference-matcher-name-or-infer", "preference-matcher-infer-exclusive", "preference-infer-failure-policy"] }
];
var instancetype_matchers_default = defineRule({
  meta: {
    id: "instancetype-matchers",
    type: "problem",
    description: "spec.instancetype and spec.preference need a name or inferFromVolume (not both), and a failure policy of Ignore or Reject",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachine", "VirtualMachinePool"],
    catalog: MATCHERS.flatMap((m) => m.ids),
    messages: {
      nameOrInfer: "spec.{{matcher}} names no {{matcher}}: set `name` (with `kind` when it is not the cluster-wide one), or `inferFromVolume` with the name of the volume whose labels name it.",
      inferWithName: "spec.{{matcher}} sets both inferFromVolume and {{field}}: KubeVirt fills in {{field}} itself from the volume's labels. Remove `{{field}}`, or remove `inferFromVolume`.",
      failurePolicy: "inferFromVolumeFailurePolicy {{value}} is not one KubeVirt knows. Use `Reject` (the default: the VM is rejected when nothing can be inferred) or `Ignore`."
    }
  },
  check(ctx) {
    const at = vmSpecOf(ctx.kind, ctx.object);
    if (at === void 0) return;
    for (const { key, label } of MATCHERS) {
      const matcher = at.spec[key];
      if (isRecord2(matcher)) checkMatcher(ctx, matcher, [...at.path, key], label);
    }
  }
});
function checkMatcher(ctx, matcher, path3, label) {
  const name = asString(matcher["name"]) ?? "";
  const infer = asString(matcher["inferFromVolume"]) ?? "";
  if (name === "" && infer === "") {
    ctx.report({ path: path3, target: "key", messageId: "nameOrInfer", data: { matcher: label } });
  }
  if (infer !== "") {
    for (const field of ["name", "kind"]) {
      const value = asString(matcher[field]) ?? "";
      if (value !== "") ctx.report({ path: [...path3, field], target: "key", messageId: "inferWithName", data: { matcher: label, field } });
    }
  }
  const policy = matcher["inferFromVolumeFailurePolicy"];
  if (!isSet(policy) || typeof policy !== "string" || isTemplated(ctx, policy)) return;
  if (policy === "Ignore" || policy === "Reject") return;
  ctx.report({ path: [...path3, "inferFromVolumeFailurePolicy"], messageId: "failurePolicy", data: { value: `'${policy}'` } });
}

// rules/instancetype-spec.ts
var instancetype_spec_default = defineRule({
  meta: {
    id: "instancetype-spec",
    type: "problem",
    description: "An instance type may not overcommit memory backed by hugepages; launchSecurity in an instance type is deprecated",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachineInstancetype", "VirtualMachineClusterInstancetype"],
    catalog: ["instancetype-overcommit-hugepages", "warn-instancetype-launchsecurity"],
    messages: {
      overcommitWithHugepages: "memory.overcommitPercent ({{percent}}) and memory.hugepages cannot be requested together: hugepages cannot be overcommitted. Remove overcommitPercent, or remove hugepages.",
      launchSecurityDeprecated: "launchSecurity in an instance type is deprecated and will be removed in a future KubeVirt release (KubeVirt warns on every apply). Move it to a preference as `preferredLaunchSecurity`."
    }
  },
  check(ctx) {
    const spec = ctx.object["spec"];
    if (!isRecord2(spec)) return;
    const memory = spec["memory"];
    const percent = dig(memory, "overcommitPercent");
    if (typeof percent === "number" && percent !== 0 && isSet(dig(memory, "hugepages"))) {
      ctx.report({ path: ["spec", "memory", "overcommitPercent"], messageId: "overcommitWithHugepages", data: { percent } });
    }
    if (isSet(spec["launchSecurity"])) {
      ctx.report({ path: ["spec", "launchSecurity"], target: "key", messageId: "launchSecurityDeprecated", severity: "warning" });
    }
  }
});

// rules/memory-hotplug.ts
var ALIGN_2MI = 2n << 20n;
var ALIGN_1GI = 1n << 30n;
var MIN_GUEST = 1n << 30n;
var memory_hotplug_default = defineRule({
  meta: {
    id: "memory-hotplug",
    type: "problem",
    description: "A VirtualMachine with memory.maxGuest must be able to hotplug memory (amd64, guest memory of at least 1Gi, aligned, not above maxGuest, and no realtime, NUMA passthrough or launch security)",
    level: "error",
    scope: "instance-spec",
    catalog: ["vm-memory-hotplug-compat"],
    messages: {
      incompatible: "memory.maxGuest enables memory hotplug, which is not compatible with {{feature}} ({{field}}). Remove maxGuest, or remove {{field}}.",
      guestMissing: "memory.maxGuest enables memory hotplug, which needs the guest memory: set domain.memory.guest (or resources.requests.memory).",
      guestAboveMax: "Guest memory {{guest}} is greater than memory.maxGuest {{maxGuest}}. Raise maxGuest to at least {{guest}}, or lower the guest memory.",
      notAligned: "{{what}} {{value}} must be a multiple of {{alignment}} for memory hotplug{{why}}. Use e.g. {{suggestion}}.",
      notAmd64: "Memory hotplug (memory.maxGuest) is only available for amd64 (x86_64) VMs, and this one is {{arch}}. Remove maxGuest.",
      poolArch: "Memory hotplug (memory.maxGuest) is only available for amd64 VMs, and the pool admitter validates the template without defaults, so it needs `architecture: amd64` written in the template. Add it, or remove maxGuest.",
      tooSmall: "Memory hotplug (memory.maxGuest) needs at least 1Gi of guest memory, and this VM has {{guest}}. Give it 1Gi or more, or remove maxGuest."
    }
  },
  check(ctx) {
    const holder = holderVmSpec(ctx);
    if (holder === void 0) return;
    const maxGuestRaw = dig(ctx.spec, "domain", "memory", "maxGuest");
    if (!isSet(maxGuestRaw) || isTemplated(ctx, maxGuestRaw)) return;
    const maxGuest = parseQuantity(maxGuestRaw);
    if (maxGuest === void 0) return;
    const maxGuestPath = ["domain", "memory", "maxGuest"];
    const isPool = ctx.kind === "VirtualMachinePool";
    const spec = isPool ? ctx.spec : ctx.normalized;
    const fromInstancetype = !isPool && isSet(holder.spec["instancetype"]);
    const archFromPreference = !isPool && isSet(holder.spec["preference"]) && !isSet(ctx.spec["architecture"]);
    const incompatible = [
      [dig(spec, "domain", "cpu", "realtime"), "realtime VMs", "domain.cpu.realtime"],
      [dig(spec, "domain", "cpu", "numa", "guestMappingPassthrough"), "guest mapping passthrough", "domain.cpu.numa.guestMappingPassthrough"],
      [dig(spec, "domain", "launchSecurity"), "encrypted VMs", "domain.launchSecurity"]
    ];
    for (const [value, feature, field] of incompatible) {
      if (isSet(value)) {
        ctx.report({ path: maxGuestPath, target: "key", messageId: "incompatible", data: { feature, field } });
        return;
      }
    }
    const pageSize = dig(spec, "domain", "memory", "hugepages", "pageSize");
    const alignment = has(dig(spec, "domain", "memory"), "hugepages") && pageSize === "1Gi" ? ALIGN_1GI : ALIGN_2MI;
    const guestRaw = dig(spec, "domain", "memory", "guest");
    if (isTemplated(ctx, guestRaw)) return;
    if (fromInstancetype) {
      checkAlignmentAndArch(ctx, maxGuest, maxGuestRaw, alignment, spec, isPool, archFromPreference);
      return;
    }
    const guest = isSet(guestRaw) ? parseQuantity(guestRaw) : void 0;
    if (!isSet(guestRaw)) {
      ctx.report({ path: maxGuestPath, target: "key", messageId: "guestMissing" });
      return;
    }
    if (guest === void 0) return;
    const guestWritten = isSet(dig(ctx.spec, "domain", "memory", "guest"));
    const guestPath = guestWritten ? ["domain", "memory", "guest"] : maxGuestPath;
    const guestText = typeof guestRaw === "string" ? guestRaw : String(guestRaw);
    const maxText = typeof maxGuestRaw === "string" ? maxGuestRaw : String(maxGuestRaw);
    if (compare(guest, maxGuest) > 0) {
      ctx.report({ path: guestPath, messageId: "guestAboveMax", data: { guest: guestText, maxGuest: maxText } });
      return;
    }
    const why = alignment === ALIGN_1GI ? " with 1Gi hugepages" : "";
    const guestBytes = integerValue(guest);
    if (guestBytes % alignment !== 0n) {
      ctx.report({ path: guestPath, messageId: "notAligned", data: { what: "Guest memory", value: guestText, alignment: formatBytes(alignment), why, suggestion: suggest(guestBytes, alignment) } });
      return;
    }
    if (!checkAlignmentAndArch(ctx, maxGuest, maxGuestRaw, alignment, spec, isPool, archFromPreference)) return;
    if (guestBytes < MIN_GUEST) {
      ctx.report({ path: guestPath, messageId: "tooSmall", data: { guest: guestText } });
    }
  }
});
var MAX_GUEST_PATH = ["domain", "memory", "maxGuest"];
function checkAlignmentAndArch(ctx, maxGuest, maxGuestRaw, alignment, spec, isPool, archFromPreference) {
  const maxBytes = integerValue(maxGuest);
  if (maxBytes % alignment !== 0n) {
    const why = alignment === ALIGN_1GI ? " with 1Gi hugepages" : "";
    const value = typeof maxGuestRaw === "string" ? maxGuestRaw : String(maxGuestRaw);
    ctx.report({ path: MAX_GUEST_PATH, messageId: "notAligned", data: { what: "memory.maxGuest", value, alignment: formatBytes(alignment), why, suggestion: suggest(maxBytes, alignment) } });
    return false;
  }
  const arch = spec["architecture"];
  if (arch === "amd64" || archFromPreference) return true;
  if (typeof arch === "string" && isTemplated(ctx, arch)) return false;
  if (isPool && !isSet(arch)) ctx.report({ path: MAX_GUEST_PATH, target: "key", messageId: "poolArch" });
  else ctx.report({ path: MAX_GUEST_PATH, target: "key", messageId: "notAmd64", data: { arch: typeof arch === "string" ? arch : String(arch) } });
  return false;
}
function suggest(bytes, alignment) {
  const up = bytes <= 0n ? alignment : (bytes + alignment - 1n) / alignment * alignment;
  return formatBytes(up);
}

// rules/migration-spec.ts
var migration_spec_default = defineRule({
  meta: {
    id: "migration-spec",
    type: "problem",
    description: "A VirtualMachineInstanceMigration needs vmiName, may not set priority, and sendTo/receive need the DecentralizedLiveMigration gate and one migrationID",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachineInstanceMigration"],
    catalog: ["migration-vmi-name-required", "migration-priority-controller-only", "migration-decentralized-gate", "migration-id-match"],
    messages: {
      vmiNameMissing: "spec.vmiName is missing: name the VirtualMachineInstance to migrate (the VM of the same name).",
      priority: "spec.priority is reserved for KubeVirt: only virt-controller may set it (it queues the migrations it creates itself), so KubeVirt rejects this migration. Remove priority.",
      decentralizedGate: "{{field}} makes this a decentralized (cross-cluster) live migration, which needs the DecentralizedLiveMigration feature gate: {{hint}}.",
      idMismatch: "spec.sendTo.migrationID '{{sendTo}}' does not match spec.receive.migrationID '{{receive}}': both sides of a decentralized migration use the same id. Make them equal."
    }
  },
  check(ctx) {
    const spec = ctx.object["spec"];
    if (!isRecord2(spec)) return;
    const vmiName = spec["vmiName"];
    if (!isSet(vmiName) || vmiName === "") ctx.report({ path: isSet(vmiName) ? ["spec", "vmiName"] : ["spec"], target: "key", messageId: "vmiNameMissing" });
    if (isSet(spec["priority"])) ctx.report({ path: ["spec", "priority"], target: "key", messageId: "priority" });
    const sendTo = spec["sendTo"];
    const receive = spec["receive"];
    if (!isSet(sendTo) && !isSet(receive)) return;
    if (!isFeatureGateEnabled(ctx.settings, "DecentralizedLiveMigration")) {
      const field = isSet(sendTo) ? "spec.sendTo" : "spec.receive";
      ctx.report({ path: ["spec", isSet(sendTo) ? "sendTo" : "receive"], target: "key", messageId: "decentralizedGate", data: { field, hint: featureGateHint("DecentralizedLiveMigration") }, ...gateSeverity(ctx.settings) });
      return;
    }
    if (!isSet(sendTo) || !isSet(receive)) return;
    const sendId = asString(dig(sendTo, "migrationID"));
    const receiveId = asString(dig(receive, "migrationID"));
    if (sendId === void 0 || receiveId === void 0 || sendId === receiveId) return;
    if (isTemplated(ctx, sendId) || isTemplated(ctx, receiveId)) return;
    ctx.report({ path: ["spec", "receive", "migrationID"], messageId: "idMismatch", data: { sendTo: sendId, receive: receiveId } });
  }
});

// rules/pool-update-strategy.ts
var STRATEGIES = ["unmanaged", "opportunistic", "proactive"];
var INT32_MAX = 2 ** 31 - 1;
var ATOI = /^[+-]?\d+$/;
var pool_update_strategy_default = defineRule({
  meta: {
    id: "pool-update-strategy",
    type: "problem",
    description: "A VirtualMachinePool's maxUnavailable must be a positive number or a percentage from 1% to 100%, and its update and scale-in strategies may each name only one strategy",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachinePool"],
    catalog: ["vmpool-max-unavailable", "vmpool-single-strategy"],
    messages: {
      percentSuffix: "maxUnavailable {{value}} is a string, so KubeVirt reads it as a percentage, and it must end with '%'. Write `maxUnavailable: {{number}}` (a number of VMs, without quotes) or `maxUnavailable: \"{{number}}%\"`.",
      percentInvalid: 'maxUnavailable {{value}} is not a whole-number percentage. Write a percentage from 1% to 100% such as "25%", or a number of VMs.',
      percentRange: "maxUnavailable {{value}} must be a percentage from 1% to 100%.",
      notPositive: "maxUnavailable {{value}} must be greater than 0: it is how many VMs the pool may take down at once. Use at least 1.",
      multipleStrategies: "{{strategy}} configures {{found}}, but only one strategy can be configured at a time. Keep one of them and remove the others."
    }
  },
  check(ctx) {
    const spec = ctx.object["spec"];
    if (!isRecord2(spec)) return;
    const maxUnavailable = spec["maxUnavailable"];
    const path3 = ["spec", "maxUnavailable"];
    if (typeof maxUnavailable === "string" && !isTemplated(ctx, maxUnavailable)) {
      const value = `'${maxUnavailable}'`;
      if (!maxUnavailable.endsWith("%")) {
        const number = ATOI.test(maxUnavailable) ? String(Number(maxUnavailable)) : "1";
        ctx.report({ path: path3, messageId: "percentSuffix", data: { value, number } });
      } else {
        const digits = maxUnavailable.slice(0, -1);
        if (!ATOI.test(digits)) ctx.report({ path: path3, messageId: "percentInvalid", data: { value } });
        else if (Number(digits) <= 0 || Number(digits) > 100) ctx.report({ path: path3, messageId: "percentRange", data: { value } });
      }
    } else if (typeof maxUnavailable === "number" && Number.isInteger(maxUnavailable) && maxUnavailable <= INT32_MAX && maxUnavailable <= 0) {
      ctx.report({ path: path3, messageId: "notPositive", data: { value: maxUnavailable } });
    }
    for (const key of ["updateStrategy", "scaleInStrategy"]) {
      const strategy = spec[key];
      if (!isRecord2(strategy)) continue;
      const found = STRATEGIES.filter((s) => isSet(strategy[s]));
      if (found.length < 2) continue;
      ctx.report({ path: ["spec", key, found[1]], target: "key", messageId: "multipleStrategies", data: { strategy: `spec.${key}`, found: found.join(", ") } });
    }
  }
});

// rules/preference-cpu-topology.ts
var ACROSS = ["SocketsCores", "SocketsCoresThreads", "CoresThreads"];
var preference_cpu_topology_default = defineRule({
  meta: {
    id: "preference-cpu-topology",
    type: "problem",
    description: "A preference's preferredCPUTopology must be one KubeVirt knows, and its spread options must be supported; the prefer* topology names are deprecated",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachinePreference", "VirtualMachineClusterPreference"],
    catalog: ["preference-topology-known", "preference-spread-across", "preference-spread-coresthreads-ratio", "warn-preference-deprecated-topology"],
    fixable: true,
    messages: {
      unknownTopology: "preferredCPUTopology {{value}} is not one KubeVirt knows. Use one of sockets, cores, threads, spread or any.",
      unknownAcross: "spreadOptions.across {{value}} is not supported. Use SocketsCores (the default), SocketsCoresThreads or CoresThreads.",
      coresThreadsRatio: "Spreading vCPUs across CoresThreads allows only a ratio of 2 (1 core, 2 threads), and the ratio here is {{ratio}}{{source}}. Set `ratio: 2` under spreadOptions, or spread across SocketsCores.",
      deprecatedTopology: "preferredCPUTopology {{value}} is deprecated and will be removed in a future KubeVirt release (KubeVirt warns on every apply). Use `{{replacement}}` instead."
    }
  },
  check(ctx) {
    const spec = ctx.object["spec"];
    if (!isRecord2(spec)) return;
    const cpu = spec["cpu"];
    const topology = dig(cpu, "preferredCPUTopology");
    if (typeof topology !== "string" || isTemplated(ctx, topology)) return;
    const topologyPath = ["spec", "cpu", "preferredCPUTopology"];
    const replacement = DEPRECATED_TOPOLOGIES[topology];
    if (replacement !== void 0) {
      ctx.report({
        path: topologyPath,
        messageId: "deprecatedTopology",
        data: { value: `'${topology}'`, replacement },
        severity: "warning",
        // KubeVirt treats each prefer* name exactly as its replacement.
        fix: [{ op: "set", path: topologyPath, value: replacement }]
      });
    } else if (!TOPOLOGIES.includes(topology)) {
      ctx.report({ path: topologyPath, messageId: "unknownTopology", data: { value: `'${topology}'` } });
      return;
    }
    if (topology !== "spread" && topology !== "preferSpread") return;
    const options = dig(cpu, "spreadOptions");
    const across = dig(options, "across");
    if (isSet(across)) {
      if (typeof across !== "string" || isTemplated(ctx, across)) return;
      if (!ACROSS.includes(across)) {
        ctx.report({ path: ["spec", "cpu", "spreadOptions", "across"], messageId: "unknownAcross", data: { value: `'${across}'` } });
        return;
      }
    }
    if (across !== "CoresThreads") return;
    const ratio = dig(options, "ratio");
    const legacy = spec["preferSpreadSocketToCoreRatio"];
    let effective = 2;
    let source = "";
    if (isSet(ratio)) {
      effective = ratio;
    } else if (typeof legacy === "number" && legacy !== 0) {
      effective = legacy;
      source = " (from spec.preferSpreadSocketToCoreRatio)";
    }
    if (typeof effective !== "number" || !Number.isInteger(effective) || effective === 2) return;
    const path3 = isSet(ratio) ? ["spec", "cpu", "spreadOptions", "ratio"] : ["spec", "preferSpreadSocketToCoreRatio"];
    ctx.report({ path: path3, messageId: "coresThreadsRatio", data: { ratio: effective, source } });
  }
});

// rules/preference-requirements.ts
var preference_requirements_default = defineRule({
  meta: {
    id: "preference-requirements",
    type: "problem",
    description: "A VirtualMachine must meet its preference's requirements (vCPUs, memory, architecture), and its instancetype's vCPUs must spread as the preference asks",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachine", "VirtualMachinePool"],
    catalog: ["preference-requirements", "preference-spread-divisible"],
    messages: {
      cpuFromInstancetype: "The preference {{preference}} requires at least {{required}} vCPUs, but the instancetype {{instancetype}} provides {{provided}}: KubeVirt rejects {{subject}}. Choose a larger instancetype, or another preference.",
      cpuFromVm: "The preference {{preference}} requires at least {{required}} vCPUs as {{as}}, but the template gives {{provided}}{{defaulted}}: KubeVirt rejects {{subject}}. Set domain.cpu.{{field}} to at least {{required}}, or use an instancetype.",
      memoryFromInstancetype: "The preference {{preference}} requires at least {{required}} of memory, but the instancetype {{instancetype}} provides {{provided}}: KubeVirt rejects {{subject}}. Choose a larger instancetype, or another preference.",
      memoryFromVm: "The preference {{preference}} requires at least {{required}} of guest memory, but the template gives {{provided}}: KubeVirt rejects {{subject}}. Set domain.memory.guest (or domain.resources.requests.memory) to at least {{required}}.",
      architecture: "The preference {{preference}} requires architecture {{required}}, but the VirtualMachine asks for {{actual}}{{how}}: KubeVirt rejects {{subject}}. Set spec.template.spec.architecture to {{required}}, or use a preference for {{actual}}.",
      spreadNotDivisible: "The instancetype {{instancetype}} has {{vcpus}} vCPUs, which the preference {{preference}} cannot spread across {{across}} ({{divisor}}): KubeVirt rejects {{subject}}. Choose an instancetype whose vCPUs are a multiple of {{multiple}}, or a preference with another ratio."
    }
  },
  check(ctx) {
    const expansion = ctx.expansion;
    const preference = expansion?.preference;
    if (expansion === void 0 || preference === void 0 || expansion.conflicts.length > 0) return;
    const subject2 = ctx.kind === "VirtualMachinePool" ? "every VirtualMachine this pool creates" : "the VirtualMachine";
    checkSpread(ctx, expansion, subject2);
    const requirements = dig(preference.spec, "requirements");
    if (!isSet(requirements)) return;
    const normalized = normalizeInstanceSpec(expansion.spec, "VirtualMachine", ctx.settings.arch);
    checkCpu(ctx, expansion, normalized, subject2);
    checkMemory(ctx, expansion, normalized, subject2);
    checkArchitecture(ctx, expansion, subject2);
  }
});
function names(expansion) {
  return {
    preference: expansion.preference ? describeResolved(expansion.preference) : "",
    instancetype: expansion.instancetype ? describeResolved(expansion.instancetype) : ""
  };
}
function checkSpread(ctx, expansion, subject2) {
  const { instancetype, preference } = expansion;
  if (instancetype === void 0 || preference === void 0 || preferredTopology(preference.spec) !== "spread") return;
  const { ratio, across } = spreadOptions(preference.spec);
  const vcpus = vcpusOf(instancetype.spec);
  let divisor;
  let multiple = ratio;
  if (across === "SocketsCores" && (ratio === 0 || vcpus % ratio > 0)) divisor = `a ratio of ${ratio} cores per socket`;
  else if (across === "CoresThreads" && (ratio === 0 || vcpus % ratio > 0)) divisor = `${ratio} threads per core`;
  else if (across === "SocketsCoresThreads" && (ratio === 0 || vcpus % 2 > 0 || Math.trunc(vcpus / 2) % ratio > 0)) {
    divisor = `2 threads per core and a ratio of ${ratio} cores per socket`;
    multiple = 2 * ratio;
  }
  if (divisor === void 0) return;
  ctx.report({
    path: [...expansion.vmSpecPath, "instancetype"],
    target: "key",
    messageId: "spreadNotDivisible",
    data: { ...names(expansion), vcpus, across, divisor, multiple, subject: subject2 }
  });
}
function checkCpu(ctx, expansion, normalized, subject2) {
  const preference = expansion.preference;
  const required = dig(preference.spec, "requirements", "cpu", "guest");
  if (typeof required !== "number" || !Number.isInteger(required) || required <= 0) return;
  if (expansion.instancetype) {
    const provided2 = vcpusOf(expansion.instancetype.spec);
    if (provided2 < required) {
      ctx.report({ path: [...expansion.vmSpecPath, "instancetype"], target: "key", messageId: "cpuFromInstancetype", data: { ...names(expansion), required, provided: provided2, subject: subject2 } });
    }
    return;
  }
  const cpu = dig(normalized, "domain", "cpu");
  const count = (key) => countField(cpu, key) ?? 0;
  const topology = preferredTopology(preference.spec);
  let fields;
  let provided;
  switch (topology) {
    case "threads":
    case "cores":
    case "sockets":
      fields = [topology];
      provided = count(topology);
      break;
    case "spread": {
      const { across } = spreadOptions(preference.spec);
      fields = across === "CoresThreads" ? ["cores", "threads"] : across === "SocketsCoresThreads" ? ["sockets", "cores", "threads"] : ["sockets", "cores"];
      provided = fields.reduce((product, key) => product * count(key), 1);
      break;
    }
    case "any":
      fields = ["cores", "sockets", "threads"];
      provided = count("cores") * count("sockets") * count("threads");
      break;
    default:
      return;
  }
  if (provided >= required) return;
  const written = dig(expansion.spec, "domain", "cpu", fields[0]);
  ctx.report({
    path: [...expansion.specPath, "domain", "cpu", ...isSet(written) ? [fields[0]] : []],
    target: "key",
    messageId: "cpuFromVm",
    data: { ...names(expansion), required, provided, as: fields.join(" \xD7 "), field: fields[0], defaulted: isSet(written) ? "" : " (KubeVirt defaults the topology to 1 socket, 1 core, 1 thread)", subject: subject2 }
  });
}
function checkMemory(ctx, expansion, normalized, subject2) {
  const raw = dig(expansion.preference.spec, "requirements", "memory", "guest");
  const required = parseQuantity(raw);
  if (required === void 0) return;
  const guestRaw = dig(normalized, "domain", "memory", "guest");
  const provided = parseQuantity(isSet(guestRaw) ? guestRaw : "0");
  if (provided === void 0 || compare(provided, required) >= 0) return;
  const shown = isSet(guestRaw) ? quote(guestRaw) : "none";
  if (expansion.instancetype) {
    ctx.report({ path: [...expansion.vmSpecPath, "instancetype"], target: "key", messageId: "memoryFromInstancetype", data: { ...names(expansion), required: quote(raw), provided: shown, subject: subject2 } });
    return;
  }
  ctx.report({ path: [...expansion.specPath, "domain", "memory"], target: "key", messageId: "memoryFromVm", data: { ...names(expansion), required: quote(raw), provided: shown, subject: subject2 } });
}
function checkArchitecture(ctx, expansion, subject2) {
  const required = dig(expansion.preference.spec, "requirements", "architecture");
  if (typeof required !== "string") return;
  const declared = dig(expansion.spec, "architecture");
  const actual = typeof declared === "string" && declared !== "" ? declared : ctx.settings.arch;
  if (actual === required) return;
  const written = digPath(ctx.object, [...expansion.specPath, "architecture"]);
  const how = typeof written === "string" && written !== "" ? "" : typeof declared === "string" && declared !== "" ? " (from the preference)" : " (the cluster architecture, settings.arch / --arch)";
  ctx.report({
    path: [...expansion.specPath, ...isSet(written) ? ["architecture"] : []],
    target: "key",
    messageId: "architecture",
    data: { ...names(expansion), required: quote(required), actual: quote(actual), how, subject: subject2 }
  });
}

// rules/run-strategy.ts
var RUN_STRATEGIES = ["Always", "RerunOnFailure", "Manual", "Halted", "Once"];
var BY_LOWER = new Map([...RUN_STRATEGIES, "WaitAsReceiver"].map((s) => [s.toLowerCase(), s]));
var run_strategy_default = defineRule({
  meta: {
    id: "run-strategy",
    type: "problem",
    description: "A VirtualMachine needs exactly one of runStrategy and the deprecated running, and runStrategy must be one KubeVirt knows",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachine", "VirtualMachinePool"],
    catalog: ["vm-running-vs-runstrategy", "vm-runstrategy-required", "vm-runstrategy-valid", "vm-runstrategy-waitasreceiver-gate", "vm-running-deprecated"],
    fixable: true,
    messages: {
      bothSet: "running and runStrategy are both set, and KubeVirt accepts only one of them. Remove `running` (deprecated) and keep `runStrategy: {{runStrategy}}`.",
      missing: "Neither runStrategy nor running is set, and KubeVirt has no default: the VirtualMachine is rejected. Add `runStrategy: Always` (start it and keep it running) or `runStrategy: Halted` (keep it stopped) under this spec.",
      invalid: "runStrategy {{value}} is not one KubeVirt knows{{suggestion}}. Use one of Always, RerunOnFailure, Manual, Halted or Once.",
      waitAsReceiverGate: "runStrategy WaitAsReceiver needs the DecentralizedLiveMigration feature gate: {{hint}}. Use another run strategy (Always, RerunOnFailure, Manual, Halted or Once), or enable the gate.",
      runningDeprecated: "running is deprecated, and KubeVirt answers every apply of this VirtualMachine with a warning. Replace `running: {{running}}` with `runStrategy: {{replacement}}`."
    }
  },
  check(ctx) {
    const at = vmSpecOf(ctx.kind, ctx.object);
    if (at === void 0) return;
    const { spec, path: path3 } = at;
    const running = spec["running"];
    const runStrategy = spec["runStrategy"];
    const hasRunning = isSet(running);
    const hasStrategy = isSet(runStrategy);
    if (hasRunning && hasStrategy) {
      ctx.report({ path: [...path3, "running"], target: "key", messageId: "bothSet", data: { runStrategy: String(runStrategy) }, fix: [{ op: "delete", path: [...path3, "running"] }] });
    } else if (!hasRunning && !hasStrategy) {
      ctx.report({ path: path3, target: "key", messageId: "missing" });
    } else if (hasRunning && typeof running === "boolean") {
      const replacement = running ? "Always" : "Halted";
      ctx.report({
        path: [...path3, "running"],
        target: "key",
        messageId: "runningDeprecated",
        data: { running: String(running), replacement },
        severity: "warning",
        // KubeVirt itself maps running: true to Always and false to Halted.
        fix: [{ op: "rename", path: [...path3, "running"], to: "runStrategy", value: replacement }]
      });
    }
    if (typeof runStrategy !== "string" || isTemplated(ctx, runStrategy)) return;
    if (runStrategy === "WaitAsReceiver") {
      if (!isFeatureGateEnabled(ctx.settings, "DecentralizedLiveMigration")) {
        ctx.report({ path: [...path3, "runStrategy"], messageId: "waitAsReceiverGate", data: { hint: featureGateHint("DecentralizedLiveMigration") }, ...gateSeverity(ctx.settings) });
      }
      return;
    }
    if (RUN_STRATEGIES.includes(runStrategy)) return;
    const close = BY_LOWER.get(runStrategy.trim().toLowerCase());
    ctx.report({
      path: [...path3, "runStrategy"],
      messageId: "invalid",
      data: { value: `'${runStrategy}'`, suggestion: close !== void 0 ? ` (names are case-sensitive: did you mean '${close}'?)` : "" },
      // Only a difference in case or surrounding spaces: the intended strategy is not in doubt.
      ...close !== void 0 ? { fix: [{ op: "set", path: [...path3, "runStrategy"], value: close }] } : {}
    });
  }
});

// rules/selector-matches-template.ts
var TEMPLATE_OF = {
  VirtualMachineInstanceReplicaSet: "template",
  VirtualMachinePool: "virtualMachineTemplate"
};
var selector_matches_template_default = defineRule({
  meta: {
    id: "selector-matches-template",
    type: "problem",
    description: "A VirtualMachineInstanceReplicaSet's or VirtualMachinePool's selector must be valid and match its template's labels",
    level: "error",
    scope: "object",
    kinds: Object.keys(TEMPLATE_OF),
    catalog: ["vmirs-selector-matches-template", "vmpool-selector-matches-template"],
    messages: {
      invalid: "The selector is invalid: {{problem}}. Fix it so that it selects the labels of spec.{{template}}.metadata.labels.",
      noMatch: "The selector does not match the labels of spec.{{template}}.metadata.labels ({{labels}}), so the {{kind}} would never find the {{what}} it creates. Add the selector's labels to the template, or change the selector.",
      nullSelector: "The selector is null, which selects nothing. Set `matchLabels` to labels that spec.{{template}}.metadata.labels has."
    }
  },
  check(ctx) {
    const spec = ctx.object["spec"];
    if (!isRecord2(spec) || !("selector" in spec)) return;
    const templateKey = TEMPLATE_OF[ctx.kind];
    const selector = spec["selector"];
    const labels = dig(spec, templateKey, "metadata", "labels");
    if (ctx.templateParams && (hasParam(selector) || hasParam(labels))) return;
    if (labels !== void 0 && labels !== null && !isRecord2(labels)) return;
    const labelSet = {};
    for (const [key, value] of Object.entries(labels ?? {})) {
      if (typeof value !== "string") return;
      labelSet[key] = value;
    }
    const parsed = parseLabelSelector(selector);
    if (parsed === void 0) return;
    const data = { template: templateKey, kind: ctx.kind, what: ctx.kind === "VirtualMachinePool" ? "VirtualMachines" : "VirtualMachineInstances" };
    if ("error" in parsed) {
      ctx.report({ path: ["spec", "selector", ...parsed.path], messageId: "invalid", data: { ...data, problem: parsed.error } });
      return;
    }
    if (parsed.kind === "nothing") {
      ctx.report({ path: ["spec", "selector"], messageId: "nullSelector", data });
      return;
    }
    if (selectorMatches(parsed, labelSet)) return;
    const shown = Object.entries(labelSet).map(([k, v]) => `${k}=${v}`).join(", ");
    ctx.report({ path: ["spec", "selector"], target: "key", messageId: "noMatch", data: { ...data, labels: shown === "" ? "none" : shown } });
  }
});
function hasParam(value) {
  if (isParam(value)) return true;
  if (Array.isArray(value)) return value.some(hasParam);
  if (isRecord2(value)) return Object.entries(value).some(([k, v]) => isParam(k) || hasParam(v));
  return false;
}

// rules/vmi-preset.ts
var vmi_preset_default = defineRule({
  meta: {
    id: "vmi-preset",
    type: "problem",
    description: "A VirtualMachineInstancePreset needs spec.domain; presets are deprecated",
    level: "error",
    scope: "object",
    kinds: ["VirtualMachineInstancePreset"],
    catalog: ["preset-domain-required", "warn-vmi-preset"],
    messages: {
      domainMissing: "spec.domain is missing: a preset exists to add domain settings to the VirtualMachineInstances it selects. Add `domain:` with the settings to apply.",
      deprecated: "VirtualMachineInstancePresets are deprecated and will be removed in kubevirt.io/v2: KubeVirt warns on every VirtualMachineInstance this preset matches. Move the settings to an instance type or preference (spec.instancetype / spec.preference of the VMs)."
    }
  },
  check(ctx) {
    const spec = ctx.object["spec"];
    if (isRecord2(spec)) {
      if (!isSet(spec["domain"])) ctx.report({ path: ["spec"], target: "key", messageId: "domainMissing" });
    } else if (!isSet(spec)) {
      ctx.report({ path: ["kind"], messageId: "domainMissing" });
    }
    ctx.report({ path: ["kind"], messageId: "deprecated", severity: "warning" });
  }
});

// rules/sets/vm.ts
var vmRules = [run_strategy_default, data_volume_templates_default, instancetype_matchers_default, selector_matches_template_default, pool_update_strategy_default, memory_hotplug_default, instancetype_spec_default, preference_cpu_topology_default, instancetype_conflicts_default, preference_requirements_default, migration_spec_default, vmi_preset_default];

// rules/index.ts
var rules = [
  api_version_default,
  schema_default,
  metadata_name_default,
  device_names_default,
  device_references_default,
  boot_order_default,
  hugepages_memory_default,
  secure_boot_requires_smm_default,
  masquerade_pod_network_default,
  ...computeRules,
  ...storageRules,
  ...networkRules,
  ...devicesRules,
  ...vmRules,
  ...practiceRules,
  ...crossObjectRules
];

// src/engine/registry.ts
var allRules = [...pipelineProblems, ...rules];
var byId = /* @__PURE__ */ new Map();
for (const rule of allRules) {
  if (byId.has(rule.meta.id)) throw new Error(`rule id ${rule.meta.id} defined twice`);
  byId.set(rule.meta.id, rule);
}
var ruleIds = new Set(byId.keys());
function ruleDescriptors() {
  return allRules.map((rule) => ({
    id: rule.meta.id,
    description: rule.meta.description,
    url: rule.meta.url,
    defaultSeverity: rule.meta.level === "error" ? "error" : "warning"
  }));
}
function isCheckRule(rule) {
  return rule.meta.scope !== "pipeline";
}
function levelOf(config, id) {
  return config.rules[id]?.level ?? byId.get(id)?.meta.level ?? "off";
}
function activeRules(config) {
  const out = [];
  for (const rule of allRules) {
    if (!isCheckRule(rule)) continue;
    const level = levelOf(config, rule.meta.id);
    if (level !== "off") out.push({ rule, level, options: config.rules[rule.meta.id]?.options ?? {} });
  }
  return out;
}
var unsuppressibleIds = new Set(pipelineProblems.filter((p) => !p.meta.suppressible).map((p) => p.meta.id));

// src/load/read-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
function readFileBounded(path3, maxBytes) {
  const fd = openSync(path3, "r");
  try {
    const size2 = fstatSync(fd).size;
    if (size2 > maxBytes) return { ok: false, size: size2 };
    const bytes = new Uint8Array(size2);
    let offset = 0;
    while (offset < size2) {
      const read = readSync(fd, bytes, offset, size2 - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { ok: true, bytes: bytes.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

// src/engine/lint-source.ts
import { relative } from "node:path";

// src/load/locate.ts
var Locator = class {
  /** `documentOffsets`: where each document begins, from parseYaml; without them the whole text is parsed at once. */
  constructor(text, documentOffsets) {
    this.text = text;
    this.documentOffsets = documentOffsets;
  }
  text;
  documentOffsets;
  /** Each document's events, [DOCUMENT, root..., POP], as far as they were needed. */
  documents = /* @__PURE__ */ new Map();
  parsedAll = false;
  lineStarts;
  locate(document, path3, target = "value") {
    const events = this.eventsOf(document);
    if (events === void 0 || events.length < 2) return this.position(0, 0);
    let node = 1;
    let key;
    for (const segment of path3) {
      const step = this.child(events, node, segment);
      if (!step) break;
      node = step.node;
      key = step.key;
    }
    const event = events[node];
    if (target === "key" && key) return this.scalar(key);
    if (event?.type === EVENT_ID.SCALAR) return this.scalar(event);
    if (key) return this.scalar(key);
    const from = event && (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) ? event.start : event?.type === EVENT_ID.ALIAS ? event.anchorStart - 1 : 0;
    return this.position(Math.max(from, 0), this.endOfLine(Math.max(from, 0)));
  }
  eventsOf(document) {
    const known = this.documents.get(document);
    if (known || this.parsedAll) return known;
    const offset = this.documentOffsets?.[document];
    const events = offset === void 0 ? void 0 : parseSubsetDocument(this.text, offset);
    if (events) {
      this.documents.set(document, events);
      return events;
    }
    this.parseAll();
    return this.documents.get(document);
  }
  parseAll() {
    this.parsedAll = true;
    let events;
    try {
      events = parseFastSubset(this.text) ?? parseEvents(this.text, { maxDepth: 1e3 });
    } catch {
      return;
    }
    let index = -1;
    let start = 0;
    events.forEach((event, i) => {
      if (event.type !== EVENT_ID.DOCUMENT) return;
      if (index >= 0) this.documents.set(index, events.slice(start, i));
      index++;
      start = i;
    });
    if (index >= 0) this.documents.set(index, events.slice(start));
  }
  /** A scalar's range, quotes included. */
  scalar(event) {
    const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
    return this.position(event.valueStart - quoted, Math.max(event.valueEnd, event.valueStart) + quoted);
  }
  /** The event index of `segment` under the collection at `node`, with the key event for mappings. */
  child(events, node, segment) {
    const event = events[node];
    if (event?.type === EVENT_ID.MAPPING) {
      let i = node + 1;
      while (events[i] && events[i].type !== EVENT_ID.POP) {
        const keyEvent = events[i];
        const valueAt = skip2(events, i);
        if (keyEvent.type === EVENT_ID.SCALAR && getScalarValue(this.text, keyEvent) === String(segment)) return { node: valueAt, key: keyEvent };
        i = skip2(events, valueAt);
      }
      return void 0;
    }
    if (event?.type === EVENT_ID.SEQUENCE && typeof segment === "number") {
      let i = node + 1;
      for (let k = 0; k < segment; k++) {
        if (!events[i] || events[i].type === EVENT_ID.POP) return void 0;
        i = skip2(events, i);
      }
      return events[i] && events[i].type !== EVENT_ID.POP ? { node: i } : void 0;
    }
    return void 0;
  }
  endOfLine(offset) {
    const newline = this.text.indexOf("\n", offset);
    return newline < 0 ? this.text.length : newline;
  }
  position(start, end) {
    const from = this.lineColumn(start);
    const to = this.lineColumn(Math.max(end, start));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
  lineColumn(offset) {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
};
function skip2(events, i) {
  const type = events[i]?.type;
  if (type !== EVENT_ID.MAPPING && type !== EVENT_ID.SEQUENCE) return i + 1;
  let depth = 0;
  for (let j = i; j < events.length; j++) {
    const t = events[j].type;
    if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE) depth++;
    else if (t === EVENT_ID.POP && --depth === 0) return j + 1;
  }
  return events.length;
}

// src/instancetype/subject.ts
function expandSubject(object, index) {
  const at = vmSpecOf(object.kind, object.value);
  if (at === void 0 || at.spec["instancetype"] === void 0 && at.spec["preference"] === void 0) return void 0;
  const template = at.spec["template"];
  if (!isRecord2(template) || !isRecord2(template["spec"])) return void 0;
  const metadata = object.value["metadata"];
  const namespace = isRecord2(metadata) ? asString(metadata["namespace"]) : void 0;
  const instancetype = resolveMatcher("instancetype", at.spec, namespace, index);
  const preference = resolveMatcher("preference", at.spec, namespace, index);
  if (instancetype === void 0 && preference === void 0) return void 0;
  return {
    ...expandTemplate(template["spec"], template["metadata"], instancetype, preference),
    specPath: [...at.path, "template", "spec"],
    vmSpecPath: at.path,
    asWrittenSpec: object.kind === "VirtualMachinePool"
  };
}
function specsFor(expansion, specPath, written) {
  if (expansion === void 0 || !samePath(expansion.specPath, specPath)) return { spec: written, toNormalize: written };
  return { spec: expansion.asWrittenSpec ? written : expansion.spec, toNormalize: expansion.spec, expansion };
}
function appliedHint(expansion, path3) {
  const entry = expansion.applied.find((a) => a.path.length <= path3.length && a.path.every((segment, i) => path3[i] === segment));
  if (entry === void 0) return "";
  const source = entry.from === "instancetype" ? expansion.instancetype : expansion.preference;
  if (source === void 0) return "";
  return ` (${formatPath(entry.path)} is not in the manifest: it comes from the ${entry.from}, ${describeResolved(source)})`;
}
function samePath(a, b) {
  return a.length === b.length && a.every((segment, i) => b[i] === segment);
}

// src/engine/run-rules.ts
function runRules(objects, active, settings) {
  const findings = [];
  const objectRules = active.filter((a) => a.rule.meta.scope === "object");
  const specRules = active.filter((a) => a.rule.meta.scope === "instance-spec");
  const EMPTY = {};
  const definitions = withLocal(settings.instancetypes, objects);
  for (const object of objects) {
    let current = objectRules[0];
    let relativeTo = [];
    let expandedSpec;
    const ctx = {
      settings,
      object: object.value,
      ref: object.ref,
      kind: object.kind,
      templateParams: object.templateParams,
      schemaAccepted: object.schemaAccepted === true,
      options: EMPTY,
      spec: EMPTY,
      specPath: [],
      normalized: EMPTY,
      expansion: expandSubject(object, definitions),
      report(report) {
        findings.push(toFinding(current, object, relativeTo, report, expandedSpec));
      }
    };
    for (const entry of objectRules) {
      if (!appliesToKind(entry.rule.meta, object.kind)) continue;
      current = entry;
      ctx.options = entry.options;
      runOne(entry, object, ctx, findings);
    }
    if (specRules.length === 0) continue;
    const specPaths = kindInfo(object.kind)?.instanceSpecPaths ?? [];
    for (const specPath of specPaths) {
      const spec = getAt(object.value, specPath);
      if (!isRecord(spec)) continue;
      const effective = specsFor(ctx.expansion, specPath, spec);
      ctx.spec = effective.spec;
      ctx.specPath = specPath;
      ctx.normalized = normalizeInstanceSpec(effective.toNormalize, object.kind, settings.arch);
      expandedSpec = effective.expansion;
      relativeTo = specPath;
      for (const entry of specRules) {
        current = entry;
        ctx.options = entry.options;
        runOne(entry, object, ctx, findings);
      }
      relativeTo = [];
      expandedSpec = void 0;
    }
  }
  return findings;
}
function toFinding(entry, object, relativeTo, report, expansion) {
  const { meta } = entry.rule;
  const template = meta.messages[report.messageId];
  if (template === void 0) throw new Error(`rule ${meta.id} reported unknown messageId "${report.messageId}"`);
  const hint = expansion ? appliedHint(expansion, report.path) : "";
  return {
    ruleId: meta.id,
    severity: report.severity ?? (entry.level === "error" ? "error" : "warning"),
    message: renderMessage(template, report.data) + hint,
    messageId: report.messageId,
    document: object.document,
    object: object.ref,
    path: [...object.prefix, ...relativeTo, ...report.path],
    ...report.target ? { target: report.target } : {},
    ...report.fix && meta.fixable && hint === "" ? { fix: report.fix.map((op) => absoluteFix(op, [...object.prefix, ...relativeTo])) } : {}
  };
}
function absoluteFix(op, base) {
  return { ...op, path: [...base, ...op.path] };
}
function runOne(entry, object, ctx, sink) {
  try {
    entry.rule.check(ctx);
  } catch (error) {
    sink.push({
      ruleId: entry.rule.meta.id,
      severity: "error",
      message: `internal error in rule ${entry.rule.meta.id}: ${error.message}; please report this with the manifest`,
      document: object.document,
      object: object.ref,
      path: object.prefix
    });
  }
}

// src/engine/set-facts.ts
function toSetObject(object, file) {
  return {
    file,
    document: object.document,
    prefix: object.prefix,
    ref: object.ref,
    group: object.group,
    kind: object.kind,
    namespace: object.namespace,
    name: object.name,
    applied: object.applied,
    templateParams: object.templateParams,
    fact: void 0
  };
}
function setRulesOf(active) {
  return active.filter((entry) => entry.rule.meta.scope === "set");
}
function collectorsOf(setRules, kind) {
  return setRules.filter(({ rule }) => rule.collect !== void 0 && appliesToKind(rule.meta, kind));
}
function collectFacts(objects, setRules, settings) {
  const out = { objects: [], facts: {} };
  const collectorsByKind = /* @__PURE__ */ new Map();
  objects.forEach((object, index) => {
    const namespace = asString(dig(object.value, "metadata", "namespace"));
    const name = asString(dig(object.value, "metadata", "name"));
    out.objects.push({
      document: object.document,
      prefix: object.prefix,
      ref: object.ref,
      group: splitApiVersion(object.apiVersion).group,
      kind: object.kind,
      // A `${NAMESPACE}` parameter is the namespace the template is processed into: unknown, like none.
      namespace: namespace !== void 0 && namespace !== "" && !(object.templateParams && isParam(namespace)) ? namespace : void 0,
      name: name !== void 0 && name !== "" ? name : void 0,
      applied: isApplied(object),
      templateParams: object.templateParams
    });
    let collectors = collectorsByKind.get(object.kind);
    if (collectors === void 0) collectorsByKind.set(object.kind, collectors = collectorsOf(setRules, object.kind));
    if (collectors.length === 0) return;
    const ctx = { settings, object: object.value, ref: object.ref, kind: object.kind, templateParams: object.templateParams, options: {} };
    for (const active of collectors) {
      ctx.options = active.options;
      let fact;
      try {
        fact = active.rule.collect(ctx);
      } catch {
        continue;
      }
      if (fact === void 0) continue;
      const ruleFacts = out.facts[active.rule.meta.id] ??= { indexes: [], facts: [] };
      ruleFacts.indexes.push(index);
      ruleFacts.facts.push(fact);
    }
  });
  return out;
}
function isApplied(object) {
  if (object.templateParams) return false;
  if (object.prefix.length === 0) return !(object.kind === "List" || object.kind.endsWith("List") && Array.isArray(object.value["items"]));
  return object.prefix.length === 2 && object.prefix[0] === "items";
}

// src/engine/suppress/annotations.ts
var IGNORE_ANNOTATION = "virtops.io/ignore";
function collectAnnotationIgnores(objects) {
  const out = [];
  for (const object of objects) {
    const metadata = object.value["metadata"];
    const annotations = isRecord(metadata) ? metadata["annotations"] : void 0;
    const value = isRecord(annotations) ? annotations[IGNORE_ANNOTATION] : void 0;
    if (typeof value !== "string") continue;
    const rules2 = value.split(/[\s,]+/).filter(Boolean);
    out.push({ object, rules: rules2, path: [...object.prefix, "metadata", "annotations", IGNORE_ANNOTATION], used: /* @__PURE__ */ new Set() });
  }
  return out;
}
function isSuppressedByAnnotation(finding, ignores) {
  for (const ignore of ignores) {
    if (ignore.object.document !== finding.document || !startsWith(finding.path, ignore.object.prefix)) continue;
    const rule = ignore.rules.includes(finding.ruleId) ? finding.ruleId : ignore.rules.includes("*") ? "*" : void 0;
    if (rule !== void 0) {
      ignore.used.add(rule);
      return true;
    }
  }
  return false;
}
function startsWith(path3, prefix2) {
  return prefix2.length <= path3.length && prefix2.every((segment, i) => path3[i] === segment);
}

// src/engine/suppress/comments.ts
var DIRECTIVE = /#\s*virtops-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\n]*)$/;
function parseDirectives(text) {
  if (!text.includes("virtops-")) return [];
  const lines = text.split("\n");
  const directives = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    const match2 = DIRECTIVE.exec(line);
    if (!match2 || !isComment(line, match2.index)) return;
    const [body, reason] = splitReason(match2[2] ?? "");
    const rules2 = body.split(/[\s,]+/).filter(Boolean);
    const lineNo = i + 1;
    const kind = match2[1];
    const position = { line: lineNo, column: match2.index + 1, endLine: lineNo, endColumn: line.length + 1 };
    const target = kind === "disable-line" ? { from: lineNo, to: lineNo } : kind === "disable-next-line" ? nextContentLine(lines, i) : kind === "disable-file" ? { from: 1, to: Number.MAX_SAFE_INTEGER } : { from: lineNo, to: Number.MAX_SAFE_INTEGER };
    directives.push({ kind, rules: rules2, ...reason ? { reason } : {}, line: lineNo, position, target, used: /* @__PURE__ */ new Set() });
  });
  closeRanges(directives);
  return directives.filter((d) => d.kind !== "enable");
}
function closeRanges(directives) {
  for (const enable of directives.filter((d) => d.kind === "enable")) {
    for (const open of directives) {
      if (open.kind !== "disable" || open.line > enable.line || open.target.to !== Number.MAX_SAFE_INTEGER) continue;
      if (enable.rules.length === 0 || open.rules.every((r) => enable.rules.includes(r))) open.target = { from: open.line, to: enable.line };
    }
  }
}
function applyDirectives(results, directives, unsuppressible) {
  const kept = [];
  let suppressed = 0;
  for (const result of results) {
    const directive = unsuppressible.has(result.ruleId) ? void 0 : directives.find((d) => covers(d, result));
    if (directive) {
      directive.used.add(directive.rules.length === 0 ? "*" : result.ruleId);
      suppressed++;
    } else {
      kept.push(result);
    }
  }
  return { kept, suppressed };
}
function covers(directive, result) {
  return result.line >= directive.target.from && result.line <= directive.target.to && (directive.rules.length === 0 || directive.rules.includes(result.ruleId));
}
function unusedRules(directive) {
  if (directive.rules.length === 0) return directive.used.size === 0 ? ["*"] : [];
  return directive.rules.filter((r) => !directive.used.has(r));
}
function splitReason(text) {
  const at = text.indexOf(" -- ");
  if (at < 0) return [text.trim(), void 0];
  const reason = text.slice(at + 4).trim();
  return [text.slice(0, at).trim(), reason === "" ? void 0 : reason];
}
function isComment(line, hashAt) {
  if (hashAt > 0 && !/\s/.test(line[hashAt - 1] ?? "")) return false;
  let single = false;
  let double = false;
  for (let i = 0; i < hashAt; i++) {
    const c = line[i];
    if (c === "'" && !double) single = !single;
    else if (c === '"' && !single && line[i - 1] !== "\\") double = !double;
  }
  return !single && !double;
}
function nextContentLine(lines, index) {
  for (let j = index + 1; j < lines.length; j++) {
    const trimmed = (lines[j] ?? "").trim();
    if (trimmed !== "" && !trimmed.startsWith("#")) return { from: j + 1, to: j + 1 };
  }
  return { from: index + 2, to: index + 2 };
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty2;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty2)
        nonEmpty2 = values.filter((v) => v);
      vs = nonEmpty2;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark2) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark2) {
      const m = c === "\\" && p.startsWith(mark2, i + 1) ? 1 : 0;
      if (m || c === mark2) {
        const start = i + m + mark2.length;
        const end = p.indexOf(mark2, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark2.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show2 = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size2) => ({
  has: new Float64Array(size2),
  seen: new Float64Array(size2),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has: has2 } = this.#marks;
    if (has2[node.id] === state.gen)
      return false;
    has2[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size2] = compile(items, nocase);
    this.#start = start;
    this.#size = size2;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show2(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path2 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path2.win32.sep : path2.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark2) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark2) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list2, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark2 = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark2}${lo}..${hi}${mark2}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark2)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark2)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark2;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/core/glob.ts
var compiled2 = /* @__PURE__ */ new Map();
function globMatch(text, pattern, options = {}) {
  const key = `${options.dot === true ? "d" : "-"}${options.matchBase === true ? "b" : "-"}${pattern}`;
  let matcher = compiled2.get(key);
  if (matcher === void 0) {
    matcher = new Minimatch(pattern, options);
    compiled2.set(key, matcher);
  }
  return matcher.match(text);
}
function pathGlobMatch(relativePath, glob) {
  return globMatch(relativePath, glob, { dot: true, matchBase: !glob.includes("/") });
}

// src/engine/suppress/config-ignores.ts
function matchingIgnore(finding, relativeFile, ignores) {
  return ignores.findIndex((entry) => {
    if (!entry.rules.includes("*") && !entry.rules.includes(finding.ruleId)) return false;
    if (entry.files && !entry.files.some((glob) => pathGlobMatch(relativeFile, glob))) return false;
    if (entry.objects && !entry.objects.some((selector) => selects(selector, finding))) return false;
    return true;
  });
}
function selects(selector, finding) {
  const object = finding.object ?? {};
  return ["kind", "namespace", "name"].every((key) => {
    const pattern = selector[key];
    return pattern === void 0 || globMatch(object[key] ?? "", pattern, { dot: true });
  });
}

// src/engine/lint-source.ts
var FIRST_LINE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function lintSource(input, config, active = activeRules(config), options = {}) {
  const report = { file: input.file, documents: 0, results: [], skipped: [], usedIgnores: [] };
  const decoded = input.preparsed ? { ok: true, text: input.preparsed.text } : decodeSource(input.bytes);
  if (!decoded.ok) {
    report.results.push(fileProblem(decoded.message, decoded.position));
    return report;
  }
  const text = decoded.text;
  if (!hasContent(text)) {
    if (levelOf(config, "invalid-file") !== "off" && !input.discovered) report.results.push({ ...fileProblem("the file is empty: there is nothing to lint"), severity: "warning" });
    return report;
  }
  const parsed = input.preparsed ? parsedOutcome(input.preparsed) : parseYaml(text);
  report.documents = parsed.documents.length + new Set(parsed.problems.map((p) => p.document)).size;
  const extracted = extractObjects(parsed.documents, { skipForeignDocuments: input.discovered });
  if (options.keepObjects) report.objects = extracted.objects;
  for (const document of extracted.foreign) {
    report.skipped.push({ document, object: {}, reason: "not a Kubernetes object (no apiVersion and kind)" });
  }
  for (const object of extracted.objects) {
    if (!kindInfo(object.kind)) report.skipped.push({ document: object.document, object: object.ref, reason: "virtops has no schema or rules for this kind" });
  }
  const findings = options.extraFindings ? [...options.extraFindings] : [...parsed.problems, ...extracted.problems.filter(() => levelOf(config, "invalid-document") !== "off"), ...runRules(extracted.objects, active, config.settings)];
  if (!options.extraFindings && active.some((entry) => entry.rule.meta.scope === "set")) report.facts = collectFacts(extracted.objects, setRulesOf(active), config.settings);
  const annotationIgnores = collectAnnotationIgnores(extracted.objects);
  let relativeFile;
  const fileForIgnores = () => relativeFile ??= input.absolute ? relative(config.baseDir, input.absolute).split("\\").join("/") : input.file;
  const remaining = findings.filter((finding) => {
    if (unsuppressibleIds.has(finding.ruleId)) return true;
    if (isSuppressedByAnnotation(finding, annotationIgnores)) return false;
    const ignore = config.ignores.length === 0 ? -1 : matchingIgnore(finding, fileForIgnores(), config.ignores);
    if (ignore >= 0) {
      if (!report.usedIgnores.includes(ignore)) report.usedIgnores.push(ignore);
      return false;
    }
    return true;
  });
  const directives = parseDirectives(text);
  if (remaining.length === 0 && directives.length === 0 && annotationIgnores.length === 0) return report;
  const locator = new Locator(text, parsed.documentOffsets);
  const positioned = remaining.map((finding) => toResult(finding, finding.position ?? locator.locate(finding.document, finding.path, finding.target)));
  const { kept } = applyDirectives(positioned, directives, unsuppressibleIds);
  report.results = kept;
  const unusedLevel = levelOf(config, "unused-suppression");
  if (unusedLevel !== "off") {
    const severity = unusedLevel === "error" ? "error" : "warning";
    for (const directive of directives) {
      for (const rule of unusedRules(directive)) {
        const what = rule === "*" ? "any problem" : `a ${rule} problem`;
        report.results.push({ ...unusedResult(severity, `unused virtops-${directive.kind} directive: there is no longer ${what} ${directive.kind === "disable-line" || directive.kind === "disable-next-line" ? `on line ${directive.target.from}` : "in its range"}; remove it`), ...directive.position });
      }
      if (config.requireSuppressionReason && directive.reason === void 0) {
        report.results.push({ ...unusedResult(severity, `virtops-${directive.kind} needs a reason: add " -- <why>" after the rule names`), ...directive.position });
      }
    }
    for (const ignore of annotationIgnores) {
      const unused = ignore.rules.filter((r) => !ignore.used.has(r));
      if (unused.length === 0) continue;
      const position = locator.locate(ignore.object.document, ignore.path);
      report.results.push({
        ...unusedResult(severity, `${unused.join(", ")} in the virtops.io/ignore annotation suppress${unused.length === 1 ? "es" : ""} nothing on this object; remove ${unused.length === 1 ? "it" : "them"}`),
        document: ignore.object.document,
        object: ignore.object.ref,
        path: formatPath(ignore.path),
        ...position
      });
    }
  }
  report.results.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return report;
}
function hasContent(text) {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    if (line !== "" && !line.startsWith("#") && line !== "---" && line !== "...") return true;
    if (end < 0) break;
    start = end + 1;
  }
  return false;
}
function toResult(finding, position) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...finding.messageId !== void 0 ? { messageId: finding.messageId } : {},
    document: finding.document,
    object: finding.object ?? {},
    path: formatPath(finding.path),
    ...position,
    ...finding.fix ? { fix: finding.fix } : {}
  };
}
function fileProblem(message, position = FIRST_LINE) {
  return { ruleId: "invalid-file", severity: "error", message, document: 0, object: {}, path: "", ...position };
}
function unusedResult(severity, message) {
  return { ruleId: "unused-suppression", severity, message, document: 0, object: {}, path: "" };
}

// src/engine/read-source.ts
function lintFileTask(task, config, active, preparsed) {
  try {
    const read = task.bytes ? { ok: true, bytes: task.bytes } : readFileBounded(task.absolute, config.maxFileSizeBytes);
    if (!read.ok) {
      return refused(task, `the file is ${formatBytes2(read.size)}, over the ${formatBytes2(config.maxFileSizeBytes)} limit; Kubernetes objects are at most 1.5 MiB each: split the file, or raise maxFileSize in virtops.config.yaml`);
    }
    return lintSource({ file: task.file, absolute: task.absolute, bytes: read.bytes, discovered: task.discovered, ...preparsed ? { preparsed } : {} }, config, active, task.extraFindings ? { extraFindings: task.extraFindings } : {});
  } catch (error) {
    return refused(task, `cannot read the file: ${error.code ?? error.message}`);
  }
}
function refused(task, message) {
  return {
    file: task.file,
    documents: 0,
    skipped: [],
    usedIgnores: [],
    results: [{ ruleId: "invalid-file", severity: "error", message, document: 0, object: {}, path: "", line: 1, column: 1, endLine: 1, endColumn: 1 }]
  };
}
function formatBytes2(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

export {
  didYouMean,
  Locator,
  ARCHES,
  isArch,
  FEATURE_GATES,
  isKnownFeatureGate,
  EVICTION_STRATEGIES,
  DEFAULT_SETTINGS,
  renderMessage,
  globMatch,
  pathGlobMatch,
  readFileBounded,
  definitionsOf,
  getAt,
  ruleIds,
  ruleDescriptors,
  activeRules,
  toSetObject,
  setRulesOf,
  lintSource,
  lintFileTask
};

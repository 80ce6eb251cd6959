import {
  UsageError,
  applySetStage,
  withSourcesIndex
} from "./chunk-ENDPITUC.js";
import {
  activeRules,
  applyPowerPolicy,
  dig,
  formatPath,
  getAt,
  isApplied,
  isRecord as isRecord2,
  lintSource,
  pathGlobMatch
} from "./chunk-6QLLLFCP.js";
import {
  isRecord
} from "./chunk-TJ5J5PB4.js";

// src/kube/errors.ts
var KubeError = class extends Error {
  constructor(reason, message, code, options) {
    super(message, options);
    this.reason = reason;
    this.code = code;
  }
  reason;
  code;
  name = "KubeError";
  get retryable() {
    return this.reason === "TooManyRequests" || this.reason === "ServerError" || this.reason === "Unavailable" || this.reason === "Conflict";
  }
};
var BY_CODE = { 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 409: "Conflict", 410: "Conflict", 422: "Invalid", 429: "TooManyRequests" };
function toKubeError(error) {
  if (error instanceof KubeError) return error;
  const e = error;
  if (typeof e.code === "number") {
    const status = parseStatus(e.body);
    const reason = BY_CODE[e.code] ?? (e.code >= 500 ? "ServerError" : "Unknown");
    return new KubeError(reason, status?.message ?? `HTTP ${e.code}`, e.code, { cause: error });
  }
  const network = typeof e.code === "string" ? e.code : e.cause?.code;
  if (network && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT)$/.test(network)) {
    return new KubeError("Unavailable", `the API server is unreachable (${network})`, void 0, { cause: error });
  }
  if (/fetch failed|socket hang up|ECONNREFUSED|ECONNRESET/i.test(e.message ?? "")) {
    return new KubeError("Unavailable", `the API server is unreachable (${e.message})`, void 0, { cause: error });
  }
  return new KubeError("Unknown", e.message ?? String(error), void 0, { cause: error });
}
function parseStatus(body) {
  if (typeof body === "string") {
    try {
      return JSON.parse(body);
    } catch {
      return { message: body };
    }
  }
  return body !== null && typeof body === "object" ? body : void 0;
}

// src/kube/client.ts
import { KubeConfig, KubernetesObjectApi, PatchStrategy } from "@kubernetes/client-node";

// src/core/throttle.ts
var realClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve2) => {
    const timer = setTimeout(resolve2, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve2();
    }, { once: true });
  })
};
var RateLimiter = class {
  constructor(perSecond, burst = 1, clock = realClock) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.clock = clock;
    this.tokens = burst;
    this.last = clock.now();
  }
  perSecond;
  burst;
  clock;
  tokens;
  last;
  async take(signal) {
    if (!Number.isFinite(this.perSecond)) return;
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.perSecond / 1e3);
    this.last = now;
    this.tokens -= 1;
    if (this.tokens >= 0) return;
    const wait = -this.tokens * 1e3 / this.perSecond;
    await this.clock.sleep(wait, signal);
  }
};
async function withRetry(fn, options) {
  const clock = options.clock ?? realClock;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= options.attempts || !options.retryable(error) || options.signal?.aborted) throw error;
      await clock.sleep(Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1)), options.signal);
    }
  }
}
async function boundedEach(items, limit, work, signal) {
  let next = 0;
  const runner = async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, runner));
}

// src/kube/keep-alive.ts
function reuseConnections(config) {
  const target = config;
  const create = target.createAgent.bind(config);
  let last;
  target.createAgent = (cluster, options) => {
    if (last && sameSettings(last.cluster, cluster, last.options, options)) return last.agent;
    const old = last?.agent;
    if (old) setTimeout(() => old.destroy(), 6e4).unref();
    last = { cluster, options: { ...options }, agent: create(cluster, { ...options, keepAlive: true }) };
    return last.agent;
  };
  return config;
}
function sameSettings(clusterA, clusterB, a, b) {
  if (clusterA?.server !== clusterB?.server || clusterA?.proxyUrl !== clusterB?.proxyUrl) return false;
  const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!sameValue(a[key], b[key])) return false;
  }
  return true;
}
function sameValue(x, y) {
  if (Buffer.isBuffer(x) && Buffer.isBuffer(y)) return x.equals(y);
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => sameValue(item, y[i]));
  return x === y;
}

// src/kube/client.ts
var FIELD_MANAGER = "virtops";
function loadKubeConfig(kubeconfig) {
  const config = new KubeConfig();
  if (kubeconfig) config.loadFromFile(kubeconfig);
  else if (process.env["KUBERNETES_SERVICE_HOST"]) config.loadFromCluster();
  else config.loadFromDefault();
  return reuseConnections(config);
}
var DEFAULT_CLIENT_LIMITS = { qps: 50, burst: 100 };
var ApiServerClient = class {
  api;
  limiter;
  constructor(config, limits = DEFAULT_CLIENT_LIMITS) {
    this.api = KubernetesObjectApi.makeApiClient(config);
    this.limiter = new RateLimiter(limits.qps, limits.burst);
  }
  async get(ref) {
    await this.limiter.take();
    try {
      return await this.api.read(header(ref));
    } catch (error) {
      const kubeError = toKubeError(error);
      if (kubeError.reason === "NotFound") return void 0;
      throw kubeError;
    }
  }
  async apply(object, options = {}) {
    await this.limiter.take();
    try {
      const body = stripServerFields(object);
      return await this.api.patch(body, void 0, options.dryRun ? "All" : void 0, FIELD_MANAGER, options.force ?? false, PatchStrategy.ServerSideApply);
    } catch (error) {
      throw toKubeError(error);
    }
  }
  async delete(ref, propagation) {
    await this.limiter.take();
    try {
      await this.api.delete(header(ref), void 0, void 0, void 0, void 0, propagation);
      return "deleted";
    } catch (error) {
      const kubeError = toKubeError(error);
      if (kubeError.reason === "NotFound") return "gone";
      throw kubeError;
    }
  }
  async list(apiVersion, kind, options = {}) {
    await this.limiter.take();
    try {
      const list = await this.api.list(apiVersion, kind, options.namespace, void 0, void 0, void 0, void 0, options.labelSelector);
      return list.items;
    } catch (error) {
      throw toKubeError(error);
    }
  }
};
function header(ref) {
  return { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, ...ref.namespace ? { namespace: ref.namespace } : {} } };
}
function stripServerFields(object) {
  const { status: _status, metadata, ...rest } = object;
  const { managedFields: _m, resourceVersion: _r, uid: _u, creationTimestamp: _c, generation: _g, selfLink: _s, ...meta } = metadata ?? {};
  return { ...rest, metadata: meta };
}

// src/sync/gate/gate.ts
var BLOCKING_RULES = /* @__PURE__ */ new Set(["duplicate-object"]);
var MAX_FINDINGS_IN_STATUS = 50;
function gate(rendered) {
  const all = rendered.findings.flatMap((f) => f.results.map((result) => ({ file: f.file, result })));
  const errors = all.filter((f) => f.result.severity === "error" || BLOCKING_RULES.has(f.result.ruleId)).length;
  const warnings = all.filter((f) => f.result.severity === "warning").length;
  const ordered = [...all].sort((a, b) => rank(a.result) - rank(b.result) || a.file.localeCompare(b.file) || a.result.line - b.result.line);
  return {
    passed: errors === 0,
    errors,
    warnings,
    findings: ordered.slice(0, MAX_FINDINGS_IN_STATUS).map(({ file, result }) => ({ file, line: result.line, column: result.column, ruleId: result.ruleId, severity: result.severity, message: result.message }))
  };
}
function rank(result) {
  return result.severity === "error" || BLOCKING_RULES.has(result.ruleId) ? 0 : result.severity === "warning" ? 1 : 2;
}

// src/sync/inventory/inventory.ts
var OWNER_ANNOTATION = "virtops.io/owner";
function stampOf(object) {
  const metadata = object?.["metadata"] ?? {};
  return typeof metadata.generation === "number" ? `g${metadata.generation}` : metadata.resourceVersion ? `r${metadata.resourceVersion}` : void 0;
}
function keyFromObject(object) {
  const metadata = object["metadata"] ?? {};
  return { apiVersion: String(object["apiVersion"]), kind: String(object["kind"]), ...metadata.namespace ? { namespace: metadata.namespace } : {}, name: String(metadata.name) };
}
function ownerOf(object) {
  const annotations = (object?.["metadata"] ?? {}).annotations;
  return annotations?.[OWNER_ANNOTATION];
}
function withOwner(object, owner) {
  const metadata = object["metadata"] ?? {};
  const annotations = metadata["annotations"] ?? {};
  return { ...object, metadata: { ...metadata, annotations: { ...annotations, [OWNER_ANNOTATION]: owner } } };
}

// src/sync/prune/plan-prune.ts
var PRUNE_ANNOTATION = "virtops.io/prune";
var DEFAULT_ORPHAN_KINDS = /* @__PURE__ */ new Set(["VirtualMachine", "VirtualMachinePool", "DataVolume", "PersistentVolumeClaim", "VirtualMachineInstanceReplicaSet"]);
function keyOf(object) {
  const group = object.apiVersion.includes("/") ? object.apiVersion.slice(0, object.apiVersion.lastIndexOf("/")) : "";
  return `${group}/${object.kind}/${object.namespace ?? ""}/${object.name}`;
}
function planPrune(previous, desired, options) {
  const wanted = new Set(desired.map(keyOf));
  const stale = previous.filter((object) => !wanted.has(keyOf(object)) && object.annotations !== void 0);
  if (stale.length === 0) return { prune: [], blocked: [] };
  const block = (reason) => ({ prune: [], blocked: stale.map((object) => ({ ...identity(object), reason })) });
  if (desired.length === 0) {
    return block(`the revision declares no objects at all; refusing to prune ${stale.length} (an empty or broken checkout must not delete the cluster)`);
  }
  const protectedObjects = stale.filter((object) => object.annotations?.[PRUNE_ANNOTATION] === "disabled");
  const deletable = stale.filter((object) => object.annotations?.[PRUNE_ANNOTATION] !== "disabled");
  const blocked = protectedObjects.map((object) => ({ ...identity(object), reason: `annotated ${PRUNE_ANNOTATION}: disabled` }));
  const share = previous.length === 0 ? 0 : deletable.length / previous.length;
  if (!options.approved && share > options.maxShare) {
    const reason = `would prune ${deletable.length} of ${previous.length} objects (${Math.round(share * 100)}%), more than the ${Math.round(options.maxShare * 100)}% allowed without approval`;
    return { prune: [], blocked: [...blocked, ...deletable.map((object) => ({ ...identity(object), reason }))] };
  }
  const prune = deletable.map((object) => ({ ...identity(object), propagation: options.orphanKinds.has(object.kind) ? "Orphan" : "Background" }));
  return { prune: sortForDeletion(prune), blocked };
}
function identity(object) {
  return { apiVersion: object.apiVersion, kind: object.kind, ...object.namespace !== void 0 ? { namespace: object.namespace } : {}, name: object.name };
}
var DELETION_ORDER = ["VirtualMachinePool", "VirtualMachineInstanceReplicaSet", "VirtualMachine", "VirtualMachineInstance", "DataVolume", "PersistentVolumeClaim", "VirtualMachineInstancetype", "VirtualMachinePreference", "VirtualMachineClusterInstancetype", "VirtualMachineClusterPreference", "NetworkAttachmentDefinition", "Secret", "ConfigMap"];
function sortForDeletion(actions) {
  const rank2 = (kind) => {
    if (kind === "Namespace") return DELETION_ORDER.length + 1;
    const index = DELETION_ORDER.indexOf(kind);
    return index < 0 ? DELETION_ORDER.length : index;
  };
  return [...actions].sort((a, b) => rank2(a.kind) - rank2(b.kind) || keyOf(a).localeCompare(keyOf(b)));
}

// src/update/types.ts
function isAbsent(value) {
  return value === void 0 || value === null || Array.isArray(value) && value.length === 0;
}
function semanticEqual(a, b) {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => semanticEqual(item, b[i]));
  }
  if (isRecord2(a) && isRecord2(b)) {
    for (const key of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!semanticEqual(a[key], b[key])) return false;
    }
    return true;
  }
  return Object.is(a, b);
}
function firstChange(desired, live, path = []) {
  if (desired === void 0) return void 0;
  if (isRecord2(desired)) {
    if (!isRecord2(live)) return desired === null || Object.keys(desired).length === 0 ? live === void 0 || live === null ? void 0 : path : path;
    for (const [key, value] of Object.entries(desired)) {
      const change = firstChange(value, live[key], [...path, key]);
      if (change !== void 0) return change;
    }
    return void 0;
  }
  if (Array.isArray(desired)) {
    if (isAbsent(desired) && isAbsent(live)) return void 0;
    if (!Array.isArray(live) || live.length !== desired.length) return path;
    for (let i = 0; i < desired.length; i++) {
      const change = firstChange(desired[i], live[i], [...path, i]);
      if (change !== void 0) return change;
    }
    return void 0;
  }
  if (desired === null) return isAbsent(live) ? void 0 : path;
  return Object.is(desired, live) ? void 0 : path;
}

// src/update/migration.ts
var SELECTOR_LABEL = "kubevirt.io/vmi-name";
function checkMigrationUpdate(live, desired) {
  const findings = [];
  const change = firstChange(desired["spec"], live["spec"], ["spec"]);
  if (change !== void 0) {
    findings.push({
      catalog: "migration-spec-immutable",
      path: formatPath(change),
      message: `A migration's spec cannot be changed after creation, and ${formatPath(change)} differs. Create a new VirtualMachineInstanceMigration (with a new name) instead.`,
      severity: "error"
    });
  }
  const phase = dig(live, "status", "phase");
  if (phase === "Succeeded" || phase === "Failed") return findings;
  const liveLabels = dig(live, "metadata", "labels");
  if (!isRecord2(liveLabels) || typeof liveLabels[SELECTOR_LABEL] !== "string") return findings;
  const desiredLabels = dig(desired, "metadata", "labels");
  const value = isRecord2(desiredLabels) ? desiredLabels[SELECTOR_LABEL] : void 0;
  if (value === liveLabels[SELECTOR_LABEL]) return findings;
  const removed = value === void 0 || value === null;
  findings.push({
    catalog: "migration-selector-label-immutable",
    path: `metadata.labels.${SELECTOR_LABEL}`,
    message: removed ? `The migration is in flight, and KubeVirt does not allow removing its ${SELECTOR_LABEL} label (KubeVirt set it to '${String(liveLabels[SELECTOR_LABEL])}'). Add the label with that value to the manifest, or wait until the migration has finished.` : `The migration is in flight, and KubeVirt does not allow changing its ${SELECTOR_LABEL} label from '${String(liveLabels[SELECTOR_LABEL])}'. Keep that value, or wait until the migration has finished.`,
    severity: "error"
  });
  return findings;
}

// src/update/pool.ts
function checkPoolUpdate(live, desired) {
  const before = dig(live, "spec", "selector");
  const after = dig(desired, "spec", "selector");
  if (semanticEqual(before, after)) return [];
  return [
    {
      catalog: "vmpool-selector-immutable",
      path: "spec.selector",
      message: "A VirtualMachinePool's selector cannot be changed after creation. Keep the old selector, or delete the pool and create it again (its VMs are deleted with it unless orphaned).",
      severity: "error"
    }
  ];
}

// src/update/vm.ts
function checkVmUpdate(live, desired) {
  const findings = [];
  checkSnapshot(live, desired, findings);
  checkRestore(live, desired, findings);
  for (const key of ["instancetype", "preference"]) checkMatcherRevision(live, desired, key, findings);
  return findings;
}
function checkSnapshot(live, desired, out) {
  const snapshot = dig(live, "status", "snapshotInProgress");
  if (typeof snapshot !== "string") return;
  const liveVolumes = dig(live, "spec", "template", "spec", "volumes");
  const desiredVolumes = dig(desired, "spec", "template", "spec", "volumes");
  if (!semanticEqual(liveVolumes, desiredVolumes)) {
    out.push({
      catalog: "vm-snapshot-in-progress",
      path: "spec.template.spec.volumes",
      message: `KubeVirt rejects changes to the VM's disks and volumes until snapshot "${snapshot}" completes. Wait for the snapshot to finish; the change is applied on the next sync.`,
      severity: "error"
    });
    return;
  }
  if (!sameRunningSpec(dig(live, "spec"), dig(desired, "spec"))) {
    out.push({
      catalog: "vm-snapshot-in-progress",
      path: "spec.runStrategy",
      message: `KubeVirt rejects changes to the VM's running state until snapshot "${snapshot}" completes. Wait for the snapshot to finish; the change is applied on the next sync.`,
      severity: "error"
    });
  }
}
function sameRunningSpec(live, desired) {
  if (!isRecord2(live) || !isRecord2(desired)) return false;
  const set = (v) => v !== void 0 && v !== null;
  if (set(live["running"]) && set(desired["running"])) return live["running"] === desired["running"];
  if (set(live["runStrategy"]) && set(desired["runStrategy"])) return live["runStrategy"] === desired["runStrategy"];
  return false;
}
function runStrategyOf(spec) {
  if (!isRecord2(spec)) return void 0;
  const running = spec["running"];
  const strategy = spec["runStrategy"];
  const hasRunning = running !== void 0 && running !== null;
  const hasStrategy = strategy !== void 0 && strategy !== null;
  if (hasRunning === hasStrategy) return void 0;
  if (hasRunning) return running === true ? "Always" : "Halted";
  return typeof strategy === "string" ? strategy : void 0;
}
function checkRestore(live, desired, out) {
  const restore = dig(live, "status", "restoreInProgress");
  if (typeof restore !== "string") return;
  const before = runStrategyOf(live["spec"]);
  const after = runStrategyOf(desired["spec"]);
  if (before === after) return;
  out.push({
    catalog: "vm-restore-in-progress",
    path: "spec.runStrategy",
    message: `KubeVirt rejects changing the VM's run strategy (${before ?? "unset"} \u2192 ${after ?? "unset"}) until restore "${restore}" completes. Wait for the restore to finish; the change is applied on the next sync.`,
    severity: "error"
  });
}
function checkMatcherRevision(live, desired, key, out) {
  const before = dig(live, "spec", key);
  const after = dig(desired, "spec", key);
  if (!isRecord2(before) || !isRecord2(after)) return;
  const revision = after["revisionName"];
  if (typeof revision !== "string" || revision === "" || revision !== before["revisionName"]) return;
  if ((before["name"] ?? "") === (after["name"] ?? "")) return;
  out.push({
    catalog: "matcher-revision-update",
    path: `spec.${key}.revisionName`,
    message: `spec.${key}.name changes from '${String(before["name"] ?? "")}' to '${String(after["name"] ?? "")}' but revisionName stays '${revision}', which belongs to the old ${key}: KubeVirt rejects the update. Clear revisionName (leave it out) so KubeVirt records the new ${key}'s revision.`,
    severity: "error"
  });
}

// src/update/vmi.ts
var RESERVED_VMI_LABELS = /* @__PURE__ */ new Set([
  "kubevirt.io/created-by",
  "kubevirt.io/migrationJobUID",
  "kubevirt.io/nodeName",
  "kubevirt.io/migrationTargetNodeName",
  "kubevirt.io/schedulable",
  "kubevirt.io/install-strategy"
]);
function checkVmiUpdate(live, desired) {
  const findings = [];
  const change = firstChange(desired["spec"], live["spec"], ["spec"]);
  if (change !== void 0) {
    findings.push({
      catalog: "vmi-spec-immutable",
      path: formatPath(change),
      message: `A VirtualMachineInstance's spec cannot be changed after creation (KubeVirt: "update of VMI object is restricted"), and ${formatPath(change)} differs from the running VMI. Delete and recreate the VMI, or manage it through a VirtualMachine, whose template changes take effect on restart.`,
      severity: "error"
    });
  }
  const liveLabels = dig(live, "metadata", "labels");
  const desiredLabels = dig(desired, "metadata", "labels");
  if (isRecord2(desiredLabels)) {
    for (const [key, value] of Object.entries(desiredLabels)) {
      if (!RESERVED_VMI_LABELS.has(key)) continue;
      const current = isRecord2(liveLabels) ? liveLabels[key] : void 0;
      if (current === value) continue;
      findings.push({
        catalog: "vmi-reserved-labels-immutable",
        path: `metadata.labels.${key}`,
        message: `Label ${key} is reserved for KubeVirt on a VirtualMachineInstance, and only KubeVirt may add, change or remove it. Remove it from the manifest.`,
        severity: "error"
      });
    }
  }
  return findings;
}

// src/update/check-update.ts
var CHECKS = {
  VirtualMachine: checkVmUpdate,
  VirtualMachineInstance: checkVmiUpdate,
  VirtualMachinePool: checkPoolUpdate,
  VirtualMachineInstanceMigration: checkMigrationUpdate
};
function checkUpdate(live, desired) {
  const kind = desired["kind"];
  if (typeof kind !== "string" || kind !== live["kind"]) return [];
  const check = CHECKS[kind];
  if (check === void 0) return [];
  try {
    return check(live, desired);
  } catch {
    return [];
  }
}

// src/sync/plan/diff.ts
function changedPaths(before, after, path = [], out = []) {
  if (Object.is(before, after)) return out;
  const beforeIsObject = before !== null && typeof before === "object";
  const afterIsObject = after !== null && typeof after === "object";
  if (!beforeIsObject || !afterIsObject || Array.isArray(before) !== Array.isArray(after)) {
    out.push(path);
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) {
      out.push(path);
      return out;
    }
    before.forEach((item, i) => changedPaths(item, after[i], [...path, i], out));
    return out;
  }
  const a = before;
  const b = after;
  for (const key of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) changedPaths(a[key], b[key], [...path, key], out);
  return out;
}
var SERVER_METADATA = /* @__PURE__ */ new Set(["managedFields", "resourceVersion", "generation", "uid", "creationTimestamp", "selfLink"]);
function comparable(object) {
  const { status: _status, metadata, ...rest } = object;
  const meta = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (!SERVER_METADATA.has(key)) meta[key] = value;
  }
  return { ...rest, metadata: meta };
}

// src/sync/plan/kubevirt-fields.ts
var KUBEVIRT_WRITTEN_FIELDS = [
  ["spec", "template", "spec", "domain", "firmware", "uuid"],
  ["spec", "template", "spec", "domain", "firmware", "serial"],
  ["spec", "template", "spec", "domain", "machine", "type"],
  ["spec", "template", "spec", "architecture"],
  ["spec", "template", "metadata", "annotations", "kubevirt.io/pci-topology-version"],
  ["spec", "instancetype", "revisionName"],
  ["spec", "preference", "revisionName"]
];
var INTERFACES = ["spec", "template", "spec", "domain", "devices", "interfaces"];
function carryOverKubevirtFields(desired, live) {
  if (!live || desired["kind"] !== "VirtualMachine") return desired;
  const out = structuredClone(desired);
  for (const path of KUBEVIRT_WRITTEN_FIELDS) {
    if (path[2] === "revisionName" && matcherChanged(desired, live, path[1])) continue;
    const value = getAt(live, path);
    if (value !== void 0 && getAt(out, path) === void 0 && parentExistsOrCreatable(out, path)) setAt(out, path, value);
  }
  carryOverMacAddresses(out, live);
  return out;
}
var DEFAULT_MATCHER_KIND = { instancetype: "virtualmachineclusterinstancetype", preference: "virtualmachineclusterpreference" };
function matcherChanged(desired, live, key) {
  const before = getAt(live, ["spec", key]);
  const after = getAt(desired, ["spec", key]);
  if (!isRecord(before) || !isRecord(after)) return false;
  const kind = (matcher) => typeof matcher["kind"] === "string" && matcher["kind"] !== "" ? matcher["kind"].toLowerCase().replace(/s$/, "") : DEFAULT_MATCHER_KIND[key];
  return (before["name"] ?? "") !== (after["name"] ?? "") || kind(before) !== kind(after);
}
function carryOverMacAddresses(out, live) {
  const desiredInterfaces = getAt(out, INTERFACES);
  const liveInterfaces = getAt(live, INTERFACES);
  if (!Array.isArray(desiredInterfaces) || !Array.isArray(liveInterfaces)) return;
  const liveMacs = /* @__PURE__ */ new Map();
  for (const item of liveInterfaces) {
    if (isRecord(item) && typeof item["name"] === "string" && item["macAddress"] !== void 0) liveMacs.set(item["name"], item["macAddress"]);
  }
  for (const item of desiredInterfaces) {
    if (isRecord(item) && typeof item["name"] === "string" && item["macAddress"] === void 0 && liveMacs.has(item["name"])) {
      item["macAddress"] = liveMacs.get(item["name"]);
    }
  }
}
function parentExistsOrCreatable(root, path) {
  const templateSpec = getAt(root, ["spec", "template"]);
  if (path[1] === "template") return isRecord(templateSpec);
  return isRecord(getAt(root, path.slice(0, -1)));
}
function setAt(root, path, value) {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment];
    if (!isRecord(next)) node[segment] = {};
    node = node[segment];
  }
  node[path[path.length - 1]] = value;
}

// src/sync/plan/vm-impact.ts
var LIVE_UPDATABLE = [
  ["spec", "template", "spec", "domain", "cpu", "sockets"],
  ["spec", "template", "spec", "domain", "memory", "guest"],
  ["spec", "template", "spec", "affinity"],
  ["spec", "template", "spec", "nodeSelector"],
  ["spec", "template", "spec", "tolerations"],
  ["spec", "template", "spec", "evictionStrategy"]
];
var NO_IMPACT_PREFIXES = [["metadata"], ["spec", "dataVolumeTemplates"]];
function vmImpact(changed) {
  let impact = "none";
  const restartPaths = [];
  for (const path of changed) {
    if (NO_IMPACT_PREFIXES.some((prefix) => startsWith(path, prefix))) continue;
    if (startsWith(path, ["spec", "runStrategy"]) || startsWith(path, ["spec", "running"])) {
      if (impact === "none") impact = "power";
      continue;
    }
    if (LIVE_UPDATABLE.some((prefix) => startsWith(path, prefix))) {
      if (impact !== "restart-required") impact = "live-update";
      continue;
    }
    impact = "restart-required";
    restartPaths.push(formatPath(path));
  }
  return { impact, restartPaths };
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

// src/sync/plan/plan.ts
function subjectOf(object) {
  const metadata = object["metadata"] ?? {};
  return `${String(object["kind"])}/${metadata.namespace ? `${metadata.namespace}/` : ""}${metadata.name ?? ""}`;
}
function preparePayload(desired, live) {
  const carried = carryOverKubevirtFields(desired, live);
  const { payload, keptLive } = applyPowerPolicy(carried, live);
  return keptLive ? { payload, powerOverride: keptLive } : { payload };
}
function rejectedUpdate(payload, live, powerOverride) {
  const errors = checkUpdate(live, payload).filter((finding) => finding.severity === "error");
  if (errors.length === 0) return void 0;
  const reason = errors.map((finding) => `${finding.path}: ${finding.message} [${finding.catalog}]`).join("; ");
  return { subject: subjectOf(payload), action: "blocked", payload, changes: [], reason, blockedBy: "update-rule", ...powerOverride ? { powerOverride } : {} };
}
function classify(payload, live, dryRun, powerOverride) {
  const subject = subjectOf(payload);
  const extra = powerOverride ? { powerOverride } : {};
  if (!dryRun.ok) {
    return { subject, action: "blocked", payload, changes: [], reason: explainRejection(payload, dryRun), blockedBy: "dry-run", ...extra };
  }
  if (!live) return { subject, action: "create", payload, changes: [], ...extra };
  const paths = changedPaths(comparable(live), comparable(dryRun.object));
  if (paths.length === 0) return { subject, action: "unchanged", payload, changes: [], ...extra };
  const change = { subject, action: "update", payload, changes: paths.map(formatPath).sort(), ...extra };
  if (payload["kind"] === "VirtualMachine") {
    const { impact, restartPaths } = vmImpact(paths);
    change.impact = impact;
    if (restartPaths.length > 0) change.restartPaths = restartPaths;
  }
  return change;
}
function explainRejection(payload, dryRun) {
  const kind = String(payload["kind"]);
  if (/immutable|Cannot update DataVolume Spec/i.test(dryRun.message)) {
    const hint = kind === "DataVolume" ? "a DataVolume spec cannot change after creation: give the new disk a new name (virtops never deletes and recreates disks)" : "the field cannot change after creation: virtops never deletes and recreates it; change it by hand or give the object a new name";
    return `${dryRun.message} (${hint})`;
  }
  return `${dryRun.reason}: ${dryRun.message}`;
}

// src/sync/plan/dry-run.ts
async function planObjects(kube, objects, owner, options = {}) {
  const newNamespaces = new Set(objects.filter((object) => object["kind"] === "Namespace").map((object) => keyFromObject(object).name));
  const plan = new Array(objects.length);
  const indexed = objects.map((object, index) => ({ object, index }));
  await boundedEach(indexed, options.concurrency ?? 8, async ({ object, index }) => {
    plan[index] = await planOne(kube, withOwner(object, owner), newNamespaces, options);
  });
  return plan;
}
async function planOne(kube, desired, newNamespaces, options) {
  const { shortcut } = options;
  const ref = keyFromObject(desired);
  const key = keyOf(ref);
  const live = shortcut ? shortcut.live.get(key) : await kube.get(ref);
  const stamp = stampOf(live);
  if (shortcut && stamp !== void 0 && shortcut.known.get(key) === stamp) {
    return { subject: subjectOf(desired), action: "unchanged", payload: desired, changes: [], stamp };
  }
  const prepared = preparePayload(desired, live);
  if (!live && options.dryRunCreates === false) return classify(prepared.payload, void 0, { ok: true, object: prepared.payload }, prepared.powerOverride);
  const rejected = live ? rejectedUpdate(prepared.payload, live, prepared.powerOverride) : void 0;
  if (rejected) return stamp !== void 0 ? { ...rejected, stamp } : rejected;
  let dryRun;
  try {
    dryRun = { ok: true, object: await kube.apply(prepared.payload, { dryRun: true, force: true }) };
  } catch (error) {
    if (error instanceof KubeError && error.retryable) throw error;
    if (!live && ref.namespace && newNamespaces.has(ref.namespace) && error instanceof KubeError && error.reason === "NotFound" && error.message.includes(`namespaces "${ref.namespace}" not found`)) {
      return classify(prepared.payload, void 0, { ok: true, object: prepared.payload }, prepared.powerOverride);
    }
    dryRun = { ok: false, reason: error instanceof KubeError ? error.reason : "Unknown", message: error.message, ...error instanceof KubeError && error.code ? { code: error.code } : {} };
  }
  const change = classify(prepared.payload, live, dryRun, prepared.powerOverride);
  return stamp !== void 0 ? { ...change, stamp } : change;
}

// src/sync/render/render.ts
function render(files, config) {
  config = withSourcesIndex(config, files.map((f) => ({ file: f.path, bytes: f.bytes })));
  const active = activeRules(config);
  const out = { objects: [], findings: [], documents: 0 };
  const lint = (file, extraFindings) => lintSource({ file: file.path, bytes: file.bytes, discovered: true }, config, active, { keepObjects: true, ...extraFindings ? { extraFindings } : {} });
  const reports = applySetStage(files.map((file) => lint(file)), config, (index, extraFindings) => lint(files[index], extraFindings), active);
  reports.forEach((report, index) => {
    const file = files[index];
    out.documents += report.documents;
    if (report.results.length > 0) out.findings.push({ file: file.path, results: report.results });
    for (const object of report.objects ?? []) {
      if (isApplied(object)) out.objects.push({ file: file.path, document: object.document, object: object.value });
    }
  });
  return out;
}

// src/sync/source/errors.ts
var SourceError = class extends Error {
  constructor(reason, message, options) {
    super(message, options);
    this.reason = reason;
  }
  reason;
  name = "SourceError";
};

// src/sync/source/fetch.ts
import nodeFs from "node:fs";
import { join } from "node:path";
import git from "isomorphic-git";
import nodeHttp from "isomorphic-git/http/node";
async function fetchSource(options) {
  const fs = options.fs ?? nodeFs;
  const refName = options.ref.commit ? void 0 : options.ref.tag ?? options.ref.branch ?? "main";
  if (options.location.type === "local") return resolveLocal(fs, options.location.dir, options.ref, refName);
  const gitdir = options.cacheDir;
  if (!fs.existsSync(join(gitdir, "HEAD"))) await git.init({ fs, gitdir, bare: true });
  await git.addRemote({ fs, gitdir, remote: "origin", url: options.location.url, force: true });
  const http = options.http ?? nodeHttp;
  const { credentials } = options;
  const url = options.location.url;
  const auth = () => credentials ? {
    // Sent with the first request: isomorphic-git otherwise asks anonymously and repeats the request after the 401.
    headers: { Authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}` },
    onAuth: () => credentials,
    onAuthFailure: () => ({ cancel: true })
  } : { headers: {} };
  const common = { fs, http, gitdir, remote: "origin" };
  try {
    if (options.ref.commit) {
      await git.fetch({ ...common, ...auth(), singleBranch: false, tags: false });
      return { revision: `sha1:${options.ref.commit}`, commit: await peelToCommit(fs, gitdir, options.ref.commit), gitdir };
    }
    const remoteRef = options.ref.tag ? `refs/tags/${refName}` : `refs/heads/${refName}`;
    let fetchHead = await unchangedSinceLastFetch(fs, gitdir, remoteRef, () => git.listServerRefs({ http, url, ...auth(), protocolVersion: 1, prefix: remoteRef }));
    if (!fetchHead) {
      const result = await git.fetch({ ...common, ...auth(), ref: refName, singleBranch: true, depth: 1, tags: options.ref.tag !== void 0, prune: true });
      if (!result.fetchHead) throw new SourceError("RefNotFound", `${options.ref.tag ? "tag" : "branch"} "${refName}" not found in ${options.location.url}`);
      fetchHead = result.fetchHead;
      fs.writeFileSync(join(gitdir, LAST_FETCH), JSON.stringify({ ref: remoteRef, oid: fetchHead }));
    }
    const commit = await peelToCommit(fs, gitdir, fetchHead);
    return { revision: `${refName}@sha1:${commit}`, commit, gitdir, ...options.ref.tag ? { tagObject: { name: options.ref.tag, oid: fetchHead } } : {} };
  } catch (error) {
    throw classify2(error, options.location.url, refName);
  }
}
var LAST_FETCH = "virtops-last-fetch.json";
async function unchangedSinceLastFetch(fs, gitdir, remoteRef, listRefs) {
  let last;
  try {
    last = JSON.parse(fs.readFileSync(join(gitdir, LAST_FETCH), "utf8"));
  } catch {
    return void 0;
  }
  if (last.ref !== remoteRef || typeof last.oid !== "string") return void 0;
  const remote = (await listRefs()).find((entry) => entry.ref === remoteRef)?.oid;
  if (remote !== last.oid) return void 0;
  try {
    await git.readObject({ fs, gitdir, oid: remote, format: "deflated" });
    return remote;
  } catch {
    return void 0;
  }
}
async function resolveLocal(fs, dir, ref, refName) {
  const gitdir = fs.existsSync(join(dir, ".git")) ? join(dir, ".git") : dir;
  if (!fs.existsSync(join(gitdir, "HEAD"))) throw new SourceError("PathNotFound", `${dir} is not a git repository`);
  try {
    if (ref.commit) return { revision: `sha1:${ref.commit}`, commit: await peelToCommit(fs, gitdir, ref.commit), gitdir };
    const full = ref.tag ? `refs/tags/${ref.tag}` : `refs/heads/${refName}`;
    const oid = await git.resolveRef({ fs, gitdir, ref: full });
    const commit = await peelToCommit(fs, gitdir, oid);
    return { revision: `${refName}@sha1:${commit}`, commit, gitdir, ...ref.tag ? { tagObject: { name: ref.tag, oid } } : {} };
  } catch (error) {
    throw classify2(error, dir, refName ?? ref.commit);
  }
}
async function peelToCommit(fs, gitdir, oid) {
  for (let depth = 0; depth < 5; depth++) {
    let object;
    try {
      object = await git.readObject({ fs, gitdir, oid });
    } catch (error) {
      throw new SourceError("RefNotFound", `commit ${oid} is not in the repository`, { cause: error });
    }
    if (object.type === "commit") return oid;
    if (object.type !== "tag") throw new SourceError("RefNotFound", `${oid} is a ${object.type}, not a commit`);
    oid = (await git.readTag({ fs, gitdir, oid })).tag.object;
  }
  throw new SourceError("RefNotFound", `tag ${oid} nests too deeply`);
}
function classify2(error, where, ref) {
  if (error instanceof SourceError) return error;
  const e = error;
  const status = e.data?.statusCode;
  if (e.code === "HttpError" && (status === 401 || status === 403) || e.code === "UserCanceledError") return new SourceError("AccessDenied", `${where}: access denied (HTTP ${status ?? 401}); check the token or password in the GitSync secret`, { cause: error });
  if (e.code === "HttpError" && status === 404) return new SourceError("RefNotFound", `${where}: repository not found (HTTP 404)`, { cause: error });
  if (e.code === "HttpError") return new SourceError("GitServerUnavailable", `${where}: the git server answered HTTP ${status}`, { cause: error });
  if (e.code === "NotFoundError") return new SourceError("RefNotFound", `${where}: ${ref ? `"${ref}" ` : ""}not found`, { cause: error });
  const network = e.code ?? e.cause?.code;
  if (network && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH)$/.test(network)) {
    return new SourceError("GitServerUnavailable", `${where}: the git server is unreachable (${network}); the last good revision stays applied`, { cause: error });
  }
  return new SourceError("FetchFailed", `${where}: ${e.message ?? String(error)}`, { cause: error });
}

// src/sync/source/read-files.ts
import nodeFs2 from "node:fs";
import git2 from "isomorphic-git";
var DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml", "**/*.json"];
async function readFiles(artifact, selection, fs = nodeFs2) {
  const root = selection.path.replace(/^\/+|\/+$/g, "");
  const include = selection.include.length > 0 ? selection.include : DEFAULT_INCLUDE;
  const files = [];
  let sawRoot = root === "";
  await git2.walk({
    fs,
    gitdir: artifact.gitdir,
    trees: [git2.TREE({ ref: artifact.commit })],
    map: async (filepath, [entry]) => {
      if (filepath === "." || !entry) return true;
      const inside = root === "" || filepath === root || filepath.startsWith(`${root}/`);
      const above = root.startsWith(`${filepath}/`);
      if (!inside && !above) return null;
      if (filepath === root) sawRoot = true;
      const type = await entry.type();
      if (type !== "blob" || !inside || filepath === root) return true;
      const relative = root === "" ? filepath : filepath.slice(root.length + 1);
      if (!include.some((glob) => pathGlobMatch(relative, glob))) return true;
      if (selection.exclude.some((glob) => pathGlobMatch(relative, glob))) return true;
      const content = await entry.content();
      if (content) files.push({ path: relative, bytes: content });
      return true;
    }
  });
  if (!sawRoot) throw new SourceError("PathNotFound", `path "${root}" does not exist in ${artifact.revision}`);
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return files;
}

// src/sync/source/url.ts
import { isAbsolute, resolve } from "node:path";
function parseRepoUrl(url, cwd = process.cwd()) {
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(url);
  if (url.startsWith("ssh://") || url.startsWith("git+ssh://") || scp && !url.includes("://") && !isAbsolute(url) && !/^[A-Za-z]:\\/.test(url)) {
    throw new SourceError("SSHNotSupported", `SSH URLs are not supported (${url}): use the HTTPS URL${suggestHttps(url) ? `, e.g. ${suggestHttps(url)}` : ""}, with a token in the GitSync secret`);
  }
  if (url.startsWith("https://") || url.startsWith("http://")) {
    try {
      const parsed = new URL(url);
      if (parsed.username || parsed.password) throw new SourceError("InvalidURL", `credentials in the URL are not allowed (they would be logged): put them in the secret and use ${parsed.origin}${parsed.pathname}`);
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new SourceError("InvalidURL", `not a valid URL: ${url}`, { cause: error });
    }
    return { type: "http", url };
  }
  if (url.startsWith("file://")) return { type: "local", dir: new URL(url).pathname };
  if (/^[a-z][\w+.-]*:\/\//i.test(url)) throw new SourceError("InvalidURL", `unsupported URL scheme in ${url}: use https://`);
  return { type: "local", dir: resolve(cwd, url) };
}
function suggestHttps(url) {
  const ssh = /^(?:git\+)?ssh:\/\/(?:[\w.-]+@)?([\w.-]+)(?::\d+)?\/(.+)$/.exec(url);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(.+)$/.exec(url);
  return scp ? `https://${scp[1]}/${scp[2].replace(/^\//, "")}` : void 0;
}

// src/sync/source/verify.ts
import nodeFs3 from "node:fs";
import git3 from "isomorphic-git";
var VERIFY_MODES = ["head", "tag", "tagAndHead"];
var VerificationKeysError = class extends Error {
  name = "VerificationKeysError";
};
var PUBLIC_BLOCK = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;
async function loadTrustedKeys(entries, source) {
  const openpgp = await import("openpgp");
  const keys = [];
  for (const { name, armored } of entries) {
    if (armored.includes("-----BEGIN PGP PRIVATE KEY BLOCK-----")) throw new VerificationKeysError(`${source}: "${name}" holds a private key; give public keys only (gpg --armor --export <key id>)`);
    const blocks = armored.match(PUBLIC_BLOCK) ?? [];
    if (blocks.length === 0) throw new VerificationKeysError(`${source}: "${name}" holds no armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)`);
    for (const block of blocks) {
      try {
        for (const key of await openpgp.readKeys({ armoredKeys: block })) keys.push(key.isPrivate() ? key.toPublic() : key);
      } catch (error) {
        throw new VerificationKeysError(`${source}: "${name}" is not a readable OpenPGP public key: ${error.message}`, { cause: error });
      }
    }
  }
  if (keys.length === 0) throw new VerificationKeysError(`${source} holds no keys`);
  return { keys, source };
}
var NL = 10;
var SPACE = 32;
var SIGNATURE_HEADER = "gpgsig";
var SIGNATURE_STARTS = [
  ["-----BEGIN PGP SIGNATURE-----", void 0],
  ["-----BEGIN PGP MESSAGE-----", void 0],
  ["-----BEGIN SSH SIGNATURE-----", "an SSH signature"],
  ["-----BEGIN SIGNED MESSAGE-----", "an X.509 (S/MIME) signature"]
];
function startsWith2(bytes, at, text) {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}
function lineEnd(bytes, at) {
  const nl = bytes.indexOf(NL, at);
  return nl < 0 ? bytes.length : nl + 1;
}
function splitHeaderSignature(bytes) {
  const payload = [];
  const signature = [];
  let inSignature = false;
  let otherSignature = false;
  let at = 0;
  while (at < bytes.length) {
    let next = lineEnd(bytes, at);
    let sigStart = -1;
    if (inSignature && bytes[at] === SPACE) sigStart = at + 1;
    else if (startsWith2(bytes, at, `${SIGNATURE_HEADER} `)) {
      sigStart = at + SIGNATURE_HEADER.length + 1;
      otherSignature = false;
    } else if (startsWith2(bytes, at, SIGNATURE_HEADER)) otherSignature = true;
    else if (otherSignature && bytes[at] !== SPACE) otherSignature = false;
    if (sigStart >= 0) {
      signature.push(bytes.subarray(sigStart, next));
      inSignature = true;
    } else {
      if (bytes[at] === NL) next = bytes.length;
      if (!otherSignature) payload.push(bytes.subarray(at, next));
      inSignature = false;
    }
    at = next;
  }
  return { payload: Buffer.concat(payload), signature: signature.length > 0 ? Buffer.concat(signature) : void 0 };
}
function splitTrailingSignature(bytes) {
  let match = -1;
  for (let at = 0; at < bytes.length; at = lineEnd(bytes, at)) {
    if (SIGNATURE_STARTS.some(([start]) => startsWith2(bytes, at, start))) match = at;
  }
  if (match < 0) return { payload: bytes, signature: void 0 };
  return { payload: splitHeaderSignature(bytes.subarray(0, match)).payload, signature: bytes.subarray(match) };
}
function splitSignedObject(raw, type) {
  const split = type === "commit" ? splitHeaderSignature(raw) : splitTrailingSignature(raw);
  return { payload: split.payload, signature: split.signature ? Buffer.from(split.signature).toString("utf8") : void 0 };
}
async function verifySignedObject(raw, type, oid, trusted, now = /* @__PURE__ */ new Date()) {
  const what = `${type} ${oid}`;
  const reject = (reason, message, keyId2) => ({ verified: false, object: type, oid, reason, message, ...keyId2 ? { keyId: keyId2 } : {} });
  const { payload, signature: armored } = splitSignedObject(raw, type);
  if (armored === void 0) return reject("Unsigned", `${what} is not signed`);
  const unsupported = SIGNATURE_STARTS.find(([start]) => armored.startsWith(start))?.[1];
  if (unsupported) return reject("UnsupportedSignature", `${what} carries ${unsupported}; only OpenPGP signatures can be verified`);
  const openpgp = await import("openpgp");
  let signature;
  try {
    signature = await openpgp.readSignature({ armoredSignature: armored });
  } catch (error) {
    return reject("BadSignature", `${what} carries a signature that cannot be read: ${error.message}`);
  }
  const issuers = signature.getSigningKeyIDs();
  const issuerHex = issuers.map((id) => id.toHex().toUpperCase());
  let match;
  for (const id of issuers) {
    const key2 = trusted.keys.find((k) => k.getKeys(id).length > 0);
    if (key2) {
      match = { key: key2, keyId: id.toHex().toUpperCase() };
      break;
    }
  }
  if (!match) {
    const count = `${trusted.keys.length} trusted key${trusted.keys.length === 1 ? "" : "s"}`;
    return reject("UnknownKey", `${what} is signed by key ${issuerHex.join(", ") || "(no issuer)"}, which is not one of the ${count} in ${trusted.source}`, issuerHex[0]);
  }
  const { key, keyId } = match;
  const fingerprint = key.getFingerprint().toUpperCase();
  const signer = await userIdOf(key, now);
  const by = `key ${keyId} (${signer || fingerprint})`;
  const result = await openpgp.verify({ message: await openpgp.createMessage({ binary: payload }), signature, verificationKeys: [key], date: now, format: "binary", expectSigned: false });
  const check = result.signatures.find((s) => s.keyID.toHex().toUpperCase() === keyId) ?? result.signatures[0];
  if (!check) return reject("BadSignature", `${what} carries no OpenPGP signature over data`, keyId);
  let signedAt;
  try {
    await check.verified;
    signedAt = (await check.signature).packets[0]?.created ?? void 0;
    await key.getSigningKey(check.keyID, now);
  } catch (error) {
    const text = error.message;
    if (/revoked/i.test(text)) return reject("KeyRevoked", `${what} is signed by ${by}, which is revoked`, keyId);
    if (/(key|subkey) is expired/i.test(text)) {
      const expires = await key.getExpirationTime().catch(() => null);
      return reject("KeyExpired", `${what} is signed by ${by}, which ${expires instanceof Date ? `expired on ${expires.toISOString()}` : "has expired"}`, keyId);
    }
    if (/digest did not match|verification failed/i.test(text)) return reject("BadSignature", `${what} has a bad signature from ${by}: the signed content does not match the object (altered after signing, or the signature was copied from another object)`, keyId);
    return reject("BadSignature", `${what}: the signature from ${by} does not verify: ${text}`, keyId);
  }
  return { verified: true, object: type, oid, keyId, fingerprint, signer, ...signedAt ? { signedAt: signedAt.toISOString() } : {} };
}
async function userIdOf(key, now) {
  try {
    const primary = await key.getPrimaryUser(now);
    if (primary.user.userID?.userID) return primary.user.userID.userID;
  } catch {
  }
  return key.getUserIDs()[0] ?? "";
}
async function verifyRevision(options) {
  const fs = options.fs ?? nodeFs3;
  const { mode } = options;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const targets = [];
  if (mode === "tag" || mode === "tagAndHead") {
    if (!options.tag) return { verified: false, mode, reason: "InvalidConfig", message: `verify mode ${mode} needs a tag ref (spec.source.ref.tag), and this revision was not fetched from a tag` };
    targets.push({ type: "tag", oid: options.tag.oid, label: options.tag.name });
  }
  if (mode === "head" || mode === "tagAndHead") targets.push({ type: "commit", oid: options.commit });
  const signatures = [];
  for (const target of targets) {
    const { type, object } = await git3.readObject({ fs, gitdir: options.gitdir, oid: target.oid, format: "content" });
    let check;
    if (target.type === "tag" && type !== "tag") {
      check = { verified: false, object: "tag", oid: target.oid, reason: "Unsigned", message: `tag ${target.label} is a lightweight tag (it points straight at ${type} ${target.oid}) and cannot carry a signature; use a signed annotated tag (git tag -s)` };
    } else {
      check = await verifySignedObject(object, target.type, target.oid, options.trusted, now);
      if (!check.verified && target.label) check = { ...check, message: check.message.replace(`tag ${target.oid}`, `tag ${target.label} (${target.oid})`) };
    }
    if (!check.verified) return { verified: false, mode, reason: check.reason, message: check.message, object: check.object, oid: check.oid, ...check.keyId ? { keyId: check.keyId } : {} };
    signatures.push(check);
  }
  return { verified: true, mode, signatures };
}
function describeSignatures(signatures) {
  return signatures.map((s) => `${s.object} ${s.oid} signed by ${s.signer || "a key without user id"} (key ${s.fingerprint})`).join("; ");
}

// src/cli/kube-flags.ts
var KUBE_FLAGS = {
  kubeconfig: { type: "string" },
  "kube-qps": { type: "string" },
  "kube-burst": { type: "string" }
};
var KUBE_FLAGS_HELP = `  --kubeconfig <file>   kubeconfig to use (default: in-cluster, then $KUBECONFIG, then ~/.kube/config)
  --kube-qps <n>        API requests per second (default ${DEFAULT_CLIENT_LIMITS.qps})
  --kube-burst <n>      API requests that may start at once (default ${DEFAULT_CLIENT_LIMITS.burst})`;
function clientLimits(values) {
  return {
    qps: positive("--kube-qps", values["kube-qps"], DEFAULT_CLIENT_LIMITS.qps),
    burst: positive("--kube-burst", values["kube-burst"], DEFAULT_CLIENT_LIMITS.burst)
  };
}
function positive(flag, text, fallback) {
  if (text === void 0) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} must be a positive number, not "${text}"`);
  return value;
}

export {
  withRetry,
  boundedEach,
  KubeError,
  toKubeError,
  loadKubeConfig,
  ApiServerClient,
  gate,
  stampOf,
  keyFromObject,
  ownerOf,
  DEFAULT_ORPHAN_KINDS,
  keyOf,
  planPrune,
  subjectOf,
  planObjects,
  render,
  SourceError,
  fetchSource,
  readFiles,
  parseRepoUrl,
  VERIFY_MODES,
  VerificationKeysError,
  loadTrustedKeys,
  verifyRevision,
  describeSignatures,
  KUBE_FLAGS,
  KUBE_FLAGS_HELP,
  clientLimits
};

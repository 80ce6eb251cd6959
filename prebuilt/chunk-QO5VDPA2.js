import {
  DEFAULT_ORPHAN_KINDS,
  KubeError,
  SourceError,
  VERIFY_MODES,
  VerificationKeysError,
  boundedEach,
  describeSignatures,
  fetchSource,
  gate,
  keyFromObject,
  keyOf,
  loadTrustedKeys,
  ownerOf,
  parseRepoUrl,
  planObjects,
  planPrune,
  readFiles,
  render,
  stampOf,
  subjectOf,
  toKubeError,
  verifyRevision,
  withRetry
} from "./chunk-BVSBB6HI.js";
import {
  condition,
  pastDeadline,
  powerPolicyOf,
  runStrategyOf,
  vmHealth
} from "./chunk-6QLLLFCP.js";

// src/kube/status-writer.ts
import { CustomObjectsApi, CoreV1Api } from "@kubernetes/client-node";
var StatusWriter = class {
  custom;
  core;
  constructor(config) {
    this.custom = config.makeApiClient(CustomObjectsApi);
    this.core = config.makeApiClient(CoreV1Api);
  }
  /** Replaces .status of the live object (read first, so the write carries its resourceVersion). */
  async writeStatus(target, status) {
    try {
      const live = await this.custom.getNamespacedCustomObject(target);
      await this.custom.replaceNamespacedCustomObjectStatus({ ...target, body: { ...live, status } });
    } catch (error) {
      throw toKubeError(error);
    }
  }
  async event(involved, type, reason, message, now) {
    try {
      await this.core.createNamespacedEvent({
        namespace: involved.namespace,
        body: {
          metadata: { generateName: `${involved.name}.`, namespace: involved.namespace },
          involvedObject: { apiVersion: involved.apiVersion, kind: involved.kind, namespace: involved.namespace, name: involved.name, ...involved.uid ? { uid: involved.uid } : {} },
          type,
          reason,
          message: message.slice(0, 1024),
          source: { component: "virtops" },
          firstTimestamp: now,
          lastTimestamp: now,
          count: 1
        }
      });
    } catch (error) {
      throw toKubeError(error);
    }
  }
};

// src/agent/interval.ts
function parseDuration(text) {
  const match = /^((?:\d+(?:\.\d+)?(?:h|m|s|ms))+)$/.exec(text.trim());
  if (!match) throw new Error(`invalid duration "${text}"; use e.g. 30s, 5m, 1h30m`);
  let ms = 0;
  for (const [, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    ms += Number(value) * { h: 36e5, m: 6e4, s: 1e3, ms: 1 }[unit];
  }
  return ms;
}
function jittered(intervalMs, fraction, random = Math.random) {
  return Math.max(1e3, Math.round(intervalMs * (1 + fraction * (2 * random() - 1))));
}

// src/sync/gitsync.ts
var GITSYNC_API_VERSION = "virtops.io/v1alpha1";
var GITSYNC_KIND = "GitSync";
var GitSyncError = class extends Error {
  name = "GitSyncError";
};
function readGitSync(object) {
  const metadata = object["metadata"] ?? {};
  if (!metadata.name || !metadata.namespace) throw new GitSyncError("GitSync needs metadata.name and metadata.namespace");
  const spec = object["spec"] ?? {};
  const source = spec["source"] ?? {};
  if (typeof source["url"] !== "string" || source["url"] === "") throw new GitSyncError(`GitSync ${metadata.namespace}/${metadata.name}: spec.source.url is required`);
  const refSpec = source["ref"] ?? {};
  const refs = ["branch", "tag", "commit"].filter((k) => typeof refSpec[k] === "string");
  if (refs.length > 1) throw new GitSyncError(`GitSync ${metadata.namespace}/${metadata.name}: spec.source.ref takes one of branch, tag or commit, not ${refs.join(" and ")}`);
  const ref = refSpec.commit ? { commit: refSpec.commit } : refSpec.tag ? { tag: refSpec.tag } : { branch: refSpec.branch ?? "main" };
  const prune2 = spec["prune"] ?? {};
  const health = spec["healthCheck"] ?? {};
  const secretRef = source["secretRef"];
  const verify = readVerify(`GitSync ${metadata.namespace}/${metadata.name}`, spec, source, ref);
  return {
    namespace: metadata.namespace,
    name: metadata.name,
    url: source["url"],
    ref,
    ...secretRef?.name ? { secretName: secretRef.name } : {},
    ...verify ? { verify } : {},
    intervalText: typeof spec["interval"] === "string" ? spec["interval"] : "5m",
    suspend: spec["suspend"] === true,
    spec: {
      owner: `${metadata.namespace}/${metadata.name}`,
      selection: { path: typeof source["path"] === "string" ? source["path"] : "", include: stringList(source["include"]), exclude: stringList(source["exclude"]) },
      prune: { enabled: prune2.enabled !== false, maxShare: typeof prune2.maxShare === "number" ? prune2.maxShare : 0.3, ...prune2.approveRevision ? { approveRevision: prune2.approveRevision } : {} },
      healthTimeoutSeconds: parseDuration(health.timeout ?? "10m") / 1e3
    }
  };
}
function statusOf(object) {
  const status = object["status"] ?? {};
  return {
    conditions: Array.isArray(status.conditions) ? status.conditions : [],
    inventory: Array.isArray(status.inventory) ? status.inventory : [],
    vms: Array.isArray(status.vms) ? status.vms : [],
    history: Array.isArray(status.history) ? status.history : [],
    ...status.lastFetchedRevision ? { lastFetchedRevision: status.lastFetchedRevision } : {},
    ...status.lastAttemptedRevision ? { lastAttemptedRevision: status.lastAttemptedRevision } : {},
    ...status.lastAppliedRevision ? { lastAppliedRevision: status.lastAppliedRevision } : {},
    ...status.lint ? { lint: status.lint } : {},
    ...status.vmSummary ? { vmSummary: status.vmSummary } : {},
    ...status.verification ? { verification: status.verification } : {}
  };
}
function credentialsFromSecret(secret) {
  const data = secret?.["data"] ?? {};
  const decode = (key) => data[key] ? Buffer.from(data[key], "base64").toString("utf8") : void 0;
  const token = decode("token");
  if (token) return { username: decode("username") ?? "x-access-token", password: token };
  const username = decode("username");
  const password = decode("password");
  return username && password ? { username, password } : void 0;
}
function readVerify(where, spec, source, ref) {
  if (spec["verify"] !== void 0) throw new GitSyncError(`${where}: verification is configured under spec.source.verify (next to the URL and ref it checks), not spec.verify`);
  const verify = source["verify"];
  if (verify === void 0 || verify === null) return void 0;
  if (typeof verify !== "object" || Array.isArray(verify)) throw new GitSyncError(`${where}: spec.source.verify must be an object: { mode: head, secretRef: { name: <Secret with armored public keys> } }`);
  const { mode = "head", secretRef } = verify;
  if (typeof mode !== "string" || !VERIFY_MODES.includes(mode)) throw new GitSyncError(`${where}: spec.source.verify.mode must be one of ${VERIFY_MODES.join(", ")}, not ${JSON.stringify(mode)}`);
  if (typeof secretRef?.name !== "string" || secretRef.name === "") throw new GitSyncError(`${where}: spec.source.verify.secretRef.name is required: the Secret (in the GitSync's namespace) whose data keys hold the armored OpenPGP public keys to trust`);
  if (mode !== "head" && !ref.tag) throw new GitSyncError(`${where}: spec.source.verify.mode ${mode} checks a signed tag, so spec.source.ref needs a tag`);
  return { mode, secretName: secretRef.name };
}
function verificationKeysFromSecret(secret) {
  const data = secret["data"] ?? {};
  return Object.entries(data).map(([name, value]) => ({ name, armored: Buffer.from(value, "base64").toString("utf8") }));
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

// src/sync/run-gitsync.ts
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";

// src/sync/apply/order.ts
var WAVES = [
  ["Namespace"],
  ["NetworkAttachmentDefinition"],
  ["Secret", "ConfigMap", "ServiceAccount"],
  ["VirtualMachineInstancetype", "VirtualMachineClusterInstancetype", "VirtualMachinePreference", "VirtualMachineClusterPreference", "MigrationPolicy"],
  ["DataVolume", "PersistentVolumeClaim", "DataSource", "DataImportCron"]
];
var VM_WAVE = ["VirtualMachine", "VirtualMachinePool", "VirtualMachineInstanceReplicaSet", "VirtualMachineInstance"];
function waveOf(kind) {
  const index = WAVES.findIndex((wave) => wave.includes(kind));
  if (index >= 0) return index;
  return VM_WAVE.includes(kind) ? WAVES.length + 1 : WAVES.length;
}
function inWaves(items, kindOf, subjectOf2) {
  const waves = /* @__PURE__ */ new Map();
  for (const item of items) {
    const wave = waveOf(kindOf(item));
    if (!waves.has(wave)) waves.set(wave, []);
    waves.get(wave).push(item);
  }
  return [...waves.entries()].sort(([a], [b]) => a - b).map(([, list]) => list.sort((x, y) => subjectOf2(x).localeCompare(subjectOf2(y))));
}

// src/sync/apply/apply.ts
var DEFAULT_APPLY_OPTIONS = { concurrency: 8, attempts: 4 };
async function applyPlan(client, changes, options = DEFAULT_APPLY_OPTIONS) {
  const results = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (change.action === "unchanged") results.set(change.subject, { subject: change.subject, action: change.action, outcome: "unchanged" });
    if (change.action === "blocked") results.set(change.subject, { subject: change.subject, action: change.action, outcome: "blocked", message: change.reason ?? "blocked" });
  }
  const toApply = changes.filter((c) => c.action === "create" || c.action === "update");
  for (const wave of inWaves(toApply, (c) => String(c.payload["kind"]), (c) => c.subject)) {
    await boundedEach(wave, options.concurrency, async (change) => {
      try {
        const stored = await withRetry(
          // force: git is the owner of what it declares; a kubectl edit of those fields is drift to heal.
          () => client.apply(change.payload, { force: true }),
          { attempts: options.attempts, baseMs: 250, maxMs: 5e3, retryable: (e) => e instanceof KubeError && e.retryable, ...options.clock ? { clock: options.clock } : {}, ...options.signal ? { signal: options.signal } : {} }
        );
        results.set(change.subject, { subject: change.subject, action: change.action, outcome: "applied", object: stored });
      } catch (error) {
        results.set(change.subject, { subject: change.subject, action: change.action, outcome: "failed", message: error.message });
      }
    }, options.signal);
  }
  for (const change of toApply) {
    if (!results.has(change.subject)) results.set(change.subject, { subject: change.subject, action: change.action, outcome: "skipped", message: "not applied: the sync was stopped" });
  }
  return changes.map((c) => results.get(c.subject));
}

// src/sync/health/datavolume.ts
function dataVolumeHealth(live, deadline) {
  const status = live["status"] ?? {};
  const phase = status.phase ?? "";
  const progress = status.progress && status.progress !== "N/A" ? ` (${status.progress})` : "";
  if (phase === "Succeeded") return { status: "Healthy", reason: phase, message: "the disk is populated" };
  if (phase === "Failed") return { status: "Degraded", reason: phase, message: condition(status, "Running")?.message ?? "CDI could not populate the disk" };
  if (phase === "WaitForFirstConsumer" || phase === "PendingPopulation") {
    return { status: "Healthy", reason: phase, message: "waiting for the first consumer (a VM start) before populating" };
  }
  if (phase === "Paused") return { status: "Suspended", reason: phase, message: "the multi-stage import is paused" };
  const running = condition(status, "Running");
  if (running?.status === "False" && running.reason && /Error|Failed|BackOff/.test(running.reason)) {
    return { status: "Degraded", reason: running.reason, message: running.message ?? `CDI reports ${running.reason}` };
  }
  if (phase === "" || phase === "Unknown") return { status: "Progressing", reason: phase || "NoStatus", message: "waiting for CDI to report a phase" };
  if (pastDeadline(deadline)) return { status: "Degraded", reason: phase, message: `stuck in ${phase} for more than ${deadline.seconds}s${progress}` };
  return { status: "Progressing", reason: phase, message: `${phase}${progress}` };
}

// src/sync/status/conditions.ts
var STAGE_CONDITIONS = ["FetchFailed", "VerificationFailed", "LintFailed", "PlanFailed", "ApplyFailed", "PruneFailed", "HealthCheckFailed"];
var STALLING_REASONS = /* @__PURE__ */ new Set([
  "LintErrors",
  "InvalidConfig",
  "SSHNotSupported",
  "AccessDenied",
  "SignatureInvalid",
  // Signature verification (src/sync/source/verify.ts)
  "Unsigned",
  "UnsupportedSignature",
  "UnknownKey",
  "BadSignature",
  "KeyExpired",
  "KeyRevoked",
  "InvalidKeys"
]);
var Conditions = class {
  constructor(existing = [], now = () => /* @__PURE__ */ new Date()) {
    this.now = now;
    this.list = existing.map((c) => ({ ...c }));
  }
  now;
  list;
  get(type) {
    return this.list.find((c) => c.type === type);
  }
  /** Sets a condition; the transition time changes only when the status does. */
  set(type, status, reason, message) {
    const existing = this.get(type);
    if (existing) {
      if (existing.status !== status) existing.lastTransitionTime = this.now().toISOString();
      existing.status = status;
      existing.reason = reason;
      existing.message = message;
    } else {
      this.list.push({ type, status, reason, message, lastTransitionTime: this.now().toISOString() });
    }
  }
  delete(type) {
    const index = this.list.findIndex((c) => c.type === type);
    if (index >= 0) this.list.splice(index, 1);
  }
  markFailed(stage, reason, message) {
    this.set(stage, "True", reason, message);
  }
  markRecovered(stage) {
    this.delete(stage);
  }
  markReconciling(reason, message) {
    this.set("Reconciling", "True", reason, message);
  }
  /** Derives Ready, Stalled and (when done) clears Reconciling from the stage conditions. */
  summarize(done, readyMessage) {
    const failing = STAGE_CONDITIONS.map((type) => this.get(type)).find((c) => c?.status === "True");
    if (failing) {
      this.set("Ready", "False", failing.reason, failing.message);
      if (STALLING_REASONS.has(failing.reason)) this.set("Stalled", "True", failing.reason, failing.message);
      else this.delete("Stalled");
    } else if (done) {
      this.set("Ready", "True", "Succeeded", readyMessage);
      this.delete("Stalled");
    } else {
      this.set("Ready", "Unknown", "Progressing", this.get("Reconciling")?.message ?? "reconciliation in progress");
    }
    if (done) this.delete("Reconciling");
    return this.snapshot();
  }
  snapshot() {
    const order = (type) => type === "Ready" ? 0 : type === "Reconciling" ? 1 : type === "Stalled" ? 2 : 3;
    return this.list.map((c) => ({ ...c })).sort((a, b) => order(a.type) - order(b.type) || a.type.localeCompare(b.type));
  }
};

// src/sync/source/verify-stage.ts
var SOURCE_VERIFIED = "SourceVerified";
async function verificationStage(verify, artifact, status, conditions, events) {
  if (!verify) {
    conditions.markRecovered("VerificationFailed");
    conditions.delete(SOURCE_VERIFIED);
    delete status.verification;
    return false;
  }
  let outcome;
  try {
    outcome = await verify(artifact);
  } catch (error) {
    outcome = { verified: false, reason: "VerificationError", message: `could not verify the signature: ${error.message}` };
  }
  if (!outcome.verified) {
    const kept = status.lastAppliedRevision ? `${status.lastAppliedRevision} stays applied` : "nothing applied";
    const message = `revision ${artifact.revision} failed signature verification: ${outcome.message}; ${kept}`;
    conditions.markFailed("VerificationFailed", outcome.reason, message);
    conditions.set(SOURCE_VERIFIED, "False", outcome.reason, message);
    events.push({ type: "Warning", reason: "VerificationFailed", message });
    return true;
  }
  const signatures = outcome.signatures.map(({ verified: _verified, ...rest }) => rest);
  const summary = describeSignatures(outcome.signatures);
  conditions.markRecovered("VerificationFailed");
  conditions.set(SOURCE_VERIFIED, "True", "Succeeded", `verified (mode ${outcome.mode}): ${summary}`);
  if (status.verification?.revision !== artifact.revision) events.push({ type: "Normal", reason: "SignatureVerified", message: `revision ${artifact.revision}: ${summary}` });
  status.verification = { revision: artifact.revision, mode: outcome.mode, signatures };
  return false;
}

// src/sync/reconcile.ts
var HISTORY = 10;
var SELF_HEAL_ANNOTATION = "virtops.io/self-heal";
function selfHealDisabled(object) {
  return ((object["metadata"] ?? {}).annotations ?? {})[SELF_HEAL_ANNOTATION] === "disabled";
}
function repeatsLast(outcome, last) {
  if (!last || outcome.applied > 0 || outcome.pruned > 0) return false;
  return Object.keys(outcome).every((key) => outcome[key] === last[key]);
}
async function reconcile(spec, previous, deps) {
  const startedAt = deps.now();
  const conditions = new Conditions(previous.conditions, deps.now);
  const status = { ...previous, conditions: [], inventory: previous.inventory, vms: previous.vms, history: previous.history };
  const events = [];
  const finish = (done2, message, outcome) => {
    status.conditions = conditions.summarize(done2, message);
    if (!outcome) return { status, events };
    const record = { ...outcome, startedAt: startedAt.toISOString(), finishedAt: deps.now().toISOString() };
    if (!repeatsLast(outcome, previous.history[0])) status.history = [record, ...previous.history].slice(0, HISTORY);
    return { status, events, record };
  };
  let artifact;
  try {
    conditions.markReconciling("Fetching", "fetching the source");
    artifact = await deps.fetch();
    conditions.markRecovered("FetchFailed");
  } catch (error) {
    const reason = error instanceof SourceError ? error.reason : "FetchFailed";
    conditions.markFailed("FetchFailed", reason, error.message);
    events.push({ type: "Warning", reason: "FetchFailed", message: error.message });
    return finish(true, "");
  }
  status.lastFetchedRevision = artifact.revision;
  if (await verificationStage(deps.verify, artifact, status, conditions, events)) {
    return finish(true, "", { revision: artifact.revision, result: "HeldBack", applied: 0, unchanged: 0, pruned: 0, blocked: 0 });
  }
  const renderKey = `${artifact.commit} ${JSON.stringify(spec.selection)}`;
  let rendered = deps.renders?.get(renderKey);
  if (!rendered) {
    let files;
    try {
      files = await deps.readFiles(artifact, spec.selection);
    } catch (error) {
      conditions.markFailed("FetchFailed", error instanceof SourceError ? error.reason : "FetchFailed", error.message);
      return finish(true, "");
    }
    rendered = render(files, deps.lintConfig);
    deps.renders?.set(renderKey, rendered);
  }
  const verdict = gate(rendered);
  const { passed: _passed, ...lint } = verdict;
  status.lint = lint;
  if (!verdict.passed) {
    const message = `revision ${artifact.revision} has ${verdict.errors} lint error${verdict.errors === 1 ? "" : "s"} (first: ${verdict.findings[0]?.file}:${verdict.findings[0]?.line} ${verdict.findings[0]?.message}); ${status.lastAppliedRevision ? `${status.lastAppliedRevision} stays applied` : "nothing applied"}`;
    conditions.markFailed("LintFailed", "LintErrors", message);
    events.push({ type: "Warning", reason: "LintFailed", message });
    return finish(true, "", { revision: artifact.revision, result: "HeldBack", applied: 0, unchanged: 0, pruned: 0, blocked: 0 });
  }
  conditions.markRecovered("LintFailed");
  conditions.markReconciling("Planning", `planning ${rendered.objects.length} objects of ${artifact.revision}`);
  status.lastAttemptedRevision = artifact.revision;
  let plan;
  let shortcut;
  try {
    const unchangedRevision = previous.lastAppliedRevision === artifact.revision;
    shortcut = await listShortcut(deps.kube, rendered.objects.map(({ object }) => object), unchangedRevision ? previous.inventory : []);
    plan = await planObjects(deps.kube, rendered.objects.map(({ object }) => object), spec.owner, { ...shortcut ? { shortcut } : {}, dryRunCreates: false });
    conditions.markRecovered("PlanFailed");
  } catch (error) {
    conditions.markFailed("PlanFailed", error instanceof KubeError ? error.reason : "PlanFailed", error.message);
    return finish(true, "", { revision: artifact.revision, result: "Failed", applied: 0, unchanged: 0, pruned: 0, blocked: 0 });
  }
  if (previous.lastAppliedRevision === artifact.revision) {
    plan = plan.map((change) => {
      if (change.action !== "update" || !selfHealDisabled(change.payload)) return change;
      events.push({ type: "Warning", reason: "DriftDetected", message: `${change.subject} differs from git (${change.changes.join(", ")}); not healed: ${SELF_HEAL_ANNOTATION} is disabled` });
      return { ...change, action: "unchanged" };
    });
  }
  for (const change of plan) {
    if (change.action === "update" && previous.lastAppliedRevision === artifact.revision) events.push({ type: "Normal", reason: "DriftHealed", message: `${change.subject} was changed in the cluster (${change.changes.join(", ")}); restoring it from git` });
  }
  conditions.markReconciling("Applying", `applying ${plan.filter((c) => c.action === "create" || c.action === "update").length} changes`);
  const applied = await applyPlan(deps.kube, plan, { ...DEFAULT_APPLY_OPTIONS, ...deps.apply, ...deps.signal ? { signal: deps.signal } : {} });
  for (const change of plan) {
    if (change.powerOverride) events.push({ type: "Normal", reason: "PowerOverride", message: `${change.subject}: runStrategy ${change.powerOverride.live} set outside git is kept (git says ${change.powerOverride.declared}; power policy ${powerPolicyOf(change.payload)})` });
    if (change.impact === "restart-required") events.push({ type: "Normal", reason: "RestartRequired", message: `${change.subject} needs a restart for ${change.restartPaths?.join(", ")}` });
  }
  const failed = applied.filter((a) => a.outcome === "failed" || a.outcome === "blocked" || a.outcome === "skipped");
  if (failed.length > 0) {
    conditions.markFailed("ApplyFailed", applyFailureReason(plan, failed), failed.map((f) => `${f.subject}: ${f.message}`).join("; "));
    for (const f of failed) events.push({ type: "Warning", reason: f.outcome === "blocked" ? "ApplyBlocked" : "ApplyFailed", message: `${f.subject}: ${f.message}` });
  } else {
    conditions.markRecovered("ApplyFailed");
  }
  const stamps = new Map(plan.map((change) => [change.subject, change.stamp]));
  for (const result of applied) if (result.object) stamps.set(result.subject, stampOf(result.object));
  const desiredKeys = rendered.objects.map(({ object }) => {
    const stamp = stamps.get(subjectOf(object));
    return { ...keyFromObject(object), ...stamp ? { stamp } : {} };
  });
  status.inventory = mergeInventory(desiredKeys, failed.length > 0 ? previous.inventory : []);
  const pruneOutcome = spec.prune.enabled && failed.length === 0 ? await prune(deps.kube, spec, previous.inventory, desiredKeys, artifact.revision, events) : { pruned: [], blocked: [] };
  if (pruneOutcome.error) {
    const pruned = new Set(pruneOutcome.pruned.map(keyOf));
    status.inventory = mergeInventory(status.inventory, previous.inventory.filter((entry) => !pruned.has(keyOf(entry))));
    conditions.markFailed("PruneFailed", "PruneFailed", `${pruneOutcome.error}; the prune is retried at the next sync`);
    events.push({ type: "Warning", reason: "PruneFailed", message: pruneOutcome.error });
  } else {
    conditions.markRecovered("PruneFailed");
  }
  if (pruneOutcome.blocked.length > 0) status.inventory = mergeInventory(status.inventory, pruneOutcome.blocked);
  conditions.markReconciling("HealthCheck", "checking VM and DataVolume health");
  const latest = new Map(shortcut?.live);
  for (const result of applied) if (result.object) latest.set(keyOf(keyFromObject(result.object)), result.object);
  let healthResult;
  let healthUnknown = false;
  try {
    healthResult = await checkHealth(deps.kube, rendered.objects.map((o) => o.object), spec, deps.now(), shortcut ? latest : void 0);
  } catch (error) {
    const message = `reading VM and DataVolume health failed: ${error.message}; retried at the next sync`;
    conditions.markFailed("HealthCheckFailed", "HealthCheckFailed", message);
    events.push({ type: "Warning", reason: "HealthCheckFailed", message });
    healthResult = { vms: previous.vms, degraded: [], progressing: 0 };
    healthUnknown = true;
  }
  status.vms = healthResult.vms;
  const healthy = healthResult.vms.filter((v) => v.health === "Healthy" || v.health === "Suspended").length;
  status.vmSummary = { healthy, total: healthResult.vms.length, text: `${healthy}/${healthResult.vms.length}` };
  if (healthResult.degraded.length > 0) conditions.markFailed("HealthCheckFailed", "Degraded", healthResult.degraded.join("; "));
  else if (!healthUnknown) conditions.markRecovered("HealthCheckFailed");
  const done = healthResult.progressing === 0;
  if (!done) conditions.markReconciling("HealthCheck", `${healthResult.progressing} object(s) still progressing`);
  if (failed.length === 0 && healthResult.degraded.length === 0) status.lastAppliedRevision = artifact.revision;
  const counts = countOutcomes(applied);
  return finish(done, `applied revision ${artifact.revision}`, {
    revision: artifact.revision,
    result: failed.length > 0 || healthResult.degraded.length > 0 || pruneOutcome.error || healthUnknown ? "Failed" : "Succeeded",
    applied: counts.applied,
    unchanged: counts.unchanged,
    pruned: pruneOutcome.pruned.length,
    blocked: pruneOutcome.blocked.length + applied.filter((a) => a.outcome === "blocked").length
  });
}
async function prune(kube, spec, inventory, desired, revision, events) {
  const wanted = new Set(desired.map(keyOf));
  const candidates = [];
  for (const entry of inventory) {
    if (wanted.has(keyOf(entry))) {
      candidates.push({ ...entry, annotations: {} });
      continue;
    }
    let live;
    try {
      live = await kube.get(entry);
    } catch (error) {
      return { pruned: [], blocked: [], error: `reading ${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ""}${entry.name} to prune it failed: ${error.message}` };
    }
    if (!live || ownerOf(live) !== spec.owner) continue;
    candidates.push({ ...entry, annotations: (live["metadata"] ?? {}).annotations ?? {} });
  }
  const plan = planPrune(candidates, desired, { maxShare: spec.prune.maxShare, approved: spec.prune.approveRevision === revision, orphanKinds: DEFAULT_ORPHAN_KINDS });
  for (const blocked of plan.blocked) events.push({ type: "Warning", reason: "PruneBlocked", message: `${blocked.kind} ${blocked.namespace ? `${blocked.namespace}/` : ""}${blocked.name}: ${blocked.reason}` });
  const pruned = [];
  try {
    for (const action of plan.prune) {
      await kube.delete(action, action.propagation);
      pruned.push(action);
      events.push({ type: "Normal", reason: "Pruned", message: `${action.kind} ${action.namespace ? `${action.namespace}/` : ""}${action.name} deleted (propagation ${action.propagation}) because it left git` });
    }
  } catch (error) {
    return { pruned, blocked: plan.blocked, error: `pruning failed after ${pruned.length} of ${plan.prune.length} deletions: ${error.message}` };
  }
  return { pruned, blocked: plan.blocked };
}
async function checkHealth(kube, objects, spec, now, listed) {
  const vms = [];
  const degraded = [];
  let progressing = 0;
  for (const object of objects) {
    const kind = object["kind"];
    if (kind !== "VirtualMachine" && kind !== "DataVolume") continue;
    const ref = keyFromObject(object);
    const live = listed ? listed.get(keyOf(ref)) : await kube.get(ref);
    if (!live) continue;
    const since = sinceOf(live);
    const deadline = { now, seconds: spec.healthTimeoutSeconds, ...since ? { since } : {} };
    const health = kind === "VirtualMachine" ? vmHealth({ live, declaredRunStrategy: runStrategyOf(object["spec"]), policy: powerPolicyOf(object), deadline }) : dataVolumeHealth(live, deadline);
    if (health.status === "Degraded") degraded.push(`${kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name}: ${health.message}`);
    if (health.status === "Progressing") progressing++;
    if (kind === "VirtualMachine") {
      vms.push({
        ...ref.namespace ? { namespace: ref.namespace } : {},
        name: ref.name,
        health: health.status,
        reason: health.reason,
        ...runStrategyOf(live["spec"]) ? { runStrategy: runStrategyOf(live["spec"]) } : {},
        ...health.restartRequired ? { restartRequired: true } : {},
        ...health.powerOverride ? { powerOverride: health.powerOverride } : {}
      });
    }
  }
  return { vms, degraded, progressing };
}
function sinceOf(live) {
  const conditions = (live["status"] ?? {}).conditions ?? [];
  const times = conditions.map((c) => c.lastTransitionTime ? Date.parse(c.lastTransitionTime) : NaN).filter((t) => !Number.isNaN(t));
  if (times.length > 0) return new Date(Math.max(...times));
  const created = (live["metadata"] ?? {}).creationTimestamp;
  return created ? new Date(created) : void 0;
}
function mergeInventory(primary, extra) {
  const seen = new Set(primary.map(keyOf));
  const entry = (e) => ({ apiVersion: e.apiVersion, kind: e.kind, ...e.namespace ? { namespace: e.namespace } : {}, name: e.name, ...e.stamp ? { stamp: e.stamp } : {} });
  const out = primary.map(entry);
  for (const e of extra) {
    if (!seen.has(keyOf(e))) {
      seen.add(keyOf(e));
      out.push(entry(e));
    }
  }
  return out;
}
async function listShortcut(kube, objects, inventory) {
  const kinds = /* @__PURE__ */ new Map();
  for (const object of objects) kinds.set(`${String(object["apiVersion"])}/${String(object["kind"])}`, { apiVersion: String(object["apiVersion"]), kind: String(object["kind"]) });
  const live = /* @__PURE__ */ new Map();
  try {
    for (const { apiVersion, kind } of kinds.values()) {
      for (const item of await kube.list(apiVersion, kind)) {
        const full = { ...item, apiVersion, kind };
        live.set(keyOf(keyFromObject(full)), full);
      }
    }
  } catch {
    return void 0;
  }
  const known = /* @__PURE__ */ new Map();
  for (const entry of inventory) if (entry.stamp) known.set(keyOf(entry), entry.stamp);
  return { live, known };
}
function applyFailureReason(plan, failed) {
  if (plan.some((change) => change.action === "blocked" && change.blockedBy === "update-rule")) return "UpdateRejected";
  return failed.some((f) => f.outcome === "blocked") ? "ImmutableChange" : "ApplyFailed";
}
function countOutcomes(applied) {
  return { applied: applied.filter((a) => a.outcome === "applied").length, unchanged: applied.filter((a) => a.outcome === "unchanged").length };
}

// src/sync/run-gitsync.ts
async function runGitSync(kube, writer, object, lintConfig, cacheRoot, signal, options = {}) {
  const settings = readGitSync(object);
  const previous = statusOf(object);
  if (settings.suspend) return { settings, status: previous, events: [], skipped: "suspended" };
  const { namespace, name } = settings;
  const secret = settings.secretName ? await kube.get({ apiVersion: "v1", kind: "Secret", namespace, name: settings.secretName }) : void 0;
  const credentials = credentialsFromSecret(secret);
  const cacheDir = join(cacheRoot, namespace, name);
  mkdirSync(cacheDir, { recursive: true });
  const { status, events, record } = await reconcile(settings.spec, previous, {
    kube,
    fetch: () => fetchSource({ location: parseRepoUrl(settings.url), ref: settings.ref, cacheDir, ...credentials ? { credentials } : {} }),
    readFiles: (artifact, selection) => readFiles(artifact, selection),
    lintConfig,
    now: () => /* @__PURE__ */ new Date(),
    ...signal ? { signal } : {},
    ...settings.verify || options.trustedKeys ? { verify: verifier(kube, settings, options.trustedKeys) } : {},
    ...options.renderMemo ? { renders: options.renderMemo.for(`${namespace}/${name}`, `generation ${String(object["metadata"].generation)}`) } : {}
  });
  const metadata = object["metadata"];
  const next = { ...status, ...metadata.generation !== void 0 ? { observedGeneration: metadata.generation } : {} };
  const statusWritten = statusChanged(object["status"], next);
  if (statusWritten) await writer.writeStatus({ group: "virtops.io", version: "v1alpha1", plural: "gitsyncs", namespace, name }, next);
  for (const event of events) {
    await writer.event({ apiVersion: GITSYNC_API_VERSION, kind: GITSYNC_KIND, namespace, name, ...metadata.uid ? { uid: metadata.uid } : {} }, event.type, event.reason, event.message, /* @__PURE__ */ new Date());
  }
  return { settings, status, events, statusWritten, ...record ? { record } : {} };
}
function statusChanged(stored, next) {
  return !isDeepStrictEqual(stored, JSON.parse(JSON.stringify(next)));
}
function verifier(kube, settings, given) {
  const mode = settings.verify?.mode ?? "head";
  return async (artifact) => {
    let trusted = given;
    if (!trusted) {
      const where = `Secret ${settings.namespace}/${settings.verify.secretName}`;
      const secret = await kube.get({ apiVersion: "v1", kind: "Secret", namespace: settings.namespace, name: settings.verify.secretName });
      if (!secret) return { verified: false, mode, reason: "InvalidKeys", message: `${where} (spec.source.verify.secretRef) not found` };
      try {
        trusted = await loadTrustedKeys(verificationKeysFromSecret(secret), where);
      } catch (error) {
        if (error instanceof VerificationKeysError) return { verified: false, mode, reason: "InvalidKeys", message: error.message };
        throw error;
      }
    }
    return verifyRevision({ gitdir: artifact.gitdir, commit: artifact.commit, ...artifact.tagObject ? { tag: artifact.tagObject } : {}, mode, trusted });
  };
}

export {
  StatusWriter,
  parseDuration,
  jittered,
  GITSYNC_API_VERSION,
  GITSYNC_KIND,
  GitSyncError,
  readGitSync,
  runGitSync
};

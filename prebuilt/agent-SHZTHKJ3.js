import {
  GITSYNC_API_VERSION,
  GITSYNC_KIND,
  StatusWriter,
  jittered,
  parseDuration,
  readGitSync,
  runGitSync
} from "./chunk-QO5VDPA2.js";
import {
  ApiServerClient,
  KUBE_FLAGS,
  KUBE_FLAGS_HELP,
  clientLimits,
  loadKubeConfig,
  toKubeError
} from "./chunk-BVSBB6HI.js";
import {
  UsageError
} from "./chunk-ENDPITUC.js";
import "./chunk-46TP4OF4.js";
import "./chunk-6QLLLFCP.js";
import "./chunk-TJ5J5PB4.js";
import "./chunk-EYBKWDWE.js";

// src/cli/agent.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

// src/agent/agent.ts
import { createServer } from "node:http";
import { hostname } from "node:os";

// src/sync/render/render-memo.ts
var RenderMemo = class {
  last = /* @__PURE__ */ new Map();
  /** The cache of one GitSync (`scope`); `config` names everything besides the key a rendering depends on. */
  for(scope, config) {
    return {
      get: (key) => {
        const entry = this.last.get(scope);
        return entry?.key === `${config}
${key}` ? entry.rendered : void 0;
      },
      set: (key, rendered) => {
        this.last.set(scope, { key: `${config}
${key}`, rendered });
      }
    };
  }
  /** Drops the renderings of GitSyncs that are gone. */
  retain(scopes) {
    for (const scope of this.last.keys()) if (!scopes.has(scope)) this.last.delete(scope);
  }
};

// src/agent/metrics.ts
var Metric = class {
  constructor(name, help, type) {
    this.name = name;
    this.help = help;
    this.type = type;
  }
  name;
  help;
  type;
};
function labelText(labels, extra = {}) {
  const all = { ...labels, ...extra };
  const keys = Object.keys(all);
  if (keys.length === 0) return "";
  return `{${keys.map((k) => `${k}="${all[k].replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`).join(",")}}`;
}
var ValueMetric = class extends Metric {
  series = /* @__PURE__ */ new Map();
  entry(labels) {
    const key = JSON.stringify(Object.entries(labels).sort());
    let series = this.series.get(key);
    if (!series) this.series.set(key, series = { labels, value: 0 });
    return series;
  }
  inc(labels = {}, by = 1) {
    this.entry(labels).value += by;
  }
  set(labels, value) {
    if (this.type === "counter") throw new Error(`${this.name} is a counter`);
    this.entry(labels).value = value;
  }
  /** Gauges that describe a whole population (VMs by health of one GitSync) are replaced at once. */
  clear(matching = {}) {
    for (const [key, series] of this.series) {
      if (Object.entries(matching).every(([k, v]) => series.labels[k] === v)) this.series.delete(key);
    }
  }
  render() {
    return [...this.series.values()].map((s) => `${this.name}${labelText(s.labels)} ${s.value}`);
  }
};
var Histogram = class extends Metric {
  constructor(name, help, buckets) {
    super(name, help, "histogram");
    this.buckets = buckets;
  }
  buckets;
  series = /* @__PURE__ */ new Map();
  observe(labels, value) {
    const key = JSON.stringify(Object.entries(labels).sort());
    let series = this.series.get(key);
    if (!series) this.series.set(key, series = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 });
    this.buckets.forEach((bound, i) => {
      if (value <= bound) series.counts[i]++;
    });
    series.sum += value;
    series.count++;
  }
  render() {
    return [...this.series.values()].flatMap((s) => [
      ...this.buckets.map((bound, i) => `${this.name}_bucket${labelText(s.labels, { le: String(bound) })} ${s.counts[i]}`),
      `${this.name}_bucket${labelText(s.labels, { le: "+Inf" })} ${s.count}`,
      `${this.name}_sum${labelText(s.labels)} ${s.sum}`,
      `${this.name}_count${labelText(s.labels)} ${s.count}`
    ]);
  }
};
var Registry = class {
  metrics = [];
  counter(name, help) {
    return this.add(new ValueMetric(name, help, "counter"));
  }
  gauge(name, help) {
    return this.add(new ValueMetric(name, help, "gauge"));
  }
  histogram(name, help, buckets) {
    return this.add(new Histogram(name, help, buckets));
  }
  render() {
    return `${this.metrics.flatMap((m) => [`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} ${m.type}`, ...m.render()]).join("\n")}
`;
  }
  add(metric) {
    if (this.metrics.some((m) => m.name === metric.name)) throw new Error(`metric ${metric.name} registered twice`);
    this.metrics.push(metric);
    return metric;
  }
};
var SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
function agentMetrics(registry = new Registry()) {
  return {
    registry,
    syncDuration: registry.histogram("virtops_sync_duration_seconds", "Duration of a whole reconcile, by result.", SECONDS),
    fetchDuration: registry.histogram("virtops_fetch_duration_seconds", "Duration of the git fetch, by result.", SECONDS),
    objectsApplied: registry.counter("virtops_objects_applied_total", "Objects applied, by kind and action (created, configured)."),
    driftDetected: registry.counter("virtops_drift_detected_total", "Objects found changed in the cluster and healed, by kind."),
    prunesBlocked: registry.counter("virtops_prunes_blocked_total", "Prunes refused by a brake, by reason."),
    vmHealth: registry.gauge("virtops_vm_health", "VirtualMachines by health status.")
  };
}

// src/agent/webhook.ts
import { createHmac, timingSafeEqual } from "node:crypto";
function verifyWebhook(headers, body, secret) {
  const header = (name) => {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  const githubSignature = header("x-hub-signature-256");
  const gitlabToken = header("x-gitlab-token");
  let provider;
  if (githubSignature !== void 0) {
    const expected = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    if (!safeEqual(githubSignature, expected)) return { ok: false, status: 401, reason: "signature mismatch" };
    provider = "github";
  } else if (gitlabToken !== void 0) {
    if (!safeEqual(gitlabToken, secret)) return { ok: false, status: 401, reason: "token mismatch" };
    provider = "gitlab";
  } else {
    return { ok: false, status: 401, reason: "no X-Hub-Signature-256 or X-Gitlab-Token header" };
  }
  const event = header(provider === "github" ? "x-github-event" : "x-gitlab-event") ?? "unknown";
  let ref;
  try {
    const payload = JSON.parse(body.toString("utf8"));
    if (typeof payload.ref === "string") ref = payload.ref;
  } catch {
    return { ok: false, status: 400, reason: "the body is not JSON" };
  }
  return { ok: true, provider, event, ...ref !== void 0 ? { ref } : {} };
}
function safeEqual(a, b) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
function pushConcerns(ref, source) {
  if (ref === void 0) return true;
  if (source.tag) return ref === `refs/tags/${source.tag}`;
  return ref === `refs/heads/${source.branch ?? "main"}`;
}

// src/agent/agent.ts
var Agent = class {
  constructor(deps, options) {
    this.deps = deps;
    this.options = options;
    this.log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), ...entry })}
`));
  }
  deps;
  options;
  metrics = agentMetrics();
  server;
  timer;
  due = /* @__PURE__ */ new Map();
  /** Renderings of the last synced revision per GitSync: an idle sync does not read and lint it again. */
  renders = new RenderMemo();
  abort = new AbortController();
  running;
  leader = false;
  ready = false;
  lastRenew = 0;
  log;
  get identity() {
    return this.options.identity ?? hostname();
  }
  async start() {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise((resolve) => this.server.listen(this.options.port, "0.0.0.0", resolve));
    const address = this.server.address();
    const port = typeof address === "object" && address ? address.port : this.options.port;
    this.log({ level: "info", msg: "agent started", identity: this.identity, namespace: this.options.namespace, port });
    this.schedule(0);
    return port;
  }
  /** Graceful stop: no new work, the running sync stops starting objects, Lease released. */
  async stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
    this.abort.abort();
    await this.running;
    if (this.leader) await this.deps.elector.release();
    this.leader = false;
    await new Promise((resolve) => this.server ? this.server.close(() => resolve()) : resolve());
    this.log({ level: "info", msg: "agent stopped", identity: this.identity });
  }
  isLeader() {
    return this.leader;
  }
  schedule(ms) {
    if (this.abort.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => this.schedule(this.options.tickMs ?? 1e3));
    }, ms);
  }
  async tick() {
    try {
      const now = Date.now();
      if (now - this.lastRenew > 2e3 || !this.leader) {
        const wasLeader = this.leader;
        this.leader = await this.deps.elector.tryAcquireOrRenew();
        this.lastRenew = now;
        if (this.leader !== wasLeader) this.log({ level: "info", msg: this.leader ? "became leader" : "lost leadership", identity: this.identity });
      }
      this.ready = true;
      if (!this.leader) return;
      const gitsyncs = await this.deps.kube.list(GITSYNC_API_VERSION, GITSYNC_KIND, { namespace: this.options.namespace });
      this.renders.retain(new Set(gitsyncs.map((object) => `${this.options.namespace}/${object["metadata"].name}`)));
      for (const object of gitsyncs) {
        if (this.abort.signal.aborted) return;
        const key = `${this.options.namespace}/${object["metadata"].name}`;
        if ((this.due.get(key) ?? 0) > Date.now()) continue;
        await this.syncOne(key, object);
      }
    } catch (error) {
      this.log({ level: "error", msg: "agent loop failed; retrying", error: error.message });
    }
  }
  async syncOne(key, object) {
    const started = Date.now();
    let intervalMs = 3e5;
    try {
      intervalMs = parseDuration(readGitSync(object).intervalText);
      const run = await runGitSync(this.deps.kube, this.deps.writer, object, this.options.lintConfig, this.options.cacheDir, this.abort.signal, { renderMemo: this.renders });
      const ready = run.status.conditions.find((c) => c.type === "Ready");
      const result = ready?.status === "False" ? "failure" : "success";
      this.metrics.syncDuration.observe({ gitsync: key, result }, (Date.now() - started) / 1e3);
      if (run.record) this.metrics.objectsApplied.inc({ gitsync: key }, run.record.applied);
      for (const event of run.events) {
        if (event.reason === "DriftHealed") this.metrics.driftDetected.inc({ gitsync: key });
        if (event.reason === "PruneBlocked") this.metrics.prunesBlocked.inc({ gitsync: key });
      }
      this.metrics.vmHealth.clear({ gitsync: key });
      const counts = /* @__PURE__ */ new Map();
      for (const vm of run.status.vms) counts.set(vm.health, (counts.get(vm.health) ?? 0) + 1);
      for (const [status, count] of counts) this.metrics.vmHealth.set({ gitsync: key, status }, count);
      this.log({ level: ready?.status === "False" ? "warn" : "info", msg: "sync finished", gitsync: key, revision: run.status.lastFetchedRevision, ready: ready?.status, reason: ready?.reason, message: ready?.message, durationMs: Date.now() - started, statusWritten: run.statusWritten ?? false });
    } catch (error) {
      this.metrics.syncDuration.observe({ gitsync: key, result: "error" }, (Date.now() - started) / 1e3);
      this.log({ level: "error", msg: "sync failed", gitsync: key, error: error.message });
    } finally {
      this.due.set(key, Date.now() + jittered(intervalMs, this.options.jitter ?? 0.1));
    }
  }
  async handle(req, res) {
    const url = new URL(req.url ?? "/", "http://agent");
    if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, "ok\n");
    if (req.method === "GET" && url.pathname === "/readyz") return send(res, this.ready ? 200 : 503, this.ready ? "ok\n" : "starting\n");
    if (req.method === "GET" && url.pathname === "/metrics") return send(res, 200, this.metrics.registry.render(), "text/plain; version=0.0.4");
    if (req.method === "POST" && url.pathname === "/webhook") {
      if (!this.options.webhookSecret) return send(res, 404, "webhooks are not configured\n");
      const body = await readBody(req, 1024 * 1024);
      if (!body) return send(res, 413, "payload too large\n");
      const verdict = verifyWebhook(req.headers, body, this.options.webhookSecret);
      if (!verdict.ok) {
        this.log({ level: "warn", msg: "webhook rejected", reason: verdict.reason });
        return send(res, verdict.status, `${verdict.reason}
`);
      }
      const gitsyncs = await this.deps.kube.list(GITSYNC_API_VERSION, GITSYNC_KIND, { namespace: this.options.namespace }).catch(() => []);
      let triggered = 0;
      for (const object of gitsyncs) {
        const settings = readGitSync(object);
        if (!pushConcerns(verdict.ref, settings.ref)) continue;
        this.due.set(`${settings.namespace}/${settings.name}`, 0);
        triggered++;
      }
      this.log({ level: "info", msg: "webhook accepted", provider: verdict.provider, ref: verdict.ref, triggered });
      return send(res, 202, `refresh of ${triggered} GitSync(s) queued
`);
    }
    send(res, 404, "not found\n");
  }
};
function send(res, status, body, contentType = "text/plain") {
  res.writeHead(status, { "content-type": contentType });
  res.end(body);
}
async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return void 0;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// src/agent/lease.ts
import { CoordinationV1Api } from "@kubernetes/client-node";
var ApiLeaseStore = class {
  api;
  constructor(config) {
    this.api = config.makeApiClient(CoordinationV1Api);
  }
  async read(namespace, name) {
    try {
      return await this.api.readNamespacedLease({ namespace, name });
    } catch (error) {
      const e = toKubeError(error);
      if (e.reason === "NotFound") return void 0;
      throw e;
    }
  }
  async create(namespace, lease) {
    try {
      return await this.api.createNamespacedLease({ namespace, body: lease });
    } catch (error) {
      throw toKubeError(error);
    }
  }
  async replace(namespace, name, lease) {
    try {
      return await this.api.replaceNamespacedLease({ namespace, name, body: lease });
    } catch (error) {
      throw toKubeError(error);
    }
  }
};
var LeaderElector = class {
  constructor(store, options) {
    this.store = store;
    this.options = options;
  }
  store;
  options;
  lease;
  /** Tries to become (or stay) leader; true when this identity holds the Lease afterwards. */
  async tryAcquireOrRenew() {
    const { namespace, name, identity, durationSeconds } = this.options;
    const now = (this.options.now ?? (() => /* @__PURE__ */ new Date()))();
    try {
      const current = await this.store.read(namespace, name);
      if (!current) {
        this.lease = await this.store.create(namespace, { metadata: { name, namespace }, spec: { holderIdentity: identity, leaseDurationSeconds: durationSeconds, acquireTime: microTime(now), renewTime: microTime(now), leaseTransitions: 0 } });
        return true;
      }
      const spec = current.spec ?? {};
      const holder = spec.holderIdentity;
      const renewed = spec.renewTime ? new Date(spec.renewTime).getTime() : 0;
      const expired = renewed + (spec.leaseDurationSeconds ?? durationSeconds) * 1e3 < now.getTime();
      if (holder && holder !== identity && !expired) {
        this.lease = void 0;
        return false;
      }
      const takeover = holder !== identity;
      this.lease = await this.store.replace(namespace, name, {
        ...current,
        spec: {
          ...spec,
          holderIdentity: identity,
          leaseDurationSeconds: durationSeconds,
          acquireTime: microTime(takeover ? now : spec.acquireTime ?? now),
          renewTime: microTime(now),
          ...takeover ? { leaseTransitions: (spec.leaseTransitions ?? 0) + 1 } : {}
        }
      });
      return true;
    } catch (error) {
      const e = toKubeError(error);
      if (e.reason === "Conflict") {
        this.lease = void 0;
        return false;
      }
      throw e;
    }
  }
  /** Gives the Lease up on shutdown, so another replica takes over at once instead of after expiry. */
  async release() {
    if (!this.lease?.spec || this.lease.spec.holderIdentity !== this.options.identity) return;
    try {
      const { holderIdentity: _holder, renewTime: _renew, ...rest } = this.lease.spec;
      await this.store.replace(this.options.namespace, this.options.name, { ...this.lease, spec: { ...rest, ...rest.acquireTime ? { acquireTime: microTime(rest.acquireTime) } : {} } });
    } catch {
    }
    this.lease = void 0;
  }
};
function microTime(value) {
  const iso = (value instanceof Date ? value : new Date(value)).toISOString();
  return iso.replace(/\.(\d{3})Z$/, ".$1000Z");
}

// src/cli/agent.ts
var AGENT_HELP = `Usage: virtops agent [options]

Runs in the cluster: reconciles the GitSyncs of its namespace on their interval (with jitter) and on
verified push webhooks (secret in VIRTOPS_WEBHOOK_SECRET). Replicas elect a leader with a Lease.
Serves /healthz, /readyz, /metrics and POST /webhook. Stops gracefully on SIGTERM.
Defaults: namespace $POD_NAMESPACE or virtops, port 8080, identity $POD_NAME or the host name.

Options:
  --namespace <ns>      namespace whose GitSyncs to reconcile
  --port <n>            port for the probes, metrics and webhooks
  --cache-dir <dir>     where fetched repositories are kept
${KUBE_FLAGS_HELP}`;
async function agentCommand(argv, io, lintConfig) {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, options: { namespace: { type: "string" }, port: { type: "string" }, ...KUBE_FLAGS, "cache-dir": { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.help) {
    io.stdout(`${AGENT_HELP}
`);
    return 0;
  }
  const port = Number(values.port ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const namespace = values.namespace ?? io.env["POD_NAMESPACE"] ?? "virtops";
  const identity = io.env["POD_NAME"];
  const config = loadKubeConfig(values.kubeconfig);
  const agent = new Agent(
    { kube: new ApiServerClient(config, clientLimits(values)), writer: new StatusWriter(config), elector: new LeaderElector(new ApiLeaseStore(config), { namespace, name: "virtops-agent", identity: identity ?? `virtops-${process.pid}`, durationSeconds: 15 }) },
    { namespace, port, cacheDir: values["cache-dir"] ?? join(tmpdir(), "virtops-cache"), lintConfig, ...identity ? { identity } : {}, ...io.env["VIRTOPS_WEBHOOK_SECRET"] ? { webhookSecret: io.env["VIRTOPS_WEBHOOK_SECRET"] } : {} }
  );
  await agent.start();
  await new Promise((resolve) => {
    const shutdown = () => void agent.stop().then(resolve);
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  });
  return 0;
}
export {
  AGENT_HELP,
  agentCommand
};

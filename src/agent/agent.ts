import { createServer, type Server } from 'node:http';
import { hostname } from 'node:os';
import type { ResolvedConfig } from '../engine/config.js';
import type { KubeClient } from '../kube/client.js';
import type { StatusWriter } from '../kube/status-writer.js';
import { GITSYNC_API_VERSION, GITSYNC_KIND, readGitSync } from '../sync/gitsync.js';
import { RenderMemo } from '../sync/render/render-memo.js';
import { runGitSync } from '../sync/run-gitsync.js';
import { jittered, parseDuration } from './interval.js';
import type { LeaderElector } from './lease.js';
import { agentMetrics } from './metrics.js';
import { pushConcerns, verifyWebhook } from './webhook.js';

/**
 * `virtops agent`: in the cluster, polls the GitSyncs of its namespace and reconciles each when its
 * interval (with jitter) is due or a verified push webhook names its branch. Only the Lease holder
 * reconciles. Serves /healthz, /readyz, /metrics and /webhook; on stop it lets the running sync stop
 * starting new objects, releases the Lease and closes the server. Logs are JSON lines.
 */

export interface AgentOptions {
  namespace: string;
  identity?: string;
  port: number;
  webhookSecret?: string;
  cacheDir: string;
  lintConfig: ResolvedConfig;
  /** How often to look for due work (ms). */
  tickMs?: number;
  jitter?: number;
  log?: (entry: Record<string, unknown>) => void;
}

export interface AgentDeps {
  kube: KubeClient;
  writer: StatusWriter;
  elector: LeaderElector;
}

export class Agent {
  readonly metrics = agentMetrics();
  private server: Server | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly due = new Map<string, number>();
  /** Renderings of the last synced revision per GitSync: an idle sync does not read and lint it again. */
  private readonly renders = new RenderMemo();
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;
  private leader = false;
  private ready = false;
  private lastRenew = 0;
  private readonly log: (entry: Record<string, unknown>) => void;

  constructor(private readonly deps: AgentDeps, private readonly options: AgentOptions) {
    this.log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`));
  }

  get identity(): string {
    return this.options.identity ?? hostname();
  }

  async start(): Promise<number> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(this.options.port, '0.0.0.0', resolve));
    const address = this.server.address();
    const port = typeof address === 'object' && address ? address.port : this.options.port;
    this.log({ level: 'info', msg: 'agent started', identity: this.identity, namespace: this.options.namespace, port });
    this.schedule(0);
    return port;
  }

  /** Graceful stop: no new work, the running sync stops starting objects, Lease released. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.abort.abort();
    await this.running;
    if (this.leader) await this.deps.elector.release();
    this.leader = false;
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.log({ level: 'info', msg: 'agent stopped', identity: this.identity });
  }

  isLeader(): boolean {
    return this.leader;
  }

  private schedule(ms: number): void {
    if (this.abort.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => this.schedule(this.options.tickMs ?? 1000));
    }, ms);
  }

  private async tick(): Promise<void> {
    try {
      const now = Date.now();
      if (now - this.lastRenew > 2000 || !this.leader) {
        const wasLeader = this.leader;
        this.leader = await this.deps.elector.tryAcquireOrRenew();
        this.lastRenew = now;
        if (this.leader !== wasLeader) this.log({ level: 'info', msg: this.leader ? 'became leader' : 'lost leadership', identity: this.identity });
      }
      this.ready = true;
      if (!this.leader) return;
      const gitsyncs = await this.deps.kube.list(GITSYNC_API_VERSION, GITSYNC_KIND, { namespace: this.options.namespace });
      this.renders.retain(new Set(gitsyncs.map((object) => `${this.options.namespace}/${(object['metadata'] as { name: string }).name}`)));
      for (const object of gitsyncs) {
        if (this.abort.signal.aborted) return;
        const key = `${this.options.namespace}/${(object['metadata'] as { name: string }).name}`;
        if ((this.due.get(key) ?? 0) > Date.now()) continue;
        await this.syncOne(key, object);
      }
    } catch (error) {
      this.log({ level: 'error', msg: 'agent loop failed; retrying', error: (error as Error).message });
    }
  }

  private async syncOne(key: string, object: Record<string, unknown>): Promise<void> {
    const started = Date.now();
    let intervalMs = 300_000;
    try {
      intervalMs = parseDuration(readGitSync(object).intervalText);
      const run = await runGitSync(this.deps.kube, this.deps.writer, object, this.options.lintConfig, this.options.cacheDir, this.abort.signal, { renderMemo: this.renders });
      const ready = run.status.conditions.find((c) => c.type === 'Ready');
      const result = ready?.status === 'False' ? 'failure' : 'success';
      this.metrics.syncDuration.observe({ gitsync: key, result }, (Date.now() - started) / 1000);
      if (run.record) this.metrics.objectsApplied.inc({ gitsync: key }, run.record.applied);
      for (const event of run.events) {
        if (event.reason === 'DriftHealed') this.metrics.driftDetected.inc({ gitsync: key });
        if (event.reason === 'PruneBlocked') this.metrics.prunesBlocked.inc({ gitsync: key });
      }
      this.metrics.vmHealth.clear({ gitsync: key });
      const counts = new Map<string, number>();
      for (const vm of run.status.vms) counts.set(vm.health, (counts.get(vm.health) ?? 0) + 1);
      for (const [status, count] of counts) this.metrics.vmHealth.set({ gitsync: key, status }, count);
      this.log({ level: ready?.status === 'False' ? 'warn' : 'info', msg: 'sync finished', gitsync: key, revision: run.status.lastFetchedRevision, ready: ready?.status, reason: ready?.reason, message: ready?.message, durationMs: Date.now() - started, statusWritten: run.statusWritten ?? false });
    } catch (error) {
      this.metrics.syncDuration.observe({ gitsync: key, result: 'error' }, (Date.now() - started) / 1000);
      this.log({ level: 'error', msg: 'sync failed', gitsync: key, error: (error as Error).message });
    } finally {
      this.due.set(key, Date.now() + jittered(intervalMs, this.options.jitter ?? 0.1));
    }
  }

  private async handle(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://agent');
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, 'ok\n');
    if (req.method === 'GET' && url.pathname === '/readyz') return send(res, this.ready ? 200 : 503, this.ready ? 'ok\n' : 'starting\n');
    if (req.method === 'GET' && url.pathname === '/metrics') return send(res, 200, this.metrics.registry.render(), 'text/plain; version=0.0.4');
    if (req.method === 'POST' && url.pathname === '/webhook') {
      if (!this.options.webhookSecret) return send(res, 404, 'webhooks are not configured\n');
      const body = await readBody(req, 1024 * 1024);
      if (!body) return send(res, 413, 'payload too large\n');
      const verdict = verifyWebhook(req.headers, body, this.options.webhookSecret);
      if (!verdict.ok) {
        this.log({ level: 'warn', msg: 'webhook rejected', reason: verdict.reason });
        return send(res, verdict.status, `${verdict.reason}\n`);
      }
      const gitsyncs = await this.deps.kube.list(GITSYNC_API_VERSION, GITSYNC_KIND, { namespace: this.options.namespace }).catch(() => []);
      let triggered = 0;
      for (const object of gitsyncs) {
        const settings = readGitSync(object);
        if (!pushConcerns(verdict.ref, settings.ref)) continue;
        this.due.set(`${settings.namespace}/${settings.name}`, 0);
        triggered++;
      }
      this.log({ level: 'info', msg: 'webhook accepted', provider: verdict.provider, ref: verdict.ref, triggered });
      return send(res, 202, `refresh of ${triggered} GitSync(s) queued\n`);
    }
    send(res, 404, 'not found\n');
  }
}

function send(res: import('node:http').ServerResponse, status: number, body: string, contentType = 'text/plain'): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

async function readBody(req: import('node:http').IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

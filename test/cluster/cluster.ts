// A real, throw-away Kubernetes control plane for end-to-end tests: etcd, kube-apiserver and
// kube-controller-manager (garbage collector, namespace and service-account controllers) on loopback
// ports, with certificates made by openssl. No kubelet, scheduler or KubeVirt: objects are stored,
// validated (CRD schemas), authorised (RBAC) and garbage-collected, nothing runs.
//
// The binaries come from test/cluster/build.sh; findClusterBinDir() finds a finished build.
//
//   const cluster = await startCluster({ binDir });
//   kc.loadFromFile(cluster.kubeconfigPath);      // admin: CN=ci-admin, O=system:masters
//   ...
//   await cluster.restartApiServer();             // same port, same etcd, same certificates
//   await cluster.stop();
//
// Every process is killed when stop() runs, when the test process exits, and, through a small
// watchdog, when the test process dies without running its exit handlers.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StartClusterOptions {
  /** Folder with etcd, kube-apiserver, kube-controller-manager and kubectl. */
  binDir: string;
  /** Where certificates, kubeconfigs, etcd data and logs go. Default: a new temporary folder. */
  workDir?: string;
  /** Start kube-controller-manager (default true). */
  controllerManager?: boolean;
  /**
   * CRD manifests to apply (kubectl apply --server-side) and wait Established for before
   * kube-controller-manager starts, so that its garbage collector handles those kinds at once
   * (CRDs created later are picked up by its discovery resync, up to about 30 s later).
   */
  crdFiles?: string[];
  /** Bound on each wait for readiness, in ms (default 90 000). */
  readyTimeoutMs?: number;
  /**
   * Remove workDir on stop(). Default: true when workDir was not given, unless the environment
   * variable VIRTOPS_KEEP_CLUSTER is set (to read the logs afterwards).
   */
  removeWorkDir?: boolean;
}

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Cluster {
  /** https://127.0.0.1:<port> */
  server: string;
  /** Admin kubeconfig file (client cert CN=ci-admin, O=system:masters). */
  kubeconfigPath: string;
  /** The same admin kubeconfig, as YAML text (certificates embedded). */
  adminKubeconfig: string;
  /** Kubeconfig YAML text for `limitedUser`, a user with no RBAC bindings at all. */
  limitedUserKubeconfig: string;
  limitedUserKubeconfigPath: string;
  /** The least-privilege user's name (its client certificate's CN); bind roles to it as needed. */
  limitedUser: string;
  caCertPath: string;
  etcdUrl: string;
  workDir: string;
  /** Log files, one per component (restarts append to the same file). */
  logs: { etcd: string; apiServer: string; controllerManager: string };
  /** Runs kubectl as the admin (or with another --kubeconfig given in args). Never throws on exit codes. */
  kubectl(args: string[], opts?: { input?: string; timeoutMs?: number }): Promise<KubectlResult>;
  /**
   * Stops kube-apiserver and starts it again on the same port and etcd; resolves once /readyz is ok.
   * Graceful by default (SIGTERM: it exits in about 1 s; SIGKILL if it has not after 10 s);
   * `{ graceful: false }` kills it outright (SIGKILL), like a crash.
   */
  restartApiServer(opts?: { graceful?: boolean }): Promise<void>;
  /** Stops only kube-apiserver (see restartApiServer); until startApiServer(), connections are refused. */
  stopApiServer(opts?: { graceful?: boolean }): Promise<void>;
  /** Starts kube-apiserver again after stopApiServer(); resolves once it is ready. */
  startApiServer(): Promise<void>;
  /** Stops and starts kube-controller-manager (e.g. to make the garbage collector see new CRDs at once). */
  restartControllerManager(): Promise<void>;
  /** Stops every process (idempotent) and removes workDir when it was made here. */
  stop(): Promise<void>;
}

const LIMITED_USER = 'virtops-limited';

// ---------------------------------------------------------------------------------------------
// Finding the binaries
// ---------------------------------------------------------------------------------------------

const BINARIES = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kubectl'] as const;

function hasAllBinaries(dir: string): boolean {
  return BINARIES.every((b) => {
    try {
      fs.accessSync(path.join(dir, b), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The bin folder to use: $VIRTOPS_CLUSTER_BIN when set (it must be complete), else the build.sh cache
 * entry for the current go.mod/go.sum/Go version (found with `build.sh --cached-only`, which never
 * builds). undefined when there is none.
 */
export async function findClusterBinDir(): Promise<string | undefined> {
  const fromEnv = process.env.VIRTOPS_CLUSTER_BIN;
  if (fromEnv) {
    if (!hasAllBinaries(fromEnv)) {
      throw new Error(`VIRTOPS_CLUSTER_BIN=${fromEnv} lacks one of ${BINARIES.join(', ')}`);
    }
    return fromEnv;
  }
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'build.sh');
  return new Promise((resolve) => {
    execFile('bash', [script, '--cached-only'], { timeout: 30_000 }, (err, stdout) => {
      const dir = stdout.trim().split('\n').pop();
      resolve(!err && dir && hasAllBinaries(dir) ? dir : undefined);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------------

/** Every process started here, for the exit handler. */
const running = new Set<ChildProcess>();
let exitHandlerInstalled = false;

function installExitHandler(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  process.on('exit', () => {
    for (const child of running) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

interface Proc {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  exitCode: () => number | null | undefined;
}

function startProcess(name: string, bin: string, args: string[], logFile: string, onChange: () => void): Proc {
  installExitHandler();
  fs.appendFileSync(logFile, `\n===== ${new Date().toISOString()} starting ${name}\n${bin} ${args.join(' ')}\n\n`);
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(bin, args, { stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  running.add(child);
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (c, signal) => {
      code = c ?? (signal ? -1 : null);
      running.delete(child);
      onChange();
      resolve(code);
    });
    child.once('error', (err) => {
      fs.appendFileSync(logFile, `\n[cluster.ts] cannot start ${bin}: ${err.message}\n`);
      code = -1;
      running.delete(child);
      onChange();
      resolve(-1);
    });
  });
  return { name, child, exited, exitCode: () => code };
}

/** SIGTERM, then SIGKILL after graceMs (at once when graceMs is 0); resolves when the process is gone. */
async function stopProcess(proc: Proc | undefined, graceMs: number): Promise<void> {
  if (!proc || proc.exitCode() !== undefined) return;
  if (graceMs > 0) {
    proc.child.kill('SIGTERM');
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
    if ((await Promise.race([proc.exited, timer])) !== 'timeout') return;
  }
  proc.child.kill('SIGKILL');
  await proc.exited;
}

const API_SERVER_GRACE_MS = 10_000;

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Distinct free TCP ports on 127.0.0.1 (all held open together, so they differ). */
async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const srv = net.createServer();
      servers.push(srv);
      await new Promise<void>((resolve, reject) => {
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return servers.map((s) => (s.address() as net.AddressInfo).port);
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  }
}

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

interface Certs {
  ca: string;
  apiserverCrt: string;
  apiserverKey: string;
  admin: { crt: string; key: string };
  limited: { crt: string; key: string };
  saKey: string;
  saPub: string;
}

/** CA, serving and client certificates and the service-account key pair (ECDSA P-256: fast to make). */
async function makeCerts(dir: string): Promise<Certs> {
  fs.mkdirSync(dir, { recursive: true });
  const o = (...args: string[]) => run('openssl', args, dir);
  const newKey = (file: string) => o('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file);

  await newKey('ca.key');
  await o('req', '-x509', '-new', '-key', 'ca.key', '-out', 'ca.crt', '-days', '30', '-subj', '/CN=virtops-test-ca',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');

  const sign = async (name: string, subj: string, ext: string[]) => {
    await newKey(`${name}.key`);
    await o('req', '-new', '-key', `${name}.key`, '-out', `${name}.csr`, '-subj', subj);
    fs.writeFileSync(path.join(dir, `${name}.ext`), ext.join('\n') + '\n');
    await o('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial',
      '-out', `${name}.crt`, '-days', '30', '-extfile', `${name}.ext`);
  };
  const client = ['basicConstraints=CA:FALSE', 'keyUsage=critical,digitalSignature', 'extendedKeyUsage=clientAuth'];
  await sign('apiserver', '/CN=kube-apiserver', [
    'basicConstraints=CA:FALSE',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
    'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default.svc',
  ]);
  await sign('admin', '/O=system:masters/CN=ci-admin', client);
  await sign('limited', `/CN=${LIMITED_USER}`, client);

  await newKey('sa.key');
  await o('pkey', '-in', 'sa.key', '-pubout', '-out', 'sa.pub');

  const p = (f: string) => path.join(dir, f);
  return {
    ca: p('ca.crt'),
    apiserverCrt: p('apiserver.crt'),
    apiserverKey: p('apiserver.key'),
    admin: { crt: p('admin.crt'), key: p('admin.key') },
    limited: { crt: p('limited.crt'), key: p('limited.key') },
    saKey: p('sa.key'),
    saPub: p('sa.pub'),
  };
}

function kubeconfig(server: string, caFile: string, user: string, crtFile: string, keyFile: string): string {
  const b64 = (f: string) => fs.readFileSync(f).toString('base64');
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '  - name: virtops-test',
    '    cluster:',
    `      server: ${server}`,
    `      certificate-authority-data: ${b64(caFile)}`,
    'users:',
    `  - name: ${user}`,
    '    user:',
    `      client-certificate-data: ${b64(crtFile)}`,
    `      client-key-data: ${b64(keyFile)}`,
    'contexts:',
    `  - name: ${user}@virtops-test`,
    '    context:',
    '      cluster: virtops-test',
    `      user: ${user}`,
    '      namespace: default',
    `current-context: ${user}@virtops-test`,
    '',
  ].join('\n');
}

function httpGet(url: string, tls: https.RequestOptions): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { ...tls, timeout: 3_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `probe` until it returns true; fails fast when `proc` exits; bounded by timeoutMs. */
async function waitUntil(
  what: string,
  proc: Proc,
  logFile: string,
  timeoutMs: number,
  probe: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    const code = proc.exitCode();
    if (code !== undefined) {
      throw new Error(`${proc.name} exited (code ${code}) before ${what}; log ${logFile}:\n${tail(logFile)}`);
    }
    try {
      if (await probe()) return;
    } catch (err) {
      lastError = (err as Error).message;
    }
    await sleep(200);
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}` +
      (lastError ? ` (last error: ${lastError})` : '') +
      `; log ${logFile}:\n${tail(logFile)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// startCluster
// ---------------------------------------------------------------------------------------------

export async function startCluster(options: StartClusterOptions): Promise<Cluster> {
  const { binDir } = options;
  if (!hasAllBinaries(binDir)) throw new Error(`${binDir} lacks one of ${BINARIES.join(', ')} (run test/cluster/build.sh)`);
  const timeoutMs = options.readyTimeoutMs ?? 90_000;
  const madeWorkDir = !options.workDir;
  const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-cluster-'));
  fs.mkdirSync(workDir, { recursive: true });
  const removeWorkDir = options.removeWorkDir ?? (madeWorkDir && !process.env.VIRTOPS_KEEP_CLUSTER);
  const logDir = path.join(workDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const logs = {
    etcd: path.join(logDir, 'etcd.log'),
    apiServer: path.join(logDir, 'kube-apiserver.log'),
    controllerManager: path.join(logDir, 'kube-controller-manager.log'),
  };
  const bin = (name: string) => path.join(binDir, name);

  const procs: { etcd?: Proc; apiServer?: Proc; controllerManager?: Proc } = {};
  // The watchdog kills whatever pids this file lists once the test process is gone (even by SIGKILL).
  const pidFile = path.join(workDir, 'pids');
  const writePids = () => {
    const pids = Object.values(procs)
      .filter((p): p is Proc => !!p && p.exitCode() === undefined && p.child.pid !== undefined)
      .map((p) => p.child.pid);
    try {
      fs.writeFileSync(pidFile, pids.join(' ') + '\n');
    } catch {
      // work dir already removed by stop()
    }
  };
  fs.writeFileSync(pidFile, '\n');
  const watchdog = spawn(
    'sh',
    ['-c', 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -9 $(cat "$2" 2>/dev/null) 2>/dev/null; exit 0', 'watchdog', String(process.pid), pidFile],
    { stdio: 'ignore', detached: true },
  );
  watchdog.unref();

  let stopped = false;
  const stopAll = async (remove: boolean) => {
    if (stopped) return;
    stopped = true;
    // Nothing is kept, so there is nothing to shut down cleanly.
    await Promise.all([procs.controllerManager, procs.apiServer, procs.etcd].map((p) => stopProcess(p, 0)));
    try {
      watchdog.kill('SIGKILL');
    } catch {
      // gone
    }
    if (remove) fs.rmSync(workDir, { recursive: true, force: true });
  };
  const stop = () => stopAll(removeWorkDir);

  try {
    const [etcdPort, etcdPeerPort, apiPort, kcmPort] = (await freePorts(4)) as [number, number, number, number];
    const certs = await makeCerts(path.join(workDir, 'pki'));
    const server = `https://127.0.0.1:${apiPort}`;
    const etcdUrl = `http://127.0.0.1:${etcdPort}`;

    const adminKubeconfig = kubeconfig(server, certs.ca, 'ci-admin', certs.admin.crt, certs.admin.key);
    const limitedUserKubeconfig = kubeconfig(server, certs.ca, LIMITED_USER, certs.limited.crt, certs.limited.key);
    const kubeconfigPath = path.join(workDir, 'admin.kubeconfig');
    const limitedUserKubeconfigPath = path.join(workDir, 'limited.kubeconfig');
    fs.writeFileSync(kubeconfigPath, adminKubeconfig, { mode: 0o600 });
    fs.writeFileSync(limitedUserKubeconfigPath, limitedUserKubeconfig, { mode: 0o600 });
    const adminTls: https.RequestOptions = {
      ca: fs.readFileSync(certs.ca),
      cert: fs.readFileSync(certs.admin.crt),
      key: fs.readFileSync(certs.admin.key),
    };

    // etcd
    const peerUrl = `http://127.0.0.1:${etcdPeerPort}`;
    procs.etcd = startProcess('etcd', bin('etcd'), [
      '--name', 'ci', '--data-dir', path.join(workDir, 'etcd'),
      '--listen-client-urls', etcdUrl, '--advertise-client-urls', etcdUrl,
      '--listen-peer-urls', peerUrl, '--initial-advertise-peer-urls', peerUrl,
      '--initial-cluster', `ci=${peerUrl}`, '--initial-cluster-state', 'new',
      '--unsafe-no-fsync', '--log-level', 'warn',
    ], logs.etcd, writePids);
    writePids();
    const etcdProc = procs.etcd;
    await waitUntil('etcd /health', etcdProc, logs.etcd, timeoutMs, async () => {
      const res = await fetch(`${etcdUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      return res.ok && ((await res.json()) as { health?: string }).health === 'true';
    });

    // kube-apiserver
    const apiServerArgs = [
      `--etcd-servers=${etcdUrl}`,
      '--bind-address=127.0.0.1', '--advertise-address=127.0.0.1', `--secure-port=${apiPort}`,
      `--cert-dir=${path.join(workDir, 'apiserver-certs')}`,
      `--tls-cert-file=${certs.apiserverCrt}`, `--tls-private-key-file=${certs.apiserverKey}`,
      `--client-ca-file=${certs.ca}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      `--service-account-key-file=${certs.saPub}`, `--service-account-signing-key-file=${certs.saKey}`,
      '--service-cluster-ip-range=10.0.0.0/24',
      '--authorization-mode=Node,RBAC',
      '--endpoint-reconciler-type=none', // required with a loopback advertise address
      '--anonymous-auth=false',
      // Close watches within 2 s of SIGTERM; without it kube-apiserver stops serving at once but does
      // not exit while clients (kube-controller-manager) hold watches.
      '--shutdown-watch-termination-grace-period=2s',
      '--profiling=false',
    ];
    const startApiServer = async () => {
      procs.apiServer = startProcess('kube-apiserver', bin('kube-apiserver'), apiServerArgs, logs.apiServer, writePids);
      writePids();
      const proc = procs.apiServer;
      await waitUntil('kube-apiserver /readyz', proc, logs.apiServer, timeoutMs, async () => {
        const res = await httpGet(`${server}/readyz`, adminTls);
        return res.status === 200;
      });
      // /readyz can pass a moment before the system namespaces exist.
      await waitUntil('namespace default', proc, logs.apiServer, timeoutMs, async () => {
        const res = await httpGet(`${server}/api/v1/namespaces/default`, adminTls);
        return res.status === 200;
      });
    };
    await startApiServer();

    // kube-controller-manager
    const kcmArgs = [
      `--kubeconfig=${kubeconfigPath}`,
      `--authentication-kubeconfig=${kubeconfigPath}`,
      `--authorization-kubeconfig=${kubeconfigPath}`,
      '--controllers=garbage-collector-controller,namespace-controller,serviceaccount-controller,serviceaccount-token-controller',
      `--service-account-private-key-file=${certs.saKey}`,
      `--root-ca-file=${certs.ca}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      `--secure-port=${kcmPort}`,
      `--cert-dir=${path.join(workDir, 'kcm-certs')}`,
      '--profiling=false',
    ];
    const startControllerManager = async () => {
      procs.controllerManager = startProcess('kube-controller-manager', bin('kube-controller-manager'), kcmArgs,
        logs.controllerManager, writePids);
      writePids();
      const proc = procs.controllerManager;
      await waitUntil('kube-controller-manager /healthz', proc, logs.controllerManager, timeoutMs, async () => {
        const res = await httpGet(`https://127.0.0.1:${kcmPort}/healthz`, { rejectUnauthorized: false });
        return res.status === 200;
      });
    };
    const kubectl = (args: string[], opts: { input?: string; timeoutMs?: number } = {}): Promise<KubectlResult> =>
      new Promise((resolve) => {
        const hasKubeconfig = args.some((a) => a === '--kubeconfig' || a.startsWith('--kubeconfig='));
        const child = execFile(
          bin('kubectl'),
          hasKubeconfig ? args : [`--kubeconfig=${kubeconfigPath}`, ...args],
          { timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, KUBECONFIG: '' } },
          (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
            resolve({ code, stdout, stderr: stderr || (err ? err.message : '') });
          },
        );
        if (opts.input !== undefined) child.stdin?.end(opts.input);
      });

    if (options.crdFiles?.length) {
      for (const file of options.crdFiles) {
        const res = await kubectl(['apply', '--server-side', '--field-manager=virtops-tests', '-f', file]);
        if (res.code !== 0) throw new Error(`kubectl apply -f ${file} failed: ${res.stderr}`);
      }
      const res = await kubectl(['wait', '--for=condition=Established', 'crd', '--all', `--timeout=${Math.ceil(timeoutMs / 1000)}s`]);
      if (res.code !== 0) throw new Error(`CRDs not Established: ${res.stderr}`);
    }

    if (options.controllerManager ?? true) await startControllerManager();

    return {
      server,
      kubeconfigPath,
      adminKubeconfig,
      limitedUserKubeconfig,
      limitedUserKubeconfigPath,
      limitedUser: LIMITED_USER,
      caCertPath: certs.ca,
      etcdUrl,
      workDir,
      logs,
      kubectl,
      async restartApiServer(opts = {}) {
        if (stopped) throw new Error('cluster is stopped');
        await stopProcess(procs.apiServer, opts.graceful === false ? 0 : API_SERVER_GRACE_MS);
        await startApiServer();
      },
      async stopApiServer(opts = {}) {
        if (stopped) throw new Error('cluster is stopped');
        await stopProcess(procs.apiServer, opts.graceful === false ? 0 : API_SERVER_GRACE_MS);
      },
      async startApiServer() {
        if (stopped) throw new Error('cluster is stopped');
        if (procs.apiServer && procs.apiServer.exitCode() === undefined) throw new Error('kube-apiserver is running');
        await startApiServer();
      },
      async restartControllerManager() {
        if (stopped) throw new Error('cluster is stopped');
        await stopProcess(procs.controllerManager, 5_000);
        if (options.controllerManager ?? true) await startControllerManager();
      },
      stop,
    };
  } catch (err) {
    // Keep the work dir (logs, certificates) of a failed start for debugging.
    await stopAll(false).catch(() => undefined);
    throw new Error(`startCluster failed: ${(err as Error).message}\n(work dir kept: ${workDir})`, { cause: err });
  }
}

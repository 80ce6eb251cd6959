// npm run bench:sync — the reconciler against a real kube-apiserver (test/cluster) and git server:
// a repository of 1,000 VirtualMachines in 10 namespaces, synced with `virtops sync --gitsync`
// (the agent's code path). Measures the first sync, a no-op sync (goal: zero writes, well under a
// second) and the peak memory of the syncing process. Needs the cluster binaries
// (bash test/cluster/build.sh). A measurement, not a test: exits 0 unless something breaks.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const execFileAsync = promisify(execFile);
const VMS = Number(process.argv.find((a) => a.startsWith('--vms='))?.slice(6) ?? 1000);
const NAMESPACES = 10;
const NOOP_SYNCS = 5;
const INTERVAL = '2s';
const root = process.cwd();
const cache = join(root, 'bench', '.cache');
mkdirSync(cache, { recursive: true });

// The test helpers are TypeScript; bundle them for this plain-JS script.
await build({ entryPoints: ['test/cluster/cluster.ts', 'test/helpers/git-server.ts'], outdir: join(cache, 'e2e'), bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const { findClusterBinDir, startCluster } = await import(join(cache, 'e2e', 'cluster', 'cluster.js'));
const { startGitServer, GitWorkTree } = await import(join(cache, 'e2e', 'helpers', 'git-server.js'));

// The bundled helper cannot find build.sh relative to itself: ask the script directly.
try {
  process.env.VIRTOPS_CLUSTER_BIN ??= execFileSync('bash', ['test/cluster/build.sh', '--cached-only'], { encoding: 'utf8' }).trim().split('\n').pop();
} catch {
  // not built
}
const binDir = await findClusterBinDir();
if (!binDir) {
  console.log('cluster binaries not built: run `bash test/cluster/build.sh` first');
  process.exit(0);
}

const vm = (name, namespace) => `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: ${name}
  namespace: ${namespace}
  labels:
    app: bench
spec:
  runStrategy: Halted
  template:
    metadata:
      labels:
        app: bench
    spec:
      domain:
        cpu:
          cores: 2
        memory:
          guest: 2Gi
        devices:
          disks:
            - name: root
              disk:
                bus: virtio
          interfaces:
            - name: default
              masquerade: {}
      networks:
        - name: default
          pod: {}
      volumes:
        - name: root
          containerDisk:
            image: quay.io/containerdisks/fedora:41
`;

const cluster = await startCluster({ binDir, crdFiles: [join(root, 'deploy', 'crds', 'kubevirt-test-crds.yaml'), join(root, 'deploy', 'gitsync-crd.yaml')] });
const git = await startGitServer({ user: 'bench', password: 'bench' });
try {
  const kubeconfig = join(cluster.workDir, 'admin.kubeconfig');
  writeFileSync(kubeconfig, cluster.adminKubeconfig);
  git.createRepo('fleet.git');
  const work = await GitWorkTree.init(mkdtempSync(join(tmpdir(), 'virtops-bench-work-')));
  const files = {};
  for (let n = 0; n < NAMESPACES; n++) files[`fleet/ns-${n}/namespace.yaml`] = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${n}\n`;
  for (let i = 0; i < VMS; i++) files[`fleet/ns-${i % NAMESPACES}/vm-${i}.yaml`] = vm(`vm-${i}`, `ns-${i % NAMESPACES}`);
  work.write(files);
  await work.commit('fleet');
  await work.push(git.authUrl('fleet.git'));
  const setup = await cluster.kubectl(['apply', '-f', '-'], {
    input: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: virtops\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: git\n  namespace: virtops\nstringData:\n  username: bench\n  password: bench\n---\napiVersion: virtops.io/v1alpha1\nkind: GitSync\nmetadata:\n  name: fleet\n  namespace: virtops\nspec:\n  source:\n    url: ${git.url('fleet.git')}\n    path: fleet\n    secretRef:\n      name: git\n  interval: ${INTERVAL}\n`,
  });
  if (setup.code !== 0) throw new Error(setup.stderr);

  const cacheDir = mkdtempSync(join(tmpdir(), 'virtops-bench-cache-'));
  const vmVersions = async () => (await cluster.kubectl(['get', 'vm', '-A', '-o', 'jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}={.metadata.resourceVersion}{"\\n"}{end}'])).stdout.trim().split('\n').filter(Boolean).sort();
  const changed = (a, b) => b.filter((line, i) => line !== a[i]).length + Math.abs(a.length - b.length);

  // The agent, as it runs in the cluster: one long-lived process, syncing on its interval.
  const agentRss = join(cacheDir, 'agent-rss');
  const agent = spawn('/usr/bin/time', ['-f', '%M', '-o', agentRss, process.execPath, 'bin/virtops.js', 'agent', '--namespace', 'virtops', '--port', '0', '--kubeconfig', kubeconfig, '--cache-dir', join(cacheDir, 'agent')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const syncs = [];
  let notify = () => {};
  createInterface({ input: agent.stdout }).on('line', (line) => {
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (entry.msg === 'sync finished' || entry.msg === 'sync failed') {
      syncs.push(entry);
      notify();
    }
  });
  const syncNumber = (n) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the agent did not finish sync ${n} in 10 minutes`)), 600_000);
    notify = () => {
      if (syncs.length >= n) {
        clearTimeout(timer);
        resolve(syncs[n - 1]);
      }
    };
    notify();
  });

  const vmsBefore = await vmVersions();
  const first = await syncNumber(1);
  const afterFirst = await vmVersions();
  const noops = [];
  for (let n = 2; n <= 1 + NOOP_SYNCS; n++) noops.push(await syncNumber(n));
  const afterNoops = await vmVersions();
  // SIGTERM to the agent itself (GNU time does not forward signals), so it stops gracefully and time reports.
  const exited = new Promise((resolve) => agent.once('exit', resolve));
  execFileSync('pkill', ['-TERM', '-P', String(agent.pid)]);
  await exited;
  const agentRssMB = Math.round(Number(readFileSync(agentRss, 'utf8').trim().split('\n').pop()) / 1024);
  const status = JSON.parse((await cluster.kubectl(['get', 'gitsync', '-n', 'virtops', 'fleet', '-o', 'json'])).stdout).status;
  const noopMs = noops.map((e) => e.durationMs).sort((a, b) => a - b);
  const noopMedian = noopMs[Math.floor(noopMs.length / 2)];
  const noopWrites = changed(afterFirst, afterNoops);

  // The same no-op from the command line, process start included (the CI-job case).
  const cli = await cliSync(kubeconfig, cacheDir);

  console.log(`\nvirtops sync bench (${VMS} VMs in ${NAMESPACES} namespaces, real kube-apiserver v1.37.2 on loopback)`);
  console.log(`  VMs before: ${vmsBefore.length}, after the first sync: ${afterFirst.length}`);
  console.log(`  agent first sync      ${(first.durationMs / 1000).toFixed(2)} s`);
  console.log(`  agent no-op sync      ${(noopMedian / 1000).toFixed(2)} s median of ${noopMs.length} (${noopMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')})   VM writes: ${noopWrites}   (last: applied ${status.history[0].applied}, unchanged ${status.history[0].unchanged})`);
  console.log(`  agent peak RSS        ${agentRssMB} MB`);
  console.log(`  CLI no-op sync        ${(cli.ms / 1000).toFixed(2)} s (virtops sync, process start included), peak RSS ${cli.rssMB} MB`);
  console.log(`  ${noopWrites === 0 && noopMedian < 1000 ? 'PASS' : 'FAIL'}  agent no-op sync: zero writes, under a second`);
  writeFileSync(join(cache, 'sync-results.json'), JSON.stringify({ vms: VMS, firstMs: first.durationMs, noopMs, noopMedianMs: noopMedian, noopWrites, agentRssMB, cliNoopMs: cli.ms, cliNoopRssMB: cli.rssMB, created: afterFirst.length }, null, 1));
} finally {
  await git.stop();
  await cluster.stop();
}

async function cliSync(kubeconfig, cacheDir) {
  const rss = join(cacheDir, 'cli-rss');
  const started = performance.now();
  try {
    await execFileAsync('/usr/bin/time', ['-f', '%M', '-o', rss, process.execPath, 'bin/virtops.js', 'sync', '--gitsync', 'virtops/fleet', '--kubeconfig', kubeconfig, '--cache-dir', join(cacheDir, 'cli')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if (error.code !== 1) throw error; // 1 = not Ready yet (VMs have no status without virt-controller)
  }
  return { ms: performance.now() - started, rssMB: Math.round(Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) / 1024) };
}

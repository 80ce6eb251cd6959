// npm run bench:sync — the reconciler against a real kube-apiserver (test/cluster) and git server:
// a repository of 1,000 VirtualMachines in 10 namespaces, synced with `virtops sync --gitsync`
// (the agent's code path). Measures the first sync, a no-op sync (goal: zero writes, well under a
// second) and the peak memory of the syncing process. Needs the cluster binaries
// (bash test/cluster/build.sh). A measurement, not a test: exits 0 unless something breaks.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const execFileAsync = promisify(execFile);
const VMS = Number(process.argv.find((a) => a.startsWith('--vms='))?.slice(6) ?? 1000);
const NAMESPACES = 10;
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
    input: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: virtops\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: git\n  namespace: virtops\nstringData:\n  username: bench\n  password: bench\n---\napiVersion: virtops.io/v1alpha1\nkind: GitSync\nmetadata:\n  name: fleet\n  namespace: virtops\nspec:\n  source:\n    url: ${git.url('fleet.git')}\n    path: fleet\n    secretRef:\n      name: git\n`,
  });
  if (setup.code !== 0) throw new Error(setup.stderr);

  const cacheDir = mkdtempSync(join(tmpdir(), 'virtops-bench-cache-'));
  // Asynchronous: the git server runs in this process and must keep answering during the sync.
  const sync = async () => {
    const rss = join(cacheDir, 'rss');
    const started = performance.now();
    let output;
    try {
      ({ stdout: output } = await execFileAsync('/usr/bin/time', ['-f', '%M', '-o', rss, process.execPath, 'bin/virtops.js', 'sync', '--gitsync', 'virtops/fleet', '--kubeconfig', kubeconfig, '--cache-dir', cacheDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    } catch (error) {
      if (error.code !== 1) throw error; // 1 = not Ready yet (VMs have no status without virt-controller)
      output = error.stdout;
    }
    console.log(output.split('\n').slice(0, 3).join('\n'));
    return { ms: performance.now() - started, rssMB: Math.round(Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) / 1024) };
  };
  const vmsBefore = await cluster.kubectl(['get', 'vm', '-A', '-o', 'jsonpath={range .items[*]}{.metadata.resourceVersion}{"\\n"}{end}']);
  const first = await sync();
  const after1 = await cluster.kubectl(['get', 'vm', '-A', '-o', 'jsonpath={range .items[*]}{.metadata.resourceVersion}{"\\n"}{end}']);
  const noop = await sync();
  const after2 = await cluster.kubectl(['get', 'vm', '-A', '-o', 'jsonpath={range .items[*]}{.metadata.resourceVersion}{"\\n"}{end}']);
  const status = JSON.parse((await cluster.kubectl(['get', 'gitsync', '-n', 'virtops', 'fleet', '-o', 'json'])).stdout).status;
  const created = after1.stdout.trim().split('\n').filter(Boolean).length;
  const noopWrites = after1.stdout === after2.stdout ? 0 : after2.stdout.split('\n').filter((rv, i) => rv !== after1.stdout.split('\n')[i]).length;

  console.log(`\nvirtops sync bench (${VMS} VMs in ${NAMESPACES} namespaces, real kube-apiserver v1.37.2 on loopback)`);
  console.log(`  VMs before: ${vmsBefore.stdout.trim().split('\n').filter(Boolean).length}, after the first sync: ${created}`);
  console.log(`  first sync     ${(first.ms / 1000).toFixed(2)} s   peak RSS ${first.rssMB} MB`);
  console.log(`  no-op sync     ${(noop.ms / 1000).toFixed(2)} s   peak RSS ${noop.rssMB} MB   VM writes: ${noopWrites}   (history: applied ${status.history[0].applied}, unchanged ${status.history[0].unchanged})`);
  console.log(`  ${noopWrites === 0 && noop.ms < 1000 ? 'PASS' : 'FAIL'}  no-op sync: zero writes, under a second (process start included)`);
  writeFileSync(join(cache, 'sync-results.json'), JSON.stringify({ vms: VMS, firstMs: first.ms, firstRssMB: first.rssMB, noopMs: noop.ms, noopRssMB: noop.rssMB, noopWrites, created }, null, 1));
} finally {
  await git.stop();
  await cluster.stop();
}

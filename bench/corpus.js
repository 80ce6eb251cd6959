/**
 * Deterministic benchmark corpus of KubeVirt VirtualMachine manifests.
 *
 * Writes `bench/.corpus/files/<namespace>/<app>-<n>.yaml` (multi-document YAML, about 80 lines and
 * 1.9 KB per VirtualMachine) and `bench/.corpus/manifest.json`. The manifest records the parameters,
 * a hash of this generator, the size of the corpus, every file with its document count, and every
 * seeded problem: `{ file, document, category, detail }` (file relative to the files directory,
 * document 0-based). Each "bad" document carries exactly one problem from `CATEGORIES`; all other
 * documents are meant to be valid VMs with no errors.
 *
 * The corpus is regenerated only when the manifest is missing, its parameters or generator hash
 * differ, or a listed file is gone or has another size. Randomness comes from a seeded PRNG.
 *
 *   node bench/corpus.js [--files 2000] [--documents 10000] [--bad-rate 0.05] [--seed virtops] [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(here, '.corpus');
export const FILES_DIR = join(CORPUS_DIR, 'files');
const MANIFEST = join(CORPUS_DIR, 'manifest.json');
export const DEFAULTS = { files: 2000, documents: 10000, badRate: 0.05, seed: 'virtops' };

/** Seeded problems: what virtops must report, and a pattern its ruleId is expected to match. */
export const CATEGORIES = {
  'unknown-field': /schema|unknown|additional/i,
  'duplicate-boot-order': /boot-?order/i,
  'masquerade-on-multus': /masquerade/i,
  'hugepages-not-multiple': /hugepage/i,
  'secureboot-without-smm': /smm|secure-?boot/i,
  'disk-without-volume': /volume|device-ref/i,
};

// ---------------------------------------------------------------------------------------------
// PRNG (mulberry32, seeded from a string)

function createRng(seedText) {
  let seed = createHash('sha256').update(seedText).digest().readUInt32LE(0);
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (items) => items[int(items.length)];
  const chance = (p) => next() < p;
  /** Picks from [[weight, value], …]. */
  const weighted = (pairs) => {
    let r = next() * pairs.reduce((sum, [w]) => sum + w, 0);
    for (const [w, value] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][1];
  };
  return { int, pick, chance, weighted };
}

// ---------------------------------------------------------------------------------------------
// One valid VirtualMachine

const NAMESPACES = ['web', 'payments', 'analytics', 'ci', 'databases', 'dev-sandbox', 'edge', 'ml-training',
  'monitoring', 'batch', 'identity', 'storage-team', 'vdi', 'legacy-apps', 'build-farm', 'search'];
const APPS = [
  { app: 'nginx', os: 'fedora' }, { app: 'postgres', os: 'rhel9' }, { app: 'redis', os: 'ubuntu' },
  { app: 'jenkins-agent', os: 'centos-stream9' }, { app: 'kafka', os: 'rhel9' }, { app: 'grafana', os: 'fedora' },
  { app: 'ldap', os: 'centos-stream9' }, { app: 'elastic', os: 'ubuntu' }, { app: 'minio', os: 'opensuse' },
  { app: 'haproxy', os: 'rhel9' }, { app: 'gitlab-runner', os: 'ubuntu' }, { app: 'oracle-db', os: 'rhel9' },
  { app: 'build-node', os: 'fedora' }, { app: 'win-desktop', os: 'windows11' }, { app: 'ad-controller', os: 'windows2k22' },
  { app: 'mariadb', os: 'opensuse' },
];
const IMAGES = {
  fedora: { container: 'quay.io/containerdisks/fedora:43', http: 'https://download.fedoraproject.org/pub/fedora/linux/releases/43/Cloud/x86_64/images/Fedora-Cloud-Base-Generic-43-1.6.x86_64.qcow2' },
  rhel9: { container: 'registry.example.com/golden/rhel9-guest:9.6', http: 'https://images.example.com/rhel/rhel-9.6-x86_64-kvm.qcow2' },
  ubuntu: { container: 'quay.io/containerdisks/ubuntu:24.04', http: 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img' },
  'centos-stream9': { container: 'quay.io/containerdisks/centos-stream:9', http: 'https://cloud.centos.org/centos/9-stream/x86_64/images/CentOS-Stream-GenericCloud-9-latest.x86_64.qcow2' },
  opensuse: { container: 'quay.io/containerdisks/opensuse-leap:15.6', http: 'https://download.opensuse.org/repositories/Cloud:/Images:/Leap_15.6/images/openSUSE-Leap-15.6.x86_64-NoCloud.qcow2' },
  windows11: { container: 'registry.example.com/golden/win11-disk:24h2', http: 'https://images.example.com/windows/win11-24h2.qcow2' },
  windows2k22: { container: 'registry.example.com/golden/win2k22-disk:2025-06', http: 'https://images.example.com/windows/win2k22.qcow2' },
};
const TEAMS = ['platform', 'data', 'payments', 'sre', 'devex', 'security'];
const STORAGE_CLASSES = ['ocs-storagecluster-ceph-rbd-virtualization', 'lvms-vg1', 'standard-csi', 'nfs-client'];
const MEMORY = [['1Gi', 1024], ['2Gi', 2048], ['4Gi', 4096], ['8Gi', 8192], ['16Gi', 16384], ['2048Mi', 2048], ['3072Mi', 3072], ['6144Mi', 6144]];

function cloudInit(rng, os, name) {
  const lines = ['#cloud-config', `hostname: ${name}`, `user: ${os === 'ubuntu' ? 'ubuntu' : 'cloud-user'}`,
    'ssh_authorized_keys:', `  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rng.int(1e9).toString(36).padStart(8, 'x')}Kq9 ops@example.com`];
  if (rng.chance(0.5)) lines.push('packages:', '  - qemu-guest-agent', ...(rng.chance(0.5) ? ['  - chrony'] : []));
  if (rng.chance(0.5)) lines.push('runcmd:', '  - systemctl enable --now qemu-guest-agent');
  return lines.join('\n') + '\n';
}

function makeVm(rng, index, { namespace, app, os }) {
  const windows = os.startsWith('windows');
  const env = rng.pick(['prod', 'staging', 'dev']);
  const name = `${app}-${env}-${index.toString(36).padStart(4, '0')}`;
  const team = rng.pick(TEAMS);

  const metadata = { name, namespace, labels: { app, env, team } };
  if (rng.chance(0.5)) {
    metadata.annotations = { description: `${app} (${env})` };
    if (rng.chance(0.5)) metadata.annotations['vm.kubevirt.io/os'] = os;
  }

  // Storage: root disk from a containerDisk, a DataVolume template or an existing PVC.
  const dataVolumeTemplates = [];
  const disks = [];
  const volumes = [];
  const liveMigrate = rng.chance(0.45);
  const accessModes = [liveMigrate ? 'ReadWriteMany' : 'ReadWriteOnce'];
  const rootKind = rng.weighted([[25, 'container'], [60, 'dv'], [15, 'pvc']]);
  const bus = windows ? 'sata' : 'virtio';
  disks.push({ name: 'rootdisk', disk: { bus } });
  if (rootKind === 'container') {
    volumes.push({ name: 'rootdisk', containerDisk: { image: IMAGES[os].container } });
  } else if (rootKind === 'pvc') {
    volumes.push({ name: 'rootdisk', persistentVolumeClaim: { claimName: `${name}-root` } });
  } else {
    const source = rng.weighted([
      [3, { http: { url: IMAGES[os].http } }],
      [3, { registry: { url: `docker://${IMAGES[os].container}` } }],
      [2, { pvc: { namespace: 'golden-images', name: `${os}-golden` } }],
    ]);
    const storage = { resources: { requests: { storage: rng.pick(['20Gi', '30Gi', '50Gi', '80Gi']) } } };
    if (rng.chance(0.6)) storage.accessModes = accessModes;
    if (rng.chance(0.5)) storage.storageClassName = rng.pick(STORAGE_CLASSES);
    dataVolumeTemplates.push({ metadata: { name: `${name}-root` }, spec: { storage, source } });
    volumes.push({ name: 'rootdisk', dataVolume: { name: `${name}-root` } });
  }
  if (rng.chance(0.35)) {
    disks.push({ name: 'datadisk', disk: { bus } });
    if (rng.chance(0.5)) {
      const storage = { accessModes, resources: { requests: { storage: rng.pick(['10Gi', '100Gi', '250Gi']) } } };
      dataVolumeTemplates.push({ metadata: { name: `${name}-data` }, spec: { storage, source: { blank: {} } } });
      volumes.push({ name: 'datadisk', dataVolume: { name: `${name}-data` } });
    } else {
      volumes.push({ name: 'datadisk', persistentVolumeClaim: { claimName: `${app}-${env}-data` } });
    }
  }
  if (!windows && rng.chance(0.85)) {
    disks.push({ name: 'cloudinitdisk', disk: { bus: 'virtio' } });
    volumes.push({ name: 'cloudinitdisk', cloudInitNoCloud: { userData: cloudInit(rng, os, name) } });
  }
  // Boot order on every disk that boots, or on none (a partial order is a boot-order-partial warning).
  if (rng.chance(0.5)) disks.filter((d) => d.name !== 'cloudinitdisk').forEach((d, i) => (d.bootOrder = i + 1));

  // Networks: masquerade on the pod network, bridge on Multus networks.
  const layout = rng.weighted([[60, 'pod'], [25, 'pod+multus'], [15, 'multus']]);
  const interfaces = [];
  const networks = [];
  if (layout !== 'multus') {
    const iface = { name: 'default', masquerade: {}, model: windows ? 'e1000e' : 'virtio' };
    if (rng.chance(0.2)) iface.ports = [{ name: 'ssh', port: 22 }];
    interfaces.push(iface);
    networks.push({ name: 'default', pod: {} });
  }
  if (layout !== 'pod') {
    const vlan = rng.pick([100, 110, 200, 310]);
    const iface = { name: `vlan${vlan}`, bridge: {}, model: 'virtio' };
    if (disks[0].bootOrder && rng.chance(0.3)) iface.bootOrder = 10;
    interfaces.push(iface);
    networks.push({ name: `vlan${vlan}`, multus: { networkName: `${namespace}/vlan-${vlan}` } });
  }

  // CPU and memory: memory.guest, requests, requests + limits, guest = requests, or 2Mi hugepages.
  // (Guest memory above the request is overcommit: a resource-requests warning, so not in the clean 95%.)
  const cores = rng.pick([1, 2, 2, 4, 8]);
  const [memory, memoryMi] = rng.pick(MEMORY);
  const domain = { cpu: rng.chance(0.25) ? { cores, sockets: 1, threads: 1 } : { cores } };
  const resources = {};
  const cpuRequest = rng.chance(0.4) ? rng.pick(['500m', '1', '2']) : undefined;
  switch (rng.weighted([[35, 'guest'], [25, 'requests'], [15, 'limits'], [10, 'overcommit'], [15, 'hugepages']])) {
    case 'guest': domain.memory = { guest: memory }; break;
    case 'requests': resources.requests = { memory }; break;
    case 'limits': resources.requests = { memory }; resources.limits = { memory, cpu: String(cores) }; break;
    case 'overcommit': domain.memory = { guest: `${memoryMi}Mi` }; resources.requests = { memory }; break;
    case 'hugepages': domain.memory = { hugepages: { pageSize: '2Mi' } }; resources.requests = { memory }; break;
  }
  if (cpuRequest && !resources.limits) (resources.requests ??= {}).cpu = cpuRequest;
  domain.resources = resources;

  // Firmware: BIOS, or EFI secure boot with SMM (EFI without secure boot is an efi-secure-boot-off warning).
  const features = windows
    ? { acpi: {}, apic: {}, hyperv: { relaxed: {}, vapic: {}, spinlocks: { spinlocks: 8191 } } }
    : {};
  const firmware = windows ? 'secure' : rng.weighted([[60, 'bios'], [40, 'secure']]);
  if (firmware === 'secure') {
    features.smm = { enabled: true };
    domain.firmware = { bootloader: { efi: rng.chance(0.5) ? {} : { secureBoot: true } } };
  }
  if (Object.keys(features).length) domain.features = features;
  if (windows) {
    domain.clock = { utc: {}, timer: { hpet: { present: false }, pit: { tickPolicy: 'delay' }, rtc: { tickPolicy: 'catchup' }, hyperv: {} } };
    domain.devices = { disks, interfaces, tpm: {} };
  } else {
    domain.devices = { disks, interfaces };
    if (rng.chance(0.5)) domain.devices.rng = {};
  }
  if (rng.chance(0.3)) domain.machine = { type: 'q35' };

  const spec = { domain };
  if (liveMigrate) spec.evictionStrategy = rng.pick(['LiveMigrate', 'LiveMigrateIfPossible']);
  else if (rng.chance(0.2)) spec.evictionStrategy = 'None';
  if (rng.chance(0.3)) spec.nodeSelector = rng.pick([{ 'kubernetes.io/arch': 'amd64' }, { 'node-role.kubernetes.io/worker': '' }, { 'topology.kubernetes.io/zone': rng.pick(['zone-a', 'zone-b']) }]);
  if (rng.chance(0.2)) spec.tolerations = [{ key: 'virtualization', operator: 'Equal', value: 'true', effect: 'NoSchedule' }];
  if (rng.chance(0.2)) {
    spec.affinity = rng.chance(0.5)
      ? { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'cpu-vendor', operator: 'In', values: ['intel', 'amd'] }] }] } } }
      : { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { app } }, topologyKey: 'kubernetes.io/hostname' } }] } };
  }
  if (rng.chance(0.4)) {
    const handler = layout === 'multus' ? { guestAgentPing: {} } : rng.pick([{ tcpSocket: { port: 22 } }, { httpGet: { port: 80, path: '/healthz' } }, { guestAgentPing: {} }]);
    spec.readinessProbe = { ...handler, initialDelaySeconds: rng.pick([30, 60, 120]), periodSeconds: 10 };
  }
  spec.terminationGracePeriodSeconds = windows ? 3600 : rng.pick([0, 30, 180]);
  spec.networks = networks;
  spec.volumes = volumes;

  const templateMetadata = { labels: { 'kubevirt.io/domain': name, app } };
  if (rng.chance(0.2)) templateMetadata.annotations = { 'vm.kubevirt.io/workload': rng.pick(['server', 'desktop', 'highperformance']) };
  const vmSpec = {};
  if (dataVolumeTemplates.length) vmSpec.dataVolumeTemplates = dataVolumeTemplates;
  vmSpec.runStrategy = rng.weighted([[45, 'Always'], [25, 'Halted'], [15, 'RerunOnFailure'], [10, 'Manual'], [5, 'Once']]);
  vmSpec.template = { metadata: templateMetadata, spec };
  return { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata, spec: vmSpec };
}

// ---------------------------------------------------------------------------------------------
// Seeded problems: each mutates a valid VM so that it has exactly that one problem.

const INJECT = {
  'unknown-field'(rng, vm) {
    const spec = vm.spec.template.spec;
    const { disks } = spec.domain.devices;
    switch (rng.int(3)) {
      case 0: {
        const disk = disks[0];
        disk.bootorder = disk.bootOrder ?? 1;
        delete disk.bootOrder;
        return `disk ${disk.name}: bootorder (typo of bootOrder)`;
      }
      case 1: {
        const disk = rng.pick(disks);
        disk.disk = { buss: disk.disk.bus };
        return `disk ${disk.name}: disk.buss (typo of bus)`;
      }
      default: {
        const value = spec.evictionStrategy ?? 'LiveMigrate';
        delete spec.evictionStrategy;
        spec.evictionstrategy = value;
        return 'template spec: evictionstrategy (typo of evictionStrategy)';
      }
    }
  },
  'duplicate-boot-order'(rng, vm) {
    const { disks, interfaces } = vm.spec.template.spec.domain.devices;
    if (disks.length < 2) {
      disks.push({ name: 'installer', cdrom: { bus: 'sata' } });
      vm.spec.template.spec.volumes.push({ name: 'installer', containerDisk: { image: 'registry.example.com/isos/virtio-win:latest' } });
    }
    for (const iface of interfaces) delete iface.bootOrder;
    disks[0].bootOrder = 1;
    disks[1].bootOrder = 1;
    return `disks ${disks[0].name} and ${disks[1].name} both have bootOrder 1`;
  },
  'masquerade-on-multus'(rng, vm) {
    const spec = vm.spec.template.spec;
    let iface = spec.domain.devices.interfaces.find((i) => i.bridge);
    if (!iface) {
      iface = { name: 'vlan200', bridge: {}, model: 'virtio' };
      spec.domain.devices.interfaces.push(iface);
      spec.networks.push({ name: 'vlan200', multus: { networkName: `${vm.metadata.namespace}/vlan-200` } });
    }
    delete iface.bridge;
    iface.masquerade = {};
    return `interface ${iface.name}: masquerade on a Multus network`;
  },
  'hugepages-not-multiple'(rng, vm) {
    const domain = vm.spec.template.spec.domain;
    const memory = `${rng.pick([1024, 2048, 4096]) + 1 + 2 * rng.int(8)}Mi`;
    domain.memory = { hugepages: { pageSize: '2Mi' } };
    domain.resources = { requests: { memory, ...(domain.resources.requests?.cpu && { cpu: domain.resources.requests.cpu }) } };
    return `requests.memory ${memory} with 2Mi hugepages`;
  },
  'secureboot-without-smm'(rng, vm) {
    const domain = vm.spec.template.spec.domain;
    domain.firmware = { bootloader: { efi: rng.chance(0.5) ? {} : { secureBoot: true } } };
    if (domain.features) {
      delete domain.features.smm;
      if (!Object.keys(domain.features).length) delete domain.features;
    }
    return `EFI secure boot (${domain.firmware.bootloader.efi.secureBoot ? 'explicit' : 'default'}) without SMM`;
  },
  'disk-without-volume'(rng, vm) {
    const { disks } = vm.spec.template.spec.domain.devices;
    const name = rng.pick(['scratch', 'logs', 'swap']);
    disks.push({ name, disk: { bus: 'virtio' } });
    return `disk ${name} has no volume`;
  },
};

// ---------------------------------------------------------------------------------------------
// Corpus

/** Document counts per file: the same mean, spread 1..2*mean-1 in pairs so that the total is exact. */
function documentCounts(rng, files, documents) {
  const base = Math.floor(documents / files);
  const counts = Array.from({ length: files }, (_, i) => base + (i < documents % files ? 1 : 0));
  for (let i = 0; i + 1 < files; i += 2) {
    const d = rng.int(Math.max(1, Math.min(counts[i], counts[i + 1]) - 1));
    counts[i] += d;
    counts[i + 1] -= d;
  }
  return counts;
}

function generate(params, generator) {
  const rng = createRng(params.seed);
  const counts = documentCounts(rng, params.files, params.documents);
  const badCount = Math.round(params.documents * params.badRate);
  const order = Array.from({ length: params.documents }, (_, i) => i);
  for (let i = 0; i < badCount; i++) {
    const j = i + rng.int(order.length - i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const categories = Object.keys(CATEGORIES);
  const badByIndex = new Map(order.slice(0, badCount).map((docIndex, i) => [docIndex, categories[i % categories.length]]));

  rmSync(FILES_DIR, { recursive: true, force: true });
  const files = [];
  const bad = [];
  let bytes = 0;
  let lines = 0;
  let docIndex = 0;
  counts.forEach((count, fileIndex) => {
    const group = { namespace: rng.pick(NAMESPACES), ...rng.pick(APPS) };
    const file = `${group.namespace}/${group.app}-${String(fileIndex).padStart(4, '0')}.yaml`;
    const texts = [];
    for (let document = 0; document < count; document++, docIndex++) {
      const vm = makeVm(rng, docIndex, group);
      const category = badByIndex.get(docIndex);
      if (category) bad.push({ file, document, name: vm.metadata.name, category, detail: INJECT[category](rng, vm) });
      texts.push(stringify(vm, { indentSeq: fileIndex % 3 !== 0, lineWidth: 0, aliasDuplicateObjects: false }));
    }
    const header = fileIndex % 4 === 0 ? `# Virtual machines for ${group.namespace}; managed in git, do not edit in the console.\n---\n` : fileIndex % 4 === 1 ? '---\n' : '';
    const text = header + texts.join('---\n');
    mkdirSync(join(FILES_DIR, group.namespace), { recursive: true });
    writeFileSync(join(FILES_DIR, file), text);
    const size = Buffer.byteLength(text);
    files.push({ file, documents: count, bytes: size });
    bytes += size;
    lines += text.split('\n').length - 1;
  });
  // As a team whose disks and networks are managed outside this repository would declare them: the
  // VMs' PVCs, DataVolumes and NetworkAttachmentDefinitions live elsewhere (cross-object rules).
  // Beside files/, not in it, so kubeconform does not take it for a manifest.
  writeFileSync(join(CORPUS_DIR, 'virtops.config.yaml'), CORPUS_CONFIG);
  return {
    params, generator, dir: 'bench/.corpus/files',
    totals: { files: files.length, documents: params.documents, bytes, lines, bad: bad.length,
      bytesPerDocument: Math.round(bytes / params.documents), linesPerDocument: Math.round(lines / params.documents) },
    files, bad,
  };
}

const CORPUS_CONFIG = `# Generated by bench/corpus.js: what the corpus's VMs reference but the corpus does not define.
external:
  - kind: PersistentVolumeClaim
  - kind: DataVolume
  - kind: NetworkAttachmentDefinition
`;

function upToDate(manifest, params, generator) {
  return manifest?.generator === generator && JSON.stringify(manifest.params) === JSON.stringify(params) &&
    existsSync(join(CORPUS_DIR, 'virtops.config.yaml')) && manifest.files.every(({ file, bytes }) => existsSync(join(FILES_DIR, file)) && statSync(join(FILES_DIR, file)).size === bytes);
}

/** Returns the manifest of an up-to-date corpus, generating it first if needed. */
export function ensureCorpus(options = {}, { force = false } = {}) {
  const params = { ...DEFAULTS, ...options };
  const generator = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
  const old = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : undefined;
  if (!force && upToDate(old, params, generator)) return { ...old, generated: false };
  const manifest = generate(params, generator);
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 1) + '\n');
  return { ...manifest, generated: true };
}

/** Command-line options shared with lint-bench.js. */
export const CORPUS_OPTIONS = {
  files: { type: 'string' }, documents: { type: 'string' }, 'bad-rate': { type: 'string' }, seed: { type: 'string' },
};
export function corpusParams(values) {
  const params = {};
  if (values.files) params.files = Number(values.files);
  if (values.documents) params.documents = Number(values.documents);
  if (values['bad-rate']) params.badRate = Number(values['bad-rate']);
  if (values.seed) params.seed = values.seed;
  return params;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { ...CORPUS_OPTIONS, force: { type: 'boolean' } } });
  const started = performance.now();
  const manifest = ensureCorpus(corpusParams(values), { force: values.force });
  console.log(`${manifest.generated ? 'generated' : 'up to date'} in ${Math.round(performance.now() - started)} ms:`, manifest.totals);
}

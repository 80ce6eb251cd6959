import { defineRule } from '../src/engine/rule.js';
import { ARCHES } from '../src/normalize/arch.js';
import { UNDEFAULTED_TEMPLATE_KINDS } from '../src/normalize/compute.js';
import { dig, isRecord, isTemplated } from '../src/normalize/values.js';

/** KubeVirt's default emulatedMachines per architecture (pkg/virt-config/virt-config.go). */
const DEFAULT_MACHINES: Readonly<Record<string, readonly string[]>> = {
  amd64: ['q35*', 'pc-q35*'],
  arm64: ['virt*'],
  s390x: ['s390-ccw-virtio*'],
};

/** Go's filepath.Match on names without '/': '*' any run, '?' one character, '[...]' a class. */
function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) return /$^/; // a malformed pattern matches nothing
      let body = glob.slice(i + 1, end);
      if (body.startsWith('^')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (ch === '\\' && i + 1 < glob.length) {
      out += glob[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

const compiled = new Map<string, RegExp>();
function matches(glob: string, value: string): boolean {
  let re = compiled.get(glob);
  if (re === undefined) {
    re = globToRegExp(glob);
    if (compiled.size < 1000) compiled.set(glob, re);
  }
  return re.test(value);
}

/** The machine globs for an architecture: the rule option `emulatedMachines` (a list, or a map per architecture), else KubeVirt's defaults. */
function machinesFor(options: Readonly<Record<string, unknown>>, arch: string): readonly string[] {
  const key = arch === 'arm64' || arch === 's390x' ? arch : 'amd64';
  const configured = options['emulatedMachines'];
  const strings = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
  const list = strings(configured) ?? (isRecord(configured) ? strings(configured[key]) : undefined);
  return list ?? DEFAULT_MACHINES[key]!;
}

export default defineRule({
  meta: {
    id: 'machine-type',
    type: 'problem',
    description: 'The architecture must be one KubeVirt supports, and the machine type one the cluster emulates for it',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['architecture-supported', 'machine-type-supported'],
    messages: {
      unsupportedArch: "Architecture '{{arch}}' is not supported: KubeVirt runs amd64, arm64 and s390x guests. Set spec.architecture to one of them (or remove it to use the cluster's).",
      unsupportedMachine:
        "Machine type '{{type}}' is not emulated for {{arch}}: the cluster accepts {{allowed}}. Use e.g. '{{example}}', or remove domain.machine.type to get the default. (If your KubeVirt CR lists other emulatedMachines, set them in this rule's emulatedMachines option.)",
    },
  },
  check(ctx) {
    const declared = ctx.spec['architecture'];
    if (typeof declared === 'string' && declared !== '' && !isTemplated(ctx, declared) && !(ARCHES as readonly string[]).includes(declared)) {
      ctx.report({ path: ['architecture'], messageId: 'unsupportedArch', data: { arch: declared } });
      return;
    }
    if (isTemplated(ctx, declared)) return;
    const type = dig(ctx.spec, 'domain', 'machine', 'type');
    if (typeof type !== 'string' || type === '' || isTemplated(ctx, type)) return;
    // The defaulted architecture; a VMIRS or pool template is validated as written, where no architecture means amd64's list.
    const arches = new Set<string>([typeof declared === 'string' && declared !== '' ? declared : ctx.settings.arch]);
    if (UNDEFAULTED_TEMPLATE_KINDS.has(ctx.kind) && (typeof declared !== 'string' || declared === '')) arches.add('amd64');
    for (const arch of arches) {
      const allowed = machinesFor(ctx.options, arch);
      if (allowed.some((glob) => matches(glob, type))) continue;
      const example = arch === 'arm64' ? 'virt' : arch === 's390x' ? 's390-ccw-virtio' : 'q35';
      ctx.report({ path: ['domain', 'machine', 'type'], messageId: 'unsupportedMachine', data: { type, arch, allowed: allowed.join(', '), example } });
      return;
    }
  },
});

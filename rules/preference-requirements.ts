import { defineRule, type ObjectContext } from '../src/engine/rule.js';
import { describeResolved } from '../src/instancetype/definitions.js';
import { vcpusOf } from '../src/instancetype/expand.js';
import type { SubjectExpansion } from '../src/instancetype/subject.js';
import { preferredTopology, spreadOptions } from '../src/instancetype/topology.js';
import { countField } from '../src/normalize/compute.js';
import { normalizeInstanceSpec } from '../src/normalize/defaults.js';
import { compare, parseQuantity } from '../src/normalize/quantity.js';
import { dig, digPath, isSet, quote } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'preference-requirements',
    type: 'problem',
    description: "A VirtualMachine must meet its preference's requirements (vCPUs, memory, architecture), and its instancetype's vCPUs must spread as the preference asks",
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachine', 'VirtualMachinePool'],
    catalog: ['preference-requirements', 'preference-spread-divisible'],
    messages: {
      cpuFromInstancetype:
        'The preference {{preference}} requires at least {{required}} vCPUs, but the instancetype {{instancetype}} provides {{provided}}: KubeVirt rejects {{subject}}. Choose a larger instancetype, or another preference.',
      cpuFromVm:
        'The preference {{preference}} requires at least {{required}} vCPUs as {{as}}, but the template gives {{provided}}{{defaulted}}: KubeVirt rejects {{subject}}. Set domain.cpu.{{field}} to at least {{required}}, or use an instancetype.',
      memoryFromInstancetype:
        'The preference {{preference}} requires at least {{required}} of memory, but the instancetype {{instancetype}} provides {{provided}}: KubeVirt rejects {{subject}}. Choose a larger instancetype, or another preference.',
      memoryFromVm:
        'The preference {{preference}} requires at least {{required}} of guest memory, but the template gives {{provided}}: KubeVirt rejects {{subject}}. Set domain.memory.guest (or domain.resources.requests.memory) to at least {{required}}.',
      architecture:
        'The preference {{preference}} requires architecture {{required}}, but the VirtualMachine asks for {{actual}}{{how}}: KubeVirt rejects {{subject}}. Set spec.template.spec.architecture to {{required}}, or use a preference for {{actual}}.',
      spreadNotDivisible:
        'The instancetype {{instancetype}} has {{vcpus}} vCPUs, which the preference {{preference}} cannot spread across {{across}} ({{divisor}}): KubeVirt rejects {{subject}}. Choose an instancetype whose vCPUs are a multiple of {{multiple}}, or a preference with another ratio.',
    },
  },
  check(ctx) {
    const expansion = ctx.expansion;
    const preference = expansion?.preference;
    if (expansion === undefined || preference === undefined || expansion.conflicts.length > 0) return;
    const subject = ctx.kind === 'VirtualMachinePool' ? 'every VirtualMachine this pool creates' : 'the VirtualMachine';
    checkSpread(ctx, expansion, subject);
    const requirements = dig(preference.spec, 'requirements');
    if (!isSet(requirements)) return;
    // KubeVirt checks the requirements on the template with both applied and its defaults set.
    const normalized = normalizeInstanceSpec(expansion.spec, 'VirtualMachine', ctx.settings.arch);
    checkCpu(ctx, expansion, normalized, subject);
    checkMemory(ctx, expansion, normalized, subject);
    checkArchitecture(ctx, expansion, subject);
  },
});

type Spec = Readonly<Record<string, unknown>>;

function names(expansion: SubjectExpansion): { preference: string; instancetype: string } {
  return {
    preference: expansion.preference ? describeResolved(expansion.preference) : '',
    instancetype: expansion.instancetype ? describeResolved(expansion.instancetype) : '',
  };
}

/** validation.CheckSpreadCPUTopology: the instancetype's vCPUs must divide by the spread ratio (and by 2 threads per core). */
function checkSpread(ctx: ObjectContext, expansion: SubjectExpansion, subject: string): void {
  const { instancetype, preference } = expansion;
  if (instancetype === undefined || preference === undefined || preferredTopology(preference.spec) !== 'spread') return;
  const { ratio, across } = spreadOptions(preference.spec);
  const vcpus = vcpusOf(instancetype.spec);
  let divisor: string | undefined;
  let multiple = ratio;
  if (across === 'SocketsCores' && (ratio === 0 || vcpus % ratio > 0)) divisor = `a ratio of ${ratio} cores per socket`;
  else if (across === 'CoresThreads' && (ratio === 0 || vcpus % ratio > 0)) divisor = `${ratio} threads per core`;
  else if (across === 'SocketsCoresThreads' && (ratio === 0 || vcpus % 2 > 0 || Math.trunc(vcpus / 2) % ratio > 0)) {
    divisor = `2 threads per core and a ratio of ${ratio} cores per socket`;
    multiple = 2 * ratio;
  }
  if (divisor === undefined) return;
  ctx.report({
    path: [...expansion.vmSpecPath, 'instancetype'],
    target: 'key',
    messageId: 'spreadNotDivisible',
    data: { ...names(expansion), vcpus, across, divisor, multiple, subject },
  });
}

/** requirements.checkCPU. */
function checkCpu(ctx: ObjectContext, expansion: SubjectExpansion, normalized: Spec, subject: string): void {
  const preference = expansion.preference!;
  const required = dig(preference.spec, 'requirements', 'cpu', 'guest');
  if (typeof required !== 'number' || !Number.isInteger(required) || required <= 0) return;
  if (expansion.instancetype) {
    const provided = vcpusOf(expansion.instancetype.spec);
    if (provided < required) {
      ctx.report({ path: [...expansion.vmSpecPath, 'instancetype'], target: 'key', messageId: 'cpuFromInstancetype', data: { ...names(expansion), required, provided, subject } });
    }
    return;
  }
  const cpu = dig(normalized, 'domain', 'cpu');
  const count = (key: string) => countField(cpu, key) ?? 0;
  const topology = preferredTopology(preference.spec);
  let fields: string[];
  let provided: number;
  switch (topology) {
    case 'threads':
    case 'cores':
    case 'sockets':
      fields = [topology];
      provided = count(topology);
      break;
    case 'spread': {
      const { across } = spreadOptions(preference.spec);
      fields = across === 'CoresThreads' ? ['cores', 'threads'] : across === 'SocketsCoresThreads' ? ['sockets', 'cores', 'threads'] : ['sockets', 'cores'];
      provided = fields.reduce((product, key) => product * count(key), 1);
      break;
    }
    case 'any':
      fields = ['cores', 'sockets', 'threads'];
      provided = count('cores') * count('sockets') * count('threads');
      break;
    default:
      return;
  }
  if (provided >= required) return;
  const written = dig(expansion.spec, 'domain', 'cpu', fields[0]!);
  ctx.report({
    path: [...expansion.specPath, 'domain', 'cpu', ...(isSet(written) ? [fields[0]!] : [])],
    target: 'key',
    messageId: 'cpuFromVm',
    data: { ...names(expansion), required, provided, as: fields.join(' × '), field: fields[0]!, defaulted: isSet(written) ? '' : ' (KubeVirt defaults the topology to 1 socket, 1 core, 1 thread)', subject },
  });
}

/** requirements.checkMemory: the guest memory (the instancetype's once applied) against the required amount. */
function checkMemory(ctx: ObjectContext, expansion: SubjectExpansion, normalized: Spec, subject: string): void {
  const raw = dig(expansion.preference!.spec, 'requirements', 'memory', 'guest');
  const required = parseQuantity(raw);
  if (required === undefined) return;
  const guestRaw = dig(normalized, 'domain', 'memory', 'guest');
  const provided = parseQuantity(isSet(guestRaw) ? guestRaw : '0');
  if (provided === undefined || compare(provided, required) >= 0) return;
  const shown = isSet(guestRaw) ? quote(guestRaw) : 'none';
  if (expansion.instancetype) {
    ctx.report({ path: [...expansion.vmSpecPath, 'instancetype'], target: 'key', messageId: 'memoryFromInstancetype', data: { ...names(expansion), required: quote(raw), provided: shown, subject } });
    return;
  }
  ctx.report({ path: [...expansion.specPath, 'domain', 'memory'], target: 'key', messageId: 'memoryFromVm', data: { ...names(expansion), required: quote(raw), provided: shown, subject } });
}

/** requirements.checkArch: the architecture after the preference's preferredArchitecture and the cluster default. */
function checkArchitecture(ctx: ObjectContext, expansion: SubjectExpansion, subject: string): void {
  const required = dig(expansion.preference!.spec, 'requirements', 'architecture');
  if (typeof required !== 'string') return;
  const declared = dig(expansion.spec, 'architecture');
  const actual = typeof declared === 'string' && declared !== '' ? declared : ctx.settings.arch;
  if (actual === required) return;
  const written = digPath(ctx.object, [...(expansion.specPath as string[]), 'architecture']);
  const how = typeof written === 'string' && written !== '' ? '' : typeof declared === 'string' && declared !== '' ? ' (from the preference)' : ' (the cluster architecture, settings.arch / --arch)';
  ctx.report({
    path: [...expansion.specPath, ...(isSet(written) ? ['architecture'] : [])],
    target: 'key',
    messageId: 'architecture',
    data: { ...names(expansion), required: quote(required), actual: quote(actual), how, subject },
  });
}

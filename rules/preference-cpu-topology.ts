import { defineRule } from '../src/engine/rule.js';
import { DEPRECATED_TOPOLOGIES, TOPOLOGIES } from '../src/instancetype/topology.js';
import { dig, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

const ACROSS = ['SocketsCores', 'SocketsCoresThreads', 'CoresThreads'];

export default defineRule({
  meta: {
    id: 'preference-cpu-topology',
    type: 'problem',
    description: "A preference's preferredCPUTopology must be one KubeVirt knows, and its spread options must be supported; the prefer* topology names are deprecated",
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachinePreference', 'VirtualMachineClusterPreference'],
    catalog: ['preference-topology-known', 'preference-spread-across', 'preference-spread-coresthreads-ratio', 'warn-preference-deprecated-topology'],
    fixable: true,
    messages: {
      unknownTopology: 'preferredCPUTopology {{value}} is not one KubeVirt knows. Use one of sockets, cores, threads, spread or any.',
      unknownAcross: 'spreadOptions.across {{value}} is not supported. Use SocketsCores (the default), SocketsCoresThreads or CoresThreads.',
      coresThreadsRatio:
        'Spreading vCPUs across CoresThreads allows only a ratio of 2 (1 core, 2 threads), and the ratio here is {{ratio}}{{source}}. Set `ratio: 2` under spreadOptions, or spread across SocketsCores.',
      deprecatedTopology:
        'preferredCPUTopology {{value}} is deprecated and will be removed in a future KubeVirt release (KubeVirt warns on every apply). Use `{{replacement}}` instead.',
    },
  },
  check(ctx) {
    const spec = ctx.object['spec'];
    if (!isRecord(spec)) return;
    const cpu = spec['cpu'];
    const topology = dig(cpu, 'preferredCPUTopology');
    if (typeof topology !== 'string' || isTemplated(ctx, topology)) return;
    const topologyPath = ['spec', 'cpu', 'preferredCPUTopology'];
    const replacement = DEPRECATED_TOPOLOGIES[topology];
    if (replacement !== undefined) {
      ctx.report({
        path: topologyPath,
        messageId: 'deprecatedTopology',
        data: { value: `'${topology}'`, replacement },
        severity: 'warning',
        // KubeVirt treats each prefer* name exactly as its replacement.
        fix: [{ op: 'set', path: topologyPath, value: replacement }],
      });
    } else if (!TOPOLOGIES.includes(topology)) {
      ctx.report({ path: topologyPath, messageId: 'unknownTopology', data: { value: `'${topology}'` } });
      return;
    }
    if (topology !== 'spread' && topology !== 'preferSpread') return;

    // apply.GetSpreadOptions: across defaults to SocketsCores; ratio to spreadOptions.ratio, else
    // spec.preferSpreadSocketToCoreRatio when not 0, else 2.
    const options = dig(cpu, 'spreadOptions');
    const across = dig(options, 'across');
    if (isSet(across)) {
      if (typeof across !== 'string' || isTemplated(ctx, across)) return;
      if (!ACROSS.includes(across)) {
        ctx.report({ path: ['spec', 'cpu', 'spreadOptions', 'across'], messageId: 'unknownAcross', data: { value: `'${across}'` } });
        return;
      }
    }
    if (across !== 'CoresThreads') return;
    const ratio = dig(options, 'ratio');
    const legacy = spec['preferSpreadSocketToCoreRatio'];
    let effective: unknown = 2;
    let source = '';
    if (isSet(ratio)) {
      effective = ratio;
    } else if (typeof legacy === 'number' && legacy !== 0) {
      effective = legacy;
      source = ' (from spec.preferSpreadSocketToCoreRatio)';
    }
    if (typeof effective !== 'number' || !Number.isInteger(effective) || effective === 2) return;
    const path = isSet(ratio) ? ['spec', 'cpu', 'spreadOptions', 'ratio'] : ['spec', 'preferSpreadSocketToCoreRatio'];
    ctx.report({ path, messageId: 'coresThreadsRatio', data: { ratio: effective, source } });
  },
});

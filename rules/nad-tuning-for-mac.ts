import type { FieldPath } from '../src/core/types.js';
import { defineRule } from '../src/engine/rule.js';
import { kindInfo } from '../src/kinds/registry.js';
import { parseCniConfig } from '../src/normalize/cni-config.js';
import { INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { lookup, multusReference, NAD } from '../src/normalize/references.js';
import { asArray, asString, dig, digPath, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

const BRIDGE_TYPES = new Set(['bridge', 'cnv-bridge']);
const TUNING_TYPES = new Set(['tuning', 'cnv-tuning']);

type Fact =
  /** A NetworkAttachmentDefinition: a bridge without the tuning plugin. */
  | { bridgeWithoutTuning: true }
  /** A VM: its interfaces with a fixed MAC on a Multus network. */
  | { macs: { iface: string; namespace?: string; nad: string; path: FieldPath }[] };

const hasMac = (value: unknown): boolean => typeof value === 'string' && value !== '';

export default defineRule<Fact>({
  meta: {
    id: 'nad-tuning-for-mac',
    type: 'problem',
    description: 'An interface with a fixed macAddress on a bridge NetworkAttachmentDefinition needs the tuning plugin in that NAD',
    level: 'warn',
    scope: 'set',
    kinds: ['NetworkAttachmentDefinition', 'VirtualMachine', 'VirtualMachineInstance', 'VirtualMachineInstanceReplicaSet', 'VirtualMachinePool'],
    messages: {
      noTuning:
        "Interface '{{iface}}' sets macAddress on network '{{nad}}', a bridge NetworkAttachmentDefinition ({{file}}) without the tuning plugin, so the bridge CNI ignores the address. Make its config a plugins list ending with `{\"type\": \"tuning\"}` (`cnv-tuning` on older OpenShift), or remove macAddress.",
    },
  },
  collect(ctx) {
    if (ctx.kind === NAD) {
      const config = parseCniConfig(dig(ctx.object, 'spec', 'config'));
      if (!config.ok) return undefined;
      const types = 'plugins' in config.value ? asArray(config.value['plugins']).map((p) => asString(dig(p, 'type'))) : [asString(config.value['type'])];
      const bridge = types.some((t) => t !== undefined && BRIDGE_TYPES.has(t));
      const tuning = types.some((t) => t !== undefined && TUNING_TYPES.has(t));
      return bridge && !tuning ? { bridgeWithoutTuning: true } : undefined;
    }
    const macs: { iface: string; namespace?: string; nad: string; path: FieldPath }[] = [];
    for (const specPath of kindInfo(ctx.kind)?.instanceSpecPaths ?? []) {
      const spec = digPath(ctx.object, specPath as string[]);
      if (!isRecord(spec)) continue;
      const interfaces = interfacesOf(spec);
      // Most VMs fix no MAC address: their networks need no look.
      if (!interfaces.some((iface) => hasMac(dig(iface, 'macAddress')))) continue;
      const networks = new Map(asArray(spec['networks']).map((n) => [nameOf(n), asString(dig(n, 'multus', 'networkName'))] as const));
      interfaces.forEach((iface, i) => {
        const ref = multusReference(networks.get(nameOf(iface)));
        if (!hasMac(dig(iface, 'macAddress')) || ref === undefined || isTemplated(ctx, ref.name) || isTemplated(ctx, ref.namespace)) return;
        macs.push({ iface: nameOf(iface) ?? String(i), ...(ref.namespace ? { namespace: ref.namespace } : {}), nad: ref.name, path: [...specPath, ...INTERFACES_PATH, i, 'macAddress'] });
      });
    }
    return macs.length > 0 ? { macs } : undefined;
  },
  check(ctx) {
    for (const object of ctx.objects) {
      const fact = object.fact;
      if (fact === undefined || !('macs' in fact)) continue;
      for (const mac of fact.macs) {
        const ref = { kind: NAD, name: mac.nad, ...(mac.namespace ? { namespace: mac.namespace } : {}), path: [], via: '' };
        if (lookup(ref, object.namespace, ctx.named).status !== 'found') continue;
        // Report only when every NAD the reference could mean lacks tuning: never on a guess.
        const namespace = mac.namespace ?? object.namespace;
        const candidates = ctx.named(NAD, mac.nad).filter((nad) => namespace === undefined || nad.namespace === undefined || nad.namespace === namespace);
        if (!candidates.every((nad) => nad.fact !== undefined && 'bridgeWithoutTuning' in nad.fact)) continue;
        ctx.report({ at: object, path: mac.path, messageId: 'noTuning', data: { iface: mac.iface, nad: mac.namespace ? `${mac.namespace}/${mac.nad}` : mac.nad, file: ctx.files[candidates[0]!.file] ?? '?' } });
      }
    }
  },
});

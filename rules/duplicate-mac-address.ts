import type { FieldPath } from '../src/core/types.js';
import { defineRule, type SetObject } from '../src/engine/rule.js';
import { kindInfo } from '../src/kinds/registry.js';
import { INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { asString, dig, digPath, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

interface FixedMac {
  /** Lower case, ':'-separated: how two spellings of one address compare equal. */
  mac: string;
  iface: string;
  path: FieldPath;
}

export default defineRule<FixedMac[]>({
  meta: {
    id: 'duplicate-mac-address',
    type: 'problem',
    description: 'A fixed interface macAddress must be unique across the VMs in the set (and within one VM)',
    level: 'warn',
    scope: 'set',
    kinds: ['VirtualMachine', 'VirtualMachineInstance', 'VirtualMachineInstanceReplicaSet', 'VirtualMachinePool'],
    messages: {
      duplicate:
        "Interface '{{iface}}' has macAddress {{mac}}, which interface '{{otherIface}}' of {{other}} uses too. Two NICs with one MAC address on a network conflict (the MAC pool manager does not check fixed addresses): give each interface its own address, or leave macAddress out to get a unique one.",
    },
  },
  collect(ctx) {
    const out: FixedMac[] = [];
    for (const specPath of kindInfo(ctx.kind)?.instanceSpecPaths ?? []) {
      const spec = digPath(ctx.object, specPath as string[]);
      if (!isRecord(spec)) continue;
      interfacesOf(spec).forEach((iface, i) => {
        const mac = asString(dig(iface, 'macAddress'));
        if (mac === undefined || mac === '' || isTemplated(ctx, mac)) return;
        out.push({ mac: mac.toLowerCase().replaceAll('-', ':'), iface: nameOf(iface) ?? String(i), path: [...specPath, ...INTERFACES_PATH, i, 'macAddress'] });
      });
    }
    return out.length > 0 ? out : undefined;
  },
  check(ctx) {
    const first = new Map<string, { object: SetObject; entry: FixedMac }>();
    for (const object of ctx.objects) {
      // A VM inside an OpenShift Template is a pattern, not a machine.
      if (!object.applied) continue;
      for (const entry of object.fact ?? []) {
        const earlier = first.get(entry.mac);
        if (earlier === undefined) {
          first.set(entry.mac, { object, entry });
          continue;
        }
        const same = earlier.object === object;
        const other = same ? `this ${object.kind}` : `${earlier.object.kind} '${earlier.object.name ?? '?'}' (${ctx.files[earlier.object.file] ?? '?'})`;
        ctx.report({ at: object, path: entry.path, messageId: 'duplicate', data: { iface: entry.iface, mac: entry.mac, otherIface: earlier.entry.iface, other } });
      }
    }
  },
});

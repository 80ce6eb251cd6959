import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import type { FieldPath } from '../src/core/types.js';
import { defaultOrigin } from '../src/normalize/defaults.js';
import { explainDnsLabel, suggestDnsLabel } from '../src/normalize/names.js';
import { asArray, digPath, isTemplated, nameOf } from '../src/normalize/values.js';

const INTERFACE_NAME = /^[A-Za-z0-9-_]+$/;

export default defineRule({
  meta: {
    id: 'device-names',
    type: 'problem',
    description: 'Disk names must be RFC 1123 labels, interface names must use letters, digits, - and _, and disk, volume, interface and network names must be unique',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['disk-name-dns-label', 'disk-name-unique', 'volume-name-unique', 'interface-name-charset', 'interface-name-unique', 'network-name-unique'],
    messages: {
      diskNameInvalid:
        "Disk name '{{name}}' is not a valid RFC 1123 label: {{problems}}. KubeVirt uses disk names as container names: use at most 63 lowercase letters, digits or '-', starting and ending with a letter or digit{{suggestion}}, and rename the matching volume too.",
      volumeNameInvalidForDisk:
        "Volume '{{name}}' has no disk or filesystem, so KubeVirt adds a disk named '{{name}}', and that is not a valid RFC 1123 label: {{problems}}. Rename the volume to at most 63 lowercase letters, digits or '-'{{suggestion}}.",
      diskNameDuplicate: "Disk name '{{name}}' is already used by disks[{{first}}]: every disk needs its own name. Rename one of them (and its volume).",
      volumeNameDuplicate: "Volume name '{{name}}' is already used by volumes[{{first}}]: every volume needs its own name. Rename one of them (and the disk that uses it).",
      interfaceNameInvalid:
        "Interface name '{{name}}' may contain only letters, digits, '-' and '_'{{suggestion}}. Rename the interface and its network together.",
      interfaceNameDuplicate:
        "Interface name '{{name}}' is already used by interfaces[{{first}}]: an interface connects to the network of the same name, so each network can have only one interface. Rename one of them and add a network for it.",
      networkNameDuplicate: "Network name '{{name}}' is already used by networks[{{first}}]: every network needs its own name. Rename one of them and its interface.",
    },
  },
  check(ctx) {
    const disksPath = ['domain', 'devices', 'disks'];
    const disks = asArray(digPath(ctx.spec, disksPath));
    disks.forEach((disk, i) => {
      const name = nameOf(disk);
      if (name === undefined || isTemplated(ctx, name)) return;
      const problems = explainDnsLabel(name);
      if (problems !== undefined) {
        ctx.report({ path: [...disksPath, i, 'name'], messageId: 'diskNameInvalid', data: { name, problems, suggestion: suggestion(name) } });
      }
    });
    reportDuplicates(ctx, disks, disksPath, 'diskNameDuplicate');

    // Disks KubeVirt adds for volumes without a disk: the name problem is in the volume's name.
    for (const disk of asArray(digPath(ctx.normalized, disksPath))) {
      const origin = defaultOrigin(disk);
      if (origin?.reason !== 'volume-disk') continue;
      const name = nameOf(disk);
      if (name === undefined || isTemplated(ctx, name)) continue;
      const problems = explainDnsLabel(name);
      if (problems === undefined) continue;
      ctx.report({
        path: ['volumes', origin.volumeIndex, 'name'],
        messageId: 'volumeNameInvalidForDisk',
        data: { name, problems, suggestion: suggestion(name) },
      });
    }

    reportDuplicates(ctx, asArray(ctx.spec['volumes']), ['volumes'], 'volumeNameDuplicate');

    const interfacesPath = ['domain', 'devices', 'interfaces'];
    const interfaces = asArray(digPath(ctx.spec, interfacesPath));
    interfaces.forEach((iface, i) => {
      const name = nameOf(iface);
      if (name === undefined || isTemplated(ctx, name) || INTERFACE_NAME.test(name)) return;
      const cleaned = name.replace(/[^A-Za-z0-9-_]+/g, '-').replace(/^-+|-+$/g, '');
      ctx.report({
        path: [...interfacesPath, i, 'name'],
        messageId: 'interfaceNameInvalid',
        data: { name, suggestion: cleaned !== '' && cleaned !== name ? ` (e.g. '${cleaned}')` : '' },
      });
    });
    reportDuplicates(ctx, interfaces, interfacesPath, 'interfaceNameDuplicate');
    reportDuplicates(ctx, asArray(ctx.spec['networks']), ['networks'], 'networkNameDuplicate');
  },
});

function suggestion(name: string): string {
  const suggested = suggestDnsLabel(name);
  return suggested !== undefined && suggested !== name ? ` (e.g. '${suggested}')` : '';
}

/** Reports every item whose name an earlier item already has, naming the first one. */
function reportDuplicates(ctx: InstanceSpecContext, items: readonly unknown[], listPath: FieldPath, messageId: string): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const name = nameOf(item);
    if (name === undefined || isTemplated(ctx, name)) return;
    const first = firstIndex.get(name);
    if (first === undefined) firstIndex.set(name, i);
    else ctx.report({ path: [...listPath, i, 'name'], messageId, data: { name, first } });
  });
}

import { closest } from '../src/core/suggest.js';
import { defineRule } from '../src/engine/rule.js';
import { asArray, dig, digPath, has, isTemplated, nameOf } from '../src/normalize/values.js';

/** The Beta gate that allows a cdrom without a volume (an empty drive to hot-plug media into later). */
const EMPTY_CDROM_GATE = 'DeclarativeHotplugVolumes';

export default defineRule({
  meta: {
    id: 'device-references',
    type: 'problem',
    description: 'Every disk must have a volume of the same name, and every interface a network of the same name (and the other way round)',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['disk-has-volume', 'empty-cdrom-gate', 'interface-has-network', 'network-has-interface'],
    messages: {
      diskWithoutVolume:
        "Disk '{{name}}' has no volume named '{{name}}'{{didYouMean}}. Add a volume with this name under volumes, rename the disk to match its volume, or remove the disk.",
      emptyCdromGate:
        "CD-ROM disk '{{name}}' has no volume named '{{name}}'; an empty CD-ROM needs the {{gate}} feature gate, which this configuration disables. Add a volume named '{{name}}' or enable the gate.",
      interfaceWithoutNetwork:
        "Interface '{{name}}' has no network named '{{name}}'{{didYouMean}}. Add one under networks (e.g. `- name: {{name}}` with `pod: {}`){{defaultHint}}, or rename the interface to match its network.",
      networkWithoutInterface:
        "Network '{{name}}' has no interface named '{{name}}'{{didYouMean}}. Add an interface with this name under domain.devices.interfaces (e.g. with `masquerade: {}` or `bridge: {}`), or remove the network.",
    },
  },
  check(ctx) {
    const disabledGates = asArray(ctx.options['disabledFeatureGates']);
    const emptyCdromAllowed = !disabledGates.includes(EMPTY_CDROM_GATE);

    const volumes = asArray(ctx.spec['volumes']);
    const disksPath = ['domain', 'devices', 'disks'];
    const disks = asArray(digPath(ctx.spec, disksPath));
    const filesystems = asArray(dig(ctx.spec, 'domain', 'devices', 'filesystems'));
    // A `${PARAM}` name may become any name: do not judge references in a list that holds one.
    if (!hasTemplatedName(ctx, volumes) && !hasTemplatedName(ctx, disks)) {
      const volumeNames = namesOf(volumes);
      const usedNames = new Set([...namesOf(disks), ...namesOf(filesystems)]);
      const unusedVolumes = [...volumeNames].filter((name) => !usedNames.has(name));
      disks.forEach((disk, i) => {
        const name = nameOf(disk);
        if (name === undefined || volumeNames.has(name)) return;
        if (has(disk, 'cdrom')) {
          if (!emptyCdromAllowed) ctx.report({ path: [...disksPath, i, 'name'], messageId: 'emptyCdromGate', data: { name, gate: EMPTY_CDROM_GATE } });
          return;
        }
        ctx.report({ path: [...disksPath, i, 'name'], messageId: 'diskWithoutVolume', data: { name, didYouMean: didYouMean(name, unusedVolumes, 'volume') } });
      });
    }

    const networks = asArray(ctx.spec['networks']);
    const interfacesPath = ['domain', 'devices', 'interfaces'];
    const interfaces = asArray(digPath(ctx.spec, interfacesPath));
    if (hasTemplatedName(ctx, networks) || hasTemplatedName(ctx, interfaces)) return;
    const networkNames = namesOf(networks);
    const interfaceNames = namesOf(interfaces);
    interfaces.forEach((iface, i) => {
      const name = nameOf(iface);
      if (name === undefined || networkNames.has(name)) return;
      const unmatched = [...networkNames].filter((n) => !interfaceNames.has(n));
      ctx.report({
        path: [...interfacesPath, i, 'name'],
        messageId: 'interfaceWithoutNetwork',
        data: {
          name,
          didYouMean: didYouMean(name, unmatched, 'network'),
          defaultHint: networks.length === 0 ? '; KubeVirt adds the default pod network only when both interfaces and networks are empty' : '',
        },
      });
    });
    networks.forEach((network, i) => {
      const name = nameOf(network);
      if (name === undefined || interfaceNames.has(name)) return;
      const unmatched = [...interfaceNames].filter((n) => !networkNames.has(n));
      ctx.report({ path: ['networks', i, 'name'], messageId: 'networkWithoutInterface', data: { name, didYouMean: didYouMean(name, unmatched, 'interface') } });
    });
  },
});

function namesOf(items: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  for (const item of items) {
    const name = nameOf(item);
    if (name !== undefined) names.add(name);
  }
  return names;
}

function hasTemplatedName(ctx: { templateParams: boolean }, items: readonly unknown[]): boolean {
  return ctx.templateParams && items.some((item) => isTemplated(ctx, nameOf(item)));
}

function didYouMean(name: string, candidates: readonly string[], what: string): string {
  const match = closest(name, candidates);
  return match === undefined ? '' : ` (did you mean the ${what} '${match}'?)`;
}

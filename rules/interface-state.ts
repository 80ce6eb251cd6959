import { defineRule } from '../src/engine/rule.js';
import { defaultNetworkName, INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { asString, has, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

const STATES = new Set(['', 'absent', 'down', 'up']);

export default defineRule({
  meta: {
    id: 'interface-state',
    type: 'problem',
    description: "An interface's state must be up, down or absent, and must fit its binding and network",
    level: 'error',
    scope: 'instance-spec',
    catalog: ['interface-state-valid', 'sriov-state-up-down', 'absent-state-bridge-only', 'absent-state-not-default-network'],
    messages: {
      unknownState: "Interface '{{name}}' has state '{{state}}', which KubeVirt does not support. Use `up`, `down` or `absent` (or leave state unset).",
      sriovLinkState:
        "Interface '{{name}}' is an SR-IOV interface with state '{{state}}'; KubeVirt cannot set the link state of SR-IOV NICs. Remove the state (or use `absent` with a bridge interface to unplug it).",
      absentNotBridge:
        "Interface '{{name}}' has state 'absent', which KubeVirt supports only for the bridge binding (hot-unplug). Remove the interface and its network instead, or use a bridge interface on a secondary network.",
      absentDefaultNetwork:
        "Interface '{{name}}' has state 'absent', but '{{name}}' is the default network (the pod network or the Multus default), which cannot be unplugged. Remove the state.",
    },
  },
  check(ctx) {
    const interfaces = interfacesOf(ctx.spec);
    if (interfaces.length === 0) return;
    let defaultNetwork: string | undefined | null = null;
    interfaces.forEach((iface, i) => {
      if (!isRecord(iface)) return;
      const state = asString(iface['state']);
      if (state === undefined || state === '' || isTemplated(ctx, state)) return;
      const name = nameOf(iface) ?? '';
      const at = { path: [...INTERFACES_PATH, i, 'state'] };
      if (!STATES.has(state)) ctx.report({ ...at, messageId: 'unknownState', data: { name, state } });
      if (has(iface, 'sriov') && (state === 'up' || state === 'down')) ctx.report({ ...at, messageId: 'sriovLinkState', data: { name, state } });
      if (state !== 'absent') return;
      if (!has(iface, 'bridge')) ctx.report({ ...at, messageId: 'absentNotBridge', data: { name } });
      if (defaultNetwork === null) defaultNetwork = defaultNetworkName(ctx.spec);
      if (defaultNetwork !== undefined && defaultNetwork === name && !isTemplated(ctx, name)) {
        ctx.report({ ...at, messageId: 'absentDefaultNetwork', data: { name } });
      }
    });
  },
});

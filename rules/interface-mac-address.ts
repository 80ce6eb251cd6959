import { defineRule } from '../src/engine/rule.js';
import { INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { asString, has, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

/** The MAC address KubeVirt gives the in-pod bridge of masquerade interfaces (pkg/network/link). */
const RESERVED_MASQUERADE_MAC = '02:00:00:00:00:00';
const HEX2 = /^[0-9A-Fa-f]{2}$/;
const HEX4 = /^[0-9A-Fa-f]{4}$/;

/**
 * The number of octets of a MAC address as Go's net.ParseMAC reads it (EUI-48, EUI-64 or a 20-octet
 * InfiniBand address; `:`- or `-`-separated pairs, or `.`-separated groups of four), else undefined.
 */
function macOctets(mac: string): number | undefined {
  if (mac.length < 14) return undefined;
  let octets: number;
  if (mac[2] === ':' || mac[2] === '-') {
    const parts = mac.split(mac[2]);
    if (!parts.every((p) => HEX2.test(p))) return undefined;
    octets = parts.length;
  } else if (mac[4] === '.') {
    const parts = mac.split('.');
    if (!parts.every((p) => HEX4.test(p))) return undefined;
    octets = parts.length * 2;
  } else return undefined;
  return octets === 6 || octets === 8 || octets === 20 ? octets : undefined;
}

export default defineRule({
  meta: {
    id: 'interface-mac-address',
    type: 'problem',
    description: 'An interface macAddress must be a valid 6-octet MAC address, and not the one reserved for masquerade',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['interface-mac-format', 'masquerade-reserved-mac'],
    messages: {
      malformed: "Interface '{{name}}' has macAddress '{{mac}}', which is not a MAC address. Use six pairs of hex digits separated by ':' or '-', e.g. `02:00:00:12:34:56`.",
      tooLong: "Interface '{{name}}' has macAddress '{{mac}}', which has {{octets}} octets; KubeVirt accepts only 6-octet (EUI-48) addresses, e.g. `02:00:00:12:34:56`.",
      reserved:
        "Interface '{{name}}' uses the masquerade binding with macAddress 02:00:00:00:00:00, which KubeVirt reserves for the in-pod bridge. Choose another address (or leave macAddress unset).",
    },
  },
  check(ctx) {
    interfacesOf(ctx.spec).forEach((iface, i) => {
      if (!isRecord(iface)) return;
      const mac = asString(iface['macAddress']);
      if (mac === undefined || mac === '' || isTemplated(ctx, mac)) return;
      const name = nameOf(iface) ?? '';
      const path = [...INTERFACES_PATH, i, 'macAddress'];
      const octets = macOctets(mac);
      if (octets === undefined) ctx.report({ path, messageId: 'malformed', data: { name, mac } });
      else if (octets > 6) ctx.report({ path, messageId: 'tooLong', data: { name, mac, octets } });
      if (mac === RESERVED_MASQUERADE_MAC && has(iface, 'masquerade')) ctx.report({ path, messageId: 'reserved', data: { name } });
    });
  },
});

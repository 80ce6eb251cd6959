import { defineRule } from '../src/engine/rule.js';
import { INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { asArray, asInteger, asRecord, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

const DECIMAL_OCTET = /^(0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Go's net.ParseIP for a dotted IPv4 address: four decimal octets, no leading zeros. */
function ipv4Bytes(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!DECIMAL_OCTET.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes.push(value);
  }
  return bytes;
}

/** Go's net.ParseIP for an IPv6 address (optionally ending in a dotted IPv4), as 16 bytes. */
function ipv6Bytes(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      if (k === pieces.length - 1 && piece.includes('.')) {
        const v4 = ipv4Bytes(piece);
        if (v4 === undefined) return undefined;
        out.push(...v4);
      } else if (HEX_GROUP.test(piece)) {
        const value = parseInt(piece, 16);
        out.push(value >> 8, value & 0xff);
      } else return undefined;
    }
    return out;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  // An embedded IPv4 address may only end the address.
  if (halves.length === 2 && halves[0]!.includes('.')) return undefined;
  if (halves.length === 1) return head.length === 16 ? head : undefined;
  const fill = 16 - head.length - tail.length;
  if (fill < 2) return undefined;
  return [...head, ...new Array<number>(fill).fill(0), ...tail];
}

/** `net.ParseIP(text).To4() != nil`: a dotted IPv4 address, or an IPv4-mapped IPv6 address. */
function isIPv4(text: string): boolean {
  if (ipv4Bytes(text) !== undefined) return true;
  if (!text.includes(':')) return false;
  const bytes = ipv6Bytes(text);
  return bytes !== undefined && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
}

export default defineRule({
  meta: {
    id: 'interface-dhcp-options',
    type: 'problem',
    description: 'DHCP private options must be unique and within 224-254, and NTP servers must be IPv4 addresses',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['dhcp-private-options-unique', 'dhcp-private-option-range', 'dhcp-ntp-ipv4'],
    messages: {
      duplicateOption: "Interface '{{name}}' sets DHCP private option {{option}} twice (the first is privateOptions[{{first}}]). Set each option once.",
      optionRange: "Interface '{{name}}' sets DHCP private option {{option}}; private options must be between 224 and 254.",
      ntpNotIPv4: "Interface '{{name}}' lists NTP server '{{server}}', which is not an IPv4 address. KubeVirt's DHCP server accepts only IPv4 addresses (no host names, no IPv6).",
    },
  },
  check(ctx) {
    interfacesOf(ctx.spec).forEach((iface, i) => {
      const dhcp = isRecord(iface) ? asRecord(iface['dhcpOptions']) : undefined;
      if (dhcp === undefined) return;
      const name = nameOf(iface) ?? '';
      const dhcpPath = [...INTERFACES_PATH, i, 'dhcpOptions'];
      const seen = new Map<number, number>();
      asArray(dhcp['privateOptions']).forEach((entry, k) => {
        const option = isRecord(entry) ? asInteger(entry['option']) : undefined;
        // A missing option is the schema rule's finding (option is required there).
        if (option === undefined) return;
        const path = [...dhcpPath, 'privateOptions', k, 'option'];
        const first = seen.get(option);
        if (first !== undefined) ctx.report({ path, messageId: 'duplicateOption', data: { name, option, first } });
        else seen.set(option, k);
        if (option < 224 || option > 254) ctx.report({ path, messageId: 'optionRange', data: { name, option } });
      });
      asArray(dhcp['ntpServers']).forEach((server, k) => {
        if (typeof server !== 'string' || isTemplated(ctx, server) || isIPv4(server)) return;
        ctx.report({ path: [...dhcpPath, 'ntpServers', k], messageId: 'ntpNotIPv4', data: { name, server } });
      });
    });
  },
});

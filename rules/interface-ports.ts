import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { indexNetworks, INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { asArray, asInteger, asString, has, isRecord, isTemplated, nameOf, type Obj } from '../src/normalize/values.js';

const MAX_PORT_RANGES = 10;
const PORT_NAME_CHARSET = /^[-a-z0-9]+$/;
const PORT_NAME_LETTER = /[a-z]/;

/** k8s.io/apimachinery IsValidPortName (IANA_SVC_NAME): the problems, or undefined when valid. */
function portNameProblems(name: string): string | undefined {
  const problems: string[] = [];
  if (name.length > 15) problems.push('must be no more than 15 characters');
  if (!PORT_NAME_CHARSET.test(name)) problems.push("must contain only lowercase letters, digits and '-'");
  if (!PORT_NAME_LETTER.test(name)) problems.push('must contain at least one letter (a-z)');
  if (name.includes('--')) problems.push("must not contain '--'");
  if (name.startsWith('-') || name.endsWith('-')) problems.push("must not begin or end with '-'");
  return problems.length === 0 ? undefined : problems.join(', ');
}

export default defineRule({
  meta: {
    id: 'interface-ports',
    type: 'problem',
    description: 'Forwarded ports and port ranges of pod network interfaces must be valid, unique and non-overlapping',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'port-name-unique',
      'port-name-format',
      'port-required',
      'port-range',
      'port-protocol',
      'port-ranges-gate',
      'port-ranges-vs-ports',
      'port-ranges-masquerade-only',
      'port-ranges-max-10',
      'port-range-protocol',
      'port-range-start',
      'port-range-end',
      'port-range-order',
      'port-ranges-overlap',
    ],
    messages: {
      portNameDuplicate: "Interface '{{name}}' has two ports named '{{port}}' (the first is ports[{{first}}]). Give every port its own name.",
      portNameInvalid: "Interface '{{name}}' has a port named '{{port}}', which is not a valid port name: {{problems}}. Use a short IANA service name such as `http` or `ssh`.",
      portRequired: "Interface '{{name}}' has a port with `port: 0`; the port number is required. Set it to a number between 1 and 65535.",
      portOutOfRange: "Interface '{{name}}' has port {{port}}, outside 1-65535. Use a valid port number.",
      portProtocol: "Interface '{{name}}' has a port with protocol '{{protocol}}'; only `TCP` and `UDP` (upper case) are allowed.",
      portRangesGate: "Interface '{{name}}' sets portRanges, but {{hint}}. Use `ports` instead, or enable the gate.",
      portRangesWithPorts: "Interface '{{name}}' sets both ports and portRanges, which KubeVirt does not allow. Keep one of them (a single port is a range with start = end).",
      portRangesNotMasquerade: "Interface '{{name}}' sets portRanges, which KubeVirt supports only on masquerade interfaces. Use `masquerade: {}` or remove portRanges.",
      tooManyPortRanges: "Interface '{{name}}' has {{count}} portRanges; KubeVirt allows at most 10. Merge adjacent ranges.",
      rangeProtocol: "Interface '{{name}}' has a port range with protocol '{{protocol}}'; the protocol is required and must be `TCP` or `UDP` (upper case).",
      rangeStart: "Interface '{{name}}' has a port range starting at {{value}}; start must be between 1 and 65535.",
      rangeEnd: "Interface '{{name}}' has a port range ending at {{value}}; end must be between 1 and 65535.",
      rangeOrder: "Interface '{{name}}' has the port range {{start}}-{{end}}, whose start is greater than its end. Swap them.",
      rangesOverlap: "Interface '{{name}}' has the {{protocol}} port ranges {{a}} and {{b}}, which overlap. Merge them or make them disjoint.",
    },
  },
  check(ctx) {
    const interfaces = interfacesOf(ctx.spec);
    if (interfaces.length === 0) return;
    const gateOn = isFeatureGateEnabled(ctx.settings, 'PortRangesSpec');
    let networks: ReturnType<typeof indexNetworks> | undefined;
    interfaces.forEach((iface, i) => {
      if (!isRecord(iface)) return;
      const hasPorts = has(iface, 'ports');
      const hasRanges = has(iface, 'portRanges');
      if (!hasPorts && !hasRanges) return;
      const name = nameOf(iface) ?? '';
      if (hasRanges && !gateOn) {
        ctx.report({ path: [...INTERFACES_PATH, i, 'portRanges'], target: 'key', messageId: 'portRangesGate', data: { name, hint: featureGateHint('PortRangesSpec') } , ...gateSeverity(ctx.settings) });
      }
      // Ports and ranges are validated only on the pod network (the last network of the name).
      if (isTemplated(ctx, name)) return;
      networks ??= indexNetworks(ctx, ctx.spec);
      const network = networks.byName.get(name);
      if (network === undefined || !has(network, 'pod')) return;
      if (hasPorts) checkPorts(ctx, iface, i, name);
      if (hasRanges && gateOn) checkRanges(ctx, iface, i, name, hasPorts);
    });
  },
});

function checkPorts(ctx: InstanceSpecContext, iface: Obj, i: number, name: string): void {
  const portsPath = [...INTERFACES_PATH, i, 'ports'];
  const seen = new Map<string, number>();
  asArray(iface['ports']).forEach((port, k) => {
    if (!isRecord(port)) return;
    const portName = asString(port['name']);
    if (portName !== undefined && portName !== '' && !isTemplated(ctx, portName)) {
      const first = seen.get(portName);
      if (first !== undefined) ctx.report({ path: [...portsPath, k, 'name'], messageId: 'portNameDuplicate', data: { name, port: portName, first } });
      else seen.set(portName, k);
      const problems = portNameProblems(portName);
      if (problems !== undefined) ctx.report({ path: [...portsPath, k, 'name'], messageId: 'portNameInvalid', data: { name, port: portName, problems } });
    }
    // A missing port is the schema rule's finding (port is required there).
    const number = asInteger(port['port']);
    if (number === 0) ctx.report({ path: [...portsPath, k, 'port'], messageId: 'portRequired', data: { name } });
    else if (number !== undefined && (number < 0 || number >= 65536)) ctx.report({ path: [...portsPath, k, 'port'], messageId: 'portOutOfRange', data: { name, port: number } });
    const protocol = asString(port['protocol']);
    if (protocol !== undefined && protocol !== '' && protocol !== 'TCP' && protocol !== 'UDP' && !isTemplated(ctx, protocol)) {
      ctx.report({ path: [...portsPath, k, 'protocol'], messageId: 'portProtocol', data: { name, protocol } });
    }
  });
}

interface Interval {
  start: number;
  end: number;
}

function checkRanges(ctx: InstanceSpecContext, iface: Obj, i: number, name: string, hasPorts: boolean): void {
  const ifacePath = [...INTERFACES_PATH, i];
  if (hasPorts) ctx.report({ path: [...ifacePath, 'portRanges'], target: 'key', messageId: 'portRangesWithPorts', data: { name } });
  if (!has(iface, 'masquerade')) ctx.report({ path: [...ifacePath, 'portRanges'], target: 'key', messageId: 'portRangesNotMasquerade', data: { name } });
  const ranges = asArray(iface['portRanges']);
  if (ranges.length > MAX_PORT_RANGES) {
    ctx.report({ path: [...ifacePath, 'portRanges'], target: 'key', messageId: 'tooManyPortRanges', data: { name, count: ranges.length } });
    return;
  }
  const byProtocol = new Map<string, Interval[]>();
  ranges.forEach((range, k) => {
    if (!isRecord(range)) return;
    const at = (key: string) => [...ifacePath, 'portRanges', k, key];
    const protocol = asString(range['protocol']);
    const start = asInteger(range['start']);
    const end = asInteger(range['end']);
    // KubeVirt reports the first failing check of each range. Missing fields are the schema rule's findings.
    if (protocol === undefined || isTemplated(ctx, protocol) || start === undefined || end === undefined) {
      if (protocol !== undefined && protocol !== 'TCP' && protocol !== 'UDP' && !isTemplated(ctx, protocol)) {
        ctx.report({ path: at('protocol'), messageId: 'rangeProtocol', data: { name, protocol } });
      }
      return;
    }
    if (protocol !== 'TCP' && protocol !== 'UDP') ctx.report({ path: at('protocol'), messageId: 'rangeProtocol', data: { name, protocol } });
    else if (start <= 0 || start >= 65536) ctx.report({ path: at('start'), messageId: 'rangeStart', data: { name, value: start } });
    else if (end <= 0 || end >= 65536) ctx.report({ path: at('end'), messageId: 'rangeEnd', data: { name, value: end } });
    else if (start > end) ctx.report({ path: at('start'), messageId: 'rangeOrder', data: { name, start, end } });
    else {
      const list = byProtocol.get(protocol) ?? [];
      list.push({ start, end });
      byProtocol.set(protocol, list);
    }
  });
  for (const protocol of ['TCP', 'UDP']) {
    const intervals = byProtocol.get(protocol);
    if (intervals === undefined || intervals.length < 2) continue;
    intervals.sort((a, b) => (a.start === b.start ? a.end - b.end : a.start - b.start));
    for (let k = 1; k < intervals.length; k++) {
      const prev = intervals[k - 1]!;
      const curr = intervals[k]!;
      if (curr.start <= prev.end) {
        ctx.report({
          path: [...ifacePath, 'portRanges'],
          target: 'key',
          messageId: 'rangesOverlap',
          data: { name, protocol, a: `${prev.start}-${prev.end}`, b: `${curr.start}-${curr.end}` },
        });
      }
    }
  }
}

import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import { formatBytes, integerValue, parseQuantity, type Quantity, compare } from '../src/normalize/quantity.js';
import { dig, has, holderVmSpec, isSet, isTemplated } from '../src/normalize/values.js';

const ALIGN_2MI = 2n << 20n;
const ALIGN_1GI = 1n << 30n;
const MIN_GUEST = 1n << 30n;

export default defineRule({
  meta: {
    id: 'memory-hotplug',
    type: 'problem',
    description: 'A VirtualMachine with memory.maxGuest must be able to hotplug memory (amd64, guest memory of at least 1Gi, aligned, not above maxGuest, and no realtime, NUMA passthrough or launch security)',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['vm-memory-hotplug-compat'],
    messages: {
      incompatible:
        'memory.maxGuest enables memory hotplug, which is not compatible with {{feature}} ({{field}}). Remove maxGuest, or remove {{field}}.',
      guestMissing:
        'memory.maxGuest enables memory hotplug, which needs the guest memory: set domain.memory.guest (or resources.requests.memory).',
      guestAboveMax: 'Guest memory {{guest}} is greater than memory.maxGuest {{maxGuest}}. Raise maxGuest to at least {{guest}}, or lower the guest memory.',
      notAligned: '{{what}} {{value}} must be a multiple of {{alignment}} for memory hotplug{{why}}. Use e.g. {{suggestion}}.',
      notAmd64: 'Memory hotplug (memory.maxGuest) is only available for amd64 (x86_64) VMs, and this one is {{arch}}. Remove maxGuest.',
      poolArch:
        'Memory hotplug (memory.maxGuest) is only available for amd64 VMs, and the pool admitter validates the template without defaults, so it needs `architecture: amd64` written in the template. Add it, or remove maxGuest.',
      tooSmall: 'Memory hotplug (memory.maxGuest) needs at least 1Gi of guest memory, and this VM has {{guest}}. Give it 1Gi or more, or remove maxGuest.',
    },
  },
  check(ctx) {
    const holder = holderVmSpec(ctx);
    if (holder === undefined) return;
    const maxGuestRaw = dig(ctx.spec, 'domain', 'memory', 'maxGuest');
    if (!isSet(maxGuestRaw) || isTemplated(ctx, maxGuestRaw)) return;
    const maxGuest = parseQuantity(maxGuestRaw);
    if (maxGuest === undefined) return; // the schema rule reports a malformed quantity
    const maxGuestPath = ['domain', 'memory', 'maxGuest'];

    // The VirtualMachine admitter validates a copy with KubeVirt's spec defaults (guest memory from the
    // requests, the cluster architecture); the pool admitter validates the template as written.
    const isPool = ctx.kind === 'VirtualMachinePool';
    const spec = isPool ? ctx.spec : ctx.normalized;
    // The VM admitter applies the instance type (guest memory) and the preference (architecture, when the
    // template has none) first; virtops cannot see them, so it leaves what they may supply alone.
    const fromInstancetype = !isPool && isSet(holder.spec['instancetype']);
    const archFromPreference = !isPool && isSet(holder.spec['preference']) && !isSet(ctx.spec['architecture']);

    const incompatible: [unknown, string, string][] = [
      [dig(spec, 'domain', 'cpu', 'realtime'), 'realtime VMs', 'domain.cpu.realtime'],
      [dig(spec, 'domain', 'cpu', 'numa', 'guestMappingPassthrough'), 'guest mapping passthrough', 'domain.cpu.numa.guestMappingPassthrough'],
      [dig(spec, 'domain', 'launchSecurity'), 'encrypted VMs', 'domain.launchSecurity'],
    ];
    for (const [value, feature, field] of incompatible) {
      if (isSet(value)) {
        ctx.report({ path: maxGuestPath, target: 'key', messageId: 'incompatible', data: { feature, field } });
        return;
      }
    }

    const pageSize = dig(spec, 'domain', 'memory', 'hugepages', 'pageSize');
    const alignment = has(dig(spec, 'domain', 'memory'), 'hugepages') && pageSize === '1Gi' ? ALIGN_1GI : ALIGN_2MI;
    const guestRaw = dig(spec, 'domain', 'memory', 'guest');
    if (isTemplated(ctx, guestRaw)) return;
    if (fromInstancetype) {
      checkAlignmentAndArch(ctx, maxGuest, maxGuestRaw, alignment, spec, isPool, archFromPreference);
      return;
    }
    const guest: Quantity | undefined = isSet(guestRaw) ? parseQuantity(guestRaw) : undefined;
    if (!isSet(guestRaw)) {
      ctx.report({ path: maxGuestPath, target: 'key', messageId: 'guestMissing' });
      return;
    }
    if (guest === undefined) return;
    const guestWritten = isSet(dig(ctx.spec, 'domain', 'memory', 'guest'));
    const guestPath = guestWritten ? ['domain', 'memory', 'guest'] : maxGuestPath;
    const guestText = typeof guestRaw === 'string' ? guestRaw : String(guestRaw);
    const maxText = typeof maxGuestRaw === 'string' ? maxGuestRaw : String(maxGuestRaw);
    if (compare(guest, maxGuest) > 0) {
      ctx.report({ path: guestPath, messageId: 'guestAboveMax', data: { guest: guestText, maxGuest: maxText } });
      return;
    }
    const why = alignment === ALIGN_1GI ? ' with 1Gi hugepages' : '';
    const guestBytes = integerValue(guest);
    if (guestBytes % alignment !== 0n) {
      ctx.report({ path: guestPath, messageId: 'notAligned', data: { what: 'Guest memory', value: guestText, alignment: formatBytes(alignment), why, suggestion: suggest(guestBytes, alignment) } });
      return;
    }
    if (!checkAlignmentAndArch(ctx, maxGuest, maxGuestRaw, alignment, spec, isPool, archFromPreference)) return;
    if (guestBytes < MIN_GUEST) {
      ctx.report({ path: guestPath, messageId: 'tooSmall', data: { guest: guestText } });
    }
  },
});

const MAX_GUEST_PATH = ['domain', 'memory', 'maxGuest'];

/** The maxGuest alignment, then the architecture; false when a problem was reported. */
function checkAlignmentAndArch(
  ctx: InstanceSpecContext,
  maxGuest: Quantity,
  maxGuestRaw: unknown,
  alignment: bigint,
  spec: Readonly<Record<string, unknown>>,
  isPool: boolean,
  archFromPreference: boolean,
): boolean {
  const maxBytes = integerValue(maxGuest);
  if (maxBytes % alignment !== 0n) {
    const why = alignment === ALIGN_1GI ? ' with 1Gi hugepages' : '';
    const value = typeof maxGuestRaw === 'string' ? maxGuestRaw : String(maxGuestRaw);
    ctx.report({ path: MAX_GUEST_PATH, messageId: 'notAligned', data: { what: 'memory.maxGuest', value, alignment: formatBytes(alignment), why, suggestion: suggest(maxBytes, alignment) } });
    return false;
  }
  const arch = spec['architecture'];
  if (arch === 'amd64' || archFromPreference) return true;
  if (typeof arch === 'string' && isTemplated(ctx, arch)) return false;
  if (isPool && !isSet(arch)) ctx.report({ path: MAX_GUEST_PATH, target: 'key', messageId: 'poolArch' });
  else ctx.report({ path: MAX_GUEST_PATH, target: 'key', messageId: 'notAmd64', data: { arch: typeof arch === 'string' ? arch : String(arch) } });
  return false;
}

/** The next multiple of the alignment, for people. */
function suggest(bytes: bigint, alignment: bigint): string {
  const up = bytes <= 0n ? alignment : ((bytes + alignment - 1n) / alignment) * alignment;
  return formatBytes(up);
}

import { defineRule } from '../src/engine/rule.js';
import { readResource, showQuantity, UNDEFAULTED_TEMPLATE_KINDS } from '../src/normalize/compute.js';
import { compare, parseQuantity } from '../src/normalize/quantity.js';
import { digPath, has, holderVmSpec, isSet, isTemplated } from '../src/normalize/values.js';

const GUEST = ['domain', 'memory', 'guest'];
const HUGEPAGES = ['domain', 'memory', 'hugepages'];
const OVERHEAD = ['domain', 'resources', 'overcommitGuestOverhead'];

export default defineRule({
  meta: {
    id: 'resource-requests',
    type: 'suggestion',
    description: "The virt-launcher pod should request all the memory the VM uses: no guest memory above the request, no page-sized guests",
    level: 'warn',
    scope: 'instance-spec',
    messages: {
      hugepagesOnly:
        "No memory is set except hugepages of {{pageSize}}, so KubeVirt gives the guest a single page, {{pageSize}} of memory, too little to boot an operating system. Set domain.resources.requests.memory to the guest's memory, a whole number of pages (e.g. '4Gi').",
      guestAboveRequest:
        "domain.memory.guest '{{guest}}' is more than the memory request '{{request}}' (memory overcommit): the pod reserves less than the guest can use, and when the node runs short of memory the VM is OOM-killed or evicted first. Set domain.resources.requests.memory to '{{guest}}', or remove domain.memory.guest.",
      overheadNotRequested:
        "overcommitGuestOverhead is true, so the pod does not request memory for QEMU's own overhead, and the VM is more likely to be OOM-killed; OpenShift Virtualization does not recommend it. Remove overcommitGuestOverhead unless you need the density and accept the risk.",
    },
  },
  check(ctx) {
    const request = readResource(ctx, ctx.spec, 'requests', 'memory');
    const limit = readResource(ctx, ctx.spec, 'limits', 'memory');
    const guestRaw = digPath(ctx.spec, GUEST);
    if (request === undefined || limit === undefined || isTemplated(ctx, guestRaw)) return;

    if (digPath(ctx.spec, OVERHEAD) === true) ctx.report({ path: OVERHEAD, messageId: 'overheadNotRequested' });

    if (isSet(guestRaw)) {
      const guest = parseQuantity(guestRaw);
      if (guest !== undefined && request.value > 0n && compare(guest, request.quantity) > 0) {
        ctx.report({ path: GUEST, messageId: 'guestAboveRequest', data: { guest: showQuantity(guestRaw), request: showQuantity(request.raw) } });
      }
      return;
    }

    // No memory but hugepages: KubeVirt's defaulting makes the page size the guest memory. An instancetype supplies memory instead.
    // Replica sets and pools are validated undefaulted: there the hugepages-memory rule reports the missing memory as an error.
    if (UNDEFAULTED_TEMPLATE_KINDS.has(ctx.kind)) return;
    if (request.value !== 0n || limit.value !== 0n || has(holderVmSpec(ctx)?.spec, 'instancetype')) return;
    const pageSize = digPath(ctx.spec, [...HUGEPAGES, 'pageSize']);
    if (typeof pageSize !== 'string' || isTemplated(ctx, pageSize)) return;
    const page = parseQuantity(pageSize);
    if (page === undefined || page.num <= 0n) return;
    ctx.report({ path: HUGEPAGES, target: 'key', messageId: 'hugepagesOnly', data: { pageSize } });
  },
});

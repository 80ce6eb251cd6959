import { defineRule } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { parseQuantity } from '../src/normalize/quantity.js';
import { digPath, isTemplated } from '../src/normalize/values.js';

const PAGE_SIZE = ['domain', 'memory', 'hugepages', 'pageSize'];
const MI = 1n << 20n;

/** The huge page sizes x86_64 CPUs have, as nodes name them (resources hugepages-2Mi and hugepages-1Gi). */
const AMD64_PAGE_SIZES = new Map<bigint, string>([
  [2n * MI, '2Mi'],
  [1024n * MI, '1Gi'],
]);

export default defineRule({
  meta: {
    id: 'hugepages-page-size',
    type: 'suggestion',
    description: "On x86_64, hugepages come in 2Mi and 1Gi only, and the page size must be written so ('2Mi', '1Gi')",
    level: 'warn',
    scope: 'instance-spec',
    messages: {
      unsupported:
        "Hugepage size '{{value}}' does not exist on x86_64, which has 2Mi and 1Gi pages only: no node offers hugepages-{{value}}, so the VM cannot be scheduled. Use pageSize '2Mi' or '1Gi'.",
      spelling:
        "Hugepage size '{{value}}' is {{canonical}}, but KubeVirt names the pod's resource after the text as written (hugepages-{{value}}), and nodes offer hugepages-{{canonical}}: the VM cannot be scheduled. Write pageSize '{{canonical}}'.",
    },
  },
  check(ctx) {
    const raw = digPath(ctx.spec, PAGE_SIZE);
    // Missing, junk, zero or negative sizes are the hugepages-memory rule's errors.
    if (typeof raw !== 'string' || isTemplated(ctx, raw)) return;
    const size = parseQuantity(raw);
    if (size === undefined || size.num <= 0n) return;
    if (effectiveArch(ctx.spec, ctx.settings.arch) !== 'amd64') return;
    const canonical = size.den === 1n ? AMD64_PAGE_SIZES.get(size.num) : undefined;
    if (canonical === raw) return;
    if (canonical !== undefined) ctx.report({ path: PAGE_SIZE, messageId: 'spelling', data: { value: raw, canonical } });
    else ctx.report({ path: PAGE_SIZE, messageId: 'unsupported', data: { value: raw } });
  },
});

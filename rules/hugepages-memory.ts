import { defineRule } from '../src/engine/rule.js';
import { formatBytes, integerValue, isQuantitySyntax, parseQuantity } from '../src/normalize/quantity.js';
import { digPath, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

/** Kinds whose admission validates the template as written, without KubeVirt's defaulting. */
const UNDEFAULTED_TEMPLATE_KINDS = new Set(['VirtualMachineInstanceReplicaSet', 'VirtualMachinePool']);

interface MemorySource {
  /** Path relative to the instance spec. */
  path: readonly string[];
  field: string;
  raw: unknown;
}

const REQUESTS: MemorySource['path'] = ['domain', 'resources', 'requests', 'memory'];
const GUEST: MemorySource['path'] = ['domain', 'memory', 'guest'];
const LIMITS: MemorySource['path'] = ['domain', 'resources', 'limits', 'memory'];

export default defineRule({
  meta: {
    id: 'hugepages-memory',
    type: 'problem',
    description: 'With hugepages, guest memory must be at least one page and a whole number of pages',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['hugepages-pagesize-format', 'hugepages-memory-ge-pagesize', 'hugepages-memory-multiple'],
    messages: {
      pageSizeMissing: "memory.hugepages has no pageSize: KubeVirt rejects an empty page size. Set pageSize, e.g. '2Mi' or '1Gi'.",
      pageSizeInvalid: "Hugepage size '{{value}}' is not a Kubernetes quantity. Use a size such as '2Mi' or '1Gi'.",
      pageSizeZero: "Hugepage size '{{value}}' is zero, which KubeVirt cannot divide guest memory by. Use a real page size such as '2Mi' or '1Gi'.",
      pageSizeNegative: "Hugepage size '{{value}}' is negative: no node has such pages, so the VM cannot be scheduled. Use a page size such as '2Mi' or '1Gi'.",
      tooSmall:
        "Guest memory {{field}} '{{memory}}' is smaller than the hugepage size '{{pageSize}}': the guest needs at least one whole page. Set {{field}} to at least '{{pageSize}}' or use smaller pages.",
      notMultiple:
        "Guest memory {{field}} '{{memory}}' ({{bytes}} bytes) is not a multiple of the hugepage size '{{pageSize}}'. Use a whole number of pages, e.g. '{{lower}}' or '{{upper}}'.",
      guestMemoryUnset:
        'A {{kind}} is validated without KubeVirt filling in guest memory, and with hugepages its validation then fails (the webhook dereferences the unset memory.guest). Set domain.resources.requests.memory or domain.memory.guest in the template.',
    },
  },
  check(ctx) {
    const hugepagesPath = ['domain', 'memory', 'hugepages'];
    const hugepages = digPath(ctx.spec, hugepagesPath);
    if (!isRecord(hugepages)) return;
    const pageSizeRaw = hugepages['pageSize'];
    if (isTemplated(ctx, pageSizeRaw)) return;
    // A non-string page size is a type error, reported by the schema check.
    if (isSet(pageSizeRaw) && typeof pageSizeRaw !== 'string') return;
    const pageSizePath = [...hugepagesPath, 'pageSize'];
    if (!isSet(pageSizeRaw) || pageSizeRaw === '') {
      ctx.report({ path: isSet(pageSizeRaw) ? pageSizePath : hugepagesPath, messageId: 'pageSizeMissing', target: isSet(pageSizeRaw) ? 'value' : 'key' });
      return;
    }
    const pageSizeText = pageSizeRaw as string;
    if (!isQuantitySyntax(pageSizeText)) {
      ctx.report({ path: pageSizePath, messageId: 'pageSizeInvalid', data: { value: pageSizeText } });
      return;
    }
    const pageSize = parseQuantity(pageSizeText);
    if (pageSize === undefined) return;
    const pageBytes = integerValue(pageSize);
    if (pageBytes === 0n) {
      ctx.report({ path: pageSizePath, messageId: 'pageSizeZero', data: { value: pageSizeText } });
      return;
    }
    if (pageBytes < 0n) {
      // The webhook accepts it (Go's remainder keeps the dividend's sign); the pod can never get such pages.
      ctx.report({ path: pageSizePath, messageId: 'pageSizeNegative', data: { value: pageSizeText }, severity: 'warning' });
      return;
    }

    // Guest memory as KubeVirt picks it: requests.memory, else memory.guest, else limits.memory.
    const candidates: MemorySource[] = [
      { path: REQUESTS, field: 'domain.resources.requests.memory', raw: digPath(ctx.spec, REQUESTS) },
      { path: GUEST, field: 'domain.memory.guest', raw: digPath(ctx.spec, GUEST) },
      { path: LIMITS, field: 'domain.resources.limits.memory', raw: digPath(ctx.spec, LIMITS) },
    ];
    let chosen: { source: MemorySource; bytes: bigint } | undefined;
    for (const source of candidates) {
      if (!isSet(source.raw)) {
        if (source.path === GUEST && UNDEFAULTED_TEMPLATE_KINDS.has(ctx.kind)) {
          ctx.report({ path: hugepagesPath, target: 'key', messageId: 'guestMemoryUnset', data: { kind: ctx.kind } });
          return;
        }
        continue;
      }
      if (isTemplated(ctx, source.raw)) return;
      const quantity = parseQuantity(source.raw);
      // Not a quantity: the schema check reports it, and the cluster rejects the object before this rule's check.
      if (quantity === undefined) return;
      const bytes = integerValue(quantity);
      if (bytes !== 0n) {
        chosen = { source, bytes };
        break;
      }
    }
    // No memory anywhere: KubeVirt uses one page as guest memory.
    if (chosen === undefined) return;

    const { source, bytes } = chosen;
    const memory = typeof source.raw === 'string' ? source.raw : String(source.raw);
    if (bytes < pageBytes) {
      ctx.report({ path: source.path, messageId: 'tooSmall', data: { field: source.field, memory, pageSize: pageSizeText } });
    } else if (bytes % pageBytes !== 0n) {
      const lower = (bytes / pageBytes) * pageBytes;
      ctx.report({
        path: source.path,
        messageId: 'notMultiple',
        data: { field: source.field, memory, bytes: String(bytes), pageSize: pageSizeText, lower: formatBytes(lower), upper: formatBytes(lower + pageBytes) },
      });
    }
  },
});

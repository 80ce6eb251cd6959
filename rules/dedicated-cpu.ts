import { defineRule, type Report } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { countField, readResource, showQuantity, validatedSpecs } from '../src/normalize/compute.js';
import { parseQuantity, isZero } from '../src/normalize/quantity.js';
import { dig, digPath, has, holderVmSpec, isRecord, isSet } from '../src/normalize/values.js';

const DEDICATED = ['domain', 'cpu', 'dedicatedCpuPlacement'];

/** hwutil.GetNumberOfVCPUs: the product of the non-zero topology counts (0 when none is set). */
function vcpuCount(cpu: unknown): bigint | undefined {
  let total = 0n;
  for (const key of ['cores', 'sockets', 'threads']) {
    const n = countField(cpu, key);
    if (n === undefined) return undefined;
    if (n !== 0) total = total === 0n ? BigInt(n) : total * BigInt(n);
  }
  return total;
}

export default defineRule({
  meta: {
    id: 'dedicated-cpu',
    type: 'problem',
    description: 'dedicatedCpuPlacement needs whole, equal CPU requests and limits that match the topology, equal memory requests and limits, and at most 2 threads',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'dedicated-cpu-memory-required',
      'dedicated-cpu-request-integer',
      'dedicated-cpu-limit-integer',
      'dedicated-memory-request-eq-limit',
      'dedicated-cpu-amount-required',
      'dedicated-cpu-request-eq-limit',
      'dedicated-cpu-vs-topology',
      'dedicated-threads-arm64',
      'dedicated-threads-max-2',
      'isolate-emulator-thread-requires-dedicated',
    ],
    messages: {
      memoryMissing:
        'dedicatedCpuPlacement needs the guest memory to be given: set domain.resources.requests.memory and domain.resources.limits.memory (equal), domain.memory.guest, or domain.memory.hugepages.',
      requestNotInteger: "With dedicatedCpuPlacement the CPU request must be a whole number of CPUs, not '{{value}}'. Use e.g. '{{suggestion}}'.",
      limitNotInteger: "With dedicatedCpuPlacement the CPU limit must be a whole number of CPUs, not '{{value}}'. Use e.g. '{{suggestion}}'.",
      memoryRequestNotLimit:
        "With dedicatedCpuPlacement the memory request '{{request}}' must equal the memory limit '{{limit}}'. Set both to the same amount.",
      cpuAmountMissing:
        'dedicatedCpuPlacement needs a CPU count: set domain.cpu.cores (or sockets/threads), or domain.resources.requests.cpu / limits.cpu.',
      cpuRequestNotLimit: "With dedicatedCpuPlacement the CPU request '{{request}}' must equal the CPU limit '{{limit}}'. Set both to the same whole number.",
      cpuVsTopology:
        'With dedicatedCpuPlacement the CPU request/limit ({{amount}}) must match the {{vcpus}} vCPUs of the topology (cores x sockets x threads). Make them equal, or drop the CPU request and limit and let the topology decide.',
      threadsArm64: 'With dedicatedCpuPlacement on arm64 a core has one thread, but domain.cpu.threads is {{threads}}. Set threads to 1 and use cores instead.',
      threadsAboveTwo: 'With dedicatedCpuPlacement at most 2 threads per core are allowed, but domain.cpu.threads is {{threads}}. Set threads to 1 or 2 and use cores instead.',
      isolateWithoutDedicated:
        'isolateEmulatorThread works only together with dedicatedCpuPlacement. Add `dedicatedCpuPlacement: true` under domain.cpu, or remove isolateEmulatorThread.',
    },
  },
  check(ctx) {
    const cpu = dig(ctx.spec, 'domain', 'cpu');
    if (!isRecord(cpu)) return;
    if (cpu['isolateEmulatorThread'] === true && cpu['dedicatedCpuPlacement'] !== true) {
      ctx.report({ path: ['domain', 'cpu', 'isolateEmulatorThread'], messageId: 'isolateWithoutDedicated' });
    }
    if (cpu['dedicatedCpuPlacement'] !== true) return;

    const seen = new Set<string>();
    const report = (r: Report) => {
      if (seen.has(r.messageId)) return;
      seen.add(r.messageId);
      ctx.report(r);
    };
    const written = (path: readonly string[]) => isSet(digPath(ctx.spec, path));
    // An instancetype supplies the guest's memory and vCPUs before the VM is validated.
    const holder = holderVmSpec(ctx);
    const instancetype = holder !== undefined && has(holder.spec, 'instancetype');

    for (const spec of validatedSpecs(ctx)) {
      const reqCpu = readResource(ctx, spec, 'requests', 'cpu');
      const limCpu = readResource(ctx, spec, 'limits', 'cpu');
      const reqMem = readResource(ctx, spec, 'requests', 'memory');
      const limMem = readResource(ctx, spec, 'limits', 'memory');
      if (reqCpu === undefined || limCpu === undefined || reqMem === undefined || limMem === undefined) return;
      const specCpu = dig(spec, 'domain', 'cpu');

      // Memory: a limit, a request, hugepages or a non-zero guest size.
      const memory = dig(spec, 'domain', 'memory');
      if (!instancetype && isZero(limMem.quantity) && isZero(reqMem.quantity) && !has(memory, 'hugepages')) {
        const guest = isRecord(memory) ? memory['guest'] : undefined;
        const guestQuantity = isSet(guest) ? parseQuantity(guest) : undefined;
        if (!isSet(guest) || (guestQuantity !== undefined && isZero(guestQuantity))) report({ path: DEDICATED, target: 'key', messageId: 'memoryMissing' });
      }

      if (reqCpu.value > 0n && reqCpu.value * 1000n !== reqCpu.milli && written(reqCpu.path)) {
        report({ path: reqCpu.path, messageId: 'requestNotInteger', data: { value: showQuantity(reqCpu.raw), suggestion: String(reqCpu.value) } });
      }
      if (limCpu.value > 0n && limCpu.value * 1000n !== limCpu.milli) {
        report({ path: limCpu.path, messageId: 'limitNotInteger', data: { value: showQuantity(limCpu.raw), suggestion: String(limCpu.value) } });
      }
      if (reqMem.value > 0n && limMem.value > 0n && reqMem.value !== limMem.value) {
        report({ path: reqMem.path, messageId: 'memoryRequestNotLimit', data: { request: showQuantity(reqMem.raw), limit: showQuantity(limMem.raw) } });
      }

      const vcpus = vcpuCount(specCpu);
      if (vcpus === undefined || instancetype) continue;
      if (reqCpu.value === 0n && limCpu.value === 0n && vcpus === 0n) report({ path: DEDICATED, target: 'key', messageId: 'cpuAmountMissing' });
      if (reqCpu.value > 0n && limCpu.value > 0n && reqCpu.value !== limCpu.value) {
        report({ path: written(reqCpu.path) ? reqCpu.path : DEDICATED, messageId: 'cpuRequestNotLimit', data: { request: showQuantity(reqCpu.raw), limit: showQuantity(limCpu.raw) } });
      } else if ((reqCpu.value > 0n || limCpu.value > 0n) && vcpus > 0n && reqCpu.value !== vcpus && limCpu.value !== vcpus) {
        const at = written(reqCpu.path) ? reqCpu.path : written(limCpu.path) ? limCpu.path : DEDICATED;
        const amount = reqCpu.value > 0n ? `request ${showQuantity(reqCpu.raw)}` : `limit ${showQuantity(limCpu.raw)}`;
        report({ path: at, messageId: 'cpuVsTopology', data: { amount, vcpus: String(vcpus) } });
      }

      const threads = countField(specCpu, 'threads');
      if (threads !== undefined && threads > 1 && effectiveArch(spec, ctx.settings.arch) === 'arm64') {
        report({ path: ['domain', 'cpu', 'threads'], messageId: 'threadsArm64', data: { threads } });
      }
      if (threads !== undefined && threads > 2) report({ path: ['domain', 'cpu', 'threads'], messageId: 'threadsAboveTwo', data: { threads } });
    }
  },
});

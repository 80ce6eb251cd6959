import { defineRule } from '../src/engine/rule.js';
import { formatPath } from '../src/core/path.js';
import { describeResolved, THIS_FILE } from '../src/instancetype/definitions.js';
import { vcpusOf } from '../src/instancetype/expand.js';
import { dig, digPath, quote } from '../src/normalize/values.js';

const CPU_FIELDS = new Set(['sockets', 'cores', 'threads']);

export default defineRule({
  meta: {
    id: 'instancetype-conflicts',
    type: 'problem',
    description: 'A VirtualMachine may not set what its instancetype provides (vCPUs, memory, and the fields both set)',
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachine', 'VirtualMachinePool'],
    catalog: ['instancetype-conflict'],
    messages: {
      conflict:
        '{{field}} is set here, but the instancetype {{instancetype}} provides {{what}}: KubeVirt rejects {{subject}} when the instancetype exists ("VM field(s) {{field}} conflicts with selected instance type"). Remove {{field}} from the template, or drop spec.instancetype and size the VM yourself.',
      annotation:
        "Annotation {{key}} is {{value}} here, but the instancetype {{instancetype}} sets it to {{wanted}}: KubeVirt rejects {{subject}} when the instancetype exists. Remove the annotation from the template or give it the instancetype's value.",
    },
  },
  check(ctx) {
    const expansion = ctx.expansion;
    if (expansion?.instancetype === undefined || expansion.conflicts.length === 0) return;
    const { instancetype } = expansion;
    const subject = ctx.kind === 'VirtualMachinePool' ? 'every VirtualMachine this pool creates' : 'the VirtualMachine';
    // KubeVirt checks conflicts only against an instancetype that exists when the VM is created (it ignores a
    // missing one). Defined in the VM's own file, it is applied with the VM: certain. Defined in another file
    // or provided by the cluster (common-instancetypes), it depends on what exists then: a warning.
    const severity = instancetype.source === THIS_FILE ? undefined : 'warning';
    const templatePath = expansion.specPath.slice(0, -1);
    for (const { path } of expansion.conflicts) {
      if (path[0] === 'metadata') {
        const key = String(path[2]);
        ctx.report({
          path: [...templatePath, ...path],
          messageId: 'annotation',
          data: {
            key,
            value: quote(digPath(ctx.object, [...(templatePath as string[]), 'metadata', 'annotations', key])),
            wanted: quote(dig(instancetype.spec, 'annotations', key)),
            instancetype: describeResolved(instancetype),
            subject,
          },
          ...(severity ? { severity } : {}),
        });
        continue;
      }
      const field = formatPath(path);
      ctx.report({
        path: [...expansion.specPath, ...path],
        target: 'key',
        messageId: 'conflict',
        data: { field, what: provides(path, instancetype.spec), instancetype: describeResolved(instancetype), subject },
        ...(severity ? { severity } : {}),
      });
    }
  },
});

/** What the instancetype gives in place of the conflicting field, for the message. */
function provides(path: readonly (string | number)[], spec: Readonly<Record<string, unknown>>): string {
  const last = String(path[path.length - 1]);
  const cpuCount = `the vCPUs (${vcpusOf(spec)}) and their topology`;
  if (path[1] === 'resources') return last === 'cpu' ? cpuCount : `the guest memory (${quote(dig(spec, 'memory', 'guest'))})`;
  if (path[1] === 'cpu' && CPU_FIELDS.has(last)) return cpuCount;
  if (path[1] === 'memory' && last === 'guest') return `the guest memory (${quote(dig(spec, 'memory', 'guest'))})`;
  return `its own ${last}`;
}

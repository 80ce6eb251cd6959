/**
 * Builders for rule-test manifests: each wraps a VirtualMachineInstance spec (written flush left) in a
 * holder kind, so one spec can be tested as a VM, VMI, VMIRS, pool and OpenShift Template object.
 * The line where the spec starts is fixed per holder, so tests can compute positions:
 * a spec line n (1-based) and column c end up at `at.<holder>(n, c)`.
 */

/** Removes the common leading indentation and the first empty line of a template literal. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n\s*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((l) => (l === '' ? l : pad + l))
    .join('\n');
}

/** Spec line 1 is on line 9, column 7. */
export function vm(spec: string, name = 'testvm'): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: ${name}
spec:
  runStrategy: Always
  template:
    spec:
${indent(spec, 6)}`;
}

/** A VirtualMachine with extra VM-level fields after runStrategy; the template spec starts after them. */
export function vmWith(vmSpec: string, spec: string, name = 'testvm'): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: ${name}
spec:
  runStrategy: Always
${indent(vmSpec, 2)}
  template:
    spec:
${indent(spec, 6)}`;
}

/** Spec line 1 is on line 6, column 3. */
export function vmi(spec: string, name = 'testvmi'): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: ${name}
spec:
${indent(spec, 2)}`;
}

/** Spec line 1 is on line 15, column 7. */
export function vmirs(spec: string): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstanceReplicaSet
metadata:
  name: testrs
spec:
  replicas: 2
  selector:
    matchLabels:
      app: testrs
  template:
    metadata:
      labels:
        app: testrs
    spec:
${indent(spec, 6)}`;
}

/** Spec line 1 is on line 18, column 11. */
export function pool(spec: string): string {
  return `apiVersion: pool.kubevirt.io/v1beta1
kind: VirtualMachinePool
metadata:
  name: testpool
spec:
  replicas: 2
  selector:
    matchLabels:
      app: testpool
  virtualMachineTemplate:
    metadata:
      labels:
        app: testpool
    spec:
      runStrategy: Always
      template:
        spec:
${indent(spec, 10)}`;
}

/** An OpenShift Template whose objects[0] is a VirtualMachine named ${NAME}; spec line 1 is on line 19, column 9. */
export function template(spec: string): string {
  return `apiVersion: template.openshift.io/v1
kind: Template
metadata:
  name: test-template
parameters:
- name: NAME
  required: true
- name: DISK_NAME
  value: rootdisk
objects:
- apiVersion: kubevirt.io/v1
  kind: VirtualMachine
  metadata:
    name: \${NAME}
  spec:
    runStrategy: Halted
    template:
      spec:
${indent(spec, 8)}`;
}

/** Positions of a spec's line/column inside each holder. */
export const at = {
  vm: (line: number, column: number) => ({ line: line + 8, column: column + 6 }),
  vmi: (line: number, column: number) => ({ line: line + 5, column: column + 2 }),
  vmirs: (line: number, column: number) => ({ line: line + 14, column: column + 6 }),
  pool: (line: number, column: number) => ({ line: line + 17, column: column + 10 }),
  template: (line: number, column: number) => ({ line: line + 18, column: column + 8 }),
};

/** Every holder, for cases that must behave the same in each. */
export const holders = { vm, vmi, vmirs, pool, template } as const;

/** A minimal valid spec: one containerDisk, 1Gi of memory, the default pod network. */
export const BASE_SPEC = yaml`
  domain:
    devices:
      disks:
      - name: rootdisk
        disk:
          bus: virtio
    resources:
      requests:
        memory: 1Gi
  volumes:
  - name: rootdisk
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
`;

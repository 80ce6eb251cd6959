/**
 * Manifests many tests need as YAML text: a VirtualMachine that lints clean (one containerDisk), so that a
 * test's own change is the only thing a finding can come from.
 */
export interface SmallVmOptions {
  name: string;
  namespace?: string;
  runStrategy?: string;
  /** Text right after the root disk's `bus: virtio` (more fields or more disks, as YAML lines starting with a line break). */
  diskExtra?: string;
}

export function smallVmYaml({ name, namespace, runStrategy = 'Always', diskExtra = '' }: SmallVmOptions): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: ${name}
${namespace !== undefined ? `  namespace: ${namespace}\n` : ''}spec:
  runStrategy: ${runStrategy}
  template:
    spec:
      domain:
        memory:
          guest: 1Gi
        devices:
          disks:
            - name: root
              disk:
                bus: virtio${diskExtra}
      volumes:
        - name: root
          containerDisk:
            image: quay.io/containerdisks/fedora:41
`;
}

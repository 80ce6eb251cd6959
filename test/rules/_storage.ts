/**
 * Spec builder for the storage rule tests: disks (line 4 on) and volumes given as YAML list items
 * written flush left, plus optional extra device lines and top-level spec lines.
 *
 *   1 domain:
 *   2   devices:
 *   3     disks:
 *   4     - name: ...        <- first disk line (column 7 for `name`, 5 for the `-`)
 *     ... then `devices` extras, resources (1Gi), `volumes:` and the volumes, then `extra`.
 */
export function storageSpec(parts: { disks?: string; volumes?: string; devices?: string; extra?: string }): string {
  const pad = (text: string, n: number) => text.replace(/^(?=.)/gm, ' '.repeat(n));
  const lines = ['domain:', '  devices:'];
  if (parts.disks !== undefined) lines.push('    disks:', pad(parts.disks.trimEnd(), 4));
  if (parts.devices !== undefined) lines.push(pad(parts.devices.trimEnd(), 4));
  lines.push('  resources:', '    requests:', '      memory: 1Gi');
  if (parts.volumes !== undefined) lines.push('volumes:', parts.volumes.trimEnd());
  if (parts.extra !== undefined) lines.push(parts.extra.trimEnd());
  return `${lines.join('\n')}\n`;
}

export const CONTAINER_VOLUME = '- name: rootdisk\n  containerDisk:\n    image: quay.io/containerdisks/fedora:latest';

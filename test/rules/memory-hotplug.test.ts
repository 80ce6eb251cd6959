import rule from '../../rules/memory-hotplug.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, pool, vm, vmi, vmirs, vmWith, yaml } from './_manifests.js';

/** A spec whose memory block (line 2 on, under domain) is given flush left. */
function memSpec(memory: string, extraDomain = '', top = ''): string {
  return `${top}domain:
${extraDomain.replace(/^(?=.)/gm, '  ')}${extraDomain === '' ? '' : '\n'}  memory:
${memory.replace(/^/gm, '    ')}
  devices:
    disks:
    - name: rootdisk
      disk:
        bus: virtio
volumes:
- name: rootdisk
  containerDisk:
    image: quay.io/containerdisks/fedora:41
`;
}

const OK = memSpec('guest: 2Gi\nmaxGuest: 8Gi');

ruleTester.run(rule, {
  valid: [
    { name: 'guest and maxGuest', code: vm(OK) },
    { name: 'guest from resources.requests (VM defaults)', code: vm(`${memSpec('maxGuest: 4Gi')}`.replace('domain:\n', 'domain:\n  resources:\n    requests:\n      memory: 1Gi\n')) },
    { name: 'no maxGuest', code: vm(memSpec('guest: 100Mi')) },
    { name: 'a VMI is not checked by the VM admitter', code: vmi(memSpec('guest: 100Mi\nmaxGuest: 1Gi')) },
    { name: 'a VMIRS neither', code: vmirs(memSpec('guest: 100Mi\nmaxGuest: 1Gi')) },
    { name: 'exactly 1Gi and equal to maxGuest', code: vm(memSpec('guest: 1Gi\nmaxGuest: 1Gi')) },
    { name: '1Gi hugepages with 1Gi multiples', code: vm(memSpec('guest: 2Gi\nmaxGuest: 4Gi\nhugepages:\n  pageSize: 1Gi')) },
    { name: 'an instance type supplies the guest memory', code: vmWith('instancetype:\n  name: u1.medium', memSpec('maxGuest: 8Gi')) },
    { name: 'a preference may supply the architecture', code: vmWith('preference:\n  name: fedora', OK), settings: { arch: 'arm64' } },
    { name: 'a pool with architecture amd64', code: pool(memSpec('guest: 2Gi\nmaxGuest: 8Gi', '', 'architecture: amd64\n')) },
  ],
  invalid: [
    {
      name: 'realtime',
      code: vm(memSpec('guest: 2Gi\nmaxGuest: 8Gi', 'cpu:\n  realtime: {}')),
      errors: [{ messageId: 'incompatible', data: { feature: 'realtime VMs', field: 'domain.cpu.realtime' }, ...at.vm(6, 5), path: 'spec.template.spec.domain.memory.maxGuest' }],
    },
    { name: 'NUMA passthrough', code: vm(memSpec('guest: 2Gi\nmaxGuest: 8Gi', 'cpu:\n  numa:\n    guestMappingPassthrough: {}')), errors: [{ messageId: 'incompatible', data: { feature: 'guest mapping passthrough', field: 'domain.cpu.numa.guestMappingPassthrough' } }] },
    { name: 'launch security', code: vm(memSpec('guest: 2Gi\nmaxGuest: 8Gi', 'launchSecurity:\n  sev: {}')), errors: [{ messageId: 'incompatible', data: { feature: 'encrypted VMs', field: 'domain.launchSecurity' } }] },
    { name: 'no guest memory at all', code: vm(memSpec('maxGuest: 8Gi')), errors: [{ messageId: 'guestMissing' }] },
    { name: 'guest above maxGuest', code: vm(memSpec('guest: 8Gi\nmaxGuest: 4Gi')), errors: [{ messageId: 'guestAboveMax', data: { guest: '8Gi', maxGuest: '4Gi' }, ...at.vm(3, 12) }] },
    { name: 'guest not 2Mi aligned', code: vm(memSpec('guest: 1025Mi\nmaxGuest: 4Gi')), errors: [{ messageId: 'notAligned', data: { what: 'Guest memory', value: '1025Mi', alignment: '2Mi', why: '', suggestion: '1026Mi' } }] },
    { name: 'maxGuest not 2Mi aligned', code: vm(memSpec('guest: 2Gi\nmaxGuest: 4097Mi')), errors: [{ messageId: 'notAligned', data: { what: 'memory.maxGuest', value: '4097Mi', alignment: '2Mi', why: '', suggestion: '4098Mi' } }] },
    { name: 'not 1Gi aligned with 1Gi hugepages', code: vm(memSpec('guest: 1536Mi\nmaxGuest: 4Gi\nhugepages:\n  pageSize: 1Gi')), errors: [{ messageId: 'notAligned', message: 'with 1Gi hugepages' }] },
    { name: 'an instance type does not make maxGuest aligned', code: vmWith('instancetype:\n  name: u1.medium', memSpec('maxGuest: 4097Mi')), errors: [{ messageId: 'notAligned', message: 'memory.maxGuest' }] },
    { name: 'a written architecture wins over a preference', code: vmWith('preference:\n  name: fedora', memSpec('guest: 2Gi\nmaxGuest: 8Gi', '', 'architecture: arm64\n')), errors: [{ messageId: 'notAmd64' }] },
    { name: 'arm64 cluster', code: vm(OK), settings: { arch: 'arm64' }, errors: [{ messageId: 'notAmd64', data: { arch: 'arm64' } }] },
    { name: 'architecture field', code: vm(memSpec('guest: 2Gi\nmaxGuest: 8Gi', '', 'architecture: s390x\n')), errors: [{ messageId: 'notAmd64', data: { arch: 's390x' } }] },
    { name: 'less than 1Gi', code: vm(memSpec('guest: 512Mi\nmaxGuest: 2Gi')), errors: [{ messageId: 'tooSmall', data: { guest: '512Mi' } }] },
    { name: 'a pool is validated without defaults: no architecture', code: pool(OK), errors: [{ messageId: 'poolArch' }] },
    {
      name: 'a pool is validated without defaults: guest from requests does not count',
      code: pool(memSpec('maxGuest: 4Gi', '', 'architecture: amd64\n').replace('domain:\n', 'domain:\n  resources:\n    requests:\n      memory: 1Gi\n')),
      errors: [{ messageId: 'guestMissing' }],
    },
    {
      name: 'an OpenShift Template VM',
      code: yaml`
        apiVersion: template.openshift.io/v1
        kind: Template
        metadata:
          name: t
        objects:
        - apiVersion: kubevirt.io/v1
          kind: VirtualMachine
          metadata:
            name: vm
          spec:
            runStrategy: Always
            template:
              spec:
                domain:
                  memory:
                    guest: 512Mi
                    maxGuest: 2Gi
                  devices: {}
      `,
      errors: [{ messageId: 'tooSmall' }],
    },
  ],
});

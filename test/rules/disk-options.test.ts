import rule from '../../rules/disk-options.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, template, vm, vmi } from './_manifests.js';
import { CONTAINER_VOLUME, storageSpec } from './_storage.js';

const disk = (fields: string) => storageSpec({ disks: `- name: rootdisk\n  disk:\n    bus: virtio\n${fields.replace(/^/gm, '  ')}`, volumes: CONTAINER_VOLUME });

ruleTester.run(rule, {
  valid: [
    { name: 'nothing set', code: vm(disk('bootOrder: 1')) },
    { name: 'serial with every allowed character', code: vmi(disk('serial: Ab9_.+-x')) },
    { name: 'serial of exactly 256 characters', code: vm(disk(`serial: ${'a'.repeat(256)}`)) },
    { name: 'empty serial', code: vm(disk('serial: ""')) },
    { name: 'cache none', code: vm(disk('cache: none')) },
    { name: 'cache writethrough', code: vm(disk('cache: writethrough')) },
    { name: 'cache writeback and io native', code: vmi(disk('cache: writeback\nio: native')) },
    { name: 'io threads and empty cache', code: vm(disk('io: threads\ncache: ""')) },
    ...['stop', 'ignore', 'report', 'enospace'].map((policy) => ({ name: `errorPolicy ${policy}`, code: vm(disk(`errorPolicy: ${policy}`)) })),
    { name: 'Template parameters', code: template(disk('cache: ${CACHE}\nserial: ${SERIAL}')) },
    { name: 'junk does not throw', code: vm(disk('serial: 3\ncache: [1]\nio: {}\nerrorPolicy: 5')) },
  ],
  invalid: [
    { name: 'serial with spaces', code: vm(disk('serial: my serial')), errors: [{ messageId: 'serialCharset', data: { name: 'rootdisk', serial: 'my serial', suggestion: " (e.g. 'my-serial')" }, ...at.vm(7, 15) }] },
    { name: 'serial of 257 characters', code: vmi(disk(`serial: ${'a'.repeat(257)}`)), errors: [{ messageId: 'serialLength', data: { name: 'rootdisk', length: 257 } }] },
    { name: 'long serial with bad characters', code: vm(disk(`serial: "${'é'.repeat(300)}"`)), errors: [{ messageId: 'serialCharset' }, { messageId: 'serialLength' }] },
    { name: 'cache unsafe', code: vm(disk('cache: unsafe')), errors: [{ messageId: 'cache', data: { name: 'rootdisk', value: 'unsafe' }, ...at.vm(7, 14) }] },
    { name: 'cache in capitals', code: vmi(disk('cache: None')), errors: [{ messageId: 'cache' }] },
    { name: 'io default', code: vm(disk('io: default')), errors: [{ messageId: 'io', data: { name: 'rootdisk', value: 'default' } }] },
    { name: 'errorPolicy pause', code: vm(disk('errorPolicy: pause')), errors: [{ messageId: 'errorPolicy' }] },
    { name: 'empty errorPolicy', code: vmi(disk('errorPolicy: ""')), errors: [{ messageId: 'errorPolicy', data: { name: 'rootdisk', value: '' } }] },
  ],
});

import rule from '../../rules/container-disk.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, template, vm, vmi } from './_manifests.js';
import { storageSpec } from './_storage.js';

const withPath = (path: string) => storageSpec({ volumes: `- name: rootdisk\n  containerDisk:\n    image: quay.io/containerdisks/fedora:latest\n    path: ${path}` });

ruleTester.run(rule, {
  valid: [
    { name: 'no path', code: vm(storageSpec({ volumes: '- name: rootdisk\n  containerDisk:\n    image: x' })) },
    { name: 'absolute path', code: vm(withPath('/disk/fedora.qcow2')) },
    { name: 'one trailing slash', code: vmi(withPath('/disk/')) },
    { name: 'empty path', code: vm(withPath('""')) },
    { name: 'Template parameter', code: template(withPath('${DISK_PATH}')) },
  ],
  invalid: [
    { name: 'root', code: vm(withPath('/')), errors: [{ messageId: 'root', data: { name: 'rootdisk' }, ...at.vm(10, 11) }] },
    { name: 'relative', code: vmi(withPath('disk/fedora.qcow2')), errors: [{ messageId: 'notClean', data: { name: 'rootdisk', path: 'disk/fedora.qcow2', suggestion: " (did you mean '/disk/fedora.qcow2'?)" } }] },
    { name: 'parent component', code: vm(withPath('/disk/../etc/passwd')), errors: [{ messageId: 'notClean' }] },
    { name: 'dot component', code: vm(withPath('/./disk')), errors: [{ messageId: 'notClean' }] },
    { name: 'double slash', code: vm(withPath('//disk')), errors: [{ messageId: 'notClean' }] },
    { name: 'two trailing slashes', code: vm(withPath('/disk//')), errors: [{ messageId: 'notClean' }] },
  ],
});

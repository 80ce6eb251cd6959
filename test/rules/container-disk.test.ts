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
    { name: 'root', code: vm(withPath('/')), errors: [{ messageId: 'root', data: { name: 'rootdisk' }, ...at.vm(10, 11) }], output: null },
    {
      name: 'relative',
      code: vmi(withPath('disk/fedora.qcow2')),
      errors: [{ messageId: 'notClean', data: { name: 'rootdisk', path: 'disk/fedora.qcow2', suggestion: " (did you mean '/disk/fedora.qcow2'?)" } }],
      output: vmi(withPath('/disk/fedora.qcow2')),
    },
    // `..` may not mean what the cleaned path says: reported, not fixed.
    { name: 'parent component', code: vm(withPath('/disk/../etc/passwd')), errors: [{ messageId: 'notClean' }], output: null },
    { name: 'dot component', code: vm(withPath('/./disk')), errors: [{ messageId: 'notClean' }], output: vm(withPath('/disk')) },
    { name: 'double slash', code: vm(withPath('//disk')), errors: [{ messageId: 'notClean' }], output: vm(withPath('/disk')) },
    { name: 'two trailing slashes', code: vm(withPath('/disk//')), errors: [{ messageId: 'notClean' }], output: vm(withPath('/disk')) },
    { name: 'quoted path keeps its quotes', code: vm(withPath("'/disk//a.img'")), errors: [{ messageId: 'notClean' }], output: vm(withPath("'/disk/a.img'")) },
  ],
});

import rule from '../../rules/kernel-boot.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, vm, vmi } from './_manifests.js';

/** Line 1 domain, 2 devices, 3 firmware, 4 kernelBoot, then the kernelBoot lines. */
function spec(kernelBoot: string): string {
  return `domain:\n  devices: {}\n  firmware:\n    kernelBoot:\n${kernelBoot.replace(/^/gm, '      ')}\n`;
}
const container = (lines: string) => `container:\n${lines.replace(/^/gm, '  ')}`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'kernel and initrd with arguments', code: vmi(spec(`kernelArgs: console=ttyS0\n${container('image: quay.io/kubevirt/alpine-ext-kernel-boot-demo\nkernelPath: /boot/vmlinuz-virt\ninitrdPath: /boot/initramfs-virt')}`)) },
    { name: 'an initrd only', code: vm(spec(container('image: example.com/kernel\ninitrdPath: /boot/initrd'))) },
    { name: 'a trailing slash is trimmed', code: vm(spec(container('image: example.com/kernel\nkernelPath: /boot/vmlinuz/'))) },
    { name: 'empty kernelArgs without a container', code: vmi(spec('kernelArgs: ""')) },
  ],
  invalid: [
    {
      name: 'kernel arguments without a kernel',
      code: vmi(spec('kernelArgs: console=ttyS0')),
      errors: [{ messageId: 'argsWithoutKernel', ...at.vmi(5, 19), path: 'spec.domain.firmware.kernelBoot.kernelArgs' }],
    },
    { name: 'empty image', code: vm(spec(container('image: ""\nkernelPath: /boot/vmlinuz'))), errors: [{ messageId: 'imageMissing' }] },
    { name: 'no kernel nor initrd path', code: vmi(spec(container('image: example.com/kernel'))), errors: [{ messageId: 'pathMissing', ...at.vmi(5, 7) }] },
    { name: 'kernel path at the root', code: vmi(spec(container('image: example.com/kernel\nkernelPath: /'))), errors: [{ messageId: 'pathRoot', data: { field: 'kernelPath' } }] },
    {
      name: 'relative initrd path',
      code: vm(spec(container('image: example.com/kernel\ninitrdPath: boot/initrd'))),
      errors: [{ messageId: 'pathNotAbsolute', data: { field: 'initrdPath', value: 'boot/initrd', suggestion: '/boot/initrd' }, path: 'spec.template.spec.domain.firmware.kernelBoot.container.initrdPath' }],
    },
    { name: 'a path with ..', code: vmi(spec(container('image: example.com/kernel\nkernelPath: /boot/../vmlinuz'))), errors: [{ messageId: 'pathNotAbsolute', data: { field: 'kernelPath', value: '/boot/../vmlinuz', suggestion: '/vmlinuz' } }] },
  ],
});

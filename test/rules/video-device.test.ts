import rule from '../../rules/video-device.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmWith } from './_manifests.js';

/** The base spec with `video:` under devices (fields flush left from spec line 4), then extra device lines. */
function withVideo(fields: string, devices = '', prefix = ''): string {
  const video = fields === '{}' ? '    video: {}\n' : `    video:\n${fields.replace(/^/gm, '      ')}\n`;
  return `${prefix}${BASE_SPEC.replace('  devices:\n', `  devices:\n${video}${devices === '' ? '' : `${devices.replace(/^/gm, '    ')}\n`}`)}`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withVideo('type: virtio'))),
    ...['vga', 'cirrus', 'virtio', 'ramfb', 'bochs'].map((type) => ({ name: `amd64 allows ${type} (vmi-create-admitter_test.go:3951)`, code: vmi(withVideo(`type: ${type}`)) })),
    ...['virtio', 'ramfb'].map((type) => ({ name: `arm64 allows ${type} (3957)`, code: vmi(withVideo(`type: ${type}`)), settings: { arch: 'arm64' as const } })),
    { name: 's390x allows virtio (3960)', code: vmi(withVideo('type: virtio')), settings: { arch: 's390x' } },
    { name: 'autoattachGraphicsDevice unset (3939)', code: vm(withVideo('type: virtio', 'autoattachGraphicsDevice: true')) },
    { name: 'no video device', code: vm(BASE_SPEC.replace('  devices:\n', '  devices:\n    autoattachGraphicsDevice: false\n')) },
    { name: 'an unknown architecture is reported elsewhere', code: vm(withVideo('type: qxl', '', 'architecture: ppc64le\n')) },
    { name: 'Template parameters are never judged', code: template(withVideo('type: ${VIDEO_TYPE}')) },
    { name: 'junk does not throw', code: vm(withVideo('type: 3')) },
  ],
  invalid: [
    {
      name: 'autoattachGraphicsDevice false (3930)',
      code: vmi(withVideo('type: virtio', 'autoattachGraphicsDevice: false')),
      errors: [{ messageId: 'noGraphics', ...at.vmi(3, 5), path: 'spec.domain.devices.video' }],
    },
    ...['qxl', 'vmvga', 'xenfb', 'none', 'invalidmodel'].map((type) => ({
      name: `amd64 rejects ${type} (3970)`,
      code: vmi(withVideo(`type: ${type}`)),
      errors: [{ messageId: 'typeUnsupported', data: { type: `'${type}'`, arch: 'amd64', what: 'VirtualMachineInstance', models: 'vga, cirrus, virtio, ramfb or bochs' } }],
    })),
    ...['vga', 'cirrus', 'bochs', 'qxl', 'none'].map((type) => ({
      name: `arm64 rejects ${type} (3976)`,
      code: vm(withVideo(`type: ${type}`, '', 'architecture: arm64\n')),
      errors: [{ messageId: 'typeUnsupported', data: { type: `'${type}'`, arch: 'arm64', what: 'VirtualMachineInstance started from this template', models: 'virtio or ramfb' } }],
    })),
    ...['vga', 'ramfb', 'bochs'].map((type) => ({
      name: `s390x rejects ${type} (3985)`,
      code: vmi(withVideo(`type: ${type}`)),
      settings: { arch: 's390x' as const },
      errors: [{ messageId: 'typeUnsupported', ...at.vmi(4, 13) }],
    })),
    { name: 'no type has no default', code: vmi(withVideo('{}')), errors: [{ messageId: 'typeEmpty', data: { arch: 'amd64', what: 'VirtualMachineInstance', models: 'vga, cirrus, virtio, ramfb or bochs' }, ...at.vmi(3, 5) }] },
    { name: 'an empty type', code: pool(withVideo('type: ""')), errors: [{ messageId: 'typeEmpty', severity: 'error' }] },
    {
      name: 'a preference may set the type: a warning',
      code: vmWith('preference:\n  name: windows.11', withVideo('{}')),
      errors: [{ messageId: 'typeEmptyFromPreference', severity: 'warning' }],
    },
  ],
});

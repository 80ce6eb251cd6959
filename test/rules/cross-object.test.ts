import { describe, expect, it } from 'vitest';
import { brief, lintSet } from '../helpers/set-tester.js';
import { yaml } from './_manifests.js';

/** A VM in `namespace` (none when undefined) with the given volumes (flush left, one list) and extra VM spec. */
function vm(name: string, namespace: string | undefined, volumes: string, more = ''): string {
  const indent = (text: string, n: number) => text.split('\n').map((l) => (l === '' ? l : ' '.repeat(n) + l)).join('\n');
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: ${name}
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  runStrategy: Always
${more ? indent(more, 2) + '\n' : ''}  template:
    spec:
      domain:
        devices: {}
      volumes:
${indent(volumes, 6)}
`;
}

const dv = (name: string, namespace?: string, size = '10Gi', source = 'blank: {}') => yaml`
  apiVersion: cdi.kubevirt.io/v1beta1
  kind: DataVolume
  metadata:
    name: ${name}
  ${namespace ? `  namespace: ${namespace}` : ''}
  spec:
    storage:
      resources:
        requests:
          storage: ${size}
    source:
      ${source}
`;
const pvc = (name: string, namespace: string | undefined, size: string) => yaml`
  apiVersion: v1
  kind: PersistentVolumeClaim
  metadata:
    name: ${name}
  ${namespace ? `  namespace: ${namespace}` : ''}
  spec:
    accessModes: [ReadWriteOnce]
    resources:
      requests:
        storage: ${size}
`;
const obj = (kind: string, name: string, namespace?: string, apiVersion = 'v1') => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}`;

const DV_VOLUME = '- name: root\n  dataVolume:\n    name: disk';

describe('unresolved-reference', () => {
  const rules = ['unresolved-reference'];

  it('reports a DataVolume that no file defines, at the reference in the VM file', () => {
    const out = lintSet({ 'vm.yaml': vm('a', 'ns', DV_VOLUME) }, rules);
    expect(brief(out['vm.yaml']!)).toEqual(['15:17 unresolved-reference']);
    expect(out['vm.yaml']![0]!.message).toContain("DataVolume 'disk' (volume 'root' (dataVolume)) is not defined in the linted files (namespace 'ns')");
    expect(out['vm.yaml']![0]!.message).toContain('--external DataVolume/ns/disk');
  });

  it('is satisfied by a DataVolume or PVC in another file, in the same namespace or without one', () => {
    expect(lintSet({ 'vm.yaml': vm('a', 'ns', DV_VOLUME), 'dv.yaml': dv('disk', 'ns') }, rules)['vm.yaml']).toEqual([]);
    expect(lintSet({ 'vm.yaml': vm('a', 'ns', DV_VOLUME), 'pvc.yaml': pvc('disk', undefined, '1Gi') }, rules)['vm.yaml']).toEqual([]);
    expect(lintSet({ 'vm.yaml': vm('a', undefined, DV_VOLUME), 'dv.yaml': dv('disk', 'elsewhere') }, rules)['vm.yaml']).toEqual([]);
  });

  it("is satisfied by the VM's own dataVolumeTemplates, also for a persistentVolumeClaim volume", () => {
    const dvt = 'dataVolumeTemplates:\n- metadata:\n    name: disk\n  spec:\n    storage: {resources: {requests: {storage: 1Gi}}}\n    source: {blank: {}}';
    const volumes = '- name: root\n  persistentVolumeClaim:\n    claimName: disk';
    expect(lintSet({ 'vm.yaml': vm('a', 'ns', volumes, dvt) }, rules)['vm.yaml']).toEqual([]);
  });

  it('follows secrets, config maps, service accounts, NADs, instancetypes, preferences and data sources', () => {
    const volumes = [
      '- name: ci',
      '  cloudInitNoCloud:',
      '    userDataSecretRef: {name: ud}',
      '    networkDataSecretRef: {name: nd}',
      '- name: cm',
      '  configMap: {name: cfg}',
      '- name: sa',
      '  serviceAccount: {serviceAccountName: robot}',
      '- name: sys',
      '  sysprep: {secret: {name: unattend}}',
    ].join('\n');
    const more = [
      'instancetype: {name: u1.medium}',
      'preference: {kind: VirtualMachinePreference, name: fedora}',
      'dataVolumeTemplates:',
      '- metadata: {name: root}',
      '  spec:',
      '    storage: {resources: {requests: {storage: 1Gi}}}',
      '    sourceRef: {kind: DataSource, name: fedora, namespace: os-images}',
    ].join('\n');
    const text = vm('a', 'ns', volumes, more).replace('      domain:\n        devices: {}\n', '      domain:\n        devices: {}\n      networks:\n      - name: blue\n        multus: {networkName: other/br1}\n      accessCredentials:\n      - sshPublicKey: {source: {secret: {secretName: keys}}, propagationMethod: {noCloud: {}}}\n');
    const found = lintSet({ 'vm.yaml': text }, rules)['vm.yaml']!.map((r) => /^(\w+) '([^']+)'/.exec(r.message)!.slice(1).join(' '));
    expect(found.sort()).toEqual(
      [
        'VirtualMachineClusterInstancetype u1.medium',
        'VirtualMachinePreference fedora',
        'DataSource fedora',
        'NetworkAttachmentDefinition br1',
        'Secret keys',
        'Secret ud',
        'Secret nd',
        'ConfigMap cfg',
        'ServiceAccount robot',
        'Secret unattend',
      ].sort(),
    );
  });

  it('is silenced by external declarations (kind only, or with namespace and name globs)', () => {
    const volumes = '- name: ci\n  cloudInitNoCloud:\n    userDataSecretRef: {name: ud}\n' + DV_VOLUME;
    const out = lintSet({ 'vm.yaml': vm('a', 'ns', volumes) }, rules, { external: [{ kind: 'Secret' }, { kind: 'DataVolume', namespace: 'n*', name: 'di?k' }] });
    expect(out['vm.yaml']).toEqual([]);
    const wrongNamespace = lintSet({ 'vm.yaml': vm('a', 'ns', DV_VOLUME) }, rules, { external: [{ kind: 'DataVolume', namespace: 'other' }] });
    expect(brief(wrongNamespace['vm.yaml']!)).toEqual(['15:17 unresolved-reference']);
  });

  it('names the namespaces where a Secret is defined when it is not in the one looked up', () => {
    const volumes = '- name: s\n  secret: {secretName: creds}';
    const out = lintSet({ 'vm.yaml': vm('a', 'ns', volumes), 's.yaml': obj('Secret', 'creds', 'other') }, rules);
    expect(out['vm.yaml']![0]!.message).toContain("looked up in namespace 'ns', but the linted files define it only in 'other'");
  });

  it('does not judge ${PARAM} names inside an OpenShift Template', () => {
    const template = yaml`
      apiVersion: template.openshift.io/v1
      kind: Template
      metadata:
        name: t
      objects:
      - apiVersion: kubevirt.io/v1
        kind: VirtualMachine
        metadata:
          name: \${NAME}
        spec:
          template:
            spec:
              domain:
                devices: {}
              volumes:
              - name: root
                dataVolume:
                  name: \${NAME}-root
      parameters:
      - name: NAME
    `;
    expect(lintSet({ 't.yaml': template }, rules)['t.yaml']).toEqual([]);
  });
});

describe('reference-namespace', () => {
  const rules = ['reference-namespace', 'unresolved-reference'];

  it('is an error when the set defines the DataVolume only in another namespace (and unresolved-reference stays quiet)', () => {
    const out = lintSet({ 'vm.yaml': vm('a', 'ns', DV_VOLUME), 'dv.yaml': dv('disk', 'other') }, rules);
    expect(out['vm.yaml']!.map((r) => `${r.line}:${r.column} ${r.ruleId}`)).toEqual(['15:17 reference-namespace']);
    expect(out['vm.yaml']![0]!.message).toContain("define it only in 'other'");
  });

  it('does not judge a VM without a namespace, nor a DataVolume without one', () => {
    expect(lintSet({ 'vm.yaml': vm('a', undefined, DV_VOLUME), 'dv.yaml': dv('disk', 'other') }, rules)['vm.yaml']).toEqual([]);
    expect(lintSet({ 'vm.yaml': vm('a', 'ns', DV_VOLUME), 'dv.yaml': dv('disk') }, rules)['vm.yaml']).toEqual([]);
  });
});

describe('duplicate-object', () => {
  const rules = ['duplicate-object'];

  it('reports the second definition at its metadata.name, naming the first file', () => {
    const out = lintSet({ 'a.yaml': obj('ConfigMap', 'same', 'ns'), 'b.yaml': obj('ConfigMap', 'same', 'ns') }, rules);
    expect(out['a.yaml']).toEqual([]);
    expect(brief(out['b.yaml']!)).toEqual(['4:9 duplicate-object']);
    expect(out['b.yaml']![0]!.message).toMatch(/^ConfigMap ns\/same is also defined in a\.yaml/);
  });

  it('tells apart namespaces, kinds and API groups, and ignores Template objects', () => {
    const files = {
      'a.yaml': obj('ConfigMap', 'x', 'one'),
      'b.yaml': `${obj('ConfigMap', 'x', 'two')}---\n${obj('Secret', 'x', 'one')}---\n${obj('ConfigMap', 'x', 'one', 'example.com/v1')}`,
    };
    expect(lintSet(files, rules)['b.yaml']).toEqual([]);
  });

  it('finds duplicates within one file', () => {
    const out = lintSet({ 'a.yaml': `${obj('ConfigMap', 'x')}---\n${obj('ConfigMap', 'x')}` }, rules);
    expect(out['a.yaml']![0]!.message).toContain('is also defined in document 1 of this file');
  });
});

describe('clone-size', () => {
  const rules = ['clone-size'];
  const clone = (size: string, namespace = 'ns') => dv('copy', 'ns', size, `pvc: {name: golden, namespace: ${namespace}}`);

  it('is an error when the clone requests less than its source PVC or DataVolume', () => {
    const out = lintSet({ 'src.yaml': pvc('golden', 'ns', '20Gi'), 'copy.yaml': clone('10Gi') }, rules);
    expect(brief(out['copy.yaml']!)).toEqual(['10:18 clone-size']);
    expect(out['copy.yaml']![0]!.message).toContain("DataVolume 'copy' requests 10Gi but clones PersistentVolumeClaim 'golden', which requests 20Gi");
    expect(brief(lintSet({ 'src.yaml': dv('golden', 'ns', '20Gi'), 'copy.yaml': clone('19Gi') }, rules)['copy.yaml']!)).toEqual(['10:18 clone-size']);
  });

  it('accepts equal or larger sizes, sources in other namespaces, and sources not in the set', () => {
    expect(lintSet({ 'src.yaml': pvc('golden', 'ns', '20Gi'), 'copy.yaml': clone('20480Mi') }, rules)['copy.yaml']).toEqual([]);
    expect(lintSet({ 'src.yaml': pvc('golden', 'other', '20Gi'), 'copy.yaml': clone('10Gi') }, rules)['copy.yaml']).toEqual([]);
    expect(lintSet({ 'copy.yaml': clone('10Gi') }, rules)['copy.yaml']).toEqual([]);
  });

  it("checks a VM's dataVolumeTemplates too", () => {
    const dvt = 'dataVolumeTemplates:\n- metadata: {name: root}\n  spec:\n    storage: {resources: {requests: {storage: 5Gi}}}\n    source: {pvc: {name: golden, namespace: ns}}';
    const out = lintSet({ 'src.yaml': pvc('golden', 'ns', '20Gi'), 'vm.yaml': vm('a', 'ns', '- name: root\n  dataVolume: {name: root}', dvt) }, rules);
    expect(out['vm.yaml']![0]!.message).toContain("dataVolumeTemplate 'root' requests 5Gi");
  });
});

const nad = (name: string, config: string) => `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: ${name}\n  namespace: ns\nspec:\n  config: '${config}'\n`;
const BRIDGE = '{"cniVersion": "0.3.1", "name": "br1", "type": "bridge", "bridge": "br1"}';
const TUNED = '{"cniVersion": "0.3.1", "name": "br1", "plugins": [{"type": "cnv-bridge", "bridge": "br1"}, {"type": "cnv-tuning"}]}';

function macVm(name: string, mac: string, network = 'br1'): string {
  return yaml`
    apiVersion: kubevirt.io/v1
    kind: VirtualMachine
    metadata:
      name: ${name}
      namespace: ns
    spec:
      template:
        spec:
          domain:
            devices:
              interfaces:
              - name: blue
                bridge: {}
                macAddress: "${mac}"
          networks:
          - name: blue
            multus: {networkName: ${network}}
  `;
}

describe('nad-tuning-for-mac', () => {
  const rules = ['nad-tuning-for-mac'];

  it('warns on a fixed MAC over a bridge NAD without tuning, in the VM file', () => {
    const out = lintSet({ 'nad.yaml': nad('br1', BRIDGE), 'vm.yaml': macVm('a', '02:00:00:00:00:01') }, rules);
    expect(brief(out['vm.yaml']!)).toEqual(['14:25 nad-tuning-for-mac']);
    expect(out['nad.yaml']).toEqual([]);
  });

  it('accepts a plugins list with (cnv-)tuning, an unknown NAD, and a VM without a fixed MAC', () => {
    expect(lintSet({ 'nad.yaml': nad('br1', TUNED), 'vm.yaml': macVm('a', '02:00:00:00:00:01') }, rules)['vm.yaml']).toEqual([]);
    expect(lintSet({ 'vm.yaml': macVm('a', '02:00:00:00:00:01', 'other/br1') }, rules)['vm.yaml']).toEqual([]);
  });
});

describe('duplicate-mac-address', () => {
  const rules = ['duplicate-mac-address'];

  it('warns on the second VM using a MAC address, however it is spelled', () => {
    const out = lintSet({ 'a.yaml': macVm('a', '02:00:00:00:00:0A'), 'b.yaml': macVm('b', '02-00-00-00-00-0a') }, rules);
    expect(out['a.yaml']).toEqual([]);
    expect(brief(out['b.yaml']!)).toEqual(['14:25 duplicate-mac-address']);
    expect(out['b.yaml']![0]!.message).toContain("VirtualMachine 'a' (a.yaml)");
  });

  it('accepts distinct addresses', () => {
    expect(lintSet({ 'a.yaml': macVm('a', '02:00:00:00:00:01'), 'b.yaml': macVm('b', '02:00:00:00:00:02') }, rules)['b.yaml']).toEqual([]);
  });
});

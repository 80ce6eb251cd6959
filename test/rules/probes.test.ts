import rule from '../../rules/probes.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi, vmirs } from './_manifests.js';

const POD = 'networks:\n- name: default\n  pod: {}\n';
const MULTUS = 'networks:\n- name: data\n  multus:\n    networkName: data-net\n';
/** Line 1 is the first of `top`, then the domain with one interface, then the networks. */
function spec(top: string, networks = POD, iface = 'default'): string {
  return `${top}domain:\n  devices:\n    interfaces:\n    - name: ${iface}\n      masquerade: {}\n${networks}`;
}
const READY_HTTP = 'readinessProbe:\n  httpGet:\n    port: 1500\n';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'an HTTP probe with the pod network', code: vmi(spec(READY_HTTP)) },
    { name: 'the default pod network is added when none is given (VM)', code: vm(`${READY_HTTP}${BASE_SPEC}`) },
    { name: 'a guest agent probe without the pod network', code: vm(spec('livenessProbe:\n  guestAgentPing: {}\n', MULTUS, 'data')) },
    { name: 'Paused start without a liveness probe', code: vmi(spec(`startStrategy: Paused\n${READY_HTTP}`)) },
    { name: 'known eviction strategies', code: vm(spec('evictionStrategy: LiveMigrateIfPossible\n')) },
    { name: 'Template parameters are not judged', code: template(spec('startStrategy: ${START}\nevictionStrategy: ${EVICTION}\n')) },
  ],
  invalid: [
    {
      name: 'two handlers',
      code: vmi(spec('readinessProbe:\n  httpGet:\n    port: 80\n  tcpSocket:\n    port: 22\n')),
      errors: [{ messageId: 'manyHandlers', data: { probe: 'readinessProbe', handlers: 'httpGet and tcpSocket' }, ...at.vmi(1, 1), path: 'spec.readinessProbe' }],
    },
    { name: 'no handler', code: vm(spec('livenessProbe:\n  initialDelaySeconds: 120\n')), errors: [{ messageId: 'noHandler', data: { probe: 'livenessProbe' } }] },
    {
      name: 'an HTTP probe without the pod network',
      code: vmi(spec(READY_HTTP, MULTUS, 'data')),
      errors: [{ messageId: 'needsPodNetwork', data: { probe: 'readinessProbe', handler: 'httpGet' }, ...at.vmi(2, 3), path: 'spec.readinessProbe.httpGet' }],
    },
    {
      name: 'a VMIRS template without networks is validated as written',
      code: vmirs(`livenessProbe:\n  tcpSocket:\n    port: 22\n${BASE_SPEC}`),
      errors: [{ messageId: 'needsPodNetwork', data: { probe: 'livenessProbe', handler: 'tcpSocket' } }],
    },
    { name: 'unknown startStrategy', code: vm(spec('startStrategy: Running\n')), errors: [{ messageId: 'startStrategy', data: { value: 'Running' }, ...at.vm(1, 16) }] },
    { name: 'Paused with a liveness probe', code: vmi(spec('startStrategy: Paused\nlivenessProbe:\n  guestAgentPing: {}\n')), errors: [{ messageId: 'pausedWithLiveness', path: 'spec.startStrategy' }] },
    { name: 'unknown eviction strategy', code: vmi(spec('evictionStrategy: Migrate\n')), errors: [{ messageId: 'evictionStrategy', data: { value: 'Migrate' }, path: 'spec.evictionStrategy' }] },
  ],
});

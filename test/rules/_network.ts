/** Spec builders shared by the network rule tests (rules in rules/sets/network.ts). */

/** The pod interface `default` with `binding` (spec line 5) and `field` (spec line 6). */
export function iface(field: string, binding = 'masquerade: {}'): string {
  return `domain:
  devices:
    interfaces:
    - name: default
      ${binding}
      ${field}
  resources:
    requests:
      memory: 1Gi
networks:
- name: default
  pod: {}
`;
}

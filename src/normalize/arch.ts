export const ARCHES = ['amd64', 'arm64', 's390x'] as const;
export type Arch = (typeof ARCHES)[number];

export function isArch(value: unknown): value is Arch {
  return typeof value === 'string' && (ARCHES as readonly string[]).includes(value);
}

/** The architecture KubeVirt uses for a spec: its own `architecture` field, else the cluster's default. */
export function effectiveArch(spec: Readonly<Record<string, unknown>>, fallback: Arch): string {
  const declared = spec['architecture'];
  return typeof declared === 'string' && declared !== '' ? declared : fallback;
}

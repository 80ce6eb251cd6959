import type { FieldPath } from '../core/types.js';

/** An instancetype's or preference's `spec`, as plain YAML data. */
export type DefinitionSpec = Readonly<Record<string, unknown>>;

export type DefinitionKind =
  | 'VirtualMachineInstancetype'
  | 'VirtualMachineClusterInstancetype'
  | 'VirtualMachinePreference'
  | 'VirtualMachineClusterPreference';

export const DEFINITION_KINDS: readonly DefinitionKind[] = [
  'VirtualMachineInstancetype',
  'VirtualMachineClusterInstancetype',
  'VirtualMachinePreference',
  'VirtualMachineClusterPreference',
];

/** One instancetype or preference of the linted set. Plain data: it crosses to worker threads. */
export interface Definition {
  kind: DefinitionKind;
  name: string;
  namespace?: string;
  spec: DefinitionSpec;
  /** The file it was read from, for messages. */
  file?: string;
}

/** The instancetypes and preferences of the linted set (see prescan.ts), handed to every file's lint. */
export interface InstancetypeIndex {
  definitions: readonly Definition[];
}

/** A definition a VirtualMachine refers to, found in the set or among the bundled common ones. */
export interface Resolved {
  kind: DefinitionKind;
  name: string;
  spec: DefinitionSpec;
  /** Where it comes from, for messages: a file of the set, or the bundled common-instancetypes. */
  source: string;
}

/** A field of the VirtualMachine template that KubeVirt refuses to let the instancetype overwrite. */
export interface Conflict {
  /** Relative to the template's VMI spec (annotations: relative to the template, starting with 'metadata'). */
  path: FieldPath;
}

/** A part of the effective spec that came from the instancetype or the preference. */
export interface AppliedField {
  /** Relative to the VMI spec. */
  path: FieldPath;
  from: 'instancetype' | 'preference';
}

/** What expanding one VirtualMachine template gave. */
export interface Expansion {
  instancetype?: Resolved;
  preference?: Resolved;
  /** The template's VMI spec with both applied (the template as written when there are conflicts: KubeVirt stops there). */
  spec: Readonly<Record<string, unknown>>;
  /** Fields the template sets although the instancetype provides them: KubeVirt rejects the VirtualMachine. */
  conflicts: readonly Conflict[];
  applied: readonly AppliedField[];
}

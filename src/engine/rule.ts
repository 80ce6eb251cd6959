import type { FieldPath, FixOperation, ObjectRef, RuleLevel } from '../core/types.js';
import type { Arch } from '../normalize/arch.js';
import type { SubjectExpansion } from '../instancetype/subject.js';
import type { InstancetypeIndex } from '../instancetype/types.js';

/**
 * The rule contract, shaped like ESLint's: `meta` describes the rule, `check` looks at one subject and
 * reports problems by field path and message id. Rules are pure: no I/O, no clock, no globals.
 */

export const DOCS_BASE_URL = 'https://github.com/virtops/virtops/blob/main/rules/';

/**
 * What a rule looks at: a whole object of the listed kinds, every VirtualMachineInstance spec wherever it
 * sits, or the whole set of linted files together ('set': references between objects).
 */
export type RuleScope = 'object' | 'instance-spec' | 'set';

export interface RuleMetaInput {
  /** The rule's id: its file name in rules/ (a test holds them equal). */
  id: string;
  type: 'problem' | 'suggestion';
  description: string;
  /** Level in the `recommended` preset; `strict` raises every rule to at least `warn`. */
  level: Exclude<RuleLevel, 'off'> | 'off';
  scope: RuleScope;
  /** Object-scope rules: the kinds checked ('*' = every object with apiVersion and kind). */
  kinds?: readonly string[];
  /** Message templates keyed by message id; `{{name}}` placeholders are filled from `data`. */
  messages: Record<string, string>;
  /** Ids in ../shared/reference/kubevirt-rules.md this rule implements (parity tracking). */
  catalog?: readonly string[];
  /** The rule attaches a `fix` to (some of) its reports; required for a fix to be applied. */
  fixable?: boolean;
}

export interface RuleMeta extends RuleMetaInput {
  url: string;
}

export interface Report {
  /** Relative to the subject: the instance spec for 'instance-spec' rules, the object for 'object' rules. */
  path: FieldPath;
  messageId: string;
  data?: Record<string, string | number>;
  target?: 'key' | 'value';
  /** Overrides the configured severity for this one report (e.g. a deprecated-but-served apiVersion). */
  severity?: 'error' | 'warning';
  /**
   * The one safe fix for this problem (only from rules with `meta.fixable`), applied by `virtops lint --fix`.
   * A pure description, never text: edits on field paths relative to the subject, like `path`:
   * - `{ op: 'set', path, value }` sets the field (replacing a value, or adding the key and any missing
   *   parent mappings); `value` is plain YAML data;
   * - `{ op: 'delete', path }` removes the field (a mapping key or a list item);
   * - `{ op: 'rename', path, to, value? }` renames a mapping key where it stands, replacing its value too
   *   when `value` is given.
   * The edits of one fix are applied together or not at all (e.g. when a path runs through a YAML alias).
   */
  fix?: readonly FixOperation[];
}

/** The cluster profile: what admission depends on beyond the manifest itself (virtops.config.yaml `settings`). */
export interface Settings {
  /** Architecture of the cluster's nodes, used where the object does not say (KubeVirt defaults to the control plane's). */
  arch: Arch;
  /** Alpha feature gates the cluster enables (KubeVirt CR developerConfiguration.featureGates). */
  featureGates: readonly string[];
  /** Beta feature gates the cluster disables (KubeVirt CR developerConfiguration.disabledFeatureGates). */
  disabledFeatureGates: readonly string[];
  /** True when the config states the gates (either list): gate findings are then errors, else warnings. */
  featureGatesConfigured: boolean;
  /** KubeVirt CR network.permitBridgeInterfaceOnPodNetwork (default true). */
  permitBridgeInterfaceOnPodNetwork: boolean;
  /** KubeVirt CR network.defaultNetworkInterface: the binding of the default pod interface (default bridge). */
  defaultNetworkInterface: 'bridge' | 'masquerade' | 'passt';
  /** KubeVirt CR evictionStrategy: the cluster default for VMIs that set none (KubeVirt's own default: None). */
  evictionStrategy: EvictionStrategy;
  /** The instancetypes and preferences of the linted set (src/instancetype/prescan.ts), for expanding VirtualMachines. */
  instancetypes?: InstancetypeIndex;
}

export const EVICTION_STRATEGIES = ['None', 'LiveMigrate', 'LiveMigrateIfPossible', 'External'] as const;
export type EvictionStrategy = (typeof EVICTION_STRATEGIES)[number];

export const DEFAULT_SETTINGS: Settings = {
  arch: 'amd64',
  featureGates: [],
  disabledFeatureGates: [],
  featureGatesConfigured: false,
  permitBridgeInterfaceOnPodNetwork: true,
  defaultNetworkInterface: 'bridge',
  evictionStrategy: 'None',
};

export interface BaseContext {
  settings: Settings;
  /** The object being checked (for an instance spec: the object that holds it). */
  object: Readonly<Record<string, unknown>>;
  ref: ObjectRef;
  kind: string;
  /** True inside an OpenShift Template: string values may be `${PARAM}` placeholders. */
  templateParams: boolean;
  /** The object certainly matches the schema of its own apiVersion and kind (checked ahead, by the parse lane). */
  schemaAccepted?: boolean;
  /** Rule options from the configuration (validated by nobody yet: rules must tolerate junk). */
  options: Readonly<Record<string, unknown>>;
  /** A VirtualMachine's (or pool template's) instancetype and preference, applied (src/instancetype); undefined when it references none that is known. */
  expansion?: SubjectExpansion;
  report(report: Report): void;
}

export type ObjectContext = BaseContext;

export interface InstanceSpecContext extends BaseContext {
  /** The VirtualMachineInstance spec as written. */
  spec: Readonly<Record<string, unknown>>;
  /** Path from the object root to `spec`. */
  specPath: FieldPath;
  /** The spec after KubeVirt's defaulting (see src/normalize), computed once per spec and shared by rules. */
  normalized: Readonly<Record<string, unknown>>;
}

export interface ObjectRule {
  meta: RuleMeta & { scope: 'object' };
  check(ctx: ObjectContext): void;
}

export interface InstanceSpecRule {
  meta: RuleMeta & { scope: 'instance-spec' };
  check(ctx: InstanceSpecContext): void;
}

/** What a set rule's `collect` sees of one object: an object context that cannot report. */
export type CollectContext = Omit<ObjectContext, 'report'>;

/** One object of the linted set, as a set rule sees it (see src/engine/lint-set.ts). */
export interface SetObject<F = unknown> {
  /** Index of its file in `SetContext.files`. */
  file: number;
  document: number;
  /** Path from the document root to the object. */
  prefix: FieldPath;
  ref: ObjectRef;
  /** API group ('' for the core group). */
  group: string;
  kind: string;
  namespace?: string;
  /** metadata.name (not generateName). */
  name?: string;
  /** Applied as written: a document or a List item, not a List itself nor an object inside an OpenShift Template. */
  applied: boolean;
  /** Inside an OpenShift Template: strings may hold `${PARAM}` placeholders. */
  templateParams: boolean;
  /** What this rule's `collect` returned for the object. */
  fact: F | undefined;
}

export interface SetReport extends Report {
  /** The object the report is about; `path` is relative to it. */
  at: SetObject<unknown>;
}

export interface SetContext<F> {
  settings: Settings;
  options: Readonly<Record<string, unknown>>;
  /** The files of the set, as the user named them. */
  files: readonly string[];
  /** Every object of the set, in file and document order. */
  objects: readonly SetObject<F>[];
  /** The objects of `kind` with metadata.name `name`, in any namespace. */
  named(kind: string, name: string): readonly SetObject<F>[];
  /** Declared to live outside the set (`external:` in the config, or --external). */
  isExternal(kind: string, namespace: string | undefined, name: string): boolean;
  report(report: SetReport): void;
}

/**
 * A rule over the whole set: `collect` runs per object where the file is linted (on a worker thread for
 * big sets) and returns a small, structured-clone-able fact; `check` runs once on the main thread over
 * every object's fact. Both are pure.
 */
export interface SetRule<F = unknown> {
  meta: RuleMeta & { scope: 'set' };
  collect?(ctx: CollectContext): F | undefined;
  check(ctx: SetContext<F>): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each set rule has its own fact type
export type Rule = ObjectRule | InstanceSpecRule | SetRule<any>;

/** Builds a rule and fills in its docs URL from its id, as eslint-plugin-yml's createRule does. */
export function defineRule(rule: { meta: RuleMetaInput & { scope: 'object' }; check(ctx: ObjectContext): void }): ObjectRule;
export function defineRule(rule: { meta: RuleMetaInput & { scope: 'instance-spec' }; check(ctx: InstanceSpecContext): void }): InstanceSpecRule;
export function defineRule<F>(rule: { meta: RuleMetaInput & { scope: 'set' }; collect?(ctx: CollectContext): F | undefined; check(ctx: SetContext<F>): void }): SetRule<F>;
export function defineRule(rule: { meta: RuleMetaInput; check(ctx: never): void }): Rule {
  return { ...rule, meta: { ...rule.meta, url: `${DOCS_BASE_URL}${rule.meta.id}.md` } } as Rule;
}

/** Whether a rule looks at objects of `kind` (no `kinds` or '*': every kind). */
export function appliesToKind(meta: Pick<RuleMeta, 'kinds'>, kind: string): boolean {
  return meta.kinds === undefined || meta.kinds.includes('*') || meta.kinds.includes(kind);
}

/** Fills `{{name}}` placeholders; a missing value stays visible rather than silently empty. */
export function renderMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

/**
 * A problem the pipeline itself reports (unreadable file, bad YAML, not an object, unused suppression):
 * no check function, but an id, a level and a docs page like any rule, so it can be configured and documented.
 */
export interface PipelineProblem {
  meta: Omit<RuleMeta, 'scope' | 'messages'> & { scope: 'pipeline'; suppressible: boolean };
}

export function defineProblem(meta: Omit<RuleMetaInput, 'scope' | 'messages'> & { suppressible: boolean }): PipelineProblem {
  return { meta: { ...meta, scope: 'pipeline', url: `${DOCS_BASE_URL}${meta.id}.md` } };
}

import type { FieldPath, ObjectRef, RuleLevel } from '../core/types.js';
import type { Arch } from '../normalize/arch.js';

/**
 * The rule contract, shaped like ESLint's: `meta` describes the rule, `check` looks at one subject and
 * reports problems by field path and message id. Rules are pure: no I/O, no clock, no globals.
 */

export const DOCS_BASE_URL = 'https://github.com/virtops/virtops/blob/main/rules/';

/** What a rule looks at: a whole object of the listed kinds, or every VirtualMachineInstance spec wherever it sits. */
export type RuleScope = 'object' | 'instance-spec';

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
}

export const DEFAULT_SETTINGS: Settings = {
  arch: 'amd64',
  featureGates: [],
  disabledFeatureGates: [],
  featureGatesConfigured: false,
  permitBridgeInterfaceOnPodNetwork: true,
  defaultNetworkInterface: 'bridge',
};

export interface BaseContext {
  settings: Settings;
  /** The object being checked (for an instance spec: the object that holds it). */
  object: Readonly<Record<string, unknown>>;
  ref: ObjectRef;
  kind: string;
  /** True inside an OpenShift Template: string values may be `${PARAM}` placeholders. */
  templateParams: boolean;
  /** Rule options from the configuration (validated by nobody yet: rules must tolerate junk). */
  options: Readonly<Record<string, unknown>>;
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

export type Rule = ObjectRule | InstanceSpecRule;

/** Builds a rule and fills in its docs URL from its id, as eslint-plugin-yml's createRule does. */
export function defineRule(rule: { meta: RuleMetaInput & { scope: 'object' }; check(ctx: ObjectContext): void }): ObjectRule;
export function defineRule(rule: { meta: RuleMetaInput & { scope: 'instance-spec' }; check(ctx: InstanceSpecContext): void }): InstanceSpecRule;
export function defineRule(rule: { meta: RuleMetaInput; check(ctx: never): void }): Rule {
  return { ...rule, meta: { ...rule.meta, url: `${DOCS_BASE_URL}${rule.meta.id}.md` } } as Rule;
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

import { splitApiVersion } from '../kinds/registry.js';
import type { KubeObject } from '../load/objects.js';
import { asString, dig, isParam } from '../normalize/values.js';
import { appliesToKind, type CollectContext, type SetObject, type SetRule, type Settings } from './rule.js';
import type { ActiveRule } from './run-rules.js';

/**
 * Phase 1 of the set stage, where each file is linted (possibly on a worker thread): the inventory of
 * the file's objects and what each set rule collects from them. Plain data, small, structured-clone-able.
 */

/** An object as set rules see it, before the set stage numbers its file and picks one rule's fact. */
export type ObjectFacts = Omit<SetObject, 'file' | 'fact'>;

/**
 * The object for the set rules, in file `file`, with no rule's fact yet. Every field is written, in one
 * order, so that all objects share one shape: the set rules read them over and over, and copying them
 * with a spread costs several times more.
 */
export function toSetObject(object: ObjectFacts, file: number): SetObject {
  return {
    file,
    document: object.document,
    prefix: object.prefix,
    ref: object.ref,
    group: object.group,
    kind: object.kind,
    namespace: object.namespace,
    name: object.name,
    applied: object.applied,
    templateParams: object.templateParams,
    fact: undefined,
  };
}

export interface FileFacts {
  objects: ObjectFacts[];
  /** Rule id → what that rule collected (only the rules that returned a fact). */
  facts: Record<string, RuleFacts>;
}

/** One rule's facts in one file: `facts[k]` is about `objects[indexes[k]]`. */
export interface RuleFacts {
  indexes: number[];
  facts: unknown[];
}

export function setRulesOf(active: readonly ActiveRule[]): ActiveRule[] {
  return active.filter((entry) => entry.rule.meta.scope === 'set');
}

/** The set rules that collect facts from objects of `kind`. */
function collectorsOf(setRules: readonly ActiveRule[], kind: string): ActiveRule[] {
  return setRules.filter(({ rule }) => (rule as SetRule).collect !== undefined && appliesToKind(rule.meta, kind));
}

export function collectFacts(objects: readonly KubeObject[], setRules: readonly ActiveRule[], settings: Settings): FileFacts {
  const out: FileFacts = { objects: [], facts: {} };
  const collectorsByKind = new Map<string, ActiveRule[]>();
  objects.forEach((object, index) => {
    const namespace = asString(dig(object.value, 'metadata', 'namespace'));
    const name = asString(dig(object.value, 'metadata', 'name'));
    out.objects.push({
      document: object.document,
      prefix: object.prefix,
      ref: object.ref,
      group: splitApiVersion(object.apiVersion).group,
      kind: object.kind,
      // A `${NAMESPACE}` parameter is the namespace the template is processed into: unknown, like none.
      namespace: namespace !== undefined && namespace !== '' && !(object.templateParams && isParam(namespace)) ? namespace : undefined,
      name: name !== undefined && name !== '' ? name : undefined,
      applied: isApplied(object),
      templateParams: object.templateParams,
    });
    let collectors = collectorsByKind.get(object.kind);
    if (collectors === undefined) collectorsByKind.set(object.kind, (collectors = collectorsOf(setRules, object.kind)));
    if (collectors.length === 0) return;
    const ctx: CollectContext = { settings, object: object.value, ref: object.ref, kind: object.kind, templateParams: object.templateParams, options: {} };
    for (const active of collectors) {
      ctx.options = active.options;
      let fact: unknown;
      try {
        fact = (active.rule as SetRule).collect!(ctx);
      } catch {
        // A collect bug must not stop the lint; the rule just learns nothing about this object.
        continue;
      }
      if (fact === undefined) continue;
      const ruleFacts = (out.facts[active.rule.meta.id] ??= { indexes: [], facts: [] });
      ruleFacts.indexes.push(index);
      ruleFacts.facts.push(fact);
    }
  });
  return out;
}

/** What `kubectl apply` creates: documents and List items, not a List itself, not a Template's objects. */
export function isApplied(object: KubeObject): boolean {
  if (object.templateParams) return false;
  if (object.prefix.length === 0) return !(object.kind === 'List' || (object.kind.endsWith('List') && Array.isArray(object.value['items'])));
  return object.prefix.length === 2 && object.prefix[0] === 'items';
}

import { splitApiVersion } from '../kinds/registry.js';
import type { KubeObject } from '../load/objects.js';
import { asString, dig, isParam } from '../normalize/values.js';
import type { CollectContext, SetObject, SetRule, Settings } from './rule.js';
import type { ActiveRule } from './run-rules.js';

/**
 * Phase 1 of the set stage, where each file is linted (possibly on a worker thread): the inventory of
 * the file's objects and what each set rule collects from them. Plain data, small, structured-clone-able.
 */

/** An object as set rules see it, before the set stage numbers its file and picks one rule's fact. */
export interface ObjectFacts extends Omit<SetObject, 'file' | 'fact'> {
  /** Rule id → that rule's fact, for the rules that returned one. */
  facts?: Record<string, unknown>;
}

export interface FileFacts {
  objects: ObjectFacts[];
}

export function setRulesOf(active: readonly ActiveRule[]): ActiveRule[] {
  return active.filter((entry) => entry.rule.meta.scope === 'set');
}

export function collectFacts(objects: readonly KubeObject[], setRules: readonly ActiveRule[], settings: Settings): FileFacts {
  const out: ObjectFacts[] = [];
  for (const object of objects) {
    const entry: ObjectFacts = {
      document: object.document,
      prefix: object.prefix,
      ref: object.ref,
      group: splitApiVersion(object.apiVersion).group,
      kind: object.kind,
      applied: isApplied(object),
      templateParams: object.templateParams,
    };
    const namespace = asString(dig(object.value, 'metadata', 'namespace'));
    const name = asString(dig(object.value, 'metadata', 'name'));
    // A `${NAMESPACE}` parameter is the namespace the template is processed into: unknown, like none.
    if (namespace !== undefined && namespace !== '' && !(object.templateParams && isParam(namespace))) entry.namespace = namespace;
    if (name !== undefined && name !== '') entry.name = name;
    const ctx: CollectContext = { settings, object: object.value, ref: object.ref, kind: object.kind, templateParams: object.templateParams, options: {} };
    for (const active of setRules) {
      const rule = active.rule as SetRule;
      const kinds = rule.meta.kinds;
      if (!rule.collect || (kinds && !kinds.includes('*') && !kinds.includes(object.kind))) continue;
      ctx.options = active.options;
      let fact: unknown;
      try {
        fact = rule.collect(ctx);
      } catch {
        // A collect bug must not stop the lint; the rule just learns nothing about this object.
        fact = undefined;
      }
      if (fact !== undefined) (entry.facts ??= {})[rule.meta.id] = fact;
    }
    out.push(entry);
  }
  return { objects: out };
}

/** What `kubectl apply` creates: documents and List items, not a List itself, not a Template's objects. */
export function isApplied(object: KubeObject): boolean {
  if (object.templateParams) return false;
  if (object.prefix.length === 0) return !(object.kind === 'List' || (object.kind.endsWith('List') && Array.isArray(object.value['items'])));
  return object.prefix.length === 2 && object.prefix[0] === 'items';
}

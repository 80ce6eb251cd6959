import { defineRule, type SetObject } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'duplicate-object',
    type: 'problem',
    description: 'Each object (API group, kind, namespace and name) must be defined once in the set of files',
    // kubectl apply accepts both (the last wins), so a warning; the agent's gate blocks on it anyway (src/sync/gate).
    level: 'warn',
    scope: 'set',
    kinds: ['*'],
    messages: {
      duplicate: '{{kind}} {{id}} is also defined in {{first}}; each object must be defined once (the one applied last would silently win). Remove or rename one of them.',
    },
  },
  check(ctx) {
    const seen = new Map<string, SetObject>();
    for (const object of ctx.objects) {
      // Objects inside an OpenShift Template are not applied as written; nameless ones get generated names.
      if (!object.applied || object.name === undefined) continue;
      // Only objects that share kind and name can be one object; most are alone and need no key.
      if (ctx.named(object.kind, object.name).length < 2) continue;
      const key = `${object.group}/${object.kind}/${object.namespace ?? ''}/${object.name}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, object);
        continue;
      }
      const where = first.file === object.file ? `document ${first.document + 1} of this file` : (ctx.files[first.file] ?? '?');
      ctx.report({ at: object, path: ['metadata', 'name'], messageId: 'duplicate', data: { kind: object.kind, id: `${object.namespace ? `${object.namespace}/` : ''}${object.name}`, first: where } });
    }
  },
});

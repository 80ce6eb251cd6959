import { defineRule } from '../src/engine/rule.js';
import { cleanAbsolutePath } from '../src/normalize/paths.js';
import { asArray, dig, isTemplated, nameOf } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'container-disk',
    type: 'problem',
    description: 'A containerDisk path must be a clean absolute path to a file in the image, not /',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['containerdisk-path-not-root', 'containerdisk-path-absolute'],
    fixable: true,
    messages: {
      root: "Volume '{{name}}' has containerDisk path '/', which points at the image's root. Set the path of the disk file in the image (e.g. /disk/disk.qcow2), or remove path to use the default location /disk.",
      notClean:
        "Volume '{{name}}' has containerDisk path '{{path}}', which is not an absolute path without relative components{{suggestion}}. Write it as a clean absolute path, e.g. /disk/disk.qcow2.",
    },
  },
  check(ctx) {
    asArray(ctx.spec['volumes']).forEach((volume, i) => {
      const path = dig(volume, 'containerDisk', 'path');
      if (typeof path !== 'string' || path === '' || isTemplated(ctx, path)) return;
      const name = nameOf(volume) ?? '';
      const at = ['volumes', i, 'containerDisk', 'path'];
      if (path === '/') {
        ctx.report({ path: at, messageId: 'root', data: { name } });
        return;
      }
      const cleaned = cleanAbsolutePath(path);
      // Go's filepath.Join("/", path) against the path minus one trailing slash.
      if (cleaned !== (path.endsWith('/') ? path.slice(0, -1) : path)) {
        // Extra slashes and dots only: the cleaned path names the same file. A `..` may mean something else: no fix.
        const fix = cleaned !== '/' && !path.split('/').includes('..') ? { fix: [{ op: 'set' as const, path: at, value: cleaned }] } : {};
        ctx.report({ path: at, messageId: 'notClean', data: { name, path, suggestion: cleaned !== '/' ? ` (did you mean '${cleaned}'?)` : '' }, ...fix });
      }
    });
  },
});


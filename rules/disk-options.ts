import { defineRule } from '../src/engine/rule.js';
import { asArray, digPath, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

const SERIAL = /^[A-Za-z0-9_.+-]+$/;
const SERIAL_MAX = 256;
const CACHE_MODES = new Set(['none', 'writethrough', 'writeback']);
const IO_MODES = new Set(['native', 'threads']);
const ERROR_POLICIES = new Set(['stop', 'ignore', 'report', 'enospace']);

export default defineRule({
  meta: {
    id: 'disk-options',
    type: 'problem',
    description: 'Disk serial, cache, io and errorPolicy must have values KubeVirt supports',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['disk-serial-charset', 'disk-serial-length', 'disk-cache-mode', 'disk-io-mode', 'disk-error-policy'],
    messages: {
      serialCharset: "Disk '{{name}}' has serial '{{serial}}' with characters other than letters, digits, '_', '.', '+' and '-'. Remove the other characters{{suggestion}}.",
      serialLength: "Disk '{{name}}' has a serial of {{length}} characters; the limit is 256. Shorten it.",
      cache: "Disk '{{name}}' has cache mode '{{value}}'; KubeVirt supports none, writethrough and writeback (or leave it unset for the default).",
      io: "Disk '{{name}}' has io mode '{{value}}'; KubeVirt supports native and threads (or leave it unset for the default).",
      errorPolicy: "Disk '{{name}}' has errorPolicy '{{value}}'; KubeVirt supports stop, ignore, report and enospace. Use one of them or remove the field (the default is stop).",
    },
  },
  check(ctx) {
    const disksPath = ['domain', 'devices', 'disks'];
    asArray(digPath(ctx.spec, disksPath)).forEach((disk, i) => {
      if (!isRecord(disk)) return;
      const name = nameOf(disk) ?? '';
      const at = (key: string) => [...disksPath, i, key];
      const serial = disk['serial'];
      if (typeof serial === 'string' && serial !== '' && !isTemplated(ctx, serial)) {
        if (!SERIAL.test(serial)) {
          const cleaned = serial.replace(/[^A-Za-z0-9_.+-]+/g, '-').replace(/^-+|-+$/g, '');
          ctx.report({ path: at('serial'), messageId: 'serialCharset', data: { name, serial, suggestion: cleaned !== '' ? ` (e.g. '${cleaned.slice(0, SERIAL_MAX)}')` : '' } });
        }
        const length = [...serial].length;
        if (length > SERIAL_MAX) ctx.report({ path: at('serial'), messageId: 'serialLength', data: { name, length } });
      }
      const cache = disk['cache'];
      if (typeof cache === 'string' && cache !== '' && !CACHE_MODES.has(cache) && !isTemplated(ctx, cache)) {
        ctx.report({ path: at('cache'), messageId: 'cache', data: { name, value: cache } });
      }
      const io = disk['io'];
      if (typeof io === 'string' && io !== '' && !IO_MODES.has(io) && !isTemplated(ctx, io)) {
        ctx.report({ path: at('io'), messageId: 'io', data: { name, value: io } });
      }
      const errorPolicy = disk['errorPolicy'];
      if (typeof errorPolicy === 'string' && !ERROR_POLICIES.has(errorPolicy) && !isTemplated(ctx, errorPolicy)) {
        ctx.report({ path: at('errorPolicy'), messageId: 'errorPolicy', data: { name, value: errorPolicy } });
      }
    });
  },
});

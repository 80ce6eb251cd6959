import { defineRule } from '../src/engine/rule.js';
import { byteLength } from '../src/normalize/names.js';
import { asArray, asString, isRecord, isTemplated, nameOf, type Obj } from '../src/normalize/values.js';

const MAX_BYTES = 2048;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const NEWLINES = /[\r\n]/g;

export default defineRule({
  meta: {
    id: 'cloud-init',
    type: 'problem',
    description: 'cloud-init volumes need user or network data from one source each, valid base64, and at most 2048 bytes inline',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'cloudinit-data-required',
      'cloudinit-single-userdata-source',
      'cloudinit-single-networkdata-source',
      'cloudinit-userdata-base64',
      'cloudinit-networkdata-base64',
      'cloudinit-userdata-max-2048',
      'cloudinit-networkdata-max-2048',
    ],
    messages: {
      noData:
        "Volume '{{name}}' ({{source}}) has neither user data nor network data. Add userData, userDataBase64 or secretRef (user data), or networkData, networkDataBase64 or networkDataSecretRef.",
      manyUserData: "Volume '{{name}}' ({{source}}) sets {{fields}}, but only one user data source is allowed. Keep one of them.",
      manyNetworkData: "Volume '{{name}}' ({{source}}) sets {{fields}}, but only one network data source is allowed. Keep one of them.",
      badBase64: "Volume '{{name}}' has a {{field}} that is not valid base64 (standard alphabet, with = padding). Encode it again, e.g. with `base64 -w0`, or use {{plain}} for plain text.",
      tooLarge:
        "Volume '{{name}}' has {{size}} bytes of inline {{what}} data, over KubeVirt's limit of 2048 bytes. Put it in a Secret and reference it with {{ref}}.",
    },
  },
  check(ctx) {
    asArray(ctx.spec['volumes']).forEach((volume, i) => {
      if (!isRecord(volume)) return;
      // KubeVirt checks cloudInitNoCloud when set, else cloudInitConfigDrive.
      const source = isRecord(volume['cloudInitNoCloud']) ? 'cloudInitNoCloud' : isRecord(volume['cloudInitConfigDrive']) ? 'cloudInitConfigDrive' : undefined;
      if (source === undefined) return;
      const data = volume[source] as Obj;
      const name = nameOf(volume) ?? '';
      const at = ['volumes', i, source];

      const templated = (value: string) => isTemplated(ctx, value);
      const user = checkKind(data, 'secretRef', 'userDataBase64', 'userData', templated);
      const network = checkKind(data, 'networkDataSecretRef', 'networkDataBase64', 'networkData', templated);
      if (user.templated || network.templated) return;

      if (user.fields.length === 0 && network.fields.length === 0) {
        ctx.report({ path: at, target: 'key', messageId: 'noData', data: { name, source } });
        return;
      }
      for (const [kind, result, messageId, plain, ref] of [
        ['user', user, 'manyUserData', 'userData', 'secretRef'],
        ['network', network, 'manyNetworkData', 'networkData', 'networkDataSecretRef'],
      ] as const) {
        if (result.fields.length > 1) {
          ctx.report({ path: [...at, result.fields[1]!], target: 'key', messageId, data: { name, source, fields: result.fields.map((f) => `\`${f}\``).join(' and ') } });
        }
        if (result.badBase64) {
          const field = `${kind}DataBase64`;
          ctx.report({ path: [...at, field], messageId: 'badBase64', data: { name, field, plain } });
        }
        if (result.size > MAX_BYTES) {
          ctx.report({ path: [...at, result.sizeFrom], messageId: 'tooLarge', data: { name, size: result.size, what: kind, ref } });
        }
      }
    });
  },
});

interface KindResult {
  /** The data sources set, in KubeVirt's order. */
  fields: string[];
  badBase64: boolean;
  /** Bytes KubeVirt counts: the plain field when set, else the decoded base64 field. */
  size: number;
  sizeFrom: string;
  templated: boolean;
}

function checkKind(data: Obj, refKey: string, base64Key: string, plainKey: string, templated: (value: string) => boolean): KindResult {
  const result: KindResult = { fields: [], badBase64: false, size: 0, sizeFrom: plainKey, templated: false };
  const ref = data[refKey];
  if (isRecord(ref) && typeof ref['name'] === 'string' && ref['name'] !== '') result.fields.push(refKey);
  const encoded = asString(data[base64Key]);
  if (encoded !== undefined && encoded !== '') {
    result.fields.push(base64Key);
    if (templated(encoded)) result.templated = true;
    const decodedSize = decodedBase64Size(encoded);
    if (decodedSize === undefined) result.badBase64 = true;
    else {
      result.size = decodedSize;
      result.sizeFrom = base64Key;
    }
  }
  const plain = asString(data[plainKey]);
  if (plain !== undefined && plain !== '') {
    result.fields.push(plainKey);
    // A plain string longer than the limit in UTF-16 units is longer in UTF-8 bytes too.
    result.size = plain.length > MAX_BYTES ? plain.length : byteLength(plain);
    result.sizeFrom = plainKey;
  }
  return result;
}

/** Decoded length under Go's base64.StdEncoding (padding required, \r and \n ignored), or undefined when invalid. */
function decodedBase64Size(encoded: string): number | undefined {
  const text = encoded.includes('\n') || encoded.includes('\r') ? encoded.replace(NEWLINES, '') : encoded;
  if (text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

import { defineRule } from '../src/engine/rule.js';
import { asArray, dig, isTemplated, nameOf } from '../src/normalize/values.js';

/** The tag of an image reference (`registry:5000/repo/name:tag`), '' when none; undefined when it is pinned by digest. */
function tagOf(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.lastIndexOf(':');
  return colon === -1 ? '' : lastPart.slice(colon + 1);
}

export default defineRule({
  meta: {
    id: 'container-disk-image-tag',
    type: 'suggestion',
    description: 'A containerDisk image should name a version: a tag other than latest, or a digest',
    level: 'warn',
    scope: 'instance-spec',
    messages: {
      noTag:
        "Volume '{{name}}' uses containerDisk image '{{image}}' without a tag, which means :latest: every start may boot whatever was pushed last, and nodes may hold different disks. Add a version tag (e.g. '{{image}}:41') or pin a digest ('{{image}}@sha256:…').",
      latest:
        "Volume '{{name}}' uses containerDisk image '{{image}}' with the tag latest: every start may boot whatever was pushed last, and nodes may hold different disks. Use a version tag or pin a digest (…@sha256:…).",
    },
  },
  check(ctx) {
    asArray(ctx.spec['volumes']).forEach((volume, i) => {
      const image = dig(volume, 'containerDisk', 'image');
      // An empty or non-string image is the schema check's problem.
      if (typeof image !== 'string' || image.trim() === '' || isTemplated(ctx, image)) return;
      const tag = tagOf(image.trim());
      if (tag === undefined || (tag !== '' && tag !== 'latest')) return;
      ctx.report({ path: ['volumes', i, 'containerDisk', 'image'], messageId: tag === '' ? 'noTag' : 'latest', data: { name: nameOf(volume) ?? `volumes[${i}]`, image } });
    });
  },
});

import { defineRule } from '../src/engine/rule.js';
import { cleanAbsolutePath } from '../src/normalize/paths.js';
import { digPath, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

const KERNEL_BOOT = ['domain', 'firmware', 'kernelBoot'];


export default defineRule({
  meta: {
    id: 'kernel-boot',
    type: 'problem',
    description: 'Direct kernel boot needs a container image with a kernel or initrd at an absolute path; kernel arguments need that kernel',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['kernel-args-require-kernel', 'kernelboot-image-required', 'kernelboot-path-required', 'kernelboot-path-not-root', 'kernelboot-path-absolute'],
    messages: {
      argsWithoutKernel:
        'kernelArgs are set, but kernelBoot has no container with a kernel, so there is nothing to pass them to. Add kernelBoot.container (image and kernelPath), or remove kernelArgs.',
      imageMissing: 'kernelBoot.container has no image. Set image to the container image that holds the kernel and/or initrd.',
      pathMissing: 'kernelBoot.container names neither kernelPath nor initrdPath. Set kernelPath (e.g. /boot/vmlinuz) and/or initrdPath inside the image.',
      pathRoot: "kernelBoot.container.{{field}} is '/', which is a directory. Point it at the file inside the image, e.g. /boot/vmlinuz.",
      pathNotAbsolute: "kernelBoot.container.{{field}} '{{value}}' must be an absolute path without '.', '..' or '//' parts. Use '{{suggestion}}'.",
    },
  },
  check(ctx) {
    const kernelBoot = digPath(ctx.spec, KERNEL_BOOT);
    if (!isRecord(kernelBoot)) return;
    const container = kernelBoot['container'];
    if (!isSet(container)) {
      const args = kernelBoot['kernelArgs'];
      if (typeof args === 'string' && args !== '') ctx.report({ path: [...KERNEL_BOOT, 'kernelArgs'], messageId: 'argsWithoutKernel' });
      return;
    }
    if (!isRecord(container)) return;
    const image = container['image'];
    // A missing image is the schema check's (required field); an empty one passes it and fails here.
    if (image === '') ctx.report({ path: [...KERNEL_BOOT, 'container', 'image'], messageId: 'imageMissing' });

    const kernelPath = container['kernelPath'];
    const initrdPath = container['initrdPath'];
    if ((isSet(kernelPath) && typeof kernelPath !== 'string') || (isSet(initrdPath) && typeof initrdPath !== 'string')) return;
    if (!kernelPath && !initrdPath) {
      ctx.report({ path: [...KERNEL_BOOT, 'container'], target: 'key', messageId: 'pathMissing' });
      return;
    }
    for (const [field, value] of [['kernelPath', kernelPath], ['initrdPath', initrdPath]] as const) {
      if (typeof value !== 'string' || value === '' || isTemplated(ctx, value)) continue;
      const path = [...KERNEL_BOOT, 'container', field];
      if (value === '/') {
        ctx.report({ path, messageId: 'pathRoot', data: { field } });
        continue;
      }
      const cleaned = cleanAbsolutePath(value);
      const provided = value.endsWith('/') ? value.slice(0, -1) : value;
      if (cleaned !== provided) ctx.report({ path, messageId: 'pathNotAbsolute', data: { field, value, suggestion: cleaned } });
    }
  },
});

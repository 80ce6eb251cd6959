import type { Rendered } from './render.js';

/**
 * The long-lived agent's memory of the last rendering of each GitSync. A commit read with the same
 * selection, GitSync generation and lint configuration renders the same, so a sync of an unchanged
 * revision skips reading blobs, parsing and linting. One entry per GitSync bounds the memory.
 */
export interface RenderCache {
  get(key: string): Rendered | undefined;
  set(key: string, rendered: Rendered): void;
}

export class RenderMemo {
  private readonly last = new Map<string, { key: string; rendered: Rendered }>();

  /** The cache of one GitSync (`scope`); `config` names everything besides the key a rendering depends on. */
  for(scope: string, config: string): RenderCache {
    return {
      get: (key) => {
        const entry = this.last.get(scope);
        return entry?.key === `${config}\n${key}` ? entry.rendered : undefined;
      },
      set: (key, rendered) => {
        this.last.set(scope, { key: `${config}\n${key}`, rendered });
      },
    };
  }

  /** Drops the renderings of GitSyncs that are gone. */
  retain(scopes: ReadonlySet<string>): void {
    for (const scope of this.last.keys()) if (!scopes.has(scope)) this.last.delete(scope);
  }
}

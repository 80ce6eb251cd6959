import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/engine/registry.js';

/** docs/rules.md is generated (scripts/generate-rules-doc.js); these tests keep the committed page and catalogue copy fresh. */

interface Compact {
  source: string;
  rules: { id: string; section: string; kinds: string; cond: string }[];
}

interface Generator {
  RULES_DOC: string;
  CATALOGUE_COPY: string;
  renderRulesDoc(input: { rules: unknown[]; levels: Record<string, string>; catalogue: Compact; parity: Map<string, { reason: string; file: string }> }): string;
  compactCatalogue(full: unknown): Compact;
  formatCatalogueCopy(compact: Compact): string;
  readParityReasons(): Map<string, { reason: string; file: string }>;
  readRecommendedLevels(): Record<string, string>;
  readCatalogueCopy(): Compact;
}

// A plain-JS dev script: imported by a computed specifier, typed by the interface above.
const generatorPath = '../scripts/generate-rules-doc.js';
const generator = (await import(generatorPath)) as Generator;

function freshPage(): string {
  return generator.renderRulesDoc({
    rules: allRules.map((rule) => rule.meta),
    levels: generator.readRecommendedLevels(),
    catalogue: generator.readCatalogueCopy(),
    parity: generator.readParityReasons(),
  });
}

describe('docs/rules.md', () => {
  it('equals a fresh generation from the rules, the recommended preset and docs/parity (run `npm run build && npm run generate:rules-doc`)', () => {
    expect(readFileSync(generator.RULES_DOC, 'utf8')).toBe(freshPage());
  });

  it('lists every rule with its page and level, and every catalogue id', () => {
    const page = freshPage();
    const levels = generator.readRecommendedLevels();
    for (const rule of allRules) expect(page).toContain(`| [${rule.meta.id}](../rules/${rule.meta.id}.md) |`);
    expect(page).toContain('| [live-migration-readiness](../rules/live-migration-readiness.md) | - | warn | beyond the webhook: best practice |');
    expect(levels['hugepages-memory']).toBe('error');
    expect(page).toMatch(/\| \[hugepages-memory\]\(\.\.\/rules\/hugepages-memory\.md\) \| `hugepages-pagesize-format`, [^|]+ \| error \| webhook parity \|/);
    for (const { id } of generator.readCatalogueCopy().rules) expect(page, id).toContain(`\`${id}\``);
  });

  it('puts a catalogue id without rule or reason under "Not yet implemented", and a stale reason under "Inconsistencies"', () => {
    const catalogue: Compact = { source: 'test', rules: [{ id: 'made-up-id', section: 'Z. Test', kinds: 'SPEC', cond: 'never' }, ...generator.readCatalogueCopy().rules] };
    const parity = new Map(generator.readParityReasons());
    parity.set('no-such-id', { reason: 'gone', file: 'docs/parity/test.yaml' });
    const page = generator.renderRulesDoc({ rules: allRules.map((rule) => rule.meta), levels: generator.readRecommendedLevels(), catalogue, parity });
    expect(page).toContain('1 catalogue ids have neither a rule nor a reason');
    expect(page).toContain('| `made-up-id` | Z. Test | never |');
    expect(page).toContain('- `no-such-id` has a reason in docs/parity/test.yaml but is not in the catalogue.');
  });

  const full = join('..', 'shared', 'reference', 'kubevirt-rules.json');
  it.runIf(existsSync(full))('the committed catalogue copy matches ../shared/reference/kubevirt-rules.json', () => {
    const compact = generator.compactCatalogue(JSON.parse(readFileSync(full, 'utf8')));
    expect(readFileSync(generator.CATALOGUE_COPY, 'utf8')).toBe(generator.formatCatalogueCopy(compact));
  });
});

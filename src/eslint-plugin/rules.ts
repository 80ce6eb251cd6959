import type { ESLint } from 'eslint';
import type { Result } from '../core/types.js';
import { isRecord } from '../normalize/values.js';
import { allRules, type AnyRule } from '../engine/registry.js';
import { enableRule, resultsForRule, type FileContext } from './file-results.js';
import { textReplacement } from './text-fix.js';

/**
 * One ESLint rule per virtops rule. The rule does not check anything itself: it reads its share of
 * the file's single engine run (file-results.ts) and reports it where virtops would.
 */

/** ESLint's rule type for any language (the `virtops` plugin runs under eslint-plugin-yml's YAML language). */
export type EslintRule = NonNullable<ESLint.Plugin['rules']>[string];

/** ESLint lints one file at a time: rules over the whole set of files (duplicates, references) stay with `virtops lint`. */
export const fileRules: readonly AnyRule[] = allRules.filter((rule) => rule.meta.scope !== 'set');

/** The message id for findings without one of the rule's own (pipeline problems, internal errors). */
const GENERIC_MESSAGE = 'problem';

export function toEslintRule(rule: AnyRule): EslintRule {
  const { id } = rule.meta;
  // virtops renders its messages itself; ESLint gets the rendered text under the rule's own message id.
  const messageIds = [GENERIC_MESSAGE, ...('messages' in rule.meta ? Object.keys(rule.meta.messages) : [])];
  const messages = Object.fromEntries(messageIds.map((messageId) => [messageId, '{{message}}']));
  return {
    meta: {
      type: rule.meta.type,
      docs: { description: rule.meta.description, url: rule.meta.url, recommended: rule.meta.level !== 'off' },
      messages,
      ...('fixable' in rule.meta && rule.meta.fixable ? { fixable: 'code' as const } : {}),
      // Options are the virtops rule's own (passed through as the first option); virtops rules tolerate junk.
      schema: false,
    },
    create(context) {
      const file = fileOf(context);
      const first = context.options[0];
      enableRule(file, id, isRecord(first) ? first : undefined);
      return {
        'Program:exit'() {
          const { results, configProblem } = resultsForRule(file, id);
          if (configProblem !== undefined) {
            context.report({ loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } }, messageId: GENERIC_MESSAGE, data: { message: configProblem } });
          }
          for (const result of results) {
            const messageId = result.messageId !== undefined && Object.hasOwn(messages, result.messageId) ? result.messageId : GENERIC_MESSAGE;
            const replacement = result.fix && 'text' in context.sourceCode ? textReplacement(context.sourceCode.text, result.document, result.fix) : undefined;
            context.report({
              loc: location(result),
              messageId,
              data: { message: result.message },
              ...(replacement ? { fix: (fixer) => fixer.replaceTextRange(replacement.range, replacement.text) } : {}),
            });
          }
        },
      };
    },
  };
}

function fileOf(context: Parameters<EslintRule['create']>[0]): FileContext {
  const { sourceCode, filename, cwd } = context;
  return { sourceCode, filename, cwd, bytes: () => ('text' in sourceCode ? new TextEncoder().encode(sourceCode.text) : sourceCode.body) };
}

/** virtops columns are 1-based, ESLint's 0-based (lines are 1-based in both). */
function location(result: Result) {
  return { start: { line: result.line, column: result.column - 1 }, end: { line: result.endLine, column: result.endColumn - 1 } };
}

import invalidDocument from './invalid-document.js';
import invalidFile from './invalid-file.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';

/** Problems the pipeline reports itself (no check function). */
export const pipelineProblems = [yamlSyntax, invalidFile, invalidDocument, unusedSuppression];

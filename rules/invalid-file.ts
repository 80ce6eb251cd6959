import { defineProblem } from '../src/engine/rule.js';

export default defineProblem({
  id: 'invalid-file',
  type: 'problem',
  description: 'The file must be readable UTF-8 text of a sensible size, not binary and not empty',
  level: 'error',
  suppressible: false,
});

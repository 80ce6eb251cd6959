import { defineProblem } from '../src/engine/rule.js';

export default defineProblem(import.meta.url, {
  type: 'problem',
  description: 'The file must be valid YAML that kubectl can read',
  level: 'error',
  suppressible: false,
});

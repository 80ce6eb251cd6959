import { defineProblem } from '../src/engine/rule.js';

export default defineProblem({
  id: 'yaml-syntax',
  type: 'problem',
  description: 'The file must be valid YAML that kubectl can read',
  level: 'error',
  suppressible: false,
});

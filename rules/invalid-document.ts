import { defineProblem } from '../src/engine/rule.js';

export default defineProblem({
  id: 'invalid-document',
  type: 'problem',
  description: 'Each YAML document must be a Kubernetes object with apiVersion and kind',
  level: 'error',
  suppressible: true,
});

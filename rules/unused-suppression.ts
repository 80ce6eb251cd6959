import { defineProblem } from '../src/engine/rule.js';

export default defineProblem({
  id: 'unused-suppression',
  type: 'suggestion',
  description: 'Suppression comments and annotations must name rules that would otherwise report something',
  level: 'warn',
  suppressible: false,
});

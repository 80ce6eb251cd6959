import { defineProblem } from '../src/engine/rule.js';

export default defineProblem(import.meta.url, {
  type: 'suggestion',
  description: 'Suppression comments and annotations must name rules that would otherwise report something',
  level: 'warn',
  suppressible: false,
});

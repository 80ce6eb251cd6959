/** What reporters need to know about a rule; the rule registry provides one per rule. */
export interface RuleDescriptor {
  id: string;
  description: string;
  /** Documentation page for the rule. */
  url: string;
  defaultSeverity: 'error' | 'warning';
}

/**
 * Kubernetes name rules (k8s.io/apimachinery/pkg/util/validation and api/validation/path), returning
 * the same explanations the API server gives, so messages read like `kubectl apply` errors.
 * Each function returns the list of problems; an empty list means the name is valid.
 */

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';

const DNS1123_LABEL = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const DNS1035_LABEL = new RegExp(`^${DNS1035_LABEL_FMT}$`);

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export const DNS1035_LABEL_MAX_LENGTH = 63;

const DNS1123_LABEL_ERR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1035_LABEL_ERR =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";

/** Length in bytes, as Go's len() counts a string. */
export function byteLength(value: string): number {
  // Names are short and nearly always ASCII: counting here beats a call into the runtime per name.
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x80) return Buffer.byteLength(value, 'utf8');
  return value.length;
}

export function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

function regexError(message: string, format: string, ...examples: string[]): string {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  return `${message} (e.g. ${examples.map((e) => `'${e}'`).join(' or ')}, regex used for validation is '${format}')`;
}

/** IsDNS1123Label: at most 63 characters, lowercase alphanumerics and '-', alphanumeric at both ends. */
export function dns1123LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errors.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!DNS1123_LABEL.test(value)) {
    errors.push(DNS1123_SUBDOMAIN.test(value) ? 'must not contain dots' : regexError(DNS1123_LABEL_ERR, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
  }
  return errors;
}

/** IsDNS1123Subdomain: at most 253 characters, dot-separated RFC 1123 labels. */
export function dns1123SubdomainErrors(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!DNS1123_SUBDOMAIN.test(value)) errors.push(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errors;
}

/** IsDNS1035Label: like an RFC 1123 label, but starting with a letter (Service names). */
export function dns1035LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > DNS1035_LABEL_MAX_LENGTH) errors.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  if (!DNS1035_LABEL.test(value)) errors.push(regexError(DNS1035_LABEL_ERR, DNS1035_LABEL_FMT, 'my-name', 'abc-123'));
  return errors;
}

/** For `generateName`: the API server validates the prefix with a trailing '-' masked (a random suffix follows). */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name;
}

/** NameIsDNSSubdomain: metadata.name (prefix = false) or metadata.generateName (prefix = true) of most objects and every custom resource. */
export function nameIsDnsSubdomain(name: string, prefix: boolean): string[] {
  return dns1123SubdomainErrors(prefix ? maskTrailingDash(name) : name);
}

export function nameIsDnsLabel(name: string, prefix: boolean): string[] {
  return dns1123LabelErrors(prefix ? maskTrailingDash(name) : name);
}

export function nameIsDns1035Label(name: string, prefix: boolean): string[] {
  return dns1035LabelErrors(prefix ? maskTrailingDash(name) : name);
}

/** ValidatePathSegmentName: what every object name must satisfy, since it becomes a URL path segment. */
export function pathSegmentNameErrors(name: string, prefix: boolean): string[] {
  if (!prefix && (name === '.' || name === '..')) return [`may not be '${name}'`];
  const errors: string[] = [];
  for (const illegal of ['/', '%']) {
    if (name.includes(illegal)) errors.push(`may not contain '${illegal}'`);
  }
  return errors;
}

/**
 * A close RFC 1123 label for a suggestion in messages (`Data_Disk` → `data-disk`), or undefined when
 * nothing sensible is left.
 */
export function suggestDnsLabel(name: string): string | undefined {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+/, '')
    .slice(0, DNS1123_LABEL_MAX_LENGTH)
    .replace(/-+$/, '');
  return cleaned === '' || !DNS1123_LABEL.test(cleaned) ? undefined : cleaned;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "contains uppercase letters and '_'" for the characters a name may not hold, or undefined. */
function badCharacters(value: string, allowed: RegExp): string | undefined {
  const seen = new Set<string>();
  if (/[A-Z]/.test(value)) seen.add('uppercase letters');
  for (const ch of value) {
    if (!allowed.test(ch) && !/[A-Z]/.test(ch)) seen.add(ch === ' ' ? 'spaces' : `'${ch}'`);
  }
  return seen.size === 0 ? undefined : `contains ${listOf([...seen])}`;
}

/**
 * What is wrong with a would-be RFC 1123 label, in plain words for messages ("it contains uppercase
 * letters and '_'"); undefined when the label is valid. `dns1123LabelErrors` gives the API server's text.
 */
export function explainDnsLabel(value: string): string | undefined {
  if (dns1123LabelErrors(value).length === 0) return undefined;
  if (value === '') return 'it is empty';
  const issues: string[] = [];
  const length = byteLength(value);
  if (length > DNS1123_LABEL_MAX_LENGTH) issues.push(`is ${length} characters long (at most ${DNS1123_LABEL_MAX_LENGTH})`);
  const bad = badCharacters(value, /[a-z0-9-]/);
  if (bad !== undefined) issues.push(bad);
  if (value.startsWith('-')) issues.push("starts with '-'");
  if (value.endsWith('-')) issues.push("ends with '-'");
  return `it ${listOf(issues)}`;
}

/** Like explainDnsLabel, for RFC 1123 subdomains (dot-separated labels, at most 253 characters). */
export function explainDnsSubdomain(value: string): string | undefined {
  if (dns1123SubdomainErrors(value).length === 0) return undefined;
  if (value === '') return 'it is empty';
  const issues: string[] = [];
  const length = byteLength(value);
  if (length > DNS1123_SUBDOMAIN_MAX_LENGTH) issues.push(`is ${length} characters long (at most ${DNS1123_SUBDOMAIN_MAX_LENGTH})`);
  const bad = badCharacters(value, /[a-z0-9.-]/);
  if (bad !== undefined) issues.push(bad);
  const parts = value.split('.');
  if (parts.some((part) => part === '')) issues.push(value.startsWith('.') || value.endsWith('.') ? "starts or ends with '.'" : "has '..'");
  if (parts.some((part) => part.startsWith('-') || part.endsWith('-'))) issues.push("has a '-' at the start or end of a dot-separated part");
  return issues.length === 0 ? undefined : `it ${listOf(issues)}`;
}

/** Like explainDnsLabel, for DNS-1035 labels (Service names: must also start with a letter). */
export function explainDns1035Label(value: string): string | undefined {
  if (dns1035LabelErrors(value).length === 0) return undefined;
  const label = explainDnsLabel(value);
  if (/^[0-9]/.test(value)) return label === undefined ? 'it starts with a digit' : `${label}, and starts with a digit`;
  return label;
}

/** The explanation of a name problem under a rule, applying generateName's trailing-dash allowance. */
export function explainName(rule: 'subdomain' | 'label' | 'dns1035', name: string, prefix: boolean): string | undefined {
  const value = prefix ? maskTrailingDash(name) : name;
  return rule === 'subdomain' ? explainDnsSubdomain(value) : rule === 'label' ? explainDnsLabel(value) : explainDns1035Label(value);
}

/** A close RFC 1123 subdomain for a suggestion (`My.VM_1` → `my.vm-1`), or undefined. */
export function suggestDnsSubdomain(name: string): string | undefined {
  const parts = name.split('.').map((part) => suggestDnsLabel(part)).filter((part): part is string => part !== undefined);
  const joined = parts.join('.').slice(0, DNS1123_SUBDOMAIN_MAX_LENGTH).replace(/[.-]+$/, '');
  return joined === '' || dns1123SubdomainErrors(joined).length > 0 ? undefined : joined;
}

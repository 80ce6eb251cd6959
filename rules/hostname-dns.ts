import { isIP } from 'node:net';
import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import { byteLength, dns1123LabelErrors, dns1123SubdomainErrors } from '../src/normalize/names.js';
import { asArray, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 6;
const MAX_SEARCH_CHARS = 256;

/** Go's net.ParseIP: dotted IPv4 without leading zeros, or IPv6 without a zone. */
function isGoIP(value: string): boolean {
  return isIP(value) !== 0 && !value.includes('%');
}

export default defineRule({
  meta: {
    id: 'hostname-dns',
    type: 'problem',
    description: 'hostname, subdomain, DNS settings and the service account name must be valid',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'hostname-dns-label',
      'subdomain-dns-subdomain',
      'dns-none-requires-dnsconfig',
      'dns-none-requires-nameserver',
      'dns-max-nameservers',
      'dns-nameserver-ip',
      'dns-max-search-paths',
      'dns-search-list-length',
      'dns-search-subdomain',
      'dns-option-name-required',
      'service-account-name-format',
      'service-account-name-matches-volume',
    ],
    messages: {
      hostname: "hostname '{{value}}' is not a valid DNS label: {{errors}}. Use lowercase letters, digits and '-' (at most 63 characters).",
      subdomain: "subdomain '{{value}}' is not a valid DNS subdomain: {{errors}}. Use lowercase letters, digits, '-' and '.'.",
      dnsConfigRequired: 'dnsPolicy None takes every DNS setting from dnsConfig, but there is none. Add dnsConfig with at least one nameserver, or use another dnsPolicy.',
      nameserverRequired: 'dnsPolicy None needs at least one nameserver in dnsConfig.nameservers. Add one, or use another dnsPolicy.',
      tooManyNameservers: 'dnsConfig has {{count}} nameservers; at most 3 are allowed. Remove {{extra}}.',
      nameserverNotIp: "Nameserver '{{value}}' is not an IP address. Use an IPv4 or IPv6 address, e.g. 10.0.0.10.",
      tooManySearches: 'dnsConfig has {{count}} search domains; at most 6 are allowed. Remove {{extra}}.',
      searchListTooLong: 'The dnsConfig search domains take {{length}} characters (joined with spaces); at most 256 are allowed. Shorten or remove some.',
      searchNotSubdomain: "Search domain '{{value}}' is not a valid DNS subdomain: {{errors}}.",
      optionNameEmpty: 'A dnsConfig option has no name. Give it a name (e.g. ndots) or remove it.',
      serviceAccountName: "serviceAccountName '{{value}}' is not a valid service account name: {{errors}}.",
      serviceAccountMismatch:
        "serviceAccountName is '{{name}}', but the serviceAccount volume uses '{{volumeName}}': both must name the same service account. Make them equal.",
    },
  },
  check(ctx) {
    const { spec } = ctx;
    for (const [field, validate, messageId] of [
      ['hostname', dns1123LabelErrors, 'hostname'],
      ['subdomain', dns1123SubdomainErrors, 'subdomain'],
    ] as const) {
      const value = spec[field];
      if (typeof value !== 'string' || value === '' || isTemplated(ctx, value)) continue;
      const errors = validate(value);
      if (errors.length > 0) ctx.report({ path: [field], messageId, data: { value, errors: errors.join(', ') } });
    }

    checkDns(ctx);

    const account = spec['serviceAccountName'];
    if (typeof account === 'string' && account !== '' && !isTemplated(ctx, account)) {
      const errors = dns1123SubdomainErrors(account);
      if (errors.length > 0) ctx.report({ path: ['serviceAccountName'], messageId: 'serviceAccountName', data: { value: account, errors: errors.join('; ') } });
      for (const volume of asArray(spec['volumes'])) {
        const source = isRecord(volume) ? volume['serviceAccount'] : undefined;
        if (!isRecord(source)) continue;
        const volumeName = source['serviceAccountName'];
        if (isSet(volumeName) && typeof volumeName !== 'string') break;
        if (isTemplated(ctx, volumeName)) break;
        if ((volumeName ?? '') !== account) {
          ctx.report({ path: ['serviceAccountName'], messageId: 'serviceAccountMismatch', data: { name: account, volumeName: (volumeName as string | undefined) ?? '' } });
          break;
        }
      }
    }
  },
});

function checkDns(ctx: InstanceSpecContext): void {
  const { spec } = ctx;
  const policy = spec['dnsPolicy'];
  const config = spec['dnsConfig'];
  if (isSet(config) && !isRecord(config)) return;
  if (policy === 'None') {
    if (!isRecord(config)) {
      ctx.report({ path: ['dnsPolicy'], messageId: 'dnsConfigRequired' });
      return;
    }
    if (asArray(config['nameservers']).length === 0) {
      ctx.report({ path: ['dnsConfig'], target: 'key', messageId: 'nameserverRequired' });
      return;
    }
  }
  if (!isRecord(config)) return;

  const nameservers = asArray(config['nameservers']);
  if (nameservers.length > MAX_NAMESERVERS) {
    const extra = nameservers.length - MAX_NAMESERVERS;
    ctx.report({ path: ['dnsConfig', 'nameservers'], target: 'key', messageId: 'tooManyNameservers', data: { count: nameservers.length, extra: extra === 1 ? 'one' : String(extra) } });
  }
  nameservers.forEach((ns, i) => {
    if (typeof ns !== 'string' || isTemplated(ctx, ns)) return;
    if (!isGoIP(ns)) ctx.report({ path: ['dnsConfig', 'nameservers', i], messageId: 'nameserverNotIp', data: { value: ns } });
  });

  const searches = asArray(config['searches']);
  if (searches.length > MAX_SEARCHES) {
    const extra = searches.length - MAX_SEARCHES;
    ctx.report({ path: ['dnsConfig', 'searches'], target: 'key', messageId: 'tooManySearches', data: { count: searches.length, extra: extra === 1 ? 'one' : String(extra) } });
  }
  if (searches.every((s) => typeof s === 'string') && !searches.some((s) => isTemplated(ctx, s))) {
    const length = byteLength((searches as string[]).join(' '));
    if (length > MAX_SEARCH_CHARS) ctx.report({ path: ['dnsConfig', 'searches'], target: 'key', messageId: 'searchListTooLong', data: { length } });
  }
  searches.forEach((search, i) => {
    if (typeof search !== 'string' || isTemplated(ctx, search)) return;
    const errors = dns1123SubdomainErrors(search);
    if (errors.length > 0) ctx.report({ path: ['dnsConfig', 'searches', i], messageId: 'searchNotSubdomain', data: { value: search, errors: errors.join(', ') } });
  });

  asArray(config['options']).forEach((option, i) => {
    if (!isRecord(option)) return;
    const name = option['name'];
    if (!isSet(name) || name === '') ctx.report({ path: ['dnsConfig', 'options', i], messageId: 'optionNameEmpty' });
  });
}

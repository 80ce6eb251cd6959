import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { EVENT_ID, loadAll, parseEvents, type Event } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { constructFast } from '../../src/load/construct.js';
import { parseFastSubset, parseSubsetDocument } from '../../src/load/fast-yaml.js';
import { KUBERNETES_YAML, MAX_DEPTH } from '../../src/load/parse.js';

/**
 * Differential tests: js-yaml is the oracle. Whenever parseFastSubset returns events, they must
 * deep-equal parseEvents' for the same text (and js-yaml must accept the text); whenever constructFast
 * builds values (straight from the parser, or from js-yaml's events outside the subset), they must
 * deep-equal loadAll's.
 */

function reference(text: string): Event[] | Error {
  try {
    return parseEvents(text, { maxDepth: 100 });
  } catch (error) {
    return error as Error;
  }
}

function referenceValues(text: string): unknown[] | Error {
  try {
    return loadAll(text, { schema: KUBERNETES_YAML, maxDepth: MAX_DEPTH, maxAliases: 100 });
  } catch (error) {
    return error as Error;
  }
}

/** Checks one text's events and values; returns which of them the fast paths produced. */
function check(text: string): { events: boolean; values: boolean } {
  const built = constructFast(text, KUBERNETES_YAML, MAX_DEPTH, 100);
  const values = valuesAgree(text, built?.documents);
  const fast = parseFastSubset(text);
  if (fast === undefined) return { events: false, values };
  const expected = reference(text);
  if (!isDeepStrictEqual(fast, expected)) {
    // Only now build the readable (and slow) failure.
    expect({ text, events: fast }).toEqual({ text, events: expected });
  }
  if (built?.offsets) documentsAgree(text, fast, built.offsets);
  return { events: true, values };
}

/** Each document parsed on its own, from the offset the value builder recorded, has the events it has in the whole text. */
function documentsAgree(text: string, events: Event[], offsets: number[]): void {
  const starts = events.flatMap((event, i) => (event.type === EVENT_ID.DOCUMENT ? [i] : []));
  expect(offsets).toHaveLength(starts.length);
  starts.forEach((start, k) => {
    const expected = events.slice(start, starts[k + 1] ?? events.length);
    const alone = parseSubsetDocument(text, offsets[k]!);
    if (!isDeepStrictEqual(alone, expected)) expect({ text, document: k, events: alone }).toEqual({ text, document: k, events: expected });
  });
}

/** Checks one text; returns whether the subset parser took it. */
function agrees(text: string): boolean {
  return check(text).events;
}

/** Checks the values constructFast built, if it did (it declines what only loadAll handles); returns whether it did. */
function valuesAgree(text: string, values: unknown[] | undefined): boolean {
  if (values === undefined) return false;
  const expected = referenceValues(text);
  if (!isDeepStrictEqual(values, expected)) expect({ text, values }).toEqual({ text, values: expected });
  return true;
}

const SHARED = resolve('..', 'shared', 'data');
const UPSTREAM_DIRS = ['kubevirt-examples', 'cdi-examples', 'common-templates', 'common-templates-bundle'];
const CORPUS = resolve('bench', '.corpus', 'files');

function upstreamFiles(): string[] {
  if (!existsSync(SHARED)) return [];
  return UPSTREAM_DIRS.flatMap((dir) => readdirSync(join(SHARED, dir)).map((name) => readFileSync(join(SHARED, dir, name), 'utf8')));
}

/** Every `step`-th corpus file, in a stable order. */
function corpusSample(step: number): string[] {
  if (!existsSync(CORPUS)) return [];
  const names = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')).sort();
  return names.filter((_, i) => i % step === 0).map((name) => readFileSync(join(CORPUS, name), 'utf8'));
}

describe('parseFastSubset: the subset', () => {
  it.each([
    ['empty text', ''],
    ['comments and blank lines only', '# a\n\n  # b\n'],
    ['a mapping', 'apiVersion: v1\nkind: VirtualMachine\n'],
    ['no final line break', 'a: 1'],
    ['nested mappings', 'a:\n  b:\n    c: 1\n  d: 2\ne: 3\n'],
    ['indented and flush sequences', 'a:\n  - x\n  - y\nb:\n- x\n- y\nc: 1\n'],
    ['compact mappings in sequences', 'disks:\n- name: root\n  disk:\n    bus: virtio\n  bootOrder: 1\n- name: data\n'],
    ['wide compact mappings', '-   name: a\n    x: 1\n-   b\n'],
    ['nested compact sequences', '- - a\n  - b\n- - - c\n'],
    ['a sequence at the root', '- a\n- b: 1\n'],
    ['empty values', 'a:\nb:\n  # only a comment\nc: 1\nd:'],
    ['empty list items', '-\n- \n-   # comment\n- x\n-'],
    ['list item on the next line', '-\n  a: 1\n  b: 2\n-\n  - x\n-\n  scalar\n'],
    ['value on the next line', 'a:\n  plain\nb:\n  "quoted"\nc:\n  [x]\nd:\n  |\n    text\n'],
    ['plain scalars', 'a: hello world\nb: -1\nc: ?x\nd: :x\ne: a:b\nf: a#b\ng: foo]\nh: http://x:80/y\ni: ---\nj: ...x\n'],
    ['YAML 1.1 lookalikes', 'a: yes\nb: 0755\nc: 1e3\nd: ~\ne: 12:30\nf: .inf\n'],
    ['trailing spaces', 'a: b   \nc:   \n- x  \n'],
    ['keys', 'a b: 1\n-a: 2\n?a: 3\na:b: 4\n"q": 5\n\'s\' : 6\nx  : 7\n---x: 8\n...y: 9\n'],
    ['quoted scalars', 'a: \'it\'\'s\'\nb: "tab\\tu\\u00e9\\x41\\U0001F600\\"\\\\\\/ \\N\\_\\L\\P\\0"\nc: \'\'\nd: ""\ne: "a: b"\nf: \'# x\'\n'],
    ['comments', '# head\na: 1 # one\nb: "x" # two\nc: [] # three\n  # indented\nd: |  # header\n  text\n'],
    ['comment lines below a plain scalar (not fast in js-yaml)', 'a: b\n  # deeper comment\nc: d\n # shallow comment\ne: f\n    '],
    ['block scalars', 'a: |\n  line 1\n\n  line 3\nb: >\n  folded\n  text\n\n  more\nc: |-\n  strip\nd: |+\n  keep\n\n\ne: >-\n  x\n'],
    ['block scalar edge cases', 'a: |\nb: |\n\n\nc: |\n    deeper\n      more\n  # ends it\nd: |\n  # content\n  last\n   \n'],
    ['block scalar at the end', 'a: |\n  x\n   '],
    ['block scalar in a list', '- |\n  text\n- key: >\n    folded\n'],
    ['flow collections', 'a: {}\nb: []\nc: [ ]\nd: { }\ne: [ReadWriteOnce]\nf: ["/bin/sh", \'-c\', x y, a:b, a :b]\ng: [a,]\nh:\n- [x]\n- {}\n'],
    ['documents', '---\na: 1\n---\n# comment\n---\nb: 2\n...\n---\nc: 3\n... # end\n'],
    ['a document after ... without ---', 'a: 1\n...\nb: 2\n'],
    ['document markers in odd places', 'a: 1\n--- # c\n...\n...\nb: |\n  x\n---\n- a\n---'],
    ['anchors and aliases', 'a: &x\n  - ReadWriteOnce\nb: *x\nc: &y\n- flush\nd: &z value\ne: &w\n  k: v\nf: *y # comment\ng: *a:b\nh: &v |\n  text\ni: &u [a]\n'],
    ['anchors on list items', '- &a x\n- &b\n  k: v\n- &c\n- *a\n'],
    ['anchored empty values', 'a: &e\nb: &f # c\n  \nc: 1\n'],
    ['unicode', '名前: 日本語\nemoji: "🙂"\nnbsp: a\u00a0b\nline-sep: a\u2028b\n'],
    ['a long line', `a: ${'x'.repeat(10_000)}\n`],
  ])('%s', (_name, text) => {
    expect(parseFastSubset(text)).toBeDefined();
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['a duplicate after a nested mapping', 'a:\n  b: 1\nc: 2\na: 3\n'],
    ['a merge key', 'a: &x\n  p: 1\nb:\n  <<: *x\n'],
    ['a merge value', 'a: <<\n'],
    ['an alias to an anchor that comes later', 'a: *x\nb: &x 1\n'],
    ['an anchor from an earlier document', 'a: &x 1\n---\nb: *x\n'],
    ['more aliases than allowed', `a: &x 1\n${Array.from({ length: 101 }, (_, i) => `k${i}: *x`).join('\n')}\n`],
  ])('values: declines %s in the subset (loadAll decides)', (_name, text) => {
    expect(parseFastSubset(text)).toBeDefined();
    expect(constructFast(text, KUBERNETES_YAML, MAX_DEPTH, 100)).toBeUndefined();
  });

  it('values: builds as many aliases as allowed (100 a document), and anchors on every kind of node', () => {
    const text = `a: &x 1\n${Array.from({ length: 97 }, (_, i) => `k${i}: *x`).join('\n')}\nm: &m\n  k: v\nn: *m\ns: &s\n- x\nt: *s\ne: &e\nf: *e\n`;
    expect(agrees(text)).toBe(true);
  });
});

describe('parseFastSubset: outside the subset', () => {
  it.each([
    // js-yaml handles these; mirroring it is not worth the risk
    ['a tab', 'a:\tb\n'],
    ['a tab in a block scalar', 'a: |\n  \tx\n'],
    ['CRLF line breaks', 'a: 1\r\nb: 2\r\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a byte order mark', '\uFEFFa: 1\n'],
    ['a control character', 'a: "\u0001"\n'],
    ['a null byte', 'a: \0\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['an explicit key', '? a\n: b\n'],
    ['an empty key', ': b\n'],
    ['an anchored key', '&a k: v\n'],
    ['an anchor on a same-line compact mapping', '- &a k: v\n'],
    ['an anchored alias', 'a: &x *y\n'],
    ['an anchor right before a flow collection', 'a: &x[b]\n'],
    ['an anchor without a name', '- & x\na: &\n'],
    ['an alias without a name', 'a: *\n'],
    ['an anchor on the root', '&a\nk: v\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a multi-line quoted scalar', 'a: "b\n  c"\n'],
    ['an escaped line break', 'a: "b\\\n  c"\n'],
    ['a multi-line flow sequence', 'a: [b,\n  c]\n'],
    ['a non-empty flow mapping', 'a: {b: c}\n'],
    ['a nested flow sequence', 'a: [[b]]\n'],
    ['a pair in a flow sequence', 'a: [b: c]\n'],
    ['an explicit block indentation', 'a: |2\n   x\n'],
    ['a root scalar', 'just text\n'],
    ['an indented root', '  a: 1\n'],
    ['content after ---', '--- a: 1\n'],
    ['content after ...', 'a: 1\n... x\n'],
    ['over-indented block scalar leading blank line', 'a: |\n     \n  x\n'],
    // js-yaml rejects these
    ['a key without a value on the same line', 'a: b: c\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a list item where a key belongs', 'a: 1\n- b\n'],
    ['a key where a list item belongs', '- a\nb: 1\n'],
    ['a missing space after the colon of a quoted key', '"a":b\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['a short hex escape', 'a: "\\x4"\n'],
    ['an unterminated quote', 'a: "b\n'],
    ['text after a quoted scalar', 'a: "b" c\n'],
    ['a comment without a space', 'a: "b"#c\n'],
    ['a block scalar header with text', 'a: |x\n  y\n'],
    ['a repeated chomping indicator', 'a: |+-\n  y\n'],
    ['an indicator that cannot start a scalar', 'a: @x\n'],
    ['a dash with no space as value', 'a: -\n'],
  ])('%s', (_name, text) => {
    expect(parseFastSubset(text)).toBeUndefined();
  });

  it('leaves deep nesting to js-yaml, which enforces maxDepth', () => {
    const deep = (levels: number, value = 'v') => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ` ${value}\n`;
    expect(agrees(deep(50))).toBe(true);
    expect(parseFastSubset(deep(99))).toBeUndefined();
    expect(parseFastSubset(deep(20), 10)).toBeUndefined();
    // Around the limit, whatever the fast path accepts js-yaml accepts too (agrees fails otherwise).
    for (let levels = 90; levels <= 101; levels++) {
      for (const text of [deep(levels), deep(levels, '[x]'), `${'- '.repeat(levels)}x\n`, `${'- '.repeat(levels)}[x]\n`, `${'- '.repeat(levels)}k: v\n`]) agrees(text);
    }
  });
});

describe('parseFastSubset: real manifests', () => {
  const upstream = upstreamFiles();
  it.skipIf(upstream.length === 0)('agrees with js-yaml on every upstream example, and takes most of them', () => {
    const fast = upstream.filter(agrees).length;
    expect(upstream.length).toBeGreaterThan(60);
    expect(fast / upstream.length).toBeGreaterThan(0.9);
  });

  const corpus = corpusSample(10);
  it.skipIf(corpus.length === 0)('agrees with js-yaml on the bench corpus, and takes all of it', () => {
    const fast = corpus.filter(agrees).length;
    expect(fast / corpus.length).toBeGreaterThan(0.99);
  });
});

/** mulberry32: a small seeded PRNG, so that every run tests the same cases. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY_VALUES = [
  'yes', 'No', 'on', '0755', '0x1F', '1e3', '1_000', '.inf', '~', 'null', '', ' ', '"a: b"', "'a: b'", 'a: b', '- x', '-x', '#x', ' #x', 'x #y',
  'key:value', 'x:', ':x', '?x', '? x', '[a, b]', '[a, [b]]', '{}', '{a: 1}', '[ ]', '[a,]', '[,]', '"\\u00e9\\t"', '"\\q"', "'it''s'", "'a'b'",
  '"', "'", '|', '|-', '>+', '|2', '| # c', '&a x', '&a', '*a', '!t x', '%x', '@x', '`x`', 'é', '日本', '🙂', 'a\u00a0b', 'x'.repeat(300),
  'trailing   ', '---', '...', '--- x', 'a\tb', '\t', 'a\r', '\\', '"\\"', '"\\\\"', '[a: b]', '[a #b]', '&x\n  - y',
];
const INSERTED_LINES = [
  '', '   ', '# comment', '  # indented comment', '---', '...', '--- # doc', '- x', '-', 'k: v', 'k:', '  k: v', '    - y', 'x', '  |', '\t',
  'a: |\n  block\n\n', 'b: >-\n  folded\n   more\n\n  last\n', 'c: |+\n  keep\n\n', 'anchor: &a1\n  - ReadWriteOnce', 'alias: *a1',
];
const SPECIAL_CHARACTERS = [...':#-[]{},\'"|>&*!?%@` \n', '\t', '\r\n', '\r', '\\', 'é', '\u2028', '\uFEFF'];

type Mutation = (lines: string[], random: () => number) => void;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function lineIndex(lines: string[], random: () => number): number {
  return Math.floor(random() * lines.length);
}

const MUTATIONS: Mutation[] = [
  (lines, random) => { // re-indent
    const i = lineIndex(lines, random);
    lines[i] = random() < 0.5 ? ' '.repeat(1 + Math.floor(random() * 3)) + lines[i] : lines[i]!.replace(/^ {1,2}/, '');
  },
  (lines, random) => { lines.splice(lineIndex(lines, random), 0, pick(INSERTED_LINES, random)); },
  (lines, random) => { // a comment or trailing spaces at the end of a line
    const i = lineIndex(lines, random);
    lines[i] += pick([' # c', '#c', '   ', ' #', '  # a: b'], random);
  },
  (lines, random) => { // quote, unquote or replace a value
    const i = lineIndex(lines, random);
    const match = /^(\s*(?:- )?[^:#]+:\s)(.*)$/.exec(lines[i]!);
    if (!match) return;
    const value = match[2]!;
    const choice = random();
    const next = choice < 0.2 ? `"${value}"` : choice < 0.4 ? `'${value}'` : choice < 0.5 ? value.replace(/^["']|["']$/g, '') : pick(TRICKY_VALUES, random);
    lines[i] = match[1] + next;
  },
  (lines, random) => { // empty a value
    const i = lineIndex(lines, random);
    lines[i] = lines[i]!.replace(/:\s.*$/, ':');
  },
  (lines, random) => { // a block scalar with trailing blank lines
    const i = lineIndex(lines, random);
    const indent = /^\s*/.exec(lines[i]!)![0].length;
    const body = ' '.repeat(indent + 2);
    lines[i] = lines[i]!.replace(/:\s.*$|:$/, `: ${pick(['|', '|-', '|+', '>', '>-', '>+'], random)}\n${body}one\n\n${body} two\n${pick(['', '\n', `${body}\n`, '   \n'], random)}`);
  },
  (lines, random) => { // a special character anywhere
    const i = lineIndex(lines, random);
    const line = lines[i]!;
    const at = Math.floor(random() * (line.length + 1));
    lines[i] = line.slice(0, at) + pick(SPECIAL_CHARACTERS, random) + line.slice(at);
  },
  (lines, random) => { lines.splice(lineIndex(lines, random), 1); },
  (lines, random) => { // duplicate a line
    const i = lineIndex(lines, random);
    lines.splice(i, 0, lines[i]!);
  },
  (lines, random) => { // join two lines
    const i = lineIndex(lines, random);
    if (i + 1 < lines.length) lines.splice(i, 2, lines[i]! + lines[i + 1]!.trimStart());
  },
  (lines, random) => { // split a line
    const i = lineIndex(lines, random);
    const at = Math.floor(random() * lines[i]!.length);
    lines.splice(i, 1, lines[i]!.slice(0, at), ' '.repeat(Math.floor(random() * 6)) + lines[i]!.slice(at));
  },
  (lines, random) => { // a unicode or a long value
    const i = lineIndex(lines, random);
    lines[i] += pick(['é', ' 日本語', '🙂', 'x'.repeat(500)], random);
  },
];

/** Applies 1 to 3 random mutations, and sometimes changes the line endings or cuts the text short. */
function mutate(text: string, random: () => number): string {
  const lines = text.split('\n');
  const count = 1 + Math.floor(random() * 3);
  for (let k = 0; k < count && lines.length > 0; k++) pick(MUTATIONS, random)(lines, random);
  let out = lines.join('\n');
  const ending = random();
  if (ending < 0.03) out = out.replace(/\n/g, '\r\n');
  else if (ending < 0.06) out = out.slice(0, Math.floor(random() * out.length));
  else if (ending < 0.1) out = out.replace(/\n+$/, '');
  return out;
}

const SHAPES = [
  'k: v', 'k:', 'k:', '- x', '-', '- k: v', '- k: v', '- - x', '- k:', 'k: |', 'k: >-', 'k: |+', 'text', '# c', '', '---', '...', 'k: [a, b]',
  'k: {}', 'k: "q"', "k: 'q'", 'k: &a', 'k: *a', '- &a', '- *a', 'k: v # c', 'k: "a" #c', '? k', ': v', 'k: v: w', '  ', 'k: &a v', '-   k: v',
];

/**
 * Small texts built line by line from the shapes manifests are made of; each line is indented like
 * the one before, two more, or like an earlier one, with some noise.
 */
function synthesize(random: () => number): string {
  const count = 1 + Math.floor(random() * 10);
  const lines: string[] = [];
  const levels = [0];
  for (let i = 0; i < count; i++) {
    const choice = random();
    let indent = levels[levels.length - 1]!;
    if (choice < 0.3) indent += 2;
    else if (choice < 0.6) indent = pick(levels, random);
    else if (choice < 0.7) indent = Math.floor(random() * 6);
    levels.push(indent);
    lines.push(' '.repeat(indent) + pick(SHAPES, random));
  }
  return lines.join('\n') + pick(['\n', '', '\n\n', '\n  '], random);
}

/** FUZZ_SEED and FUZZ_SCALE (a multiplier of cases and time) explore further than the fixed default run. */
const SEED = Number(process.env.FUZZ_SEED ?? 0);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

describe('parseFastSubset: fuzzing against js-yaml', () => {
  const seeds = [
    ...upstreamFiles(),
    ...corpusSample(100),
    'a:\n  b: 1\n  c:\n  - x\n  - y: |\n      text\n\n    z: "q"\n# end\n---\n- k: v\n  l: [a]\n',
  ].flatMap((text) => text.split(/^(?=---)/m)).filter((document) => document.length < 6000);

  it('mutated manifests', () => {
    const random = prng(SEED ^ 0x5eed);
    const deadline = Date.now() + 4000 * SCALE;
    let cases = 0;
    let fast = 0;
    let direct = 0;
    while (cases < 8000 * SCALE && Date.now() < deadline) {
      const { events, values } = check(mutate(pick(seeds, random), random));
      if (events) fast++;
      if (events && values) direct++;
      cases++;
    }
    expect(cases).toBeGreaterThan(1000);
    // The fast paths must be exercised, not only their bail-outs: events, and values built straight from the parser.
    expect(fast / cases).toBeGreaterThan(0.3);
    expect(direct / cases).toBeGreaterThan(0.25);
  });

  it('synthetic texts', () => {
    const random = prng(SEED ^ 0xbeef);
    const deadline = Date.now() + 2500 * SCALE;
    let cases = 0;
    let fast = 0;
    let direct = 0;
    while (cases < 100_000 * SCALE && Date.now() < deadline) {
      const text = synthesize(random);
      const { events, values } = check(random() < 0.3 ? mutate(text, random) : text);
      if (events) fast++;
      if (events && values) direct++;
      cases++;
    }
    expect(cases).toBeGreaterThan(5000);
    expect(fast / cases).toBeGreaterThan(0.1);
    expect(direct / cases).toBeGreaterThan(0.05);
  });
});

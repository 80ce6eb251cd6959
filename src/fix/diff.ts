/**
 * A unified diff of two texts (git's layout: `--- a/file`, `+++ b/file`, hunks with 3 lines of context),
 * for `--fix-dry-run`. Lines are matched with Myers' O((N+M)·D) algorithm: fixes change few lines.
 */

const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const name = file.replace(/^\.\//, '');
  return `--- a/${name}\n+++ b/${name}\n${hunks(ops).join('')}`;
}

/** Lines with their line breaks, so a missing final newline shows (as `\ No newline at end of file`). */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  return [...a.slice(0, prefix).map((line): Op => ({ kind: ' ', line })), ...middle, ...a.slice(a.length - suffix).map((line): Op => ({ kind: ' ', line }))];
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the trace back from the end to recover the edit script.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const saved = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && saved[offset + k - 1]! < saved[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : saved[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]! });
    }
    if (d === 0) break;
    if (down) ops.push({ kind: '+', line: b[--y]! });
    else ops.push({ kind: '-', line: a[--x]! });
  }
  return ops.reverse();
}

function hunks(ops: readonly Op[]): string[] {
  const out: string[] = [];
  let i = 0;
  const lineA = [0];
  const lineB = [0];
  for (const op of ops) {
    lineA.push(lineA.at(-1)! + (op.kind !== '+' ? 1 : 0));
    lineB.push(lineB.at(-1)! + (op.kind !== '-' ? 1 : 0));
  }
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // Extend over changes closer together than twice the context, so hunks do not overlap.
    for (let j = i; j < ops.length; j++) {
      if (ops[j]!.kind !== ' ') end = j + 1;
      else if (j - end >= 2 * CONTEXT) break;
    }
    end = Math.min(ops.length, end + CONTEXT);
    const slice = ops.slice(start, end);
    const countA = slice.filter((op) => op.kind !== '+').length;
    const countB = slice.filter((op) => op.kind !== '-').length;
    const fromA = countA === 0 ? lineA[start]! : lineA[start]! + 1;
    const fromB = countB === 0 ? lineB[start]! : lineB[start]! + 1;
    out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@\n`);
    for (const op of slice) {
      out.push(`${op.kind}${op.line.endsWith('\n') ? op.line : `${op.line}\n\\ No newline at end of file\n`}`);
    }
    i = end;
  }
  return out;
}

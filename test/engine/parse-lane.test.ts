import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFiles, parseLaneLikely, parseLaneWanted, startLanes, startParseLane } from '../../src/engine/lint-files.js';
import { availableParallelism } from 'node:os';
import { ParseLane, parseWorkerScript } from '../../src/engine/parse-lane.js';
import type { LintTask } from '../../src/engine/read-source.js';
import { preparse } from '../../src/load/preparse.js';
import { createSchemaAcceptors } from '../../src/schema/acceptors.js';
import { recommendedConfig } from '../helpers/config.js';
import { tempTree } from '../helpers/tmp.js';

function fixtureTasks(): LintTask[] {
  const tasks: LintTask[] = [];
  for (const dir of ['fixtures/valid', 'fixtures/invalid']) {
    for (const name of readdirSync(dir).sort()) tasks.push({ file: join(dir, name), absolute: resolve(dir, name), discovered: true });
  }
  return tasks;
}

describe('parseLaneWanted', () => {
  it('never with --concurrency set, nor for a few files', () => {
    expect(parseLaneWanted(5000, 1)).toBe(false);
    expect(parseLaneWanted(5000, 2)).toBe(false);
    expect(parseLaneWanted(10)).toBe(false);
  });

  it('is likely before the files are counted only where every large run wants one (two cores)', () => {
    expect(parseLaneLikely()).toBe(availableParallelism() === 2);
    expect(parseLaneLikely(1)).toBe(false);
    if (parseLaneLikely()) expect(parseLaneWanted(100_000)).toBe(true);
  });
});

describe.skipIf(parseWorkerScript() === undefined)('the parse lane (a real worker thread; needs `npm run build`)', () => {
  it('parses on its thread exactly what preparse gives here, and leaves the rest (null)', async () => {
    const lane = new ParseLane(parseWorkerScript()!);
    try {
      const files = fixtureTasks().map((task) => new Uint8Array(readFileSync(task.absolute)));
      const outcome = await lane.parse([...files, undefined, new TextEncoder().encode('a: .nan\n')], { schema: false });
      expect(outcome).toEqual([...files.map((bytes) => preparse(bytes) ?? null), null, null]);
      expect(outcome.filter((preparsed) => preparsed !== null).length).toBeGreaterThan(5);
      // Asked to, it also lists the documents that match their schema, as the same check here does.
      const { acceptsOwnSchema } = createSchemaAcceptors();
      const copies = files.map((bytes) => bytes.slice());
      const checked = await lane.parse(copies, { schema: true });
      expect(checked).toEqual(files.map((bytes) => preparse(bytes, acceptsOwnSchema) ?? null));
      expect(checked.reduce((n, preparsed) => n + (preparsed?.schemaAccepted.length ?? 0), 0)).toBeGreaterThan(3);
    } finally {
      await lane.close();
    }
  });

  it('hands over what it was sent ahead (prefetch) when asked for the same files', async () => {
    const lane = new ParseLane(parseWorkerScript()!);
    try {
      const files = fixtureTasks().map((task) => new Uint8Array(readFileSync(task.absolute)));
      lane.prefetch(files, { schema: true });
      const outcome = await lane.parse(files, { schema: true });
      expect(outcome).toEqual(files.map((bytes) => preparse(bytes, createSchemaAcceptors().acceptsOwnSchema) ?? null));
      const parsed = outcome.filter((preparsed) => preparsed !== null).length;
      expect(parsed).toBeGreaterThan(5);
      expect(lane.preparsed).toBe(parsed); // once, not twice
      // Other bytes (a copy) are parsed anew.
      await lane.parse([files[0]!.slice()], { schema: true });
      expect(lane.preparsed).toBe(parsed + 1);
    } finally {
      await lane.close();
    }
  });

  it('answers null for every file once its thread has failed', async () => {
    const broken = tempTree({ 'broken-worker.mjs': "throw new Error('boom');\n" });
    const lane = new ParseLane(pathToFileURL(join(broken, 'broken-worker.mjs')));
    try {
      const outcome = await lane.parse([new TextEncoder().encode('a: 1\n'), new TextEncoder().encode('b: 2\n')], { schema: true });
      expect(outcome).toEqual([null, null]);
      expect(await lane.parse([new TextEncoder().encode('c: 3\n')], { schema: false })).toEqual([null]);
    } finally {
      await lane.close();
    }
  });

  it('answers null, not never, when its thread ends without an error', async () => {
    const quits = tempTree({ 'quitting-worker.mjs': 'process.exit(0);\n' });
    const lane = new ParseLane(pathToFileURL(join(quits, 'quitting-worker.mjs')));
    try {
      expect(await lane.parse([new TextEncoder().encode('a: 1\n')], { schema: false })).toEqual([null]);
    } finally {
      await lane.close();
    }
  });

  it('started early, is used by the lanes that want one and closed by those that do not', async () => {
    const files = fixtureTasks().map((task) => new Uint8Array(readFileSync(task.absolute)));
    const kept = startParseLane()!;
    const lanes = startLanes(1, { parse: true, started: kept });
    try {
      const tasks = Array.from({ length: 6 }, fixtureTasks).flat().map((task, i) => ({ ...task, bytes: files[i % files.length]!.slice() }));
      await lanes.lint(tasks, recommendedConfig());
      expect(lanes.preparsed()).toBeGreaterThan(0);
      expect(kept.preparsed).toBe(lanes.preparsed());
    } finally {
      await lanes.close();
    }
    const unwanted = startParseLane()!;
    const without = startLanes(1, { parse: false, started: unwanted });
    try {
      // Closed: it answers null at once instead of parsing.
      const parsable = files.find((bytes) => preparse(bytes) !== undefined)!;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await unwanted.parse([parsable.slice()], { schema: false })).toEqual([null]);
      expect(without.preparsed()).toBe(0);
    } finally {
      await without.close();
    }
  });

  it('lints many files with the same results as the main thread alone, in input order', async () => {
    const config = recommendedConfig();
    // Enough files for the lane to take part: the fixtures many times over, read ahead as the pre-scan does.
    const tasks = Array.from({ length: 12 }, fixtureTasks).flat().map((task) => ({ ...task, bytes: new Uint8Array(readFileSync(task.absolute)) }));
    const alone = await lintFiles(tasks, config, { concurrency: 1 });
    const lanes = startLanes(1, { parse: true });
    try {
      const withLane = await lanes.lint(tasks, config);
      expect(withLane).toEqual(alone);
      // The lane claims 4 batches of 16 before the main thread lints anything; a few fixtures it leaves (YAML errors).
      expect(lanes.preparsed()).toBeGreaterThan(40);
      expect(alone.flatMap((report) => report.results).length).toBeGreaterThan(50);
      // Schema findings too: the documents the lane accepted skip the schema rule, the others do not.
      expect(alone.flatMap((report) => report.results).filter((result) => result.ruleId === 'schema').length).toBeGreaterThan(3);
    } finally {
      await lanes.close();
    }
  });
});

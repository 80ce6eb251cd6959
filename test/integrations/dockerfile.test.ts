// The Dockerfile, without a Docker engine: checked statically, and its runtime stage simulated by
// copying exactly the files it copies (node_modules as `npm prune --omit=dev` leaves it, from
// package-lock.json) into a temp dir and running the CLI from there as the image's user, 65532.
// Plus deploy/agent.yaml: the image it runs is this version, and the pod fits the image.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { isRecord } from '../../src/normalize/values.js';
import { getAt } from '../../src/core/path.js';
import { REPO_ROOT } from '../helpers/work-tree.js';

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  for (const line of lines) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === 'FROM') {
      const [, from = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ from, name, instructions: [] });
    } else stages.at(-1)?.instructions.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

interface Copy {
  from: string | undefined;
  sources: string[];
  dest: string;
}

function copies(stage: Stage): Copy[] {
  return stage.instructions
    .filter((instruction) => instruction.op === 'COPY')
    .map(({ args }) => {
      const words = args.split(/\s+/);
      const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
      const paths = words.filter((word) => !word.startsWith('--'));
      return { from, sources: paths.slice(0, -1), dest: paths.at(-1)! };
    });
}

function workdir(stage: Stage): string {
  return stage.instructions.filter((instruction) => instruction.op === 'WORKDIR').at(-1)?.args ?? '/';
}

/** A COPY source in the build stage (`/src/rules/*.md`) → the repo files it names after `npm run build`. */
function repoFiles(source: string, buildWorkdir: string): string[] {
  const relative = posix.relative(buildWorkdir, source);
  if (!relative.includes('*')) return [relative];
  const dir = posix.dirname(relative);
  const pattern = new RegExp(`^${posix.basename(relative).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return readdirSync(join(REPO_ROOT, dir)).filter((name) => pattern.test(name)).map((name) => posix.join(dir, name));
}

/** node_modules packages `npm ci` + `npm prune --omit=dev` keep, per package-lock.json. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; link?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key.startsWith('node_modules/') && entry.dev !== true && entry.link !== true)
    .map(([key]) => key)
    .filter((key) => existsSync(join(REPO_ROOT, key))); // optional packages of other platforms are not installed
}

/** Hard-links a package's files (fast, same bytes), without its nested node_modules: those are listed on their own. */
function linkPackage(source: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const from = join(source, entry.name);
    if (entry.isDirectory()) linkPackage(from, join(dest, entry.name));
    else if (entry.isSymbolicLink()) cpSync(from, join(dest, entry.name), { verbatimSymlinks: true });
    else linkSync(from, join(dest, entry.name));
  }
}

const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
const stages = parseDockerfile(dockerfile);
const buildStage = stages[0]!;
const runtime = stages.at(-1)!;
const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const dockerignore = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const scratch = mkdtempSync(join(tmpdir(), 'virtops-image-'));

describe('Dockerfile', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('builds in a Node image and runs as a non-root user in a small one', () => {
    expect(stages).toHaveLength(2);
    expect(buildStage.from).toMatch(/^node:(20|22|24)\b/);
    expect(runtime.from).toMatch(/^(gcr\.io\/distroless\/nodejs(20|22|24)-|node:(20|22|24)-.*slim)/);
    const user = runtime.instructions.filter((instruction) => instruction.op === 'USER').at(-1)?.args ?? 'root';
    expect(user).toMatch(/^65532(:65532)?$/);
    const entrypoint = JSON.parse(runtime.instructions.find((instruction) => instruction.op === 'ENTRYPOINT')?.args ?? '[]') as string[];
    expect(entrypoint.at(-1)).toBe(posix.join(workdir(runtime), 'bin', 'virtops.js'));
  });

  it('sends the build stage every file it copies, and no local build or dependencies', () => {
    for (const must of ['.git', 'node_modules', 'build', 'generated', 'test', 'fixtures']) expect(dockerignore).toContain(must);
    const copied = copies(buildStage).flatMap((copy) => copy.sources);
    for (const source of copied) {
      expect(existsSync(join(REPO_ROOT, source)), source).toBe(true);
      expect(dockerignore, `${source} is copied but .dockerignore excludes it`).not.toContain(source.split('/')[0]);
    }
    // What `npm run build` compiles and runs must be there.
    const tsconfig = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    expect(copied).toEqual(expect.arrayContaining([...tsconfig.include, 'scripts', 'bin', 'policies', 'package-lock.json']));
  });

  it('copies into the runtime stage only files that exist after npm run build', () => {
    const sources = copies(runtime).flatMap((copy) => {
      expect(copy.from).toBe(buildStage.name);
      return copy.sources;
    });
    for (const source of sources) {
      const files = repoFiles(source, workdir(buildStage));
      expect(files.length, `${source} names no file (run npm run build?)`).toBeGreaterThan(0);
      for (const file of files) expect(existsSync(join(REPO_ROOT, file)), `${file} (run npm run build?)`).toBe(true);
    }
    expect(sources.map((source) => posix.relative(workdir(buildStage), source))).not.toEqual(expect.arrayContaining(['src', 'test', 'fixtures', 'build']));
  });

  it('has everything the CLI needs: the runtime stage files alone lint the fixtures, as uid 65532', () => {
    const app = join(scratch, 'app');
    for (const copy of copies(runtime)) {
      for (const source of copy.sources) {
        const relative = posix.relative(workdir(buildStage), source);
        const destDir = posix.resolve(workdir(runtime), copy.dest);
        if (relative === 'node_modules') {
          for (const pkg of productionPackages()) linkPackage(join(REPO_ROOT, pkg), join(app, pkg));
          continue;
        }
        for (const file of repoFiles(source, workdir(buildStage))) {
          // Docker: a file copied to a path ending in / keeps its name; a directory's contents go to dest.
          const isFile = statSync(join(REPO_ROOT, file)).isFile();
          const target = copy.dest.endsWith('/') && isFile ? posix.join(destDir, basename(file)) : destDir;
          const inApp = join(app, posix.relative(workdir(runtime), target));
          mkdirSync(dirname(inApp), { recursive: true });
          cpSync(join(REPO_ROOT, file), inApp, { recursive: true });
        }
      }
    }
    expect(existsSync(join(app, 'node_modules', 'vitest')), 'dev dependencies must not be in the image').toBe(false);
    expect(existsSync(join(app, 'rules', 'boot-order.md'))).toBe(true);
    chmodSync(scratch, 0o755);
    const asImageUser = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv') ? ['/usr/bin/setpriv', '--reuid=65532', '--regid=65532', '--clear-groups'] : [];
    const lint = (path: string) => {
      const [command, ...args] = [...asImageUser, process.execPath, join(app, 'bin', 'virtops.js'), 'lint', path];
      return spawnSync(command!, args, { cwd: REPO_ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'], HOME: '/nonexistent', NODE_ENV: 'production' } });
    };
    const bad = lint('fixtures/');
    expect(bad.stderr).toBe('');
    expect(bad.status).toBe(1);
    for (const file of readdirSync(join(REPO_ROOT, 'fixtures', 'invalid'))) expect(bad.stdout).toContain(`fixtures/invalid/${file}:`);
    expect(bad.stdout).not.toContain('fixtures/valid/');
    const good = lint('fixtures/valid');
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
  }, 60_000);
});

describe('deploy/agent.yaml', () => {
  const objects = parseAllDocuments(readFileSync(join(REPO_ROOT, 'deploy', 'agent.yaml'), 'utf8')).map((doc) => doc.toJS() as unknown);
  const deployment = objects.find((object) => isRecord(object) && object['kind'] === 'Deployment');
  const pod = getAt(deployment, ['spec', 'template', 'spec']);
  const container = (getAt(pod, ['containers', 0]) ?? {}) as Record<string, unknown>;

  it('runs this version of the image', () => {
    expect(container['image']).toBe(`ghcr.io/virtops/virtops:${packageJson.version}`);
  });

  it('runs as the image user, non-root, on a read-only root file system, with resources set', () => {
    expect(getAt(pod, ['securityContext', 'runAsNonRoot'])).toBe(true);
    expect(String(getAt(pod, ['securityContext', 'runAsUser']))).toBe(runtime.instructions.find((instruction) => instruction.op === 'USER')?.args.split(':')[0]);
    expect(getAt(container, ['securityContext', 'readOnlyRootFilesystem'])).toBe(true);
    expect(getAt(container, ['securityContext', 'allowPrivilegeEscalation'])).toBe(false);
    expect(getAt(container, ['resources', 'requests', 'cpu'])).toBeDefined();
    expect(getAt(container, ['resources', 'requests', 'memory'])).toBeDefined();
    expect(getAt(container, ['resources', 'limits', 'memory'])).toBeDefined();
  });

  it('gives the agent writable emptyDirs where it writes: its --cache-dir and /tmp', () => {
    const args = container['args'] as string[];
    const cacheDir = args[args.indexOf('--cache-dir') + 1];
    expect(args).toContain('--cache-dir');
    const mounts = container['volumeMounts'] as { name: string; mountPath: string }[];
    const volumes = getAt(pod, ['volumes']) as { name: string; emptyDir?: unknown }[];
    for (const path of [cacheDir, '/tmp']) {
      const mount = mounts.find((candidate) => candidate.mountPath === path);
      expect(mount, `no volume mounted at ${path}`).toBeDefined();
      expect(volumes.find((volume) => volume.name === mount!.name)?.emptyDir).toBeDefined();
    }
  });
});

import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** The CLI driven in-process with captured streams: exit code and output as a user sees them. */
export async function runCli(args: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    cwd: options.cwd ?? process.cwd(),
    isTTY: false,
    env: options.env ?? {},
  });
  return { code, out, err };
}

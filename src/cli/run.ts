import { tuneV8 } from './v8-tuning.js';
import { main } from './main.js';

tuneV8();

/** Process edge: real streams, real exit code. Everything else is in main(). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A reader that stops early (`virtops lint … | head`) closes the pipe: what is left to print has no
// reader, which is no error of the lint. Anything else about the streams is.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
process.exitCode = code;

// The process boundary: the only code that touches `process`. bin/kflags
// calls main(), from the bundled CLI (dist/cli/kflags.cjs) or from dist/cli/main.js.
import { run } from './app.js';

export { run };

const write = (stream: NodeJS.WriteStream) => (text: string) => {
  // Make's text is bytes read as latin1; anything beyond latin1 is kflags' own (UTF-8).
  stream.write(/[^\u0000-\u00ff]/.test(text) ? Buffer.from(text, 'utf8') : Buffer.from(text, 'latin1'));
};

export async function main(): Promise<void> {
  // A reader that stops early (`kflags ... | head`) is not an error: stop quietly, as a shell tool does.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  const status = await run(process.argv.slice(2), {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  });
  process.exitCode = status;
}

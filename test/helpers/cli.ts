// The CLI in this process, as a test runs it: its output, error output and exit status.
import { run } from '../../src/cli/app.js';

/** `env`: the environment the CLI sees (besides NO_COLOR). */
export async function runKflags(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: { NO_COLOR: '1', ...env } });
  return { status, stdout, stderr };
}

// The CLI in this process, as a test runs it: its output, error output and exit status.
import { run } from '../../src/cli/app.js';

export async function runKflags(args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: { NO_COLOR: '1' } });
  return { status, stdout, stderr };
}

/** Runs the CLI in-process with fake I/O. */
import { readTextInput } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

export function run(
  args: string[],
  options: { isTTY?: boolean; env?: Record<string, string>; columns?: number; stdin?: string } = {},
): Run {
  let stdout = '';
  let stderr = '';
  const files: Record<string, string> = {};
  const code = main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    writeFile: (path, content) => void (files[path] = content),
    // Files are read for real; standard input is the text given (none: empty).
    readText: (path) => readTextInput(path, () => Buffer.from(options.stdin ?? '')),
    ...(options.columns ? { columns: options.columns } : {}),
  });
  return { code, stdout, stderr, files };
}

/**
 * `av-exclusions audit`: reads what a machine excludes today (`--current`), resolves what its product needs, and prints
 * the audit report, or with `--fix` a script of only the missing items.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { AUDIT_VERDICTS, auditExclusions } from '../audit/audit.js';
import { renderAuditFix } from '../audit/fix.js';
import { AUDIT_FORMATS, type AuditFormat, formatAuditReport } from '../audit/format.js';
import { CURRENT_FORMATS, parseCurrentExclusions } from '../audit/parse/index.js';
import type { AuditVerdict, CurrentExclusions, CurrentFormat } from '../audit/types.js';
import { AvExclusionsError } from '../errors.js';
import { quote } from '../internal/quote.js';
import { choicesTail } from '../internal/suggest.js';
import { RENDER_TARGETS } from '../render/render-exclusions.js';
import type { RenderOutput } from '../render/types.js';
import { oneOf, parseCommandArgs, QUERY_OPTIONS, resolutionFromOptions, UsageError } from './args.js';
import { makeStyle } from './format-text.js';
import type { CliIo } from './io.js';

/** Exit status when a verdict named in `--fail-on` occurs. */
export const EXIT_FAIL_ON = 3;

/** What `audit` needs from the outside world beyond {@link CliIo}: reading the `--current` files (tests pass fakes). */
export interface AuditIo extends CliIo {
  /** Reads a whole file; `readFileSync` when absent. */
  readFile?(path: string): Uint8Array;
  /** Reads all of standard input; file descriptor 0 when absent. */
  readStdin?(): Uint8Array;
}

/** The options `audit` takes. */
export const AUDIT_OPTIONS = {
  ...QUERY_OPTIONS,
  current: { type: 'string', multiple: true },
  'current-format': { type: 'string' },
  format: { type: 'string' },
  fix: { type: 'string' },
  'fail-on': { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** `audit --help`. */
export const AUDIT_HELP = `Usage: av-exclusions audit <product> [resolve options] --current FILE --current-format F [options]
       av-exclusions audit --machine FILE --current FILE --current-format F [options]

Compares what a machine excludes today with what the product needs there, as the scanner matches:
each recommended item is covered, covered by Defender itself, missing or unknown; each existing entry is
needed, redundant, broader than needed, dangerous or unrelated, with the reason and the source.

Options:
  --role, --platform, --version, --os-version, --feature, --set, --provenance
                       the product, as for "av-exclusions resolve" (give --os-version on Windows Server:
                       Defender's automatic exclusions depend on it)
  --machine FILE       instead of a product: a server running several products, the machine file of
                       "av-exclusions resolve --machine" ("-" is standard input)
  --current FILE       what the machine excludes ("-" is standard input). Repeat it for several exports of
                       one scanner (the local and the policy .reg export). Required.
  --current-format F   ${CURRENT_FORMATS.join(', ')}. Required.
  --format F           ${AUDIT_FORMATS.join(', ')} (default text)
  --fix TARGET         print, instead of the report, a script adding only the missing items, in a scanner
                       format of "av-exclusions targets"
  --fail-on V,V        exit 3 when any of these verdicts occurs:
                       ${AUDIT_VERDICTS.slice(0, 4).join(', ')},
                       ${AUDIT_VERDICTS.slice(4).join(', ')}
  --output FILE        write the report (or the script) to FILE, atomically; "-" is standard output

Examples:
  av-exclusions audit sep-sesam --role server --platform windows \\
      --current mppreference.json --current-format defender-mppreference-json
  av-exclusions audit windows-server --role dns-server --os-version 2019 --current local.reg \\
      --current policy.reg --current-format defender-reg --fail-on missing,dangerous
  av-exclusions audit --machine hyper-v-host.json --current mppreference.json \\
      --current-format defender-mppreference-json --fix defender-powershell --output fix.ps1
  av-exclusions audit kerio-connect --role server --platform linux --current /etc/clamd.conf \\
      --current-format clamav-clamd --fix clamav-clamd --output fix.conf

Exit codes: 0 the report was produced, 2 bad input or usage, 3 a --fail-on verdict occurred.
`;

function readCurrent(paths: readonly string[], format: CurrentFormat, io: AuditIo): CurrentExclusions[] {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('--current - (standard input) may be given once');
  return paths.map((path) => {
    let bytes: Uint8Array;
    try {
      bytes = path === '-' ? (io.readStdin?.() ?? readFileSync(0)) : (io.readFile?.(path) ?? readFileSync(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new AvExclusionsError('INVALID_OPTION', `cannot read the --current file ${quote(path)}: ${code}`, { value: path });
    }
    try {
      return parseCurrentExclusions(bytes, format);
    } catch (error) {
      if (error instanceof AvExclusionsError && error.code === 'INVALID_CURRENT')
        throw new AvExclusionsError('INVALID_CURRENT', `${path === '-' ? 'standard input' : path}: ${error.message}`, { value: path });
      throw error;
    }
  });
}

/** The fix's text, its render warnings on standard error. */
function fixScript(rendered: RenderOutput, io: CliIo): string {
  for (const warning of rendered.warnings) io.stderr(`av-exclusions: warning: ${warning}\n`);
  return rendered.text;
}

/**
 * Runs `av-exclusions audit`.
 *
 * @param args - the arguments after `audit`
 * @param io - streams, environment, file reading and writing
 * @returns the exit status: 0, or {@link EXIT_FAIL_ON} when a `--fail-on` verdict occurred
 * @throws AvExclusionsError for bad input (the caller prints it and exits 2); the writer's errors for `--output`
 */
export function runAudit(args: readonly string[], io: AuditIo): number {
  const { values, positionals } = parseCommandArgs(args, AUDIT_OPTIONS);
  if (values.help) {
    io.stdout(AUDIT_HELP);
    return 0;
  }
  const failOn = (values['fail-on'] ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => oneOf(v, AUDIT_VERDICTS, '--fail-on verdict'));
  if (values['fail-on'] !== undefined && failOn.length === 0)
    throw new AvExclusionsError('INVALID_OPTION', `--fail-on needs verdicts${choicesTail(AUDIT_VERDICTS, undefined)}`, {
      choices: AUDIT_VERDICTS,
    });
  const format: AuditFormat = oneOf(values.format ?? 'text', AUDIT_FORMATS, 'format');
  const fix = values.fix === undefined ? undefined : oneOf(values.fix, RENDER_TARGETS, '--fix target');
  if (fix !== undefined && values.format !== undefined)
    throw new UsageError('--fix prints a script instead of the report: give --fix or --format, not both');
  const paths = values.current ?? [];
  if (paths.length === 0) throw new UsageError('audit needs --current FILE (what the machine excludes today; "-" is standard input)');
  if (values['current-format'] === undefined)
    throw new AvExclusionsError('INVALID_OPTION', `audit needs --current-format${choicesTail(CURRENT_FORMATS, undefined)}`, {
      choices: CURRENT_FORMATS,
    });
  const currentFormat = oneOf(values['current-format'], CURRENT_FORMATS, 'current format');
  if (values.machine === '-' && paths.includes('-'))
    throw new UsageError('standard input can hold the machine file or the current list, not both: give one of them as a file');

  const resolution = resolutionFromOptions('audit', values, positionals, io);
  const current = readCurrent(paths, currentFormat, io);
  const report = auditExclusions(resolution, current);

  const toStdout = values.output === undefined || values.output === '-';
  const terminal = toStdout && io.isTTY;
  const text =
    fix !== undefined
      ? fixScript(renderAuditFix(resolution, report, fix), io)
      : formatAuditReport(
          report,
          format,
          format === 'text' ? { style: makeStyle(terminal, io.env), ...(terminal && io.columns ? { width: io.columns } : {}) } : {},
        );
  if (toStdout) io.stdout(text);
  else io.writeFile(values.output!, text);

  const hits = failOn.filter((v: AuditVerdict) => report.summary[v] > 0);
  if (hits.length) {
    io.stderr(`av-exclusions: --fail-on: ${hits.map((v) => `${v} ${report.summary[v]}`).join(', ')}\n`);
    return EXIT_FAIL_ON;
  }
  return 0;
}

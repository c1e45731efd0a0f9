/**
 * `av-exclusions collect --format defender-powershell|mdatp-sh [--output FILE]`: prints (or writes) a collector
 * script, a short read-only script an administrator runs on the server to capture what `audit --current` reads best.
 *
 * @module
 */
import { COLLECT_FORMATS, type CollectFormat, collectorScript } from '../audit/collect.js';
import { AvExclusionsError } from '../errors.js';

/** The options of `collect`, for `parseArgs`. */
export const COLLECT_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The text of `av-exclusions collect --help`.
 *
 * @returns the help text
 */
export function collectHelp(): string {
  const WINDOWS = collectorScript('defender-powershell');
  const MDATP = collectorScript('mdatp-sh');
  return `Usage: av-exclusions collect --format ${COLLECT_FORMATS.join('|')} [--output FILE]

Prints a short script to run on the server: it reads the exclusions the server has and writes them in the form
"av-exclusions audit --current FILE --current-format F" reads best. The script changes nothing on the server.

Formats:
  defender-powershell  Windows, Microsoft Defender Antivirus. Run it elevated in Windows PowerShell 5.1 or
                       PowerShell 7. It writes Get-MpPreference's exclusion lists (each an array) and
                       DisableAutoExclusions to mppreference.json (-Path FILE for another file), UTF-8
                       without a byte-order mark. Audit it with --current-format ${WINDOWS.currentFormat}.
  mdatp-sh             Linux and macOS, Defender for Endpoint. Run it with sh, as root. It prints the managed
                       configuration as JSON: mdatp_managed.json on Linux, the com.microsoft.wdav profile
                       (converted by plutil) on macOS. Audit it with --current-format ${MDATP.currentFormat}.
                       Exclusions added with "mdatp exclusion ... add" are not in that file.

Options:
  --format F     ${COLLECT_FORMATS.join(' or ')} (required)
  --output FILE  write to FILE (atomically) instead of standard output; "-" is standard output.
                 The PowerShell script has CRLF line endings; both scripts are ASCII.

Examples:
  av-exclusions collect --format defender-powershell --output ${WINDOWS.fileName}
    then on the server, in an elevated prompt:
      powershell -ExecutionPolicy Bypass -File .\\${WINDOWS.fileName} -Path C:\\Temp\\mppreference.json
    and back here, with the file:
      av-exclusions audit sep-sesam --role server --platform windows \\
          --current mppreference.json --current-format ${WINDOWS.currentFormat}

  av-exclusions collect --format mdatp-sh --output ${MDATP.fileName}
    then on the server:
      sudo sh ${MDATP.fileName} > mdatp.json
    and back here:
      av-exclusions audit kerio-connect --role server --platform linux \\
          --current mdatp.json --current-format ${MDATP.currentFormat}
`;
}

/**
 * Runs `collect` on parsed options: the script for `--format`, and where to write it.
 *
 * @param values - the parsed `--format` and `--output`
 * @returns the script text, and the output file unless it goes to standard output
 * @throws AvExclusionsError `INVALID_OPTION` when `--format` is missing or not a collector format (naming the valid ones)
 */
export function collectCommand(values: { format?: string | undefined; output?: string | undefined }): { text: string; output?: string } {
  if (values.format === undefined) {
    throw new AvExclusionsError('INVALID_OPTION', `collect needs --format: ${COLLECT_FORMATS.join(' or ')}`, { choices: COLLECT_FORMATS });
  }
  const { text } = collectorScript(values.format as CollectFormat);
  return values.output === undefined || values.output === '-' ? { text } : { text, output: values.output };
}

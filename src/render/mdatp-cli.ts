/**
 * The `mdatp-cli` target: a POSIX `sh` script of `mdatp exclusion … add|remove` commands for Microsoft Defender for
 * Endpoint on Linux and macOS.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import type { AnyResolution, ExclusionItem } from '../types/resolution.js';
import { addManagedNotice, addPendingNotices, commentText, headerLines } from './notices.js';
import { quotePosixShell } from './quote/posix-shell.js';
import { type FormatResult, type RenderContext, renderWith, type TargetSpec } from './target.js';
import type { RenderOptions, RenderOutput } from './types.js';
import { posixValue } from './values/posix.js';

function unsafe(message: string, value: string): never {
  throw new AvExclusionsError('UNSAFE_VALUE', message, { value });
}

/**
 * The `mdatp` arguments for one item (without the leading `mdatp`): directories and volumes →
 * `exclusion folder <action> --path '<dir>/'` (a trailing slash, the form of Microsoft's folder examples); files and
 * patterns → `exclusion file <action> --path`; extensions → `exclusion extension <action> --name '.ext'`; processes →
 * `exclusion process <action> --path` for a full path, `--name` for a bare image name. On Linux every command ends with
 * `--scope epp` (antivirus only; EDR keeps seeing the files), extensions too (`global` does not take them); the macOS
 * command documents no `--scope`, so none is added there.
 *
 * @param item - an exclusion of a Linux or macOS resolution
 * @param action - `add` or `remove`
 * @param platform - `linux` or `macos`
 * @returns the argument list
 * @throws AvExclusionsError `UNSAFE_VALUE` (see {@link posixValue}; also a process name starting with `-`, which
 *   mdatp would read as an option)
 * @example
 * ```ts
 * console.log(mdatpArguments({ rule: 'k/dir', kind: 'directory', value: '/opt/kerio/mailserver' }, 'add', 'linux'));
 * // [ 'exclusion', 'folder', 'add', '--path', '/opt/kerio/mailserver/', '--scope', 'epp' ]
 * console.log(mdatpArguments({ rule: 'k/p', kind: 'process', value: 'postgres' }, 'remove', 'macos'));
 * // [ 'exclusion', 'process', 'remove', '--name', 'postgres' ]
 * ```
 */
export function mdatpArguments(
  item: Pick<ExclusionItem, 'rule' | 'kind' | 'value'>,
  action: 'add' | 'remove',
  platform: 'linux' | 'macos',
): string[] {
  const value = posixValue(item, platform, 'mdatp-cli');
  const scope = platform === 'linux' ? ['--scope', 'epp'] : [];
  switch (item.kind) {
    case 'directory':
    case 'volume':
      return ['exclusion', 'folder', action, '--path', value === '/' ? '/' : `${value}/`, ...scope];
    case 'file':
    case 'glob':
      return ['exclusion', 'file', action, '--path', value, ...scope];
    case 'extension':
      return ['exclusion', 'extension', action, '--name', value, ...scope];
    case 'process':
      if (value.startsWith('-'))
        unsafe(`process name "${value}" (${item.rule}) starts with "-", which mdatp would read as an option`, value);
      return ['exclusion', 'process', action, value.startsWith('/') ? '--path' : '--name', value, ...scope];
  }
}

/** What `mdatp-cli` puts in `data`: the argument vector of each command of the script, in order. */
export interface MdatpCliCommands {
  /** Each command as an argv, starting with `mdatp`: the exact arguments the script passes (values unquoted). */
  commands: string[][];
}

/** The options whose argument is a value (single-quoted); every other word of the command line is a fixed keyword. */
const VALUE_FLAGS = new Set(['--path', '--name']);

function render(context: RenderContext): FormatResult {
  const { resolution, action, items, warnings } = context;
  const platform = context.platform as 'linux' | 'macos';
  const commands = new Map<string, { args: string[]; items: ExclusionItem[] }>();
  for (const item of items) {
    const args = mdatpArguments(item, action, platform);
    const key = args.join('\0');
    const command = commands.get(key);
    if (command) command.items.push(item);
    else commands.set(key, { args, items: [item] });
  }

  const comment = (l: string): string[] => [`# ${commentText(l)}`];
  const lines = ['#!/bin/sh', ...headerLines(resolution, 'mdatp-cli', action).flatMap(comment), '#'];
  lines.push(
    platform === 'linux'
      ? '# Scope: every command says --scope epp (antivirus exclusions; EDR still sees these files). Remove with the same scope.'
      : '# macOS: mdatp documents no --scope option there; these are antivirus exclusions (EDR still sees these files).',
    '# Run as root. Values are single-quoted, so the shell passes them unchanged; mdatp reads * and ? in them as wildcards.',
    '# The script stops at the first command that fails (set -e).',
  );
  if (action === 'remove') {
    lines.push('# Uninstall: removes what the install form added. Exclusions from a managed profile can only be removed by the profile.');
  }
  addManagedNotice(context, lines, comment, 'block', '#');
  addPendingNotices(resolution, lines, warnings, comment, '#');
  lines.push('', 'set -eu');

  for (const { args, items: merged } of commands.values()) {
    const first = merged[0]!;
    lines.push('', `# ${commentText(`${first.rule} (${first.kind}): ${first.rationale}`)}`);
    if (merged.length > 1)
      lines.push(
        `# ${commentText(
          `Also covers: ${merged
            .slice(1)
            .map((m) => m.rule)
            .join(', ')}.`,
        )}`,
      );
    if ((first.kind === 'directory' || first.kind === 'volume') && !first.recursive) {
      warnings.push(
        `${first.rule}: a Defender for Endpoint folder exclusion includes subfolders; ${first.value} is excluded with everything below it`,
      );
    }
    if (first.kind !== 'glob' && first.kind !== 'extension' && /[*?]/.test(first.value)) {
      lines.push('# Note: mdatp reads the * or ? in this value as a wildcard.');
      warnings.push(`"${first.value}" (${first.rule}, ${first.kind}) holds * or ?, which mdatp reads as wildcards`);
    }
    lines.push(`mdatp ${args.map((a, i) => (VALUE_FLAGS.has(args[i - 1] ?? '') ? quotePosixShell(a) : a)).join(' ')}`);
  }
  if (commands.size === 0) lines.push('', '# Nothing to change.');
  const data: MdatpCliCommands = { commands: [...commands.values()].map(({ args }) => ['mdatp', ...args]) };
  return { lines, data };
}

/** The `mdatp-cli` target: Linux and macOS, install and uninstall forms, Microsoft Defender for Endpoint, LF. */
export const MDATP_CLI: TargetSpec = {
  id: 'mdatp-cli',
  platforms: ['linux', 'macos'],
  actions: ['add', 'remove'],
  scanner: 'mdatp',
  eol: '\n',
  render,
};

/**
 * Renders a Linux or macOS resolution as a POSIX `sh` script for Microsoft Defender for Endpoint's `mdatp` command:
 * one `mdatp exclusion folder|file|extension|process add|remove …` command per item (see {@link mdatpArguments} for
 * the mapping), each value single-quoted (`'` written as `'\''`), so a path is one argument whatever it holds. On Linux
 * every command says `--scope epp` (the command-line default, but written out so that nobody mistakes it for
 * `global`, which would also mute EDR); the macOS command documents no `--scope`, so none is written there.
 *
 * The script starts with `#!/bin/sh` and `set -eu`, so it stops at the first command that fails, with mdatp's own
 * message; its header comments name the product, query and sources. `action: 'remove'` gives the same commands with
 * `remove`, the same values and the same scope. Items that render to the same command are written once (the comment
 * names every rule). Installer-managed items (`managedBy` naming Defender) are left out unless `includeManaged`;
 * unresolved items are listed in comments and `warnings`. mdatp reads `*` and `?` in any path as wildcards: a
 * directory, file or process value holding one is warned about. LF line endings.
 *
 * @param resolution - a Linux or macOS resolution
 * @param options - `action`, `includeManaged`
 * @returns the script; `data` holds each command's argv ({@link MdatpCliCommands}); installer-managed items in
 *   `skipped` unless `includeManaged`
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH` (a Windows resolution), `UNSAFE_VALUE` (control characters,
 *   leftover `{NAME}`, relative or non-canonical paths, a process name starting with `-`; see {@link posixValue})
 * @example
 * ```ts
 * import { renderExclusions, resolveExclusions } from 'av-exclusions';
 * const resolution = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
 * const { text } = renderExclusions(resolution, 'mdatp-cli');
 * console.log(text.split('\n').filter((line) => line.startsWith('mdatp ')));
 * // [ "mdatp exclusion folder add --path '/opt/kerio/mailserver/' --scope epp" ]
 * ```
 */
export function renderMdatpCli(resolution: AnyResolution, options: RenderOptions = {}): RenderOutput {
  return renderWith(MDATP_CLI, resolution, options);
}

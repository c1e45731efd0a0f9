import pkg from '../../package.json' with { type: 'json' };
import { AUDIT_VERDICTS } from '../audit/audit.js';
import { COLLECT_FORMATS } from '../audit/collect.js';
import { AUDIT_FORMATS } from '../audit/format.js';
import { CURRENT_FORMATS } from '../audit/parse/index.js';
import { getProduct } from '../catalog/get-product.js';
import { listProducts } from '../catalog/list-products.js';
import { AvExclusionsError } from '../errors.js';
import { oneLine, quote } from '../internal/quote.js';
import { choicesTail, suggest } from '../internal/suggest.js';
import { RENDER_TARGETS, renderExclusions } from '../render/render-exclusions.js';
import { TARGETS } from '../render/targets.js';
import type { RenderTarget } from '../render/types.js';
import { PLATFORMS, PROVENANCE } from '../types/pack.js';
import { oneOf, parseCommandArgs, QUERY_OPTIONS, resolutionFromOptions, UsageError } from './args.js';
import { AUDIT_HELP, AUDIT_OPTIONS, runAudit } from './audit.js';
import { COLLECT_OPTIONS, collectCommand, collectHelp } from './collect.js';
import { COMPLETION_SHELLS, type CompletionModel, type CompletionShell, completionScript, type ValueSource } from './completion.js';
import { formatCompact } from './format-compact.js';
import { formatTargets, summarizeTargets } from './format-targets.js';
import { formatProduct, formatProductList, formatResolution, makeStyle } from './format-text.js';
import { type CliIo, OutputFileError } from './io.js';
import { MachineFileError } from './machine.js';

/** Exit status of `--strict` when some items are unresolved. */
const EXIT_UNRESOLVED = 3;

const COMMANDS = ['list', 'resolve', 'audit', 'collect', 'targets', 'completion', 'help'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name);

const MAIN_HELP = `av-exclusions ${pkg.version}: sourced antivirus exclusions for server software

Usage:
  av-exclusions list [product] [--format text|json]
  av-exclusions resolve <product> [options]
  av-exclusions resolve --machine FILE [options]
  av-exclusions audit <product> [options] --current FILE --current-format F
  av-exclusions collect --format defender-powershell|mdatp-sh [--output FILE]
  av-exclusions targets [--format text|json]
  av-exclusions completion bash|zsh|fish|powershell
  av-exclusions help [command]

Commands:
  list        the bundled products, or one product's roles, versions, features and variables
  resolve     the exclusions a machine needs, as text, JSON or a scanner format
  audit       what a machine excludes today against what it needs: missing, dangerous, redundant …
  collect     a read-only script to run on a server: it writes the exclusions it has, for the audit
  targets     the scanner formats, with their platforms and install/uninstall forms
  completion  a shell completion script (products, roles, features and formats from the bundled data)

Run "av-exclusions resolve --help" for the resolve options.

Options:
  -h, --help      show help
  -v, --version   print the version

Exit codes: 0 success, 2 bad input or usage, 3 unresolved items with --strict (or a --fail-on verdict),
1 unexpected failure (including a failing standard output or disk).
Exclusions lower protection: review every item before applying it.
`;

const TARGETS_HELP = `Usage: av-exclusions targets [--format text|json]

Every format "resolve --format" renders: its platforms, whether it has an uninstall form (--action remove), the
scanner it configures and its line endings.
`;

const COMPLETION_HELP = `Usage: av-exclusions completion bash|zsh|fish|powershell

Prints a completion script for the shell. Commands, options, products, roles, features, variables and formats
come from this version's bundled data. Install it:
  bash        av-exclusions completion bash > /etc/bash_completion.d/av-exclusions
  zsh         av-exclusions completion zsh > "\${fpath[1]}/_av-exclusions"
  fish        av-exclusions completion fish > ~/.config/fish/completions/av-exclusions.fish
  powershell  av-exclusions completion powershell >> $PROFILE
`;

const LIST_HELP = `Usage: av-exclusions list [product] [--format text|json]

Without a product: one line per bundled product.
With a product: its roles, platforms, versions (and codenames), OS releases, features, variables with their
defaults, includes and sources: everything a resolve query may use.

Examples:
  av-exclusions list
  av-exclusions list sep-sesam
  av-exclusions list azure-site-recovery --format json
`;

const RESOLVE_HELP = `Usage: av-exclusions resolve <product> [options]
       av-exclusions resolve --machine FILE [options]

Options:
  --machine FILE     a server running several products: a JSON machine file (schema:
                     av-exclusions/machine.schema.json), "-" for standard input. It holds the
                     platform, OS release and each product with its version, roles and features:
                     give no product, --role, --version, --feature, --platform, --os-version or
                     --provenance with it. --set adds values to the file's variables.
  --role R           a role of the product (repeatable; the answer is the union). Required.
  --platform P       windows, linux or macos (optional when the product has one platform)
  --version V        product version: 5.0.0, 5.0.0.3, 5.0 or a codename (default: newest documented)
  --os-version V     operating-system release, e.g. 2019 or "Windows Server 2012 R2"
  --feature F        a feature that is on (repeatable), e.g. postgresql
  --set NAME=VALUE   a value only you know, e.g. DATA_STORE_VOLUMES=E:\\ (repeat for several values)
  --provenance G     admit only rules of this grade (repeatable): vendor-page, vendor-other-page,
                     derived, third-party
  --format F         text (default), json, or a scanner format:
                     ${'{TARGETS}'}
  --action A         add (default) or remove: the uninstall form of a format (refused by text and
                     by the formats without one: clamav-clamscan, mdatp-json)
  --include-managed  also render exclusions an installer or the scanner itself already adds
                     (refused by text, json, csv and markdown, which list every item)
  --compact          text output with one line per item (kind, value, risk, rule id)
  --output FILE      write to FILE (atomically) instead of standard output; "-" is standard output.
                     Only regular files: devices, FIFOs, sockets and directories are refused. A
                     symbolic link is written through (its target gets the content); an existing
                     file keeps its permissions.
  --strict           exit 3 when an item is unresolved (a value only you know is missing)

Examples:
  av-exclusions resolve sep-sesam --version 5.0.0 --role server --platform windows --feature postgresql
  av-exclusions resolve kerio-connect --role server --platform linux --format clamav-clamd
  av-exclusions resolve azure-site-recovery --role hyper-v-to-azure/hyper-v-host --os-version 2019 \\
      --format defender-powershell --output asr-exclusions.ps1
  av-exclusions resolve --machine hyper-v-host.json --format defender-powershell

A machine file:
  { "platform": "windows", "osVersion": "2022",
    "products": [ { "product": "hyper-v", "roles": ["host"] },
                  { "product": "sep-sesam", "version": "5.1.0", "roles": ["client"] } ] }

"av-exclusions list <product>" shows the roles, features and variables a product accepts.
`;

/** The `--format` value, `text` when absent; an unknown one is refused naming the valid ones. */
function pickFormat(value: string | undefined, allowed: readonly string[]): string {
  return oneOf(value ?? 'text', allowed, 'format');
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
const LIST_OPTIONS = { format: { type: 'string' }, ...HELP_OPTION } as const;
const RESOLVE_OPTIONS = {
  ...QUERY_OPTIONS,
  format: { type: 'string' },
  action: { type: 'string' },
  'include-managed': { type: 'boolean' },
  compact: { type: 'boolean' },
  output: { type: 'string' },
  strict: { type: 'boolean' },
  ...HELP_OPTION,
} as const;
const TARGETS_OPTIONS = { format: { type: 'string' }, ...HELP_OPTION } as const;

/** What the completion scripts complete for each command's options and first argument. */
function completionModel(): CompletionModel {
  const products = listProducts();
  const infos = products.map((p) => getProduct(p.id as never));
  const unique = (values: string[]) => [...new Set(values)].sort();
  const sources: Record<string, ValueSource> = {
    role: 'role',
    platform: 'platform',
    feature: 'feature',
    set: 'variable',
    provenance: 'provenance',
    format: 'format',
    action: 'action',
    output: 'file',
    machine: 'file',
    version: 'text',
    'os-version': 'text',
  };
  // Each command's options, their values completed from `sources` unless the command says otherwise.
  const options = (table: Record<string, { type: string }>, own: Record<string, ValueSource> = {}) =>
    Object.entries(table)
      .filter(([name]) => name !== 'help')
      .map(([name, o]) => (o.type === 'boolean' ? { name } : { name, values: own[name] ?? sources[name] ?? 'text' }));
  return {
    commands: {
      list: { options: [{ name: 'format', values: 'format' }], positional: 'product' },
      resolve: { options: options(RESOLVE_OPTIONS), positional: 'product' },
      audit: {
        options: options(AUDIT_OPTIONS, {
          format: 'audit-format',
          current: 'file',
          'current-format': 'current-format',
          fix: 'target',
          'fail-on': 'verdict',
        }),
        positional: 'product',
      },
      targets: { options: [{ name: 'format', values: 'format' }] },
      collect: {
        options: [
          { name: 'format', values: 'collect-format' },
          { name: 'output', values: 'file' },
        ],
      },
      completion: { options: [], positional: 'shell' },
      help: { options: [], positional: 'command' },
    },
    values: {
      product: products.map((p) => p.id),
      role: unique(infos.flatMap((p) => p.roles)),
      platform: [...PLATFORMS],
      feature: unique(infos.flatMap((p) => p.features.map((f) => f.id))),
      variable: unique(infos.flatMap((p) => p.variables.map((v) => v.name))),
      format: ['text', 'json', ...RENDER_TARGETS.filter((t) => t !== 'json')],
      'collect-format': [...COLLECT_FORMATS],
      action: ['add', 'remove'],
      provenance: [...PROVENANCE],
      shell: [...COMPLETION_SHELLS],
      command: [...COMMANDS],
      'audit-format': [...AUDIT_FORMATS],
      'current-format': [...CURRENT_FORMATS],
      target: [...RENDER_TARGETS],
      verdict: [...AUDIT_VERDICTS],
    },
  };
}

function runTargets(args: string[], io: CliIo): string {
  const { values, positionals } = parseCommandArgs(args, TARGETS_OPTIONS);
  if (values.help) return TARGETS_HELP;
  if (positionals.length) throw new UsageError(`targets takes no argument, got: ${positionals.map(quote).join(' ')}`);
  const format = pickFormat(values.format as string | undefined, ['text', 'json']);
  const targets = summarizeTargets(Object.values(TARGETS));
  return format === 'json' ? `${JSON.stringify(targets, null, 2)}\n` : formatTargets(targets, makeStyle(io.isTTY, io.env));
}

function runCollect(args: string[]): { text: string; output?: string } {
  const { values, positionals } = parseCommandArgs(args, COLLECT_OPTIONS);
  if (values.help) return { text: collectHelp() };
  if (positionals.length) throw new UsageError(`collect takes no argument, got: ${positionals.map(quote).join(' ')}`);
  return collectCommand(values as { format?: string; output?: string });
}

function runCompletion(args: string[]): string {
  const { values, positionals } = parseCommandArgs(args, HELP_OPTION);
  if (values.help) return COMPLETION_HELP;
  const shell = positionals[0];
  if (positionals.length !== 1 || !COMPLETION_SHELLS.includes(shell as CompletionShell)) {
    throw new UsageError(
      `completion takes one shell${shell === undefined ? '' : `, got ${positionals.map(quote).join(' ')}`}${choicesTail(COMPLETION_SHELLS, shell === undefined ? undefined : suggest(shell, COMPLETION_SHELLS))}`,
    );
  }
  return completionScript(shell as CompletionShell, completionModel());
}

function runList(args: string[], io: CliIo): string {
  const { values, positionals } = parseCommandArgs(args, LIST_OPTIONS);
  if (values.help) return LIST_HELP;
  if (positionals.length > 1) throw new UsageError(`list takes at most one product, got: ${positionals.map(quote).join(' ')}`);
  const format = pickFormat(values.format as string | undefined, ['text', 'json']);
  const style = makeStyle(io.isTTY, io.env);
  if (positionals.length === 0) {
    const products = listProducts();
    return format === 'json' ? `${JSON.stringify(products, null, 2)}\n` : formatProductList(products, style);
  }
  const product = getProduct(positionals[0] as never);
  return format === 'json' ? `${JSON.stringify(product, null, 2)}\n` : formatProduct(product, style);
}

function runResolve(args: string[], io: CliIo): { text: string; output?: string; unresolved?: number } {
  const { values, positionals } = parseCommandArgs(args, RESOLVE_OPTIONS);
  if (values.help) return { text: RESOLVE_HELP.replace('{TARGETS}', RENDER_TARGETS.filter((t) => t !== 'json').join(', ')) };
  const format = pickFormat(values.format as string | undefined, ['text', ...RENDER_TARGETS]);
  if (values.action !== undefined && format === 'text')
    throw new UsageError('--action applies to scanner formats (--format), not to text output');
  if (values.compact && format !== 'text') throw new UsageError(`--compact applies to text output, not to ${quote(format)}`);
  // renderExclusions refuses --include-managed for the formats it means nothing to; text is the CLI's own format.
  if (values['include-managed'] && format === 'text')
    throw new UsageError(
      '--include-managed applies to the formats that configure a scanner (--format), not to text output, which lists every item',
    );
  const resolution = resolutionFromOptions('resolve', values, positionals, io);

  let text: string;
  const toStdout = values.output === undefined || values.output === '-';
  const terminal = toStdout && io.isTTY;
  if (format === 'text') {
    const style = makeStyle(terminal, io.env);
    text = values.compact ? formatCompact(resolution, style) : formatResolution(resolution, style, terminal ? io.columns : undefined);
  } else {
    const action = values.action as 'add' | 'remove' | undefined;
    const rendered = renderExclusions(resolution, format as RenderTarget, {
      ...(action ? { action } : {}),
      ...(values['include-managed'] ? { includeManaged: true } : {}),
    });
    text = rendered.text;
    for (const warning of rendered.warnings) io.stderr(`av-exclusions: warning: ${warning}\n`);
  }
  const unresolved = values.strict ? resolution.unresolved.length : 0;
  return toStdout ? { text, unresolved } : { text, output: values.output as string, unresolved };
}

/**
 * Runs the CLI.
 *
 * @param argv - arguments after the program name
 * @param io - streams, environment, file writing
 * @returns the exit code
 */
export function main(argv: readonly string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError(`give a command: ${COMMANDS.join(', ')}`);
    if (command === '-h' || command === '--help') {
      io.stdout(MAIN_HELP);
      return 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${pkg.version}\n`);
      return 0;
    }
    if (command === 'help') {
      const topic = rest[0];
      if (rest.length > 1 || (topic !== undefined && !isCommand(topic))) {
        const suggestion = topic === undefined ? undefined : suggest(topic, COMMANDS);
        throw new UsageError(`no help on ${rest.map(quote).join(' ')}${choicesTail(COMMANDS, suggestion)}`);
      }
      // One help text per command: a command missing here fails to compile.
      const help: Record<Command, () => string> = {
        list: () => LIST_HELP,
        resolve: () => runResolve(['--help'], io).text,
        audit: () => AUDIT_HELP,
        collect: collectHelp,
        targets: () => TARGETS_HELP,
        completion: () => COMPLETION_HELP,
        help: () => MAIN_HELP,
      };
      io.stdout(help[topic ?? 'help']());
      return 0;
    }
    if (command === 'list') {
      io.stdout(runList(rest, io));
      return 0;
    }
    if (command === 'audit') return runAudit(rest, io);
    if (command === 'targets') {
      io.stdout(runTargets(rest, io));
      return 0;
    }
    if (command === 'completion') {
      io.stdout(runCompletion(rest));
      return 0;
    }
    if (command === 'resolve' || command === 'collect') {
      const { text, output, unresolved } = command === 'resolve' ? runResolve(rest, io) : { ...runCollect(rest), unresolved: 0 };
      if (output === undefined) io.stdout(text);
      else
        try {
          io.writeFile(output, text);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (error instanceof OutputFileError || typeof code !== 'string') throw error;
          io.stderr(`av-exclusions: cannot write the output file ${quote(output)}: ${code}\n`);
          return CALLER_ERRORS.has(code) ? 2 : 1;
        }
      if (unresolved) {
        io.stderr(`av-exclusions: --strict: ${unresolved} item(s) unresolved; give their values with --set\n`);
        return EXIT_UNRESOLVED;
      }
      return 0;
    }
    const suggestion = suggest(command, COMMANDS);
    throw new UsageError(`unknown command ${quote(command)}${choicesTail(COMMANDS, suggestion)}`);
  } catch (error) {
    if (error instanceof AvExclusionsError) {
      io.stderr(`av-exclusions: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`av-exclusions: ${oneLine(error.message)} (run "av-exclusions --help" for usage)\n`);
      return 2;
    }
    if (error instanceof MachineFileError) {
      io.stderr(`av-exclusions: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof OutputFileError) {
      io.stderr(`av-exclusions: cannot write the output file: ${oneLine(error.message)}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.stderr(`av-exclusions: cannot write the output file: ${oneLine((error as Error).message)}\n`);
      return CALLER_ERRORS.has(code) ? 2 : 1;
    }
    io.stderr(`av-exclusions: unexpected error (please report it): ${oneLine(String((error as Error)?.stack ?? error))}\n`);
    return 1;
  }
}

/** OS errors that come from the caller's choice of output path (exit 2); the rest (ENOSPC, EBUSY, EIO …) exit 1. */
const CALLER_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EROFS', 'ELOOP', 'ENAMETOOLONG', 'EEXIST', 'EINVAL']);

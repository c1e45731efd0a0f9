/**
 * `av-exclusions audit`: reads what a machine excludes today (`--current`), resolves what its product needs, and prints
 * the audit report, or with `--fix` a script of only the missing items.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { AUDIT_VERDICTS, auditExclusions } from '../audit/audit.js';
import { AUDIT_FORMATS, type AuditFormat, formatAuditReport } from '../audit/format.js';
import { CURRENT_FORMATS, parseCurrentExclusions } from '../audit/parse/index.js';
import type { AuditReport, AuditVerdict, CurrentExclusions, CurrentFormat } from '../audit/types.js';
import { getProduct } from '../catalog/get-product.js';
import { AvExclusionsError } from '../errors.js';
import { BUNDLED_CATALOG } from '../generated/catalog.js';
import { quote } from '../internal/quote.js';
import { choicesTail, suggest } from '../internal/suggest.js';
import { RENDER_TARGETS, renderExclusions } from '../render/render-exclusions.js';
import { targetSpec } from '../render/targets.js';
import type { RenderTarget } from '../render/types.js';
import type { ExclusionQuery } from '../resolve/query.js';
import { resolveImpl } from '../resolve/resolve-impl.js';
import type { Platform, Provenance } from '../types/pack.js';
import type { Resolution } from '../types/resolution.js';
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
  role: { type: 'string', multiple: true },
  platform: { type: 'string' },
  version: { type: 'string' },
  'os-version': { type: 'string' },
  feature: { type: 'string', multiple: true },
  set: { type: 'string', multiple: true },
  provenance: { type: 'string', multiple: true },
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

Compares what a machine excludes today with what the product needs there, as the scanner matches:
each recommended item is covered, covered by Defender itself, missing or unknown; each existing entry is
needed, redundant, broader than needed, dangerous or unrelated, with the reason and the source.

Options:
  --role, --platform, --version, --os-version, --feature, --set, --provenance
                       the product, as for "av-exclusions resolve" (give --os-version on Windows Server:
                       Defender's automatic exclusions depend on it)
  --current FILE       what the machine excludes ("-" is standard input). Repeat it for several exports of
                       one scanner (the local and the policy .reg export). Required.
  --current-format F   ${CURRENT_FORMATS.join(', ')}. Required.
  --format F           ${AUDIT_FORMATS.join(', ')} (default text)
  --fix TARGET         print, instead of the report, a script adding only the missing items, in a scanner
                       format of "av-exclusions targets"
  --fail-on V,V        exit 3 when any of these verdicts occurs: ${AUDIT_VERDICTS.join(', ')}
  --output FILE        write the report (or the script) to FILE, atomically; "-" is standard output

Examples:
  av-exclusions audit sep-sesam --role server --platform windows \\
      --current mppreference.json --current-format defender-mppreference-json
  av-exclusions audit windows-server --role dns-server --os-version 2019 --current local.reg \\
      --current policy.reg --current-format defender-reg --fail-on missing,dangerous
  av-exclusions audit kerio-connect --role server --platform linux --current /etc/clamd.conf \\
      --current-format clamav-clamd --fix clamav-clamd --output fix.conf

Exit codes: 0 the report was produced, 2 bad input or usage, 3 a --fail-on verdict occurred.
`;

/** The parsed `audit` options. */
export type AuditValues = ReturnType<typeof parseAuditArgs>['values'];

function usage(message: string, details: { value?: unknown; choices?: readonly string[]; suggestion?: string } = {}): AvExclusionsError {
  return new AvExclusionsError('INVALID_OPTION', message, details);
}

function parseAuditArgs(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: AUDIT_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const unknown = /^Unknown option '(.*?)'/.exec((error as Error).message)?.[1];
    if (unknown !== undefined) {
      const names = Object.keys(AUDIT_OPTIONS).map((name) => `--${name}`);
      const suggestion = suggest(unknown, names);
      throw usage(`unknown option ${quote(unknown)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, { value: unknown });
    }
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/\s+/g, ' ');
    throw usage(message.charAt(0).toLowerCase() + message.slice(1));
  }
}

function oneOf<T extends string>(value: string, choices: readonly T[], what: string): T {
  if (choices.includes(value as T)) return value as T;
  const suggestion = suggest(value, choices);
  throw usage(`unknown ${what} ${quote(value)}${choicesTail(choices, suggestion)}`, {
    value,
    choices,
    ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * The resolution an audit compares against: the product query from the resolve options. The one place the audit's
 * resolution comes from.
 *
 * @param values - the parsed options
 * @param positionals - the product
 * @returns the resolution
 * @throws AvExclusionsError for a missing product or role, and whatever the resolver refuses
 */
export function auditResolution(values: AuditValues, positionals: readonly string[]): Resolution {
  if (positionals.length !== 1)
    throw usage(
      positionals.length
        ? `audit takes one product, got: ${positionals.map(quote).join(' ')}`
        : 'audit needs a product, e.g. "av-exclusions audit sep-sesam --role server --current FILE --current-format F"',
    );
  const roles = values.role ?? [];
  if (roles.length === 0) {
    const product = getProduct(positionals[0] as never);
    throw new AvExclusionsError('INVALID_QUERY', `give at least one --role for ${product.id}: ${product.roles.join(', ')}`, {
      choices: product.roles,
    });
  }
  const query: ExclusionQuery = { product: positionals[0]!, roles };
  if (values.platform !== undefined) query.platform = values.platform as Platform;
  if (values.version !== undefined) query.version = values.version;
  if (values['os-version'] !== undefined) query.osVersion = values['os-version'];
  if (values.feature) query.features = values.feature;
  if (values.set) {
    const variables: Record<string, string[]> = Object.create(null);
    for (const set of values.set) {
      const eq = set.indexOf('=');
      if (eq <= 0) throw usage(`--set takes NAME=VALUE, got ${quote(set)}`);
      (variables[set.slice(0, eq)] ??= []).push(set.slice(eq + 1));
    }
    query.variables = variables;
  }
  if (values.provenance) query.provenance = values.provenance as Provenance[];
  return resolveImpl(BUNDLED_CATALOG, query);
}

function readCurrent(paths: readonly string[], format: CurrentFormat, io: AuditIo): CurrentExclusions[] {
  if (paths.filter((p) => p === '-').length > 1) throw usage('--current - (standard input) may be given once');
  return paths.map((path) => {
    let bytes: Uint8Array;
    try {
      bytes = path === '-' ? (io.readStdin?.() ?? readFileSync(0)) : (io.readFile?.(path) ?? readFileSync(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw usage(`cannot read the --current file ${quote(path)}: ${code}`, { value: path });
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

/** The missing items rendered in a scanner format: the resolution with only those items, added. */
function fixScript(resolution: Resolution, report: AuditReport, target: RenderTarget, io: CliIo): string {
  const missing = new Set(report.recommended.filter((r) => r.verdict === 'missing').map((r) => r.item.rule));
  const only: Resolution = {
    ...resolution,
    exclusions: resolution.exclusions.filter((i) => missing.has(i.rule)),
    conditional: [],
    unresolved: [],
  };
  // A missing item is missing whoever would normally add it (an installer, Defender's automatic exclusions): render it.
  const rendered = renderExclusions(only, target, {
    action: 'add',
    ...(targetSpec(target)?.scanner === 'defender' ? { includeManaged: true } : {}),
  });
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
  const { values, positionals } = parseAuditArgs(args);
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
    throw usage(`--fail-on needs verdicts${choicesTail(AUDIT_VERDICTS, undefined)}`, { choices: AUDIT_VERDICTS });
  const format: AuditFormat = oneOf(values.format ?? 'text', AUDIT_FORMATS, 'format');
  const fix = values.fix === undefined ? undefined : oneOf(values.fix, RENDER_TARGETS, '--fix target');
  if (fix !== undefined && values.format !== undefined)
    throw usage('--fix prints a script instead of the report: give --fix or --format, not both');
  const paths = values.current ?? [];
  if (paths.length === 0) throw usage('audit needs --current FILE (what the machine excludes today; "-" is standard input)');
  if (values['current-format'] === undefined)
    throw usage(`audit needs --current-format${choicesTail(CURRENT_FORMATS, undefined)}`, { choices: CURRENT_FORMATS });
  const currentFormat = oneOf(values['current-format'], CURRENT_FORMATS, 'current format');

  const resolution = auditResolution(values, positionals);
  const current = readCurrent(paths, currentFormat, io);
  const report = auditExclusions(resolution, current);

  const toStdout = values.output === undefined || values.output === '-';
  const terminal = toStdout && io.isTTY;
  const text =
    fix !== undefined
      ? fixScript(resolution, report, fix, io)
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

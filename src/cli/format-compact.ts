/**
 * The CLI's compact text output (`--compact`): one line per item, to scan at a terminal or grep in a script.
 *
 * @module
 */
import type { AnyResolution, ItemBase, NormalizedQuery } from '../types/resolution.js';
import { type Style, warningText } from './format-text.js';

/** The widest a value column is padded to; longer values push the rest of their line right. */
const VALUE_COLUMN = 56;

/**
 * Renders a resolution with one line per item: a mark (`+` apply, `?` conditional, `!` needs a value), the kind, the
 * value (or template), the risk and the rule id; a conditional item ends with what would make it apply, an
 * unresolved one with the variables it needs; warnings follow, one line each.
 *
 * @param resolution - the resolution (a machine's names each product with its roles on the first line)
 * @param style - styling
 * @returns the text, newline-terminated
 * @example
 * ```text
 * sep-sesam 5.0.0, server on windows: 3 exclusions, 1 unresolved
 * + directory C:\Program Files\SEPsesam            low    sep-sesam/sesam-bin-dir
 * ! volume    {DATA_STORE_VOLUMES}                 high   sep-sesam/data-store-volumes  needs DATA_STORE_VOLUMES
 * ```
 */
export function formatCompact(resolution: AnyResolution, style: Style): string {
  const product = (q: NormalizedQuery) => `${q.product}${q.version === null ? '' : ` ${q.version}`}`;
  // A machine names each product with its roles: `hyper-v (host), sep-sesam 5.1.0 (client) on windows`.
  const subject =
    'machine' in resolution
      ? resolution.machine.products.map((q) => `${product(q)} (${q.roles.join(' + ')})`).join(', ')
      : `${product(resolution.query)}, ${resolution.query.roles.join(' + ')}`;
  const counts = [
    `${resolution.exclusions.length} exclusions`,
    ...(resolution.conditional.length ? [`${resolution.conditional.length} conditional`] : []),
    ...(resolution.unresolved.length ? [`${resolution.unresolved.length} unresolved`] : []),
  ];
  const rows: [string, ItemBase, string, string][] = [
    ...resolution.exclusions.map((i): [string, ItemBase, string, string] => [
      '+',
      i,
      i.value,
      i.managedBy ? `managed by the ${i.managedBy.by}` : '',
    ]),
    ...resolution.conditional.map((i): [string, ItemBase, string, string] => {
      const when = [
        ...(i.condition.features ?? []).map((f) => `--feature ${f}`),
        ...(i.condition.osVersions ? [`OS ${i.condition.osVersions}`] : []),
      ];
      return ['?', i, i.value ?? i.template, `if ${when.join(' and ')}`];
    }),
    ...resolution.unresolved.map((i): [string, ItemBase, string, string] => ['!', i, i.template, `needs ${i.variables.join(', ')}`]),
  ];
  const valueWidth = Math.min(VALUE_COLUMN, Math.max(0, ...rows.map(([, , value]) => value.length)));
  const lines = [style.bold(`${subject} on ${resolution.query.platform}: ${counts.join(', ')}`)];
  for (const [mark, item, value, tail] of rows) {
    const line = `${mark} ${item.kind.padEnd(9)} ${value.padEnd(valueWidth)} ${item.risk.padEnd(6)} ${item.rule}${tail ? `  ${tail}` : ''}`;
    lines.push(mark === '+' ? line : style.dim(line));
  }
  for (const warning of resolution.warnings) lines.push(style.yellow(`warning: ${warningText(warning)}`));
  return `${lines.join('\n')}\n`;
}

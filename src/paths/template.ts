/**
 * Rule value templates: `{NAME}` stands for a pack variable.
 *
 * @module
 */

/** A `{NAME}` placeholder anywhere in a text. */
export const PLACEHOLDER = /\{[A-Z][A-Z0-9_]*\}/;

const TOKEN = /\{([A-Z][A-Z0-9_]*)\}/g;
const NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * The variable names a template uses, in order, without repeats.
 *
 * @param template - a rule value
 * @returns the names
 * @example
 * ```ts
 * templateVariables('{MSCS_CLUSTER_VOLUMES}\\InMageClusterLog'); // ['MSCS_CLUSTER_VOLUMES']
 * ```
 */
export function templateVariables(template: string): string[] {
  // A scan by indexOf: compiling 50,000 rules calls this once per rule, and an iterator of matches costs ten times more.
  const names: string[] = [];
  for (let start = template.indexOf('{'); start >= 0; start = template.indexOf('{', start + 1)) {
    const end = template.indexOf('}', start);
    if (end < 0) break;
    const name = template.slice(start + 1, end);
    if (NAME.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Expands a template with one value per variable.
 *
 * @param template - a rule value
 * @param values - a value for every variable the template uses
 * @returns the expanded text
 * @example
 * ```ts
 * expandTemplate('{SESAM_ROOT}\\SEP sesam BSR Pro\\*.*', { SESAM_ROOT: 'C:\\Program Files\\SEPsesam' });
 * // 'C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*'
 * ```
 */
export function expandTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(TOKEN, (token, name: string) => values[name] ?? token);
}

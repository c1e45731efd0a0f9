/**
 * Rule value templates: `{NAME}` stands for a pack variable.
 *
 * @module
 */

/** A `{NAME}` placeholder anywhere in a text. */
export const PLACEHOLDER = /\{[A-Z][A-Z0-9_]*\}/;

const TOKEN = /\{([A-Z][A-Z0-9_]*)\}/g;

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
  return [...new Set(Array.from(template.matchAll(TOKEN), (m) => m[1]!))];
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

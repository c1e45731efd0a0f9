/**
 * POSIX extended regular expressions for ClamAV's `ExcludePath`, `--exclude` and `--exclude-dir`: literal text with
 * every metacharacter escaped, anchored so siblings sharing a prefix are not excluded.
 *
 * @module
 */

/**
 * Escapes ERE metacharacters (`. [ ] ( ) { } * + ? | ^ $ \`) so the text matches literally.
 *
 * @param text - literal text
 * @returns the escaped pattern
 * @example
 * ```ts
 * escapeEre('/srv/a+b (x).d'); // '/srv/a\\+b \\(x\\)\\.d'
 * ```
 */
export function escapeEre(text: string): string {
  return text.replace(/[.[\](){}*+?|^$\\]/g, '\\$&');
}

/**
 * A pattern for a directory and everything below it, not its siblings: `^D(/|$)`.
 *
 * @param directory - absolute POSIX path without a trailing slash
 * @returns the pattern
 * @example
 * ```ts
 * directoryPattern('/opt/kerio/mailserver'); // '^/opt/kerio/mailserver(/|$)'
 * ```
 */
export function directoryPattern(directory: string): string {
  return directory === '/' ? '^/' : `^${escapeEre(directory)}(/|$)`;
}

/**
 * A pattern for one file: `^F$`.
 *
 * @param file - absolute POSIX path
 * @returns the pattern
 */
export function filePattern(file: string): string {
  return `^${escapeEre(file)}$`;
}

/**
 * A pattern for a glob whose wildcards (`*`, `?`) stay within one path element: `*` becomes `[^/]*` and `?` `[^/]`.
 *
 * @param glob - absolute POSIX path with wildcards
 * @returns the pattern
 * @example
 * ```ts
 * globPattern('/var/log/app-*.log'); // '^/var/log/app-[^/]*\\.log$'
 * ```
 */
export function globPattern(glob: string): string {
  return `^${glob.split(/([*?])/).map((part) => (part === '*' ? '[^/]*' : part === '?' ? '[^/]' : escapeEre(part))).join('')}$`;
}

/**
 * A pattern for a file-name extension anywhere: `\.ext$` (case-sensitive, as ClamAV matches on Unix).
 *
 * @param extension - `.ext`
 * @returns the pattern
 */
export function extensionPattern(extension: string): string {
  return `${escapeEre(extension.startsWith('.') ? extension : `.${extension}`)}$`;
}

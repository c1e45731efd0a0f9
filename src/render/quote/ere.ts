/**
 * POSIX extended regular expressions for ClamAV's `ExcludePath` (`clamd.conf`), `--exclude` and `--exclude-dir`
 * (`clamscan`): literal text with every metacharacter escaped, anchored so that siblings sharing a prefix
 * (`/opt/app2`) and the same path below another folder (`/srv/x/opt/app`) are not excluded.
 *
 * ClamAV compiles these with its own regex library (`REG_EXTENDED`, case-sensitive on Unix) and searches them
 * anywhere in the path, hence the anchors. A pattern whose last character is `/` makes ClamAV append a `/` to the
 * path before matching; `^D/` therefore matches the directory `D` itself and everything below it.
 *
 * @module
 */

/** The ERE metacharacters: `. [ ] ( ) { } * + ? | ^ $ \`. */
const METACHARACTERS = /[.[\](){}*+?|^$\\]/g;

/**
 * Escapes every ERE metacharacter (`. [ ] ( ) { } * + ? | ^ $ \`) with a backslash, so the text matches itself
 * literally. Other characters (including `/`, spaces, quotes, `#` and non-ASCII letters) are literal in an ERE and stay
 * as they are.
 *
 * @param text - literal text
 * @returns the escaped pattern
 * @example
 * ```ts
 * console.log(escapeEre('/srv/a+b (x).d')); // '/srv/a\\+b \\(x\\)\\.d'
 * ```
 */
export function escapeEre(text: string): string {
  return text.replace(METACHARACTERS, '\\$&');
}

/** `/x/y///` → `/x/y`; `/` and `///` stay `/`. */
function withoutTrailingSlashes(path: string): string {
  const bare = path.replace(/\/+$/, '');
  return bare === '' && path !== '' ? '/' : bare;
}

/**
 * A pattern for a directory and everything below it, and nothing else: `^D(/|$)`. Trailing slashes of `D` are
 * ignored; the root directory gives `^/` (everything).
 *
 * @param directory - an absolute POSIX path
 * @returns the pattern
 * @example
 * ```ts
 * console.log(directoryPattern('/opt/kerio/mailserver')); // '^/opt/kerio/mailserver(/|$)'
 * console.log(directoryPattern('/var/opt/sesam/var/')); // '^/var/opt/sesam/var(/|$)'
 * ```
 */
export function directoryPattern(directory: string): string {
  const bare = withoutTrailingSlashes(directory);
  return bare === '/' ? '^/' : `^${escapeEre(bare)}(/|$)`;
}

/**
 * A pattern for the paths below a directory: `^D/` (with ClamAV's trailing-slash rule it also matches `D` itself).
 * Used with `clamscan --exclude`, which tests file paths. The root directory gives `^/`.
 *
 * @param directory - an absolute POSIX path
 * @returns the pattern
 * @example
 * ```ts
 * console.log(directoryContentsPattern('/opt/kerio/mailserver')); // '^/opt/kerio/mailserver/'
 * ```
 */
export function directoryContentsPattern(directory: string): string {
  const bare = withoutTrailingSlashes(directory);
  return bare === '/' ? '^/' : `^${escapeEre(bare)}/`;
}

/**
 * A pattern for exactly one path: `^F$`.
 *
 * @param file - an absolute POSIX path
 * @returns the pattern
 * @example
 * ```ts
 * console.log(filePattern('/etc/opt/app.conf')); // '^/etc/opt/app\\.conf$'
 * ```
 */
export function filePattern(file: string): string {
  return `^${escapeEre(file)}$`;
}

/**
 * A pattern for a path with wildcards, anchored at both ends: `*` becomes `[^/]*` (any run of characters within one
 * path element) and `?` becomes `[^/]` (one character other than `/`); everything else is literal. This is how
 * Defender for Endpoint reads `*` and `?` inside a path, and what the `glob` kind means (wildcards in the last
 * element).
 *
 * @param glob - an absolute POSIX path with `*` or `?`
 * @returns the pattern
 * @example
 * ```ts
 * console.log(globPattern('/var/log/app-*.lo?')); // '^/var/log/app-[^/]*\\.lo[^/]$'
 * ```
 */
export function globPattern(glob: string): string {
  const parts = glob.split(/([*?])/).map((part) => (part === '*' ? '[^/]*' : part === '?' ? '[^/]' : escapeEre(part)));
  return `^${parts.join('')}$`;
}

/**
 * A pattern for a file-name extension anywhere: `\.ext$`. A missing leading dot is added. Case-sensitive, as ClamAV
 * matches on Unix: `.vhdx` does not match `DISK.VHDX`.
 *
 * @param extension - `.ext` or `ext`
 * @returns the pattern
 * @example
 * ```ts
 * console.log(extensionPattern('.vhdx')); // '\\.vhdx$'
 * console.log(extensionPattern('tar.gz')); // '\\.tar\\.gz$'
 * ```
 */
export function extensionPattern(extension: string): string {
  return `${escapeEre(extension.startsWith('.') ? extension : `.${extension}`)}$`;
}

/**
 * Platform path rules: separators, trailing separators, absolute paths, comparison keys. No `node:path`: these
 * rules are about the machine being configured, not the one running the code.
 *
 * @module
 */
import type { Platform } from '../types/pack.js';
import { expandMachineVariables } from './windows-variables.js';

const VOLUME_GUID = /^\\\\\?\\Volume\{[0-9A-Fa-f-]+\}\\?$/;

/** A drive root, written plainly (`C:\`), with a `\\?\` or `\\.\` prefix, or as `%SystemDrive%\`: its backslash is the root. */
const ROOT = /^(?:\\\\[?.]\\)?[A-Za-z]:\\$|^%SystemDrive%\\$/i;

/**
 * Normalises a path for its platform. Windows: `/` becomes `\`, repeated separators collapse (a leading `\\` of
 * a UNC or `\\?\` path stays), a bare drive (`E:`) becomes its root (`E:\`), a trailing `\` is dropped except on a
 * root (`C:\`, `\\?\C:\`, `%SystemDrive%\`) and on a volume id (`\\?\Volume{…}\`). POSIX: repeated `/` collapse and a trailing `/` is dropped except on `/`.
 *
 * @param value - a path
 * @param platform - its platform
 * @returns the normalised path
 * @example
 * ```ts
 * normalizePath('C:/Program Files//Kerio/MailServer/', 'windows'); // 'C:\\Program Files\\Kerio\\MailServer'
 * normalizePath('/opt//sesam/', 'linux'); // '/opt/sesam'
 * ```
 */
export function normalizePath(value: string, platform: Platform): string {
  if (platform !== 'windows') {
    const collapsed = value.replace(/\/{2,}/g, '/');
    return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
  }
  let path = value.replace(/\//g, '\\');
  const lead = path.startsWith('\\\\') ? '\\\\' : '';
  path = lead + path.slice(lead.length).replace(/\\{2,}/g, '\\');
  if (/^[A-Za-z]:$/.test(path)) return `${path}\\`;
  if (ROOT.test(path)) return path;
  if (VOLUME_GUID.test(path)) return path.endsWith('\\') ? path : `${path}\\`;
  return path.length > 1 ? path.replace(/\\$/, '') : path;
}

/**
 * Whether a path is absolute on its platform. Windows: drive paths (`C:\…`, `E:`), UNC paths (`\\server\share`),
 * `\\?\` paths, or paths starting with a machine variable (`%ProgramFiles%\…`). POSIX: starts with `/`.
 *
 * @param value - a path
 * @param platform - its platform
 * @returns whether it is absolute
 * @example
 * ```ts
 * isAbsolutePath('%ProgramData%\\ASRLogs', 'windows'); // true
 * isAbsolutePath('opt/kerio', 'linux'); // false
 * ```
 */
export function isAbsolutePath(value: string, platform: Platform): boolean {
  if (platform !== 'windows') return value.startsWith('/');
  return /^[A-Za-z]:(\\|\/|$)/.test(value) || /^\\\\[^\\]+\\[^\\]+/.test(value) || /^%[A-Za-z_()0-9]+%(\\|$)/.test(value);
}

/**
 * The key two values are compared by: on Windows, machine variables expanded to their usual values, normalised
 * and lower-cased (Windows paths are case-insensitive); elsewhere normalised as written.
 *
 * @param value - a path, process or extension
 * @param platform - its platform
 * @returns the comparison key
 * @example
 * ```ts
 * comparisonKey('%ProgramData%\\Microsoft\\Windows\\Hyper-V', 'windows') ===
 *   comparisonKey('C:\\ProgramData\\Microsoft\\Windows\\Hyper-V', 'windows'); // true
 * ```
 */
export function comparisonKey(value: string, platform: Platform): string {
  if (platform !== 'windows') return normalizePath(value, platform);
  return normalizePath(expandMachineVariables(value), platform).toLowerCase();
}

/**
 * The key resolved items are merged by: processes, extensions and paths apart; on Windows machine variables expanded
 * and case folded. The value must already be normalised (the resolver's values are), so this is
 * {@link comparisonKey} without normalising again.
 *
 * @param kind - the item's kind
 * @param value - its normalised value
 * @param platform - its platform
 * @returns the key
 * @example
 * ```ts
 * itemKey('directory', '%ProgramData%\\X', 'windows') === itemKey('directory', 'C:\\programdata\\x', 'windows'); // true
 * itemKey('process', 'x.exe', 'windows') === itemKey('file', 'x.exe', 'windows'); // false
 * ```
 */
export function itemKey(kind: string, value: string, platform: Platform): string {
  const group = kind === 'process' ? 'p' : kind === 'extension' ? 'e' : 'f';
  if (platform !== 'windows') return group + value;
  return group + (value.includes('%') ? expandMachineVariables(value) : value).toLowerCase();
}

/**
 * Whether `child` is `parent` or lies below it (compared by {@link comparisonKey}).
 *
 * @param parent - a directory
 * @param child - a path
 * @param platform - their platform
 * @returns whether the parent contains the child
 * @example
 * ```ts
 * containsPath('/opt/kerio/mailserver', '/opt/kerio/mailserver/store', 'linux'); // true
 * containsPath('/opt/kerio/mailserver', '/opt/kerio/mailserver2', 'linux'); // false
 * ```
 */
export function containsPath(parent: string, child: string, platform: Platform): boolean {
  const p = comparisonKey(parent, platform);
  const c = comparisonKey(child, platform);
  if (p === c) return true;
  const separator = platform === 'windows' ? '\\' : '/';
  return c.startsWith(p.endsWith(separator) ? p : p + separator);
}

/**
 * The values the POSIX targets (`mdatp-cli`, `mdatp-json`, `clamav-clamd`, `clamav-clamscan`) write.
 *
 * @module
 */
import { AvExclusionsError } from '../../errors.js';
import type { Platform } from '../../types/pack.js';
import type { ExclusionItem } from '../../types/resolution.js';
import type { RenderTarget } from '../types.js';
import { assertRenderable } from './check.js';

/** A UTF-16 surrogate without its partner: no file name can hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `//`, `/./` or `/../` anywhere, or a trailing `/.` or `/..`. */
const NOT_CANONICAL = /\/\/|\/\.\.?(?:\/|$)/;

function unsafe(message: string, value: string): never {
  throw new AvExclusionsError('UNSAFE_VALUE', message, { value });
}

/**
 * The value every POSIX target (`mdatp-cli`, `mdatp-json`, `clamav-clamd`, `clamav-clamscan`) writes for an item,
 * after checking it. Checks: no control character, no `{NAME}` placeholder left (`assertRenderable`), well-formed
 * Unicode, not empty; directories, volumes, files and patterns are canonical absolute paths (`/` first, no `//`, `.` or
 * `..` element); a file or pattern does not end with `/`; a process is a bare name or such an absolute path; an
 * extension holds no `/`. Normalises: a directory or volume loses its trailing slashes (`/` stays `/`); an extension
 * gets a leading dot (`vhdx` → `.vhdx`). Everything else is returned exactly as given.
 *
 * @param item - an exclusion of a Linux or macOS resolution
 * @param platform - the resolution's platform
 * @param target - the target, for messages
 * @returns the value to write
 * @throws AvExclusionsError `UNSAFE_VALUE`
 * @example
 * ```ts
 * console.log(posixValue({ rule: 'x/dir', kind: 'directory', value: '/var/opt/sesam/var/' }, 'linux', 'mdatp-cli')); // '/var/opt/sesam/var'
 * console.log(posixValue({ rule: 'x/ext', kind: 'extension', value: 'vhdx' }, 'linux', 'clamav-clamd')); // '.vhdx'
 * ```
 */
export function posixValue(item: Pick<ExclusionItem, 'rule' | 'kind' | 'value'>, platform: Platform, target: RenderTarget): string {
  const { kind, value, rule } = item;
  assertRenderable(value, platform, target);
  if (LONE_SURROGATE.test(value))
    unsafe(`the ${kind} value of ${rule} is not well-formed Unicode (a lone surrogate); no file name can hold it`, value);
  if (value.trim() === '') unsafe(`the ${kind} value of ${rule} is empty; an empty exclusion is never meant (target "${target}")`, value);
  switch (kind) {
    case 'directory':
    case 'volume':
    case 'file':
    case 'glob': {
      if (!value.startsWith('/'))
        unsafe(`"${value}" (${rule}, ${kind}) is not an absolute path; ${target} needs paths that start with /`, value);
      if (NOT_CANONICAL.test(value.replace(/\/+$/, ''))) {
        unsafe(
          `"${value}" (${rule}, ${kind}) has an empty, "." or ".." element; scanners compare canonical paths, so give the real path`,
          value,
        );
      }
      if (kind === 'directory' || kind === 'volume') return value.replace(/\/+$/, '') || '/';
      if (value.endsWith('/')) unsafe(`"${value}" (${rule}) is a ${kind} but ends with /; a directory belongs in a directory item`, value);
      return value;
    }
    case 'process':
      if (value.includes('/')) {
        if (!value.startsWith('/') || value.endsWith('/') || NOT_CANONICAL.test(value)) {
          unsafe(`"${value}" (${rule}, process) is neither a bare image name nor a canonical absolute path to an executable`, value);
        }
      }
      return value;
    case 'extension': {
      const extension = value.startsWith('.') ? value : `.${value}`;
      if (extension === '.' || extension.includes('/')) unsafe(`"${value}" (${rule}) is not a file-name extension`, value);
      return extension;
    }
  }
}

/**
 * What the Download button saves: the file name per target and the exact bytes the CLI writes with `--output`.
 *
 * @module
 */
import type { RenderTarget } from 'av-exclusions';

/** The file extension of each target's output (the one its golden files and its tools use). */
const EXTENSIONS: Readonly<Record<RenderTarget, string>> = {
  'defender-powershell': 'ps1',
  'defender-gpo': 'reg',
  'defender-intune': 'txt',
  'mdatp-cli': 'sh',
  'mdatp-json': 'json',
  'mdatp-plist': 'plist',
  'clamav-clamd': 'conf',
  'clamav-clamscan': 'sh',
  json: 'json',
  csv: 'csv',
  markdown: 'md',
};

/** The media type of each extension, for the saved file. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  md: 'text/markdown',
};

/**
 * A file name for a rendered output: `<product>-<target>[-remove|-fix].<ext>` (`sep-sesam-defender-powershell.ps1`;
 * the Audit panel's fix script of the missing items: `sep-sesam-defender-powershell-fix.ps1`), made of safe characters
 * only whatever the product id holds.
 *
 * @param product - the product id
 * @param target - the render target
 * @param action - `add` or `remove`, or `fix` for the Audit panel's script of the missing items (which adds them)
 * @returns the file name
 */
export function fileName(product: string, target: RenderTarget, action: 'add' | 'remove' | 'fix'): string {
  const base = `${product}-${target}${action === 'add' ? '' : `-${action}`}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${base}.${EXTENSIONS[target] ?? 'txt'}`;
}

/**
 * The bytes of an output as the CLI writes them with `--output`: the text's own line endings and byte-order mark,
 * encoded as UTF-8 (Node's `writeFileSync` of the same string).
 *
 * @param text - the rendered text
 * @returns the bytes
 */
export function outputBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/**
 * The media type to save a file under (plain text unless the extension says otherwise), always UTF-8.
 *
 * @param name - the file name
 * @returns the media type
 */
export function mediaType(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1);
  return `${MEDIA_TYPES[ext] ?? 'text/plain'};charset=utf-8`;
}

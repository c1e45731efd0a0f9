/**
 * The names the renderers print for the scanner ids of `managedBy.scanner` and of the targets.
 *
 * @module
 */
import type { Scanner } from '../types/pack.js';
import type { RenderTarget } from './types.js';

/** The full name of each scanner, as documents and spreadsheets print it. */
export const SCANNER_NAMES: Readonly<Record<Scanner, string>> = /* @__PURE__ */ Object.freeze({
  defender: 'Microsoft Defender Antivirus',
  mdatp: 'Microsoft Defender for Endpoint',
  clamav: 'ClamAV',
});

/** The short name of each scanner, as script comments and warnings print it. */
export const SCANNER_SHORT_NAMES: Readonly<Record<Scanner, string>> = /* @__PURE__ */ Object.freeze({
  defender: 'Defender',
  mdatp: 'Defender',
  clamav: 'ClamAV',
});

/**
 * The full name of a scanner id; an id this version does not know (from a caller-built resolution) is returned as
 * it is.
 *
 * @param scanner - a scanner id
 * @returns its name
 * @example
 * ```ts
 * console.log(scannerName('defender')); // 'Microsoft Defender Antivirus'
 * ```
 */
export function scannerName(scanner: string): string {
  return Object.hasOwn(SCANNER_NAMES, scanner) ? SCANNER_NAMES[scanner as Scanner] : scanner;
}

/**
 * The short name a target's comments and warnings give its scanner (`Defender`, `ClamAV`); the target id for a
 * target of no scanner.
 *
 * @param scanner - the target's scanner
 * @param target - the target id
 * @returns the name
 */
export function scannerLabel(scanner: Scanner | null, target: RenderTarget): string {
  return scanner === null ? target : SCANNER_SHORT_NAMES[scanner];
}

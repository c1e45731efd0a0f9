/**
 * What the Audit panel reads: a dropped or chosen file's bytes as text, and a guess of the list's format from its
 * content. No DOM here.
 *
 * @module
 */

/** The formats of a machine's current exclusions (`--current-format`), in the order the page lists them. */
export const CURRENT_FORMATS = ['defender-mppreference-json', 'defender-reg', 'defender-intune', 'mdatp-json', 'clamav-clamd'] as const;

/** One of {@link CURRENT_FORMATS}. */
export type CurrentFormatId = (typeof CURRENT_FORMATS)[number];

/**
 * Decodes a file's bytes: UTF-16 LE when it starts with that byte-order mark (what `reg export` and regedit write,
 * and Windows PowerShell's `Out-File`), UTF-8 otherwise. A byte-order mark is not part of the text.
 *
 * @param bytes - the file's bytes
 * @returns the text
 */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Guesses a list's format from its content, only where the content says so unambiguously: a `.reg` header, a JSON
 * object naming Get-MpPreference's lists or `mdatp_managed.json`'s sections (not both), Intune's setting names, or
 * `clamd.conf`'s `ExcludePath` options.
 *
 * @param text - the list as pasted or read
 * @returns the format, or `null` when the content does not tell
 */
export function guessFormat(text: string): CurrentFormatId | null {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (/^(?:Windows Registry Editor Version 5\.00|REGEDIT4)\s/.test(`${t}\n`)) return 'defender-reg';
  if (t.startsWith('{') || t.startsWith('[')) {
    const mdatp = /"(?:exclusionSettings|antivirusEngine)"\s*:/.test(t);
    const mp = /"(?:Exclusion(?:Path|Process|Extension)|DisableAutoExclusions)"\s*:/i.test(t);
    return mdatp === mp ? null : mdatp ? 'mdatp-json' : 'defender-mppreference-json';
  }
  const intune = /^\s*(?:OMA-URI\s*:\s*\S*\/)?Excluded(?:Paths|Processes|Extensions)\b/im.test(t);
  const clamd = /^[ \t]*(?:OnAccess)?ExcludePath[ \t]/m.test(t);
  return intune === clamd ? null : intune ? 'defender-intune' : 'clamav-clamd';
}

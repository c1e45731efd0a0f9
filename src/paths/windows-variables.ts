/**
 * Windows environment variables as Microsoft Defender sees them (it runs as LocalSystem).
 *
 * The machine variables and their values are sourced data (`data/never-exclude.json`: Microsoft Learn, "Configure
 * and validate exclusions based on file extension and folder location", section "System environment variables").
 * The user-profile variables follow "Common mistakes to avoid when defining exclusions" ("Using incorrect environment
 * variables as wildcards…": Defender reads system variables only).
 *
 * @module
 */
import { WINDOWS_MACHINE_VARIABLES } from '../generated/never-exclude.js';

/**
 * Machine variables Defender expands itself, with their usual values (upper-case names): sourced data
 * (`machineVariables` in `data/never-exclude.json`, compiled at build time). Used to compare paths written with and
 * without them (`%ProgramData%\X` and `C:\ProgramData\X`).
 */
export const MACHINE_VARIABLES: Readonly<Record<string, string>> = WINDOWS_MACHINE_VARIABLES;

/** Variables that point into a user profile: Defender expands them to the SYSTEM profile, never a real user's. */
export const USER_VARIABLES: readonly string[] = /* @__PURE__ */ Object.freeze([
  'APPDATA',
  'HOMEDRIVE',
  'HOMEPATH',
  'LOCALAPPDATA',
  'TEMP',
  'TMP',
  'USERNAME',
  'USERPROFILE',
]);

const VARIABLE = /%([^%\\/]+)%/g;

/**
 * Lists the `%NAME%` variables in a Windows value, upper-cased, in order of appearance.
 *
 * @param value - a Windows path or process value
 * @returns the variable names (upper case)
 * @example
 * ```ts
 * windowsVariablesIn('%ProgramFiles%\\X\\%SystemRoot%'); // ['PROGRAMFILES', 'SYSTEMROOT']
 * ```
 */
export function windowsVariablesIn(value: string): string[] {
  return [...value.matchAll(VARIABLE)].map((m) => m[1]!.toUpperCase());
}

/**
 * Replaces Defender's machine variables by their usual values; other `%NAME%` tokens stay as they are.
 *
 * @param value - a Windows value
 * @returns the value with machine variables expanded
 * @example
 * ```ts
 * expandMachineVariables('%ProgramData%\\ASRLogs'); // 'C:\\ProgramData\\ASRLogs'
 * ```
 */
export function expandMachineVariables(value: string): string {
  return value.replace(VARIABLE, (token, name: string) => MACHINE_VARIABLES[name.toUpperCase()] ?? token);
}

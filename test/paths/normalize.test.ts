import { describe, expect, it } from 'vitest';
import { comparisonKey, containsPath, isAbsolutePath, normalizePath } from '../../src/paths/normalize.js';

describe('normalizePath', () => {
  it.each([
    ['C:\\Program Files\\Kerio\\MailServer\\', 'C:\\Program Files\\Kerio\\MailServer'],
    ['C:/data//x/', 'C:\\data\\x'],
    ['E:', 'E:\\'],
    ['E:\\', 'E:\\'],
    ['\\\\server\\share\\vm\\', '\\\\server\\share\\vm'],
    ['\\\\?\\Volume{0f3b9a1c-1234-4cde-9abc-0123456789ab}', '\\\\?\\Volume{0f3b9a1c-1234-4cde-9abc-0123456789ab}\\'],
    ['\\\\?\\Volume{0f3b9a1c-1234-4cde-9abc-0123456789ab}\\', '\\\\?\\Volume{0f3b9a1c-1234-4cde-9abc-0123456789ab}\\'],
  ])('windows %j -> %j', (input, expected) => expect(normalizePath(input, 'windows')).toBe(expected));

  it.each([
    ['/opt//sesam/', '/opt/sesam'],
    ['/', '/'],
    ['/var/opt/sesam/var', '/var/opt/sesam/var'],
  ])('linux %j -> %j', (input, expected) => expect(normalizePath(input, 'linux')).toBe(expected));
});

describe('isAbsolutePath', () => {
  it.each([
    ['C:\\x', true],
    ['c:', true],
    ['\\\\srv\\share', true],
    ['\\\\?\\Volume{x}\\', true],
    ['%ProgramFiles%\\x', true],
    ['x\\y', false],
    ['\\x', false],
    ['%ProgramFiles', false],
  ])('windows %j: %s', (value, expected) => expect(isAbsolutePath(value, 'windows')).toBe(expected));
  it.each([
    ['/opt', true],
    ['opt', false],
    ['~/x', false],
  ])('linux %j: %s', (value, expected) => expect(isAbsolutePath(value, 'linux')).toBe(expected));
});

describe('comparisonKey and containsPath', () => {
  it('expands machine variables and folds case on Windows only', () => {
    expect(comparisonKey('%ProgramData%\\Microsoft\\Windows\\Hyper-V', 'windows')).toBe(
      comparisonKey('C:\\ProgramData\\Microsoft\\Windows\\Hyper-V\\', 'windows'),
    );
    expect(comparisonKey('/Opt/X', 'linux')).not.toBe(comparisonKey('/opt/x', 'linux'));
  });
  it('contains below, not beside', () => {
    expect(containsPath('C:\\Program Files\\Kerio\\MailServer', 'c:\\program files\\kerio\\mailserver\\store', 'windows')).toBe(true);
    expect(containsPath('/opt/kerio/mailserver', '/opt/kerio/mailserver2', 'linux')).toBe(false);
    expect(containsPath('/', '/x', 'linux')).toBe(true);
    expect(containsPath('E:\\', 'E:\\data', 'windows')).toBe(true);
  });
});

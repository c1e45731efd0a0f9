import { describe, expect, it } from 'vitest';
import { mdatpArguments, renderMdatpCli } from '../../src/render/mdatp-cli.js';
import { expectError } from '../helpers.js';
import { KERIO_LINUX, SESAM_WINDOWS, withValues } from './cases.js';

describe('renderMdatpCli', () => {
  it('maps kinds to mdatp exclusion types with an explicit scope on Linux', () => {
    const item = KERIO_LINUX.exclusions[0]!;
    expect(mdatpArguments(item, 'add', true)).toEqual(['exclusion', 'folder', 'add', '--path', '/opt/kerio/mailserver/', '--scope', 'epp']);
    expect(mdatpArguments({ ...item, kind: 'file', value: '/etc/a' }, 'remove', true)).toEqual(['exclusion', 'file', 'remove', '--path', '/etc/a', '--scope', 'epp']);
    expect(mdatpArguments({ ...item, kind: 'process', value: '/usr/bin/x' }, 'add', true)).toEqual(['exclusion', 'process', 'add', '--path', '/usr/bin/x', '--scope', 'epp']);
    expect(mdatpArguments({ ...item, kind: 'process', value: 'x' }, 'add', true)).toEqual(['exclusion', 'process', 'add', '--name', 'x', '--scope', 'epp']);
    expect(mdatpArguments({ ...item, kind: 'extension', value: '.vhdx' }, 'add', true)).toEqual(['exclusion', 'extension', 'add', '--name', '.vhdx', '--scope', 'epp']);
    expect(mdatpArguments(item, 'add', false)).toEqual(['exclusion', 'folder', 'add', '--path', '/opt/kerio/mailserver/']);
  });

  it('is a POSIX sh script that reports failures through its exit status', () => {
    const text = renderMdatpCli(KERIO_LINUX).text;
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text.endsWith('exit "$status"\n')).toBe(true);
    expect(text).not.toContain('\r');
  });

  it('refuses Windows resolutions and Windows variables', () => {
    expectError(() => renderMdatpCli(SESAM_WINDOWS), 'TARGET_PLATFORM_MISMATCH');
    expectError(() => renderMdatpCli(withValues(KERIO_LINUX, ['/x/{KERIO_STORE_DIR}'])), 'UNSAFE_VALUE');
  });
});

import { describe, expect, it } from 'vitest';
import { directoryPattern, escapeEre, extensionPattern, filePattern, globPattern } from '../../../src/render/quote/ere.js';

// JavaScript's RegExp agrees with POSIX ERE on everything these patterns use.
const matches = (pattern: string, path: string) => new RegExp(pattern).test(path);

describe('ERE patterns', () => {
  it('escapes every metacharacter', () => {
    expect(escapeEre('.[](){}*+?|^$\\')).toBe('\\.\\[\\]\\(\\)\\{\\}\\*\\+\\?\\|\\^\\$\\\\');
    expect(matches(`^${escapeEre('/a+b (x).d')}$`, '/a+b (x).d')).toBe(true);
    expect(matches(`^${escapeEre('/a+b (x).d')}$`, '/aab (x)xd')).toBe(false);
  });

  it('anchors a directory: itself and below, not siblings or the same name elsewhere', () => {
    const p = directoryPattern('/opt/kerio/mailserver');
    expect(p).toBe('^/opt/kerio/mailserver(/|$)');
    expect(matches(p, '/opt/kerio/mailserver')).toBe(true);
    expect(matches(p, '/opt/kerio/mailserver/store/x')).toBe(true);
    expect(matches(p, '/opt/kerio/mailserver2')).toBe(false);
    expect(matches(p, '/srv/x/opt/kerio/mailserver')).toBe(false);
  });

  it('anchors a file, a glob and an extension', () => {
    expect(matches(filePattern('/etc/a.conf'), '/etc/a.conf')).toBe(true);
    expect(matches(filePattern('/etc/a.conf'), '/etc/aXconf')).toBe(false);
    expect(matches(filePattern('/etc/a.conf'), '/etc/a.conf.bak')).toBe(false);
    const g = globPattern('/var/log/app-*.lo?');
    expect(matches(g, '/var/log/app-1.log')).toBe(true);
    expect(matches(g, '/var/log/app-1/x.log')).toBe(false);
    expect(matches(extensionPattern('.vhdx'), '/x/disk.vhdx')).toBe(true);
    expect(matches(extensionPattern('.vhdx'), '/x/disk.VHDX')).toBe(false);
    expect(matches(extensionPattern('.vhdx'), '/x/disk.vhdx.bak')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  compileDefenderEntry,
  expandSystemVariables,
  keysForDefenderItem,
  SYSTEM_VARIABLES,
  splitContextual,
} from '../../../src/paths/match/defender.js';
import type { MatchItem } from '../../../src/paths/match/types.js';
import type { RuleKind } from '../../../src/types/pack.js';

const item = (kind: RuleKind, value: string): MatchItem => ({ kind, value, platform: 'windows' });
const path = (entry: string, kind: RuleKind, value: string) => compileDefenderEntry(entry, { list: 'path' }).cover(item(kind, value));
const how = (entry: string, kind: RuleKind, value: string) => path(entry, kind, value)?.how ?? null;

describe('Defender: the examples on Microsoft\'s wildcard page ("Use wildcards in the file name and folder path")', () => {
  it('C:\\MyData\\*.txt includes C:\\MyData\\notes.txt, and only files in that folder', () => {
    expect(how('C:\\MyData\\*.txt', 'file', 'C:\\MyData\\notes.txt')).toBe('wildcard');
    expect(how('C:\\MyData\\*.txt', 'file', 'C:\\MyData\\sub\\notes.txt')).toBeNull();
    expect(how('C:\\MyData\\*.txt', 'file', 'C:\\MyData\\notes.doc')).toBeNull();
  });

  it('C:\\somepath\\*\\Data includes any file in C:\\somepath\\Archives\\Data and its subfolders (one folder for the *)', () => {
    expect(how('C:\\somepath\\*\\Data', 'file', 'C:\\somepath\\Archives\\Data\\f.txt')).toBe('wildcard');
    expect(how('C:\\somepath\\*\\Data', 'file', 'C:\\somepath\\Authorized\\Data\\deep\\er\\f.txt')).toBe('wildcard');
    expect(how('C:\\somepath\\*\\Data', 'directory', 'C:\\somepath\\Archives\\Data')).toBe('wildcard');
    expect(how('C:\\somepath\\*\\Data', 'file', 'C:\\somepath\\Data\\f.txt')).toBeNull();
    expect(how('C:\\somepath\\*\\Data', 'file', 'C:\\somepath\\a\\b\\Data\\f.txt')).toBeNull();
  });

  it('C:\\Serv\\*\\*\\Backup includes C:\\Serv\\Primary\\Denied\\Backup and C:\\Serv\\Secondary\\Allowed\\Backup and below', () => {
    expect(how('C:\\Serv\\*\\*\\Backup', 'file', 'C:\\Serv\\Primary\\Denied\\Backup\\x.bak')).toBe('wildcard');
    expect(how('C:\\Serv\\*\\*\\Backup', 'directory', 'C:\\Serv\\Secondary\\Allowed\\Backup\\old')).toBe('wildcard');
    expect(how('C:\\Serv\\*\\*\\Backup', 'file', 'C:\\Serv\\Primary\\Backup\\x.bak')).toBeNull();
  });

  it('C:\\MyData\\my?.zip includes C:\\MyData\\my1.zip (? is one character)', () => {
    expect(how('C:\\MyData\\my?.zip', 'file', 'C:\\MyData\\my1.zip')).toBe('wildcard');
    expect(how('C:\\MyData\\my?.zip', 'file', 'C:\\MyData\\my.zip')).toBeNull();
    expect(how('C:\\MyData\\my?.zip', 'file', 'C:\\MyData\\my12.zip')).toBeNull();
  });

  it('C:\\somepath\\?\\Data and C:\\somepath\\test0?\\Data: ? in a folder name, then everything below', () => {
    expect(how('C:\\somepath\\?\\Data', 'file', 'C:\\somepath\\P\\Data\\f')).toBe('wildcard');
    expect(how('C:\\somepath\\?\\Data', 'file', 'C:\\somepath\\PP\\Data\\f')).toBeNull();
    expect(how('C:\\somepath\\test0?\\Data', 'file', 'C:\\somepath\\test01\\Data\\sub\\f')).toBe('wildcard');
  });

  it('%ALLUSERSPROFILE%\\CustomLogFiles includes C:\\ProgramData\\CustomLogFiles\\Folder1\\file1.txt', () => {
    expect(how('%ALLUSERSPROFILE%\\CustomLogFiles', 'file', 'C:\\ProgramData\\CustomLogFiles\\Folder1\\file1.txt')).toBe('parent');
  });

  it('%PROGRAMFILES%\\Contoso*\\v?\\bin\\contoso.exe includes c:\\Program Files\\Contoso Labs\\v1\\bin\\contoso.exe', () => {
    expect(how('%PROGRAMFILES%\\Contoso*\\v?\\bin\\contoso.exe', 'file', 'c:\\Program Files\\Contoso Labs\\v1\\bin\\contoso.exe')).toBe(
      'wildcard',
    );
  });

  it('c:\\data\\*\\marked\\date* matches files in the marked folders, not in their subfolders (the mixed rule)', () => {
    expect(how('c:\\data\\*\\marked\\date*', 'file', 'c:\\data\\final\\marked\\date1.txt')).toBe('wildcard');
    expect(how('c:\\data\\*\\marked\\date*', 'file', 'c:\\data\\review\\marked\\date2')).toBe('wildcard');
    expect(how('c:\\data\\*\\marked\\date*', 'file', 'c:\\data\\final\\marked\\sub\\date1.txt')).toBeNull();
    expect(how('c:\\data\\*\\marked\\date*', 'directory', 'c:\\data\\final\\marked')).toBe('partial');
  });

  it('at most six wildcards, none for the drive letter: such entries cannot be evaluated', () => {
    const seven = compileDefenderEntry('C:\\*\\*\\*\\*\\*\\*\\*\\x', { list: 'path' });
    expect(seven.evaluable).toBe(false);
    expect(seven.reason).toMatch(/more than 6 wildcards/);
    expect(seven.cover(item('directory', 'C:\\a\\b\\c\\d\\e\\f\\g\\x'))).toEqual({ how: 'cannot-evaluate', note: seven.reason });
    expect(compileDefenderEntry('C:\\*\\*\\*\\*\\*\\*\\x', { list: 'path' }).evaluable).toBe(true);
    expect(compileDefenderEntry('*:\\Data', { list: 'path' }).reason).toMatch(/drive letter/);
    expect(compileDefenderEntry('?:\\Data', { list: 'path' }).evaluable).toBe(false);
  });
});

describe('Defender: folders, spellings and case', () => {
  it('C:\\foo, C:\\foo\\ and C:\\foo\\* cover the same folder, recursively', () => {
    for (const entry of ['C:\\foo', 'C:\\foo\\', 'C:\\foo\\*', 'c:/FOO/']) {
      expect(how(entry, 'directory', 'C:\\foo'), entry).toBe('exact');
      expect(how(entry, 'file', 'C:\\Foo\\bar\\baz.txt'), entry).toBe('parent');
      expect(how(entry, 'directory', 'C:\\foo2'), entry).toBeNull();
      expect(how(entry, 'directory', 'C:\\'), entry).toBe('partial');
    }
  });

  it('C:, C:\\ and C:\\* cover the whole drive', () => {
    for (const entry of ['C:', 'C:\\', 'C:\\*', '%SystemDrive%', '%systemdrive%\\']) {
      expect(how(entry, 'directory', 'C:\\Program Files\\X'), entry).toBe('parent');
      expect(how(entry, 'volume', 'C:\\'), entry).toBe('exact');
      expect(how(entry, 'directory', 'D:\\X'), entry).toBeNull();
    }
  });

  it('is case-insensitive and expands machine variables with the SYSTEM table', () => {
    expect(how('%ProgramFiles%\\SEPsesam', 'directory', 'c:\\program files\\sepsesam')).toBe('exact');
    expect(how('C:\\Program Files\\SEPsesam', 'directory', '%PROGRAMFILES%\\SEPsesam\\bin')).toBe('parent');
    expect(how('%USERPROFILE%\\x', 'directory', 'C:\\Windows\\System32\\config\\systemprofile\\x')).toBe('exact');
    expect(how('%USERPROFILE%\\x', 'directory', 'C:\\Users\\alice\\x')).toBeNull();
    expect(SYSTEM_VARIABLES.LOCALAPPDATA).toMatch(/systemprofile/);
    expect(expandSystemVariables('%windir%\\Temp')).toBe('C:\\Windows\\Temp');
    expect(expandSystemVariables('%TEMP%\\x')).toBe('%TEMP%\\x');
  });

  it('a variable Defender does not expand, a bare file name and a relative path cannot be evaluated', () => {
    for (const entry of ['%TEMP%\\x', 'notes.txt', 'data\\x'])
      expect(compileDefenderEntry(entry, { list: 'path' }).evaluable, entry).toBe(false);
  });

  it('network paths compare by server and share', () => {
    expect(how('\\\\srv\\share', 'directory', '\\\\SRV\\Share\\vms')).toBe('parent');
    expect(how('\\\\srv\\share', 'directory', '\\\\srv\\other')).toBeNull();
    expect(how('\\\\?\\C:\\Data', 'directory', 'C:\\Data')).toBe('exact');
  });

  it('a folder below a folder item covers part of it; a file pattern in it covers its direct files only', () => {
    expect(path('C:\\App\\Logs', 'directory', 'C:\\App')).toMatchObject({ how: 'partial' });
    expect(path('C:\\App\\*.log', 'directory', 'C:\\App')?.note).toMatch(/not its subfolders/);
    expect(how('C:\\App\\Logs', 'directory', 'C:\\Other')).toBeNull();
  });

  it('pattern items: covered by their folder, the same pattern or a broader one; one file is partial', () => {
    const glob = 'C:\\Program Files\\SEPsesam\\SEP sesam BSR Pro\\*.*';
    expect(how('C:\\Program Files\\SEPsesam', 'glob', glob)).toBe('parent');
    expect(how(glob, 'glob', glob.toUpperCase())).toBe('exact');
    expect(how('C:\\logs\\*', 'glob', 'C:\\logs\\sm_*.log')).toBe('parent');
    expect(how('C:\\logs\\*.log', 'glob', 'C:\\logs\\sm_*.log')).toBe('wildcard');
    expect(how('C:\\logs\\sm_*.log', 'glob', 'C:\\logs\\*.log')).toBe('partial');
    expect(how('C:\\logs\\sm_1.log', 'glob', 'C:\\logs\\sm_*.log')).toBe('partial');
    expect(how('C:\\logs\\x.txt', 'glob', 'C:\\logs\\sm_*.log')).toBeNull();
  });

  it('contextual entries (path\\:{…}) cover partially and say under which conditions', () => {
    const parts = splitContextual('c:\\documents\\design.doc\\:{PathType:file,ScanTrigger:OnAccess}');
    expect(parts).toEqual({ path: 'c:\\documents\\design.doc', conditions: 'PathType:file,ScanTrigger:OnAccess' });
    expect(splitContextual('C:\\plain')).toBeNull();
    expect(path('C:\\documents\\:{ScanType:full}', 'directory', 'C:\\documents\\x')).toEqual({
      how: 'partial',
      note: 'contextual entry: only when {ScanType:full} holds',
    });
    expect(path('C:\\documents\\*\\:{PathType:folder}', 'directory', 'C:\\other')).toBeNull();
    expect(compileDefenderEntry('C:\\documents\\:{ScanType:full}', { list: 'path' }).reason).toMatch(/contextual/);
  });

  it('path entries never answer for processes or extensions', () => {
    expect(how('C:\\x', 'process', 'C:\\x\\a.exe')).toBeNull();
    expect(how('C:\\x', 'extension', '.x')).toBeNull();
    expect(compileDefenderEntry('C:\\x', { list: 'path' }).cover({ kind: 'directory', value: '/x', platform: 'linux' })).toBeNull();
  });
});

describe('Defender: extensions', () => {
  const ext = (entry: string, kind: RuleKind, value: string) =>
    compileDefenderEntry(entry, { list: 'extension' }).cover(item(kind, value))?.how ?? null;
  it('.test and test are the same entry, compared without case', () => {
    expect(ext('.vhdx', 'extension', 'vhdx')).toBe('exact');
    expect(ext('VHDX', 'extension', '.vhdx')).toBe('exact');
    expect(ext('*.vhdx', 'extension', '.vhdx')).toBe('exact');
    expect(ext('.vhd', 'extension', '.vhdx')).toBeNull();
  });
  it('covers a file or pattern item whose names all end in that extension', () => {
    expect(ext('.log', 'file', 'C:\\x\\a.LOG')).toBe('extension');
    expect(ext('log', 'glob', 'C:\\x\\sm_*.log')).toBe('extension');
    expect(ext('log', 'glob', 'C:\\x\\*.*')).toBeNull();
    expect(ext('log', 'directory', 'C:\\x')).toBeNull();
  });
  it('an empty extension cannot be evaluated', () => {
    expect(compileDefenderEntry(' . ', { list: 'extension' }).evaluable).toBe(false);
  });
});

describe("Defender: the examples on Microsoft's process page (image name versus full path)", () => {
  const proc = (entry: string, value: string) => compileDefenderEntry(entry, { list: 'process' }).cover(item('process', value));
  it('an image name (test.exe) covers that name at any path; no wildcards allowed with an image name', () => {
    expect(proc('test.exe', 'test.exe')?.how).toBe('exact');
    expect(proc('Test.EXE', 'C:\\any\\where\\test.exe')).toEqual({ how: 'wildcard', note: 'by image name: that name at any path' });
    expect(proc('test.exe', 'C:\\test\\test2.exe')).toBeNull();
    expect(compileDefenderEntry('test*.exe', { list: 'process' }).reason).toMatch(/image-name/);
  });
  it('a full path (c:\\test\\process.exe) covers only that image; an image-name item only partially', () => {
    expect(proc('c:\\test\\process.exe', 'C:\\Test\\Process.exe')?.how).toBe('exact');
    expect(proc('c:\\test\\process.exe', 'C:\\other\\process.exe')).toBeNull();
    expect(proc('c:\\test\\process.exe', 'process.exe')?.how).toBe('partial');
  });
  it('wildcards with a full path: C:\\MyFolder\\*, C:\\*\\*\\MyProcess.exe, C:\\*\\MyFolder\\My*.exe, C:\\MyFolder\\MyProcess??.exe', () => {
    expect(proc('C:\\MyFolder\\*', 'C:\\MyFolder\\a.exe')?.how).toBe('wildcard');
    expect(proc('C:\\MyFolder\\*', 'C:\\MyFolder\\sub\\a.exe')).toBeNull();
    expect(proc('C:\\*\\*\\MyProcess.exe', 'C:\\a\\b\\MyProcess.exe')?.how).toBe('wildcard');
    expect(proc('C:\\*\\*\\MyProcess.exe', 'C:\\a\\MyProcess.exe')).toBeNull();
    expect(proc('C:\\*\\MyFolder\\My*.exe', 'C:\\x\\MyFolder\\MyTool.exe')?.how).toBe('wildcard');
    expect(proc('C:\\MyFolder\\MyProcess??.exe', 'C:\\MyFolder\\MyProcess12.exe')?.how).toBe('wildcard');
    expect(proc('C:\\MyFolder\\MyProcess??.exe', 'C:\\MyFolder\\MyProcess1.exe')).toBeNull();
  });
  it('%ALLUSERSPROFILE%\\MyFolder\\MyProcess.exe is expanded', () => {
    expect(proc('%ALLUSERSPROFILE%\\MyFolder\\MyProcess.exe', 'C:\\ProgramData\\MyFolder\\MyProcess.exe')?.how).toBe('exact');
    expect(proc('%systemroot%\\System32\\Vmms.exe', '%SystemRoot%\\system32\\vmms.exe')?.how).toBe('exact');
  });
  it('process entries answer only for processes; a bad full path cannot be evaluated', () => {
    expect(compileDefenderEntry('C:\\x\\a.exe', { list: 'process' }).cover(item('file', 'C:\\x\\a.exe'))).toBeNull();
    expect(compileDefenderEntry('a.exe', { list: 'process' }).cover(item('file', 'C:\\x\\a.exe'))).toBeNull();
    expect(compileDefenderEntry('*:\\x\\a.exe', { list: 'process' }).evaluable).toBe(false);
    expect(compileDefenderEntry('C:\\*\\*\\*\\*\\*\\*\\*.exe', { list: 'process' }).evaluable).toBe(false);
  });
});

describe('Defender: index keys', () => {
  it('an item finds every entry that can cover it under its keys', () => {
    const cases: [string, 'path' | 'process' | 'extension', MatchItem][] = [
      ['C:\\Program Files', 'path', item('directory', '%ProgramFiles%\\X')],
      ['C:\\', 'path', item('directory', 'C:\\Program Files\\X')],
      ['C:\\*\\X', 'path', item('directory', 'C:\\Program Files\\X')],
      ['C:\\Program Files\\X\\y', 'path', item('volume', 'C:\\')],
      ['.vhdx', 'extension', item('file', 'C:\\a.vhdx')],
      ['a.exe', 'process', item('process', 'C:\\x\\a.exe')],
      ['C:\\x\\a.exe', 'process', item('process', 'a.exe')],
      ['C:\\x\\a.exe', 'process', item('process', 'C:\\x\\a.exe')],
    ];
    for (const [entry, list, it] of cases) {
      const compiled = compileDefenderEntry(entry, { list });
      expect(compiled.cover(it), entry).not.toBeNull();
      expect(
        keysForDefenderItem(it).some((k) => compiled.keys.includes(k)),
        `${entry}: ${compiled.keys} vs ${keysForDefenderItem(it)}`,
      ).toBe(true);
    }
    expect(keysForDefenderItem(item('extension', '.x'))).toEqual(['x:*']);
    expect(keysForDefenderItem(item('directory', 'relative'))).toEqual(['x:*']);
  });
});

// One test per statement of Docker's page "Antivirus software and Docker" (docker/docs 4d2ec6b3,
// engine/security/antivirus.md), over the bundled data and the public functions.
import { describe, expect, it } from 'vitest';
import { renderExclusions, resolveExclusions } from '../../src/index.js';

const host = (platform: 'linux' | 'windows' | 'macos', variables: Record<string, string[]> = {}) =>
  resolveExclusions({ product: 'docker', roles: ['host'], platform, variables });

describe('Docker: "Antivirus software and Docker"', () => {
  it('"these files may be locked in a way that causes Docker commands to hang": the reason on every item', () => {
    for (const platform of ['linux', 'windows'] as const) {
      for (const item of host(platform).exclusions) expect(item.rationale).toMatch(/lock.*Docker commands hang/);
    }
  });

  it('"/var/lib/docker on Linux": the data directory, with everything below it', () => {
    const r = host('linux');
    expect(r.exclusions.map((i) => [i.value, i.kind, i.recursive])).toEqual([['/var/lib/docker', 'directory', true]]);
    expect(r.exclusions[0]!.source.url).toBe('https://docs.docker.com/engine/security/antivirus/');
    expect(renderExclusions(r, 'clamav-clamd').text).toContain('ExcludePath ^/var/lib/docker(/|$)');
    expect(renderExclusions(r, 'mdatp-cli').text).toContain("mdatp exclusion folder add --path '/var/lib/docker/' --scope epp");
  });

  it('"%ProgramData%\\docker on Windows Server": kept as a machine variable Defender expands; the page names Windows Server only', () => {
    const r = host('windows');
    expect(r.exclusions.map((i) => i.value)).toEqual(['%ProgramData%\\docker']);
    expect(r.exclusions[0]!.notes!.join(' ')).toMatch(/Windows Server/);
    expect(renderExclusions(r, 'defender-powershell').text).toContain("Add-MpPreference -ExclusionPath '%ProgramData%\\docker'");
  });

  it('"$HOME/Library/Containers/com.docker.docker/ on Mac": under each user\'s home, which only you know (no default)', () => {
    const unknown = host('macos');
    expect(unknown.exclusions).toEqual([]);
    expect(unknown.unresolved.map((i) => [i.rule, i.variables])).toEqual([['docker/data-dir-macos', ['DOCKER_USER_HOME']]]);
    expect(unknown.unresolved[0]!.hint).toMatch(/^DOCKER_USER_HOME: .*\$HOME/);
    const given = host('macos', { DOCKER_USER_HOME: ['/Users/ana', '/Users/bo'] });
    expect(given.exclusions.map((i) => i.value)).toEqual([
      '/Users/ana/Library/Containers/com.docker.docker',
      '/Users/bo/Library/Containers/com.docker.docker',
    ]);
    expect(given.exclusions[0]!.defaultsUsed).toEqual([]);
  });

  it('"viruses or malware in Docker images, writable layers of containers, or volumes are not detected": high risk, saying so', () => {
    for (const platform of ['linux', 'windows'] as const) {
      const [item] = host(platform).exclusions;
      expect(item!.risk).toBe('high');
      expect(item!.riskNote).toMatch(/images.*writable layers.*volumes/);
    }
  });

  it('"One way to reduce these problems" and the recurring stop-scan-restart task: notes, not rules', () => {
    const notes = host('linux').exclusions[0]!.notes!.join(' ');
    expect(notes).toMatch(/one way to reduce these problems/);
    expect(notes).toMatch(/stops Docker, scans the data directory and starts Docker again/);
  });
});

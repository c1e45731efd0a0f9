import { describe, expect, it } from 'vitest';
import {
  emptyState,
  type PageState,
  parseState,
  stateToCliArgs,
  stateToQuery,
  stateToRenderOptions,
  stateToSearch,
} from '../../site/src/state.js';

const ISSUE_URL =
  '?product=sep-sesam&version=5.0.0&role=server&platform=windows&feature=postgresql&set=DATA_STORE_VOLUMES%3DE%3A%5C&format=defender-powershell';

describe('the page state in the URL', () => {
  it('reads the CLI option names of a shared link', () => {
    expect(parseState(ISSUE_URL)).toEqual({
      ...emptyState(),
      product: 'sep-sesam',
      version: '5.0.0',
      roles: ['server'],
      platform: 'windows',
      features: ['postgresql'],
      variables: { DATA_STORE_VOLUMES: ['E:\\'] },
      format: 'defender-powershell',
    });
  });

  it('writes what it reads, in the CLI order', () => {
    expect(stateToSearch(parseState(ISSUE_URL))).toBe(ISSUE_URL);
  });

  it('round-trips every option, repeated ones and values holding = & # % quotes and markup included', () => {
    const state: PageState = {
      product: 'azure-site-recovery',
      version: '',
      roles: ['hyper-v-to-azure/hyper-v-host', 'scvmm-to-azure/vmm-server'],
      platform: 'windows',
      osVersion: '2012 R2',
      features: ['cluster-shared-volumes', 'hyper-v-replica'],
      variables: { VHD_DIRS: ['D:\\VMs', 'E:\\a=b&c#d%20'], REPLICA_DIRS: ['F:\\<img src=x onerror=alert(1)> "q" \'s\''] },
      format: 'defender-gpo',
      action: 'remove',
      includeManaged: true,
      currentFormat: 'defender-reg',
    };
    expect(parseState(stateToSearch(state))).toEqual(state);
  });

  it('leaves out what is not given, and reads an empty query as nothing chosen', () => {
    expect(stateToSearch(emptyState())).toBe('');
    expect(parseState('')).toEqual(emptyState());
    expect(stateToSearch({ ...emptyState(), product: 'hyper-v', roles: ['host'] })).toBe('?product=hyper-v&role=host');
  });

  it('ignores unknown parameters, malformed --set values and repeated roles', () => {
    const state = parseState('?product=hyper-v&role=host&role=host&utm_source=x&set=NOEQUALS&set=%3Dx&set=VHD_DIRS%3D');
    expect(state.roles).toEqual(['host']);
    expect(state.variables).toEqual({});
  });

  it("keeps the Audit panel's format as audit's current-format, last, and never a list", () => {
    expect(stateToSearch({ ...emptyState(), product: 'hyper-v', roles: ['host'], currentFormat: 'clamav-clamd' })).toBe(
      '?product=hyper-v&role=host&current-format=clamav-clamd',
    );
    expect(parseState('?product=hyper-v&current-format=defender-reg&current=C%3A%5C').currentFormat).toBe('defender-reg');
    expect(Object.keys(parseState('?current=C%3A%5C'))).not.toContain('current');
  });

  it('reads include-managed as the CLI flag, action only as remove or add', () => {
    expect(parseState('?include-managed').includeManaged).toBe(true);
    expect(parseState('?include-managed=false').includeManaged).toBe(false);
    expect(parseState('?action=delete').action).toBe('add');
  });
});

describe('the page state as a query and as CLI arguments', () => {
  const state = parseState(`${ISSUE_URL}&os-version=2019&action=remove&include-managed`);

  it('builds the query resolveExclusions takes', () => {
    expect(stateToQuery(state)).toEqual({
      product: 'sep-sesam',
      version: '5.0.0',
      roles: ['server'],
      platform: 'windows',
      osVersion: '2019',
      features: ['postgresql'],
      variables: { DATA_STORE_VOLUMES: ['E:\\'] },
    });
    expect(stateToQuery({ ...emptyState(), product: 'hyper-v', roles: ['host'] })).toEqual({ product: 'hyper-v', roles: ['host'] });
  });

  it('builds the render options', () => {
    expect(stateToRenderOptions(state)).toEqual({ action: 'remove', includeManaged: true });
    expect(stateToRenderOptions(emptyState())).toEqual({});
  });

  it('builds the same command line', () => {
    expect(stateToCliArgs(state)).toEqual([
      'resolve',
      'sep-sesam',
      '--version',
      '5.0.0',
      '--role',
      'server',
      '--platform',
      'windows',
      '--os-version',
      '2019',
      '--feature',
      'postgresql',
      '--set',
      'DATA_STORE_VOLUMES=E:\\',
      '--format',
      'defender-powershell',
      '--action',
      'remove',
      '--include-managed',
    ]);
  });
});

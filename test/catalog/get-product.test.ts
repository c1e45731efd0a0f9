import { describe, expect, it } from 'vitest';
import { getProduct } from '../../src/catalog/get-product.js';
import { expectError } from '../helpers.js';

describe('getProduct', () => {
  it('describes versions, codenames, features and variables with defaults', () => {
    const sesam = getProduct('sep-sesam');
    expect(sesam.versionScheme.type).toBe('numeric');
    expect(sesam.versionScheme.type === 'numeric' && sesam.versionScheme.codenames!.map((c) => `${c.name}=${c.version}`)).toEqual([
      'Apollon=5.1.0',
      'Jaglion=5.0.0',
      'Beefalo=4.4.3',
      'Beefalo V2=4.4.3',
      'Grolar=4.4.3',
    ]);
    expect(sesam.features.map((f) => f.id)).toEqual(['postgresql']);
    expect(sesam.variables.find((v) => v.name === 'SESAM_BIN')!.defaults!.linux!.value).toBe('/opt/sesam');
  });

  it('includes what included products accept', () => {
    const asr = getProduct('azure-site-recovery');
    // Included products bring the features their reached roles use: windows-server's hyper-v role (through hyper-v's
    // host role) uses none, so its domain controller's SYSVOL features are not offered.
    expect(asr.features.map((f) => f.id)).toEqual(['mscs-cluster-volumes', 'cluster-shared-volumes', 'hyper-v-replica']);
    expect(getProduct('hyper-v').features.map((f) => f.id)).toEqual(['cluster-shared-volumes', 'hyper-v-replica']);
    expect(asr.osVersions.windows).toEqual(['2012-r2', '2016', '2019', '2022', '2025']);
    expect(asr.variables.map((v) => v.name)).toEqual(
      expect.arrayContaining(['RETENTION_LOG_VOLUMES', 'QUORUM_DISK', 'VHD_DIRS', 'CSV_VOLUME_IDS']),
    );
  });

  it('throws UNKNOWN_PRODUCT with choices', () => {
    const error = expectError(() => getProduct('hyperv' as never), 'UNKNOWN_PRODUCT');
    expect(error.suggestion).toBe('hyper-v');
  });
});

/** Resolutions the render tests share: the three golden cases and some hostile ones. */
import { resolveExclusions } from '../../src/index.js';
import type { Resolution } from '../../src/types/resolution.js';

export const SESAM_WINDOWS = resolveExclusions({
  product: 'sep-sesam',
  version: '5.0.0',
  roles: ['server'],
  platform: 'windows',
  features: ['postgresql'],
});
export const KERIO_LINUX = resolveExclusions({ product: 'kerio-connect', roles: ['server'], platform: 'linux' });
export const KERIO_MACOS = resolveExclusions({
  product: 'kerio-connect',
  roles: ['server'],
  platform: 'macos',
  variables: { KERIO_STORE_DIR: '/Volumes/Mail/store' },
});
export const ASR_HYPERV = resolveExclusions({
  product: 'azure-site-recovery',
  roles: ['hyper-v-to-azure/hyper-v-host'],
  osVersion: '2019',
  features: ['cluster-shared-volumes'],
});

/** A copy of `base` whose exclusions are replaced by items with the given values (same kind as the first item). */
export function withValues(base: Resolution, values: readonly string[], kind = base.exclusions[0]!.kind): Resolution {
  const template = base.exclusions[0]!;
  return {
    ...base,
    exclusions: values
      .map((value, i) => ({ ...template, kind, rule: `test/hostile-${i}`, value, managedBy: undefined as never, duplicates: [] }))
      .map((item) => {
        delete (item as { managedBy?: unknown }).managedBy;
        return item;
      }),
  };
}

import { describe, expect, it } from 'vitest';
import { resolveExclusions } from '../../src/index.js';
import { conditionalItems, conditionText } from '../../src/render/conditions.js';

describe('conditions', () => {
  it('says in words what would make an item apply', () => {
    expect(conditionText({ features: ['csv'] }, 'windows')).toBe('with feature csv on');
    expect(conditionText({ features: ['a', 'b'], osVersions: '>=2016' }, 'windows')).toBe(
      'with features a, b on; on windows releases >=2016',
    );
  });
  it('lists every conditional item of a resolution with its reason, and its value when it has one', () => {
    const resolution = resolveExclusions({ product: 'hyper-v', roles: ['host'] });
    const items = conditionalItems(resolution);
    expect(items).toHaveLength(resolution.conditional.length);
    expect(items.find((i) => i.rule === 'hyper-v/vmsp-process')).toEqual({
      rule: 'hyper-v/vmsp-process',
      value: '%systemroot%\\System32\\Vmsp.exe',
      reason: 'applies only on windows releases >=2016',
    });
    expect(items.find((i) => i.rule === 'hyper-v/replica-dirs')).toEqual({
      rule: 'hyper-v/replica-dirs',
      reason: 'applies only with feature hyper-v-replica on',
    });
  });
});

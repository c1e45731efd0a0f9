import { describe, expect, it } from 'vitest';
import neverExclude from '../../data/never-exclude.json' with { type: 'json' };
import {
  catalogModule,
  dataIndexModule,
  idsModule,
  neverExcludeModule,
  productEntryModule,
  productModule,
} from '../../scripts/generate.js';
import { checkPacks } from '../../src/catalog/check-packs.js';
import { compilePacks } from '../../src/catalog/compile-packs.js';
import { machineJsonSchema } from '../../src/schema/machine-schema.js';
import { rulePackJsonSchema } from '../../src/schema/pack-schema.js';
import type { NeverExcludeFile } from '../../src/types/never-exclude.js';
import { loadPacks } from '../data/load.js';

// The committed files under src/generated/, data/schema.json and data/machine.schema.json must equal what the data and schema produce.
// In CI a difference fails; locally `npx vitest run -u test/generated` rewrites them.
describe('generated files are current', () => {
  const packs = loadPacks();
  const issues = checkPacks(packs);
  const catalog = compilePacks(packs);

  it('compiles the bundled data without issues', () => expect(issues).toEqual([]));

  it.each(Object.keys(catalog.products).sort())('src/generated/data/%s.ts', async (id) => {
    await expect(productModule(catalog.products[id]!)).toMatchFileSnapshot(`../../src/generated/data/${id}.ts`);
  });

  it.each(Object.keys(catalog.products).sort())('src/generated/entries/%s.ts', async (id) => {
    await expect(productEntryModule(catalog, id)).toMatchFileSnapshot(`../../src/generated/entries/${id}.ts`);
  });

  it('src/generated/data/index.ts', async () => {
    await expect(dataIndexModule(catalog)).toMatchFileSnapshot('../../src/generated/data/index.ts');
  });

  it('src/generated/catalog.ts', async () => {
    await expect(catalogModule(catalog)).toMatchFileSnapshot('../../src/generated/catalog.ts');
  });

  it('src/generated/ids.ts', async () => {
    await expect(idsModule(catalog)).toMatchFileSnapshot('../../src/generated/ids.ts');
  });

  it('src/generated/never-exclude.ts', async () => {
    await expect(neverExcludeModule(neverExclude as NeverExcludeFile)).toMatchFileSnapshot('../../src/generated/never-exclude.ts');
  });

  it('data/schema.json', async () => {
    await expect(`${JSON.stringify(rulePackJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../data/schema.json');
  });

  it('data/machine.schema.json', async () => {
    await expect(`${JSON.stringify(machineJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../data/machine.schema.json');
  });
});

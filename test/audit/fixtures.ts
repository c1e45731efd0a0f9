// What several audit tests start from: the SEP sesam 5.0.0 Windows backup server with PostgreSQL, and the current
// exclusion lists written from the documented formats (test/fixtures/current/).
import { readFileSync } from 'node:fs';
import { parseCurrentExclusions } from '../../src/audit/parse/index.js';
import type { CurrentExclusions, CurrentFormat } from '../../src/audit/types.js';
import { resolveExclusions } from '../../src/index.js';

/** SEP sesam 5.0.0, backup server, Windows, PostgreSQL. */
export const SESAM = resolveExclusions({
  product: 'sep-sesam',
  version: '5.0.0',
  roles: ['server'],
  platform: 'windows',
  features: ['postgresql'],
});

/** A file of test/fixtures/current/, read as `format`. */
export const currentFixture = (name: string, format: CurrentFormat): CurrentExclusions =>
  parseCurrentExclusions(readFileSync(new URL(`../fixtures/current/${name}`, import.meta.url)), format);

// Rewrites data/*.json in canonical form (see scripts/canonical-json.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatPack } from './canonical-json.mjs';

for (const file of readdirSync('data').filter(
  (f) => f.endsWith('.json') && f !== 'schema.json' && f !== 'machine.schema.json' && f !== 'never-exclude.json',
)) {
  const path = `data/${file}`;
  const before = readFileSync(path, 'utf8');
  const after = formatPack(JSON.parse(before));
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`formatted ${path}`);
  }
}

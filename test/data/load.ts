/** Reads the bundled packs from data/ (tests only). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RulePack } from '../../src/types/pack.js';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Every pack file: name, raw text, parsed JSON. */
export function packFiles(): { file: string; text: string; json: unknown }[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json' && f !== 'machine.schema.json' && f !== 'never-exclude.json')
    .sort()
    .map((file) => {
      const text = readFileSync(DATA_DIR + file, 'utf8');
      return { file, text, json: JSON.parse(text) as unknown };
    });
}

/** The id of every pack in data/ (its file name without .json), sorted. */
export function packIds(): string[] {
  return packFiles().map((f) => f.file.replace(/\.json$/, ''));
}

/** Every pack, parsed. */
export function loadPacks(): RulePack[] {
  return packFiles().map((f) => f.json as RulePack);
}

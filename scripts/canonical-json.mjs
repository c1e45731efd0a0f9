// Canonical formatting of rule packs: keys in the fixed order of KEY_ORDER below (one list for every object in a
// pack, so it differs in places from the field order of the RulePack interfaces), 2-space JSON, final newline.
// Used by `npm run fix:data` (scripts/format-data.mjs) and checked by test/data/packs.test.ts.
export const KEY_ORDER = [
  '$schema',
  'id',
  'name',
  'vendor',
  'description',
  'type',
  'maxParts',
  'codenames',
  'releases',
  'versionScheme',
  'documentedVersions',
  'osVersionScheme',
  'platforms',
  'roles',
  'features',
  'variables',
  'sources',
  'rules',
  'includes',
  // roles, features, variables, sources
  'hint',
  'multiple',
  'defaults',
  'value',
  'version',
  'title',
  'url',
  'docVersion',
  'retrieved',
  // rules and includes
  'kind',
  'recursive',
  'role',
  'product',
  'versions',
  'osVersions',
  'when',
  'skipIfUnset',
  'risk',
  'riskNote',
  'managedBy',
  'rationale',
  'source',
  'provenance',
  'correction',
  'notes',
  // nested
  'section',
  'by',
  'scanner',
  'note',
  'original',
  'windows',
  'linux',
  'macos',
];

function rank(key) {
  const i = KEY_ORDER.indexOf(key);
  return i < 0 ? KEY_ORDER.length : i;
}

export function canonicalize(value) {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(keys.map((k) => [k, canonicalize(value[k])]));
  }
  return value;
}

export function formatPack(value) {
  return `${JSON.stringify(canonicalize(value), null, 2)}\n`;
}

// Shapes of careless and hostile input for the fuzz runs (test/fuzz/fuzz.test.ts, scripts/fuzz.mjs).
import fc from 'fast-check';

const ids = ['sep-sesam', 'kerio-connect', 'hyper-v', 'scvmm', 'azure-site-recovery', 'failover-cluster', '__proto__', 'constructor'];
const hostileText = fc.oneof(
  fc.constantFrom(
    '/',
    '//',
    'C:',
    'C:\\',
    'c:/',
    '%SystemDrive%',
    '%SystemDrive%\\',
    '\\\\?\\C:\\',
    '\\\\.\\PhysicalDrive0',
    '/srv/store',
    'E:\\',
    '/bin',
    '/*',
    'C:\\Windows\\..',
    '\u202e',
    '\ud800',
    '\u200b',
    '\n',
    '\u001b[31m',
    '__proto__',
    'server',
    'linux',
    'windows',
    '5.1.0',
    ' 5.1.0 ',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const oddValue = fc.oneof(
  hostileText,
  fc.bigInt(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileText, { maxLength: 4 }),
  fc.sparseArray(hostileText, { maxLength: 4 }),
  fc.constant(Symbol('s')),
  fc.constant(() => 1),
);

/** A query: mostly plausible fields, often odd ones. */
export const query = fc.record(
  {
    product: fc.oneof(fc.constantFrom(...ids), oddValue),
    roles: fc.oneof(fc.array(fc.constantFrom('server', 'client', 'rds', 'host', 'hyper-v-host'), { maxLength: 3 }), oddValue),
    platform: fc.oneof(fc.constantFrom('windows', 'linux', 'macos'), oddValue),
    version: fc.oneof(fc.constantFrom('5.1.0', '5.0', ' 4.4.3 '), oddValue),
    features: fc.oneof(fc.array(fc.constantFrom('postgresql', 'db'), { maxLength: 2 }), oddValue),
    variables: fc.oneof(
      fc.dictionary(fc.constantFrom('SESAM_BIN', 'SESAM_ROOT', 'DATA_STORE_VOLUMES', 'DATA_STORE_DIRS', '__proto__', 'X'), oddValue, {
        maxKeys: 3,
      }),
      oddValue,
    ),
    provenance: fc.oneof(fc.array(fc.constantFrom('vendor-page', 'derived'), { maxLength: 2 }), oddValue),
  },
  { requiredKeys: [] },
);

/** A change to a resolution's first item or to the render options. */
export const renderCase = fc.record({
  field: fc.constantFrom('value', 'kind', 'source', 'rule', 'via', 'recursive', 'managedBy', 'notes', 'platform'),
  value: oddValue,
  options: fc.oneof(fc.constant(undefined), fc.record({ action: oddValue, includeManaged: oddValue }, { requiredKeys: [] }), oddValue),
});

const argvWord = fc.oneof(
  fc.constantFrom(
    'resolve',
    'list',
    'help',
    'sep-sesam',
    'kerio-connect',
    '--role',
    'server',
    '--platform',
    'linux',
    'windows',
    '--format',
    'clamav-clamd',
    'json',
    'csv',
    'defender-powershell',
    'mdatp-cli',
    '--set',
    'SESAM_BIN=/',
    'DATA_STORE_VOLUMES=/srv/store',
    '__proto__=x',
    '--action',
    'remove',
    '--include-managed',
    '--strict',
    '--fromat',
    '-h',
    '--version',
    '--output',
    '-',
  ),
  hostileText,
);

/** A command line. */
export const argv = fc.array(argvWord, { maxLength: 10 });

/**
 * The page's state and its two outside forms: the URL query, which uses the CLI's own option names
 * (`?product=sep-sesam&version=5.0.0&role=server&platform=windows&feature=postgresql&set=DATA_STORE_VOLUMES%3DE%3A%5C`),
 * and the query `resolveExclusions` takes. No DOM here: the form reads and writes a {@link PageState}.
 *
 * @module
 */
import type { ExclusionQuery, Platform, RenderOptions } from 'av-exclusions';

/** Everything the form holds, as the CLI's options would say it. Empty strings mean "not given". */
export interface PageState {
  /** `resolve <product>`. */
  product: string;
  /** `--version` ('' = the newest documented version). */
  version: string;
  /** `--role`, repeatable. */
  roles: string[];
  /** `--platform` ('' = the product's only platform). */
  platform: string;
  /** `--os-version` ('' = not given). */
  osVersion: string;
  /** `--feature`, repeatable. */
  features: string[];
  /** `--set NAME=VALUE`, repeatable: the values of each variable, in order. Empty values are not kept. */
  variables: Record<string, string[]>;
  /** `--format`, one of the render targets ('' = none chosen yet). */
  format: string;
  /** `--action`. */
  action: 'add' | 'remove';
  /** `--include-managed`. */
  includeManaged: boolean;
  /**
   * `audit --current-format`: the format of the list in the Audit panel ('' = none chosen). The list itself is never
   * part of the state: it can be large and private, so it stays out of the URL.
   */
  currentFormat: string;
}

/** A state with nothing chosen. */
export function emptyState(): PageState {
  return {
    product: '',
    version: '',
    roles: [],
    platform: '',
    osVersion: '',
    features: [],
    variables: {},
    format: '',
    action: 'add',
    includeManaged: false,
    currentFormat: '',
  };
}

/**
 * Reads a URL query (`location.search`) written with the CLI's option names. Unknown parameters are ignored; a value
 * the catalog does not know is kept as given, so the form can show it and the resolver can say what is wrong.
 *
 * @param search - the query string, with or without its leading `?`
 * @returns the state it describes (what it does not say is empty)
 */
export function parseState(search: string): PageState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.product = params.get('product') ?? '';
  state.version = params.get('version') ?? '';
  state.roles = unique(params.getAll('role').filter(Boolean));
  state.platform = params.get('platform') ?? '';
  state.osVersion = params.get('os-version') ?? '';
  state.features = unique(params.getAll('feature').filter(Boolean));
  for (const set of params.getAll('set')) {
    const eq = set.indexOf('=');
    if (eq <= 0) continue;
    const value = set.slice(eq + 1);
    if (value !== '') (state.variables[set.slice(0, eq)] ??= []).push(value);
  }
  state.format = params.get('format') ?? '';
  state.action = params.get('action') === 'remove' ? 'remove' : 'add';
  state.includeManaged = params.has('include-managed') && params.get('include-managed') !== 'false';
  state.currentFormat = params.get('current-format') ?? '';
  return state;
}

/**
 * Writes a state as a URL query with the CLI's option names, in the CLI's order; what is not given is left out.
 *
 * @param state - the state
 * @returns the query string, with its leading `?` (or `''` when nothing is chosen)
 */
export function stateToSearch(state: PageState): string {
  const params = new URLSearchParams();
  if (state.product) params.append('product', state.product);
  if (state.version) params.append('version', state.version);
  for (const role of state.roles) params.append('role', role);
  if (state.platform) params.append('platform', state.platform);
  if (state.osVersion) params.append('os-version', state.osVersion);
  for (const feature of state.features) params.append('feature', feature);
  for (const [name, values] of Object.entries(state.variables)) for (const value of values) params.append('set', `${name}=${value}`);
  if (state.format) params.append('format', state.format);
  if (state.action === 'remove') params.append('action', 'remove');
  if (state.includeManaged) params.append('include-managed', '');
  if (state.currentFormat) params.append('current-format', state.currentFormat);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The query `resolveExclusions` takes for a state: what `av-exclusions resolve` builds from the same options.
 *
 * @param state - the state
 * @returns the query
 */
export function stateToQuery(state: PageState): ExclusionQuery {
  const query: ExclusionQuery = { product: state.product, roles: state.roles };
  if (state.platform) query.platform = state.platform as Platform;
  if (state.version) query.version = state.version;
  if (state.osVersion) query.osVersion = state.osVersion;
  if (state.features.length) query.features = state.features;
  const variables = Object.entries(state.variables).filter(([, values]) => values.length > 0);
  if (variables.length) query.variables = Object.fromEntries(variables);
  return query;
}

/**
 * The render options for a state: what `--action` and `--include-managed` pass to `renderExclusions`.
 *
 * @param state - the state
 * @returns the options
 */
export function stateToRenderOptions(state: PageState): RenderOptions {
  return { ...(state.action === 'remove' ? { action: 'remove' as const } : {}), ...(state.includeManaged ? { includeManaged: true } : {}) };
}

/**
 * The `av-exclusions` arguments that give the same output as the page for a state (for the page's "same from the
 * command line" line and for the tests that compare the two).
 *
 * @param state - the state
 * @returns the arguments, after the program name
 */
export function stateToCliArgs(state: PageState): string[] {
  const args = ['resolve', state.product];
  if (state.version) args.push('--version', state.version);
  for (const role of state.roles) args.push('--role', role);
  if (state.platform) args.push('--platform', state.platform);
  if (state.osVersion) args.push('--os-version', state.osVersion);
  for (const feature of state.features) args.push('--feature', feature);
  for (const [name, values] of Object.entries(state.variables)) for (const value of values) args.push('--set', `${name}=${value}`);
  if (state.format) args.push('--format', state.format);
  if (state.action === 'remove') args.push('--action', 'remove');
  if (state.includeManaged) args.push('--include-managed');
  return args;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

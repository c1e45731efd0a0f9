/**
 * The contract every render target declares, and the one pipeline that runs it: option checks and defaults, the
 * platform check, item selection and the kinds a target cannot express. Each format module then holds only its
 * format.
 *
 * @module
 */
import { AvExclusionsError } from '../errors.js';
import { describeValue } from '../internal/quote.js';
import { choicesTail } from '../internal/suggest.js';
import { MAX_VALUE_LENGTH } from '../paths/values.js';
import type { Platform, RuleKind, Scanner } from '../types/pack.js';
import { PLATFORMS, PROVENANCE, RISKS, RULE_KINDS } from '../types/pack.js';
import type { AnyResolution, ExclusionItem } from '../types/resolution.js';
import { conditionalItems } from './conditions.js';
import { managedText } from './managed.js';
import { scannerLabel } from './scanners.js';
import type { RenderOptions, RenderOutput, RenderTarget, SkippedItem } from './types.js';

/** Every action a renderer knows. */
export const RENDER_ACTIONS = ['add', 'remove'] as const;

/** `add` (the install form) or `remove` (the uninstall form). */
export type RenderAction = (typeof RENDER_ACTIONS)[number];

/** An item left out because the target cannot express its kind. */
export interface UnexpressedItem extends SkippedItem {
  /** The item's kind. */
  kind: RuleKind;
}

/** What the pipeline hands a format module. */
export interface RenderContext {
  /** The resolution rendered. */
  resolution: AnyResolution;
  /** The target id. */
  target: RenderTarget;
  /** The scanner the target configures, or `null` for review formats. */
  scanner: Scanner | null;
  /** The resolution's platform, one the target serves. */
  platform: Platform;
  /** The action, checked against the target's and defaulted to `add`. */
  action: RenderAction;
  /** The items to render, in the resolution's order. */
  items: ExclusionItem[];
  /** Items left to the product's installer (managed in this target's scanner). */
  managed: SkippedItem[];
  /** Items whose kind the target cannot express. */
  unexpressed: UnexpressedItem[];
  /** The warnings of the output, in order; the format module appends to it. */
  warnings: string[];
}

/** What a format module returns: the output's lines (without line endings), and its structured form if it has one. */
export interface FormatResult {
  /** The lines; the pipeline joins them with the target's line ending and ends the text with one. */
  lines: string[];
  /** The structured object behind the text, for JSON targets. */
  data?: unknown;
}

/** The fields every target declares. */
interface TargetBase {
  /** The target id. */
  id: RenderTarget;
  /** The platforms it serves. */
  platforms: readonly Platform[];
  /** The scanner it configures, whose installer-managed items it leaves out; `null` for review formats. */
  scanner: Scanner | null;
  /** Kinds the target cannot express: such items are skipped with a reason (the scanner has no such exclusion). */
  skipsKinds?: readonly RuleKind[];
  /** The target of the same scanner for another platform, named in the `TARGET_PLATFORM_MISMATCH` message. */
  elsewhere?: Partial<Record<Platform, RenderTarget>>;
  /** Checks the value of an item skipped for its kind, so an unsafe value is refused even when not rendered. */
  checkSkipped?: (item: ExclusionItem, platform: Platform) => void;
  /** The line ending of the output. */
  eol: '\r\n' | '\n';
  /** Renders the prepared context. */
  render: (context: RenderContext) => FormatResult;
}

/**
 * A target's contract: its platforms, actions, scanner, the kinds it skips, its line ending and its format. A target
 * without an uninstall form says why, for the `INVALID_OPTION` message.
 */
export type TargetSpec = TargetBase &
  ({ actions: readonly ['add', 'remove']; noRemoveForm?: undefined } | { actions: readonly ['add']; noRemoveForm: string });

/**
 * Throws `TARGET_PLATFORM_MISMATCH` when a resolution's platform is not one the target serves.
 *
 * @param resolution - the resolution to render
 * @param target - the target id, for the message
 * @param platforms - platforms the target serves
 * @param elsewhere - the target to name instead, by platform
 * @throws AvExclusionsError `TARGET_PLATFORM_MISMATCH`
 */
export function assertPlatform(
  resolution: AnyResolution,
  target: RenderTarget,
  platforms: readonly Platform[],
  elsewhere: Partial<Record<Platform, RenderTarget>> = {},
): void {
  const platform = resolution.query.platform;
  if (!platforms.includes(platform)) {
    const instead = elsewhere[platform];
    throw new AvExclusionsError(
      'TARGET_PLATFORM_MISMATCH',
      `target "${target}" renders ${platforms.join('/')} exclusions, but the resolution is for ${platform}` +
        (instead ? `; for ${platform} use "${instead}"` : ''),
      { value: platform, choices: platforms },
    );
  }
}

/**
 * Checks `options.action` and defaults it: an unknown action, or one the target has no form for, is an
 * `INVALID_OPTION` error.
 *
 * @param spec - the target
 * @param options - render options
 * @returns the action
 * @throws AvExclusionsError `INVALID_OPTION`
 */
function checkAction(spec: TargetSpec, options: RenderOptions): RenderAction {
  const action = options.action ?? 'add';
  if (!(spec.actions as readonly RenderAction[]).includes(action)) {
    throw new AvExclusionsError('INVALID_OPTION', `${spec.id} has no remove form: ${spec.noRemoveForm}`, {
      value: options.action,
      choices: spec.actions,
    });
  }
  return action;
}

/**
 * Throws `INVALID_OPTION` when `options.action` is set to something other than `add` or `remove`.
 *
 * @param options - render options
 * @throws AvExclusionsError `INVALID_OPTION`
 */
function assertKnownAction(options: RenderOptions): void {
  if (options.action !== undefined && !(RENDER_ACTIONS as readonly unknown[]).includes(options.action)) {
    throw new AvExclusionsError('INVALID_OPTION', `unknown action ${describeValue(options.action)}; valid: ${RENDER_ACTIONS.join(', ')}`, {
      value: options.action,
      choices: RENDER_ACTIONS,
    });
  }
}

function badResolution(path: string, expected: string, value: unknown): never {
  throw new AvExclusionsError('INVALID_QUERY', `invalid resolution: ${path} must be ${expected}, got ${describeValue(value)}`, { value });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectString(value: unknown, path: string, optional = false): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string') badResolution(path, 'a string', value);
  if (value.length > MAX_VALUE_LENGTH * 4) badResolution(path, `at most ${MAX_VALUE_LENGTH * 4} characters`, value.length);
}

function expectOneOf(value: unknown, path: string, choices: readonly string[]): void {
  if (typeof value !== 'string' || !choices.includes(value)) badResolution(path, `one of ${choices.join(', ')}`, value);
}

function expectStrings(value: unknown, path: string): void {
  expectArray(value, path).forEach((entry, i) => {
    expectString(entry, `${path}[${i}]`);
  });
}

function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) badResolution(path, 'an array', value);
  return value;
}

function checkItem(item: unknown, path: string, bucket: 'exclusions' | 'conditional' | 'unresolved'): void {
  if (!isRecord(item)) badResolution(path, 'an object', item);
  expectString(item.rule, `${path}.rule`);
  expectOneOf(item.kind, `${path}.kind`, RULE_KINDS);
  expectString(item.template, `${path}.template`);
  expectOneOf(item.platform, `${path}.platform`, PLATFORMS);
  if (typeof item.recursive !== 'boolean') badResolution(`${path}.recursive`, 'a boolean', item.recursive);
  expectString(item.rationale, `${path}.rationale`);
  expectOneOf(item.provenance, `${path}.provenance`, PROVENANCE);
  expectOneOf(item.risk, `${path}.risk`, RISKS);
  expectString(item.riskNote, `${path}.riskNote`, true);
  if (!isRecord(item.source)) badResolution(`${path}.source`, 'an object', item.source);
  for (const key of ['id', 'title', 'url', 'section', 'docVersion']) expectString(item.source[key], `${path}.source.${key}`);
  expectArray(item.via, `${path}.via`).forEach((step, i) => {
    if (!isRecord(step)) badResolution(`${path}.via[${i}]`, 'an object', step);
    expectString(step.product, `${path}.via[${i}].product`);
    expectString(step.role, `${path}.via[${i}].role`);
  });
  if (item.managedBy !== undefined) {
    if (!isRecord(item.managedBy)) badResolution(`${path}.managedBy`, 'an object', item.managedBy);
    for (const key of ['by', 'scanner', 'note']) expectString(item.managedBy[key], `${path}.managedBy.${key}`);
    expectString(item.managedBy.disabledBy, `${path}.managedBy.disabledBy`, true);
  }
  if (item.correction !== undefined) {
    if (!isRecord(item.correction)) badResolution(`${path}.correction`, 'an object', item.correction);
    for (const key of ['original', 'note']) expectString(item.correction[key], `${path}.correction.${key}`);
  }
  if (item.notes !== undefined) expectStrings(item.notes, `${path}.notes`);
  if (bucket === 'exclusions') {
    expectString(item.value, `${path}.value`);
    if (item.duplicates !== undefined)
      expectArray(item.duplicates, `${path}.duplicates`).forEach((d, i) => {
        if (!isRecord(d)) badResolution(`${path}.duplicates[${i}]`, 'an object', d);
        expectString(d.rule, `${path}.duplicates[${i}].rule`);
      });
    if (item.defaultsUsed !== undefined) expectStrings(item.defaultsUsed, `${path}.defaultsUsed`);
  } else {
    expectStrings(item.variables, `${path}.variables`);
    if (bucket === 'unresolved') expectString(item.hint, `${path}.hint`);
    else {
      expectString(item.value, `${path}.value`, true);
      if (!isRecord(item.condition)) badResolution(`${path}.condition`, 'an object', item.condition);
      if (item.condition.features !== undefined) expectStrings(item.condition.features, `${path}.condition.features`);
      expectString(item.condition.osVersions, `${path}.condition.osVersions`, true);
    }
  }
}

function expectNullableString(value: unknown, path: string): void {
  if (value !== null) expectString(value, path);
}

/** A machine's resolution: its products' queries are what the headers name. */
function checkMachine(machine: unknown, platform: string): void {
  if (!isRecord(machine)) badResolution('machine', 'an object', machine);
  if (machine.platform !== platform) badResolution('machine.platform', `the platform of query.platform (${platform})`, machine.platform);
  expectNullableString(machine.osVersion ?? null, 'machine.osVersion');
  const products = expectArray(machine.products, 'machine.products');
  if (products.length === 0) badResolution('machine.products', 'a non-empty array', products);
  products.forEach((q, i) => {
    const path = `machine.products[${i}]`;
    if (!isRecord(q)) badResolution(path, 'an object', q);
    expectString(q.product, `${path}.product`);
    expectNullableString(q.version ?? null, `${path}.version`);
    expectNullableString(q.documentedVersion ?? null, `${path}.documentedVersion`);
    expectStrings(q.roles, `${path}.roles`);
    expectStrings(q.features, `${path}.features`);
  });
}

/**
 * Reads a resolution handed to a renderer (a product's, or a machine's: `'machine' in resolution`): a copy made once (a
 * caller may build a Resolution by hand, with getters or proxies), checked field by field, so a format module only
 * ever sees well-typed data.
 *
 * @param resolution - what the caller passed
 * @returns the checked copy
 * @throws AvExclusionsError `INVALID_QUERY` (a field missing or of the wrong type, an unreadable object); the values
 *   themselves are checked by each format (`UNSAFE_VALUE`)
 */
export function readResolution(resolution: unknown): AnyResolution {
  let copy: unknown;
  try {
    copy = structuredClone(resolution);
  } catch {
    throw new AvExclusionsError(
      'INVALID_QUERY',
      'invalid resolution: it cannot be read as plain data (functions, proxies or throwing getters)',
    );
  }
  if (!isRecord(copy)) badResolution('the resolution', 'an object', copy);
  const query = copy.query;
  if (!isRecord(query)) badResolution('query', 'an object', query);
  expectOneOf(query.platform, 'query.platform', PLATFORMS);
  if ('machine' in copy) checkMachine(copy.machine, query.platform as string);
  else expectString(query.product, 'query.product');
  for (const bucket of ['exclusions', 'conditional', 'unresolved'] as const) {
    expectArray(copy[bucket], bucket).forEach((item, i) => {
      checkItem(item, `${bucket}[${i}]`, bucket);
    });
  }
  expectArray(copy.warnings, 'warnings').forEach((w, i) => {
    if (!isRecord(w)) badResolution(`warnings[${i}]`, 'an object', w);
    expectString(w.code, `warnings[${i}].code`);
    expectString(w.message, `warnings[${i}].message`);
  });
  return copy as unknown as AnyResolution;
}

/**
 * Reads render options: an object (or nothing) whose `action` is `add` or `remove` and whose `includeManaged` is a
 * boolean; a string passed where the options go (`renderExclusions(r, target, 'remove')`) is refused.
 *
 * @param options - what the caller passed
 * @returns a checked copy
 * @throws AvExclusionsError `INVALID_OPTION`
 */
export function readRenderOptions(options: unknown): RenderOptions {
  if (options === undefined) return {};
  let action: unknown;
  let includeManaged: unknown;
  try {
    if (!isRecord(options)) {
      throw new AvExclusionsError(
        'INVALID_OPTION',
        `render options must be an object such as { action: 'remove' }, got ${describeValue(options)}`,
        {
          value: options,
        },
      );
    }
    action = options.action;
    includeManaged = options.includeManaged;
  } catch (error) {
    if (error instanceof AvExclusionsError) throw error;
    throw new AvExclusionsError('INVALID_OPTION', 'render options cannot be read');
  }
  if (includeManaged !== undefined && typeof includeManaged !== 'boolean') {
    throw new AvExclusionsError('INVALID_OPTION', `includeManaged must be true or false, got ${describeValue(includeManaged)}`, {
      value: includeManaged,
    });
  }
  const out: RenderOptions = {};
  if (action !== undefined) out.action = action as RenderAction;
  if (includeManaged !== undefined) out.includeManaged = includeManaged as boolean;
  return out;
}

/**
 * Whether `includeManaged` means anything for a target: it does for every target of a scanner, which leaves out the
 * items whose `managedBy.scanner` names it (`managedBy.scanner` is a {@link Scanner}, so each scanner a target configures
 * is one an item can be managed in); it does not for a review format (`scanner: null`), which lists every item, managed
 * ones included.
 *
 * @param spec - the target
 * @returns whether the target leaves managed items out unless `includeManaged`
 */
export function includeManagedApplies(spec: Pick<TargetSpec, 'scanner'>): boolean {
  return spec.scanner !== null;
}

/**
 * Throws `INVALID_OPTION` when `options.includeManaged` is `true` for a target where it means nothing
 * ({@link includeManagedApplies}); the message and `choices` name the targets it applies to, taken from `targets`.
 * `false` is accepted everywhere.
 *
 * @param spec - the target rendered
 * @param options - render options, already read
 * @param targets - every target, in the order to name them
 * @throws AvExclusionsError `INVALID_OPTION`
 */
export function assertIncludeManaged(spec: TargetSpec, options: RenderOptions, targets: readonly TargetSpec[]): void {
  if (options.includeManaged !== true || includeManagedApplies(spec)) return;
  const choices = targets.filter(includeManagedApplies).map((target) => target.id);
  throw new AvExclusionsError(
    'INVALID_OPTION',
    'includeManaged applies to the formats that configure a scanner (only they leave out the exclusions an installer or the ' +
      `scanner itself already adds), not to ${describeValue(spec.id)}, a review format that lists every item${choicesTail(choices, undefined)}`,
    { value: spec.id, choices },
  );
}

/** The items a target renders, and those it leaves to the product's installer. */
export interface Selection {
  /** Items to render. */
  items: ExclusionItem[];
  /** Items left out because the installer manages them for this scanner. */
  skipped: SkippedItem[];
}

/**
 * Picks the exclusions to render. Items whose `managedBy.scanner` is the target's scanner are left to the product's
 * installer unless `options.includeManaged` is set; a target of another scanner, or of none, renders them all. An
 * item whose `managedBy` still carries an OS range (the query gave no release) is left out too, its reason saying so.
 *
 * @param resolution - the resolution to render
 * @param options - render options
 * @param scanner - the scanner the target configures, or `null`
 * @returns items to render and managed items skipped
 */
export function selectItems(resolution: AnyResolution, options: RenderOptions, scanner: Scanner | null): Selection {
  const items: ExclusionItem[] = [];
  const skipped: SkippedItem[] = [];
  for (const item of resolution.exclusions) {
    if (scanner !== null && !options.includeManaged && item.managedBy?.scanner === scanner) {
      const range = item.managedBy.osVersions;
      // A range still on the item means the query gave no OS release: the item is treated as managed, and says so.
      const where = range === undefined ? '' : `; only on OS releases ${range}, and no release was given: pass it to settle this`;
      skipped.push({
        rule: item.rule,
        value: item.value,
        reason: `managed by the ${item.managedBy.by} (${managedText(item.managedBy)})${where}`,
      });
    } else {
      items.push(item);
    }
  }
  return { items, skipped };
}

/**
 * Renders a resolution with one target: checks the action (default `add`) and the platform, leaves out the items the
 * installer manages in the target's scanner (unless `includeManaged`) and the kinds the target cannot express (each
 * with its reason), then lets the format module render the rest and joins its lines with the target's line ending.
 *
 * @param spec - the target
 * @param given - the resolution (checked and copied first)
 * @param givenOptions - `action`, `includeManaged` (checked first)
 * @returns the output; `skipped` lists managed items first, then the kinds the target cannot express
 * @throws AvExclusionsError `INVALID_OPTION`, `TARGET_PLATFORM_MISMATCH`, and what the format module throws
 *   (`UNSAFE_VALUE`)
 */
export function renderWith(spec: TargetSpec, given: AnyResolution, givenOptions: RenderOptions = {}): RenderOutput {
  const options = readRenderOptions(givenOptions);
  const resolution = readResolution(given);
  assertKnownAction(options);
  assertPlatform(resolution, spec.id, spec.platforms, spec.elsewhere);
  const action = checkAction(spec, options);
  const platform = resolution.query.platform;
  const selection = selectItems(resolution, options, spec.scanner);
  const items: ExclusionItem[] = [];
  const unexpressed: UnexpressedItem[] = [];
  const scanner = scannerLabel(spec.scanner, spec.id);
  for (const item of selection.items) {
    if (spec.skipsKinds?.includes(item.kind)) {
      spec.checkSkipped?.(item, platform);
      unexpressed.push({ rule: item.rule, value: item.value, reason: `${scanner} has no ${item.kind} exclusion`, kind: item.kind });
    } else {
      items.push(item);
    }
  }
  const context: RenderContext = {
    resolution,
    target: spec.id,
    scanner: spec.scanner,
    platform,
    action,
    items,
    managed: selection.skipped,
    unexpressed,
    warnings: [],
  };
  const { lines, data } = spec.render(context);
  const skipped = [...selection.skipped, ...unexpressed.map(({ rule, value, reason }) => ({ rule, value, reason }))];
  const text = `${lines.join(spec.eol)}${spec.eol}`;
  const conditional = conditionalItems(resolution);
  return data === undefined
    ? { target: spec.id, text, skipped, conditional, warnings: context.warnings }
    : { target: spec.id, text, data, skipped, conditional, warnings: context.warnings };
}

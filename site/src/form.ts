/**
 * The "Pick" form: builds its controls from a product's description (`getProduct`) and reads them back into a
 * {@link PageState}. A value the product does not know (from a shared URL) gets a control of its own, marked as
 * unknown, so the form always shows the whole state and the resolver's error says what is wrong with it.
 *
 * @module
 */
import type { Platform, ProductInfo, ProductSummary } from 'av-exclusions';
import { h, replace } from './dom.js';
import type { PageState } from './state.js';

/** The form's controls, found once in the page. */
export interface FormElements {
  form: HTMLFormElement;
  product: HTMLSelectElement;
  productHelp: HTMLElement;
  roles: HTMLElement;
  version: HTMLInputElement;
  versionList: HTMLDataListElement;
  versionHelp: HTMLElement;
  platform: HTMLSelectElement;
  osVersion: HTMLSelectElement;
  osVersionHelp: HTMLElement;
  features: HTMLElement;
  featuresFieldset: HTMLFieldSetElement;
  variables: HTMLElement;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** Finds the form's controls. */
export function findForm(): FormElements {
  return {
    form: byId('pick'),
    product: byId('product'),
    productHelp: byId('product-help'),
    roles: byId('role-choices'),
    version: byId('version'),
    versionList: byId('version-list'),
    versionHelp: byId('version-help'),
    platform: byId('platform'),
    osVersion: byId('os-version'),
    osVersionHelp: byId('os-version-help'),
    features: byId('feature-choices'),
    featuresFieldset: byId('features'),
    variables: byId('variable-fields'),
  };
}

/**
 * Fills the product list (once).
 *
 * @param form - the controls
 * @param products - `listProducts()`
 */
export function fillProducts(form: FormElements, products: readonly ProductSummary[]): void {
  replace(form.product, ...products.map((p) => h('option', { value: p.id }, `${p.name} (${p.vendor})`)));
}

/**
 * Selects a value in a select, adding an option marked as unknown when the list does not hold it.
 *
 * @param select - the select
 * @param value - the value to select
 */
function selectValue(select: HTMLSelectElement, value: string): void {
  if (![...select.options].some((o) => o.value === value)) select.append(h('option', { value, class: 'unknown' }, `${value} (unknown)`));
  select.value = value;
}

function checkbox(name: string, value: string, checked: boolean, label: string, detail: string, unknown = false): HTMLElement {
  const id = `${name}-${value}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return h(
    'div',
    { class: unknown ? 'choice unknown' : 'choice' },
    h('input', { type: 'checkbox', id, name, value, checked }),
    h('label', { for: id }, label, detail ? h('span', { class: 'detail' }, ` ${detail}`) : null),
  );
}

/**
 * Builds the controls that depend on the product (roles, version, platform, OS release, features, variables) and
 * sets them to the state.
 *
 * @param form - the controls
 * @param product - the product's description, or `null` when the state names an unknown product
 * @param state - the state to show
 */
export function buildProductControls(form: FormElements, product: ProductInfo | null, state: PageState): void {
  selectValue(form.product, state.product);
  form.productHelp.textContent = product ? product.description : '';

  // Roles: the product's, then any unknown one the state names.
  const roleBoxes = (product?.roleDetails ?? []).map((role) =>
    checkbox(
      'role',
      role.id,
      state.roles.includes(role.id),
      role.name,
      `(${role.id}${role.platforms ? `; ${role.platforms.join(', ')} only` : ''})`,
    ),
  );
  for (const role of state.roles) {
    if (!product?.roles.includes(role)) roleBoxes.push(checkbox('role', role, true, role, '(unknown role)', true));
  }
  replace(form.roles, ...roleBoxes);

  // Version: numbers and codenames as suggestions; free text is allowed, as on the command line.
  const scheme = product?.versionScheme;
  const suggestions: HTMLOptionElement[] = [];
  let help = '';
  if (scheme?.type === 'numeric') {
    for (const v of product!.documentedVersions) suggestions.push(h('option', { value: v }, 'documented'));
    for (const c of scheme.codenames ?? []) suggestions.push(h('option', { value: c.name }, `= ${c.version}`));
    const newest = product!.documentedVersions.at(-1);
    const codenames = (scheme.codenames ?? []).map((c) => `${c.name} = ${c.version}`).join(', ');
    help =
      `A version number (up to ${scheme.maxParts} parts)${codenames ? ` or a codename: ${codenames}` : ''}.` +
      (newest ? ` Empty: the newest documented (${newest}).` : '');
  } else if (scheme?.type === 'train') {
    for (const r of scheme.releases) suggestions.push(h('option', { value: r.id }, r.name));
    help = `A release: ${scheme.releases.map((r) => r.name).join(', ')}.`;
  } else if (scheme?.type === 'none') {
    help = "This product's guidance is the same for every version.";
  }
  replace(form.versionList, ...suggestions);
  form.version.value = state.version;
  form.version.disabled = scheme?.type === 'none' && state.version === '';
  form.versionHelp.textContent = help;

  // Platform.
  const platforms = product?.platforms ?? [];
  replace(
    form.platform,
    ...(platforms.length > 1 && !state.platform ? [h('option', { value: '' }, 'choose a platform')] : []),
    ...platforms.map((p) => h('option', { value: p }, p)),
  );
  if (state.platform) selectValue(form.platform, state.platform);

  // Features.
  const featureBoxes = (product?.features ?? []).map((f) => checkbox('feature', f.id, state.features.includes(f.id), f.id, f.description));
  for (const f of state.features) {
    if (!product?.features.some((known) => known.id === f)) featureBoxes.push(checkbox('feature', f, true, f, '(unknown feature)', true));
  }
  replace(form.features, ...(featureBoxes.length ? featureBoxes : [h('p', { class: 'help' }, 'This product has none.')]));

  buildPlatformControls(form, product, state);
}

/**
 * Builds the controls that depend on the platform and roles (OS release, variables) and sets them to the state.
 *
 * @param form - the controls
 * @param product - the product's description, or `null`
 * @param state - the state to show
 */
export function buildPlatformControls(form: FormElements, product: ProductInfo | null, state: PageState): void {
  const platform = (state.platform || form.platform.value) as Platform;

  // OS release.
  const releases = product?.osVersions[platform] ?? [];
  replace(
    form.osVersion,
    h('option', { value: '' }, releases.length ? 'not given' : 'none for this product'),
    ...releases.map((r) => h('option', { value: r }, r)),
  );
  if (state.osVersion) selectValue(form.osVersion, state.osVersion);
  else form.osVersion.value = '';
  form.osVersion.disabled = releases.length === 0 && state.osVersion === '';
  form.osVersionHelp.textContent = releases.length
    ? 'Some rules depend on the operating-system release; without it they are listed as conditional.'
    : '';

  // Variables: those the chosen roles use, then the product's others, then any unknown one the state names.
  const variables = product?.variables ?? [];
  const used = variables.filter((v) => v.roles.some((r) => state.roles.includes(r)));
  const others = variables.filter((v) => !used.includes(v));
  const unknown = Object.keys(state.variables).filter((name) => !variables.some((v) => v.name === name));
  const fields = used.map((v) => variableField(v.name, v, platform, state.variables[v.name] ?? []));
  const children: (HTMLElement | null)[] = [
    ...(fields.length ? fields : [h('p', { class: 'help' }, 'The chosen roles use no variable.')]),
    others.length
      ? h(
          'details',
          { open: others.some((v) => state.variables[v.name]?.length) },
          h('summary', {}, `Other variables of this product (${others.length}), not used by the chosen roles`),
          ...others.map((v) => variableField(v.name, v, platform, state.variables[v.name] ?? [])),
        )
      : null,
    ...unknown.map((name) => variableField(name, null, platform, state.variables[name] ?? [])),
  ];
  replace(form.variables, ...children);
}

/** The parts of a variable's description the field shows. */
interface VariableDescription {
  description: string;
  hint: string;
  multiple: boolean;
  defaults?: Partial<Record<Platform, { value: string }>>;
  roles: string[];
}

function variableField(name: string, variable: VariableDescription | null, platform: Platform, values: string[]): HTMLElement {
  const id = `var-${name}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const fallback = variable?.defaults?.[platform]?.value;
  const attributes = {
    id,
    name: 'set',
    'data-variable': name,
    'aria-describedby': `${id}-help`,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: fallback ?? '',
  };
  const control = variable?.multiple
    ? h('textarea', { ...attributes, rows: String(Math.max(2, values.length + 1)) })
    : h('input', { ...attributes, type: 'text' });
  control.value = variable?.multiple ? values.join('\n') : (values[0] ?? '');
  const help = variable
    ? [
        h('span', { class: 'description' }, variable.description),
        h('span', { class: 'hint' }, variable.hint),
        h(
          'span',
          { class: 'default' },
          fallback !== undefined ? `Default on ${platform}: ${fallback}.` : 'No default: only you know it.',
          variable.multiple ? ' Several values: one per line.' : '',
          ` Used by: ${variable.roles.join(', ')}.`,
        ),
      ]
    : [h('span', { class: 'description' }, 'Not a variable of this product.')];
  return h(
    'div',
    { class: variable ? 'field variable' : 'field variable unknown' },
    h('label', { for: id }, name),
    control,
    h('p', { class: 'help', id: `${id}-help` }, ...help),
  );
}

/**
 * Reads the form into a state (the take part's controls are read by the caller).
 *
 * @param form - the controls
 * @param base - the state the form was built from (its take settings are kept)
 * @returns the state the form shows
 */
export function readForm(form: FormElements, base: PageState): PageState {
  const checked = (container: HTMLElement) =>
    [...container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((i) => i.checked).map((i) => i.value);
  const variables: Record<string, string[]> = {};
  for (const control of form.variables.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-variable]')) {
    const values = control.value.split(/\r?\n/).filter((v) => v !== '');
    if (values.length) variables[control.dataset.variable!] = control instanceof HTMLTextAreaElement ? values : [control.value];
  }
  return {
    ...base,
    product: form.product.value,
    version: form.version.disabled ? '' : form.version.value,
    roles: checked(form.roles),
    platform: form.platform.value,
    osVersion: form.osVersion.value,
    features: checked(form.features),
    variables,
  };
}

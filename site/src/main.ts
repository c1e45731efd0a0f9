/**
 * The page: pick a product and its context, read the resolution, take it in a scanner's format. Everything is
 * computed here, in the browser, by the package's public entry; nothing is sent anywhere. The page state lives in
 * the URL query, with the CLI's option names.
 *
 * @module
 */
import {
  AvExclusionsError,
  getProduct,
  listProducts,
  type ProductInfo,
  RENDER_TARGETS,
  type RenderOutput,
  type RenderTarget,
  type Resolution,
  renderExclusions,
  resolveExclusions,
} from 'av-exclusions';
import { createAuditPanel } from './audit.js';
import { h, replace } from './dom.js';
import { errorView } from './error-view.js';
import { fileName, mediaType, outputBytes } from './files.js';
import { buildPlatformControls, buildProductControls, fillProducts, findForm, readForm } from './form.js';
import { readView } from './read.js';
import { type PageState, parseState, stateToCliArgs, stateToQuery, stateToRenderOptions, stateToSearch } from './state.js';
import './style.css';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

const form = findForm();
const take = {
  format: byId<HTMLSelectElement>('format'),
  actionAdd: byId<HTMLInputElement>('action-add'),
  actionRemove: byId<HTMLInputElement>('action-remove'),
  includeManaged: byId<HTMLInputElement>('include-managed'),
  copy: byId<HTMLButtonElement>('copy'),
  download: byId<HTMLButtonElement>('download'),
  fileName: byId<HTMLElement>('file-name'),
  status: byId<HTMLElement>('copy-status'),
  errors: byId<HTMLElement>('render-errors'),
  output: byId<HTMLTextAreaElement>('output'),
  notes: byId<HTMLElement>('render-notes'),
  cli: byId<HTMLElement>('cli-command'),
};
const errors = byId<HTMLElement>('errors');
const resolutionView = byId<HTMLElement>('resolution');

const products = listProducts();
let state: PageState = parseState(location.search);
let product: ProductInfo | null = null;
let current: { text: string; name: string } | null = null;
let resolved: Resolution | null = null;
let firstRendered = false;

/** The product's description, or null (and the error shown by the resolver) when the state names an unknown one. */
function describe(id: string): ProductInfo | null {
  try {
    return getProduct(id as never);
  } catch (error) {
    if (error instanceof AvExclusionsError) return null;
    throw error;
  }
}

const targetsByPlatform = new Map<string, Set<RenderTarget>>();

/**
 * The targets that render a resolution's platform (each refuses another with TARGET_PLATFORM_MISMATCH), found by
 * rendering an empty resolution of that platform once per platform: cheap, and the same answer.
 */
function targetsFor(resolution: Resolution): Set<RenderTarget> {
  const platform = resolution.query.platform;
  let ok = targetsByPlatform.get(platform);
  if (ok) return ok;
  ok = new Set<RenderTarget>();
  const empty: Resolution = { query: resolution.query, exclusions: [], conditional: [], unresolved: [], warnings: [] };
  for (const target of RENDER_TARGETS) {
    try {
      renderExclusions(empty, target);
      ok.add(target);
    } catch (error) {
      if (!(error instanceof AvExclusionsError && error.code === 'TARGET_PLATFORM_MISMATCH')) ok.add(target);
    }
  }
  targetsByPlatform.set(platform, ok);
  return ok;
}

let labelled = '';

/**
 * Marks the formats that do not render the resolution's platform ("mdatp-json (not for windows)"). Secondary to the
 * output itself, so the first time it waits until the first view is on screen.
 */
function labelFormats(resolution: Resolution): void {
  const platform = resolution.query.platform;
  if (platform === labelled) return;
  labelled = platform;
  const label = () => {
    if (labelled !== platform) return;
    const available = targetsFor(resolution);
    for (const option of take.format.options) {
      const ok = available.has(option.value as RenderTarget);
      option.textContent = ok ? option.value : `${option.value} (not for ${platform})`;
    }
  };
  if (firstRendered) label();
  else setTimeout(label, 0);
}

/** The defaults when the user picks a product: its first role and platform, nothing else. */
function productDefaults(id: string, keep: PageState): PageState {
  const info = describe(id);
  const platform = info?.platforms[0] ?? '';
  const role = info?.roleDetails.find((r) => !r.platforms || r.platforms.includes(platform as never))?.id;
  return { ...keep, product: id, version: '', roles: role ? [role] : [], platform, osVersion: '', features: [], variables: {} };
}

/** Which control an error code is about, for aria-invalid. */
function invalidControl(error: unknown): HTMLElement | null {
  if (!(error instanceof AvExclusionsError)) return null;
  switch (error.code) {
    case 'UNKNOWN_PRODUCT':
      return form.product;
    case 'UNKNOWN_ROLE':
    case 'INVALID_QUERY':
      return form.roles;
    case 'UNKNOWN_PLATFORM':
    case 'MISSING_PLATFORM':
    case 'UNSUPPORTED_PLATFORM':
      return form.platform;
    case 'INVALID_VERSION':
      return form.version;
    case 'INVALID_OS_VERSION':
      return form.osVersion;
    case 'UNKNOWN_FEATURE':
      return form.features;
    case 'UNKNOWN_VARIABLE':
    case 'INVALID_VARIABLE_VALUE':
      return (
        [...form.variables.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-variable]')].find(
          (c) => error.message.includes(` ${c.dataset.variable}`) || c.dataset.variable === error.value,
        ) ?? null
      );
    default:
      return null;
  }
}

function quoteForShell(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Empties the Take panel (nothing to render) and lets the Audit panel know there is no resolution to audit. */
function clearTake(): void {
  take.output.value = '';
  replace(take.notes);
  take.fileName.textContent = '';
  take.cli.textContent = '';
  setTakeEnabled(false);
  auditPanel.refresh();
}

function setTakeEnabled(enabled: boolean): void {
  take.copy.disabled = !enabled;
  take.download.disabled = !enabled;
}

/** Resolves and renders the state; errors go next to the form (or next to Format), never to the console. */
function update(): void {
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  replace(errors);
  replace(take.errors);
  current = null;
  resolved = null;

  let resolution: Resolution;
  try {
    resolution = resolveExclusions(stateToQuery(state) as never);
  } catch (error) {
    replace(errors, ...errorView(error, 'Cannot resolve'));
    invalidControl(error)?.setAttribute('aria-invalid', 'true');
    replace(resolutionView, h('p', { class: 'placeholder' }, 'No resolution: see the message next to the form.'));
    clearTake();
    return;
  }
  resolved = resolution;
  replace(
    resolutionView,
    ...readView(resolution, {
      switchOnFeature(feature) {
        state = { ...state, features: [...state.features, feature] };
        buildProductControls(form, product, state);
        changed();
      },
    }),
  );

  labelFormats(resolution);
  let output: RenderOutput;
  try {
    // renderExclusions itself refuses includeManaged where it means nothing (a format listing every item): the CLI prints the same message.
    output = renderExclusions(resolution, state.format as RenderTarget, stateToRenderOptions(state));
  } catch (error) {
    replace(take.errors, ...errorView(error, 'Cannot render'));
    take.format.setAttribute('aria-invalid', 'true');
    clearTake();
    return;
  }
  const name = fileName(resolution.query.product, output.target, state.action);
  current = { text: output.text, name };
  take.output.value = output.text;
  take.fileName.textContent = name;
  take.cli.textContent = ['av-exclusions', ...stateToCliArgs(state), '--output', name].map(quoteForShell).join(' ');
  replace(
    take.notes,
    ...output.warnings.map((w) => h('li', { class: 'warn' }, `Warning: ${w}`)),
    ...output.skipped.map((s) => h('li', {}, `Left out: ${s.rule}${s.value ? ` (${s.value})` : ''}: ${s.reason}`)),
    ...output.conditional.map((s) => h('li', {}, `Not rendered, conditional: ${s.rule}${s.value ? ` (${s.value})` : ''}: ${s.reason}`)),
  );
  setTakeEnabled(true);
  auditPanel.refresh();

  if (!firstRendered) {
    firstRendered = true;
    performance.mark('first-resolution');
    document.documentElement.dataset.rendered = 'true';
  }
}

/** The state changed: the URL follows (replaceState, no history entry per keystroke), then the views. */
function changed(): void {
  const search = stateToSearch(state);
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  update();
}

function readTake(): void {
  state = {
    ...state,
    format: take.format.value,
    action: take.actionRemove.checked ? 'remove' : 'add',
    includeManaged: take.includeManaged.checked,
  };
}

function showTake(): void {
  if (state.format && ![...take.format.options].some((o) => o.value === state.format)) {
    take.format.append(h('option', { value: state.format }, `${state.format} (unknown)`));
  }
  take.format.value = state.format;
  take.actionAdd.checked = state.action === 'add';
  take.actionRemove.checked = state.action === 'remove';
  take.includeManaged.checked = state.includeManaged;
}

/** A format for a platform when none is chosen or the chosen one does not render it: the first target that does. */
function fitFormat(): void {
  let resolution: Resolution;
  try {
    resolution = resolveExclusions(stateToQuery(state) as never);
  } catch {
    return;
  }
  const available = targetsFor(resolution);
  if (!available.has(state.format as RenderTarget)) state = { ...state, format: RENDER_TARGETS.find((t) => available.has(t)) ?? '' };
}

// The Audit panel. Its library code (parsers, matchers, verdicts) sits in the package's main entry with the resolver, so
// it is part of the page's script whatever the page does: loading the panel's own view later would save little and
// cost a loader.
const audit = {
  section: byId<HTMLElement>('audit'),
  text: byId<HTMLTextAreaElement>('current'),
  file: byId<HTMLInputElement>('current-file'),
  format: byId<HTMLSelectElement>('current-format'),
};
if (state.currentFormat) {
  if (![...audit.format.options].some((o) => o.value === state.currentFormat)) {
    audit.format.append(h('option', { value: state.currentFormat }, `${state.currentFormat} (unknown)`));
  }
  audit.format.value = state.currentFormat;
}
const auditPanel = createAuditPanel({
  context: () => ({ resolution: resolved, state }),
  formatChosen(format) {
    if (format === state.currentFormat) return auditPanel.refresh();
    state = { ...state, currentFormat: format };
    changed();
  },
});

// Start: the URL's state, or the first product with its defaults.
fillProducts(form, products);
replace(take.format, ...RENDER_TARGETS.map((t) => h('option', { value: t }, t)));
if (!state.product) {
  state = productDefaults(products[0]?.id ?? '', state);
  fitFormat();
} else if (!state.format) {
  fitFormat();
}
product = describe(state.product);
buildProductControls(form, product, state);
showTake();
changed();

form.form.addEventListener('submit', (event) => event.preventDefault());
form.product.addEventListener('change', () => {
  state = productDefaults(form.product.value, state);
  product = describe(state.product);
  buildProductControls(form, product, state);
  fitFormat();
  showTake();
  changed();
});
form.platform.addEventListener('change', () => {
  state = readForm(form, state);
  buildPlatformControls(form, product, state);
  state = readForm(form, state);
  fitFormat();
  showTake();
  changed();
});
form.roles.addEventListener('change', () => {
  state = readForm(form, state);
  buildPlatformControls(form, product, state);
  changed();
});
// Text follows every keystroke; selects and checkboxes their change.
for (const [control, event] of [
  [form.version, 'input'],
  [form.variables, 'input'],
  [form.osVersion, 'change'],
  [form.features, 'change'],
] as const) {
  control.addEventListener(event, () => {
    state = readForm(form, state);
    changed();
  });
}
for (const control of [take.format, take.actionAdd, take.actionRemove, take.includeManaged]) {
  control.addEventListener('change', () => {
    readTake();
    changed();
  });
}

take.copy.addEventListener('click', async () => {
  if (!current) return;
  try {
    await navigator.clipboard.writeText(current.text);
  } catch {
    // Without the clipboard API (a page served over plain HTTP): select the text for the old copy command.
    const area = h('textarea', { readonly: true, class: 'offscreen' });
    area.value = current.text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  take.status.textContent = 'Copied.';
  setTimeout(() => {
    take.status.textContent = '';
  }, 2000);
});

take.download.addEventListener('click', () => {
  if (!current) return;
  const blob = new Blob([outputBytes(current.text)], { type: mediaType(current.name) });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: current.name, class: 'offscreen' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});

audit.text.addEventListener('input', () => auditPanel.textChanged());
audit.format.addEventListener('change', () => auditPanel.formatChanged());
audit.file.addEventListener('change', () => {
  const file = audit.file.files?.[0];
  if (file) auditPanel.readFile(file);
});
// A file dropped anywhere on the panel is read like a chosen one.
audit.section.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  audit.section.classList.add('dropping');
});
audit.section.addEventListener('dragleave', () => audit.section.classList.remove('dropping'));
audit.section.addEventListener('drop', (event) => {
  audit.section.classList.remove('dropping');
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  auditPanel.readFile(file);
});

/**
 * The "Audit" panel: what a server excludes today (pasted, dropped or read from a file) against the resolution the
 * Pick panel shows, with the verdicts of the library's audit and a fix script of only the missing items. The list
 * stays in the page: it is never written to the URL.
 *
 * @module
 */
import {
  type AuditReport,
  auditExclusions,
  type CurrentExclusions,
  type CurrentFormat,
  type EntryVerdict,
  type ItemSource,
  parseCurrentExclusions,
  type RenderTarget,
  type Resolution,
  renderAuditFix,
} from 'av-exclusions';
import { type CurrentFormatId, decodeBytes, guessFormat } from './current.js';
import { type Child, externalLink, h, replace } from './dom.js';
import { errorView } from './error-view.js';
import { fileName, mediaType, outputBytes } from './files.js';
import type { PageState } from './state.js';

/** What the panel asks of the page. */
export interface AuditHost {
  /** The resolution the Pick panel shows (null when the choice does not resolve) and the page state. */
  context(): { resolution: Resolution | null; state: PageState };
  /** The panel's format choice changed (`''`: none): the page writes it into its state and URL, then refreshes. */
  formatChosen(format: string): void;
}

/** The panel. */
export interface AuditPanel {
  /** Shows the verdicts for the page's current resolution and Format. */
  refresh(): void;
  /** The text in `Current exclusions` changed (typed or pasted). */
  textChanged(): void;
  /** The user chose a format by hand. */
  formatChanged(): void;
  /** A file was chosen or dropped: its text replaces the box's. */
  readFile(file: File): Promise<void>;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

const RECOMMENDED_TITLES: Record<string, string> = {
  missing: 'Missing: not excluded on the server',
  unknown: 'Unknown: the list could not be read',
  covered: 'Covered by an entry',
  'covered-by-automatic': "Covered by Defender's automatic exclusions",
};
const ENTRY_TITLES: Record<string, string> = {
  dangerous: 'Dangerous',
  'broader-than-needed': 'Broader than needed',
  redundant: 'Redundant: another entry already covers it',
  needed: 'Needed',
  unrelated: 'Unrelated: no chosen product needs it',
  'cannot-evaluate': 'Cannot evaluate: what they cover is not counted either way',
};

/** The largest file the panel reads: 16 Mi UTF-16 characters, the most the parsers read. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** A verdict's id as an element id part. */
const slug = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-');

function sourceLink(source: ItemSource | undefined): Child {
  if (!source) return null;
  return h(
    'p',
    { class: 'meta' },
    'Source: ',
    externalLink(source.url, source.title),
    `, ${source.section}${source.docVersion ? ` (${source.docVersion})` : ''}`,
  );
}

/**
 * Builds the panel over the page's Audit section.
 *
 * @param host - what the panel asks of the page
 * @returns the panel
 */
export function createAuditPanel(host: AuditHost): AuditPanel {
  const el = {
    text: byId<HTMLTextAreaElement>('current'),
    format: byId<HTMLSelectElement>('current-format'),
    formatHelp: byId<HTMLElement>('current-format-help'),
    errors: byId<HTMLElement>('audit-errors'),
    view: byId<HTMLElement>('verdicts'),
    fix: byId<HTMLButtonElement>('download-fix'),
    fixName: byId<HTMLElement>('fix-name'),
    fixNotes: byId<HTMLElement>('fix-notes'),
  };
  // A format from the URL counts as chosen by hand: the content does not override it.
  let byHand = host.context().state.currentFormat !== '';
  let parsed: { key: string; result: CurrentExclusions | null; error: unknown } | null = null;
  let fix: { text: string; name: string } | null = null;

  function parse(text: string, format: CurrentFormatId) {
    const key = `${format}\u0000${text}`;
    if (parsed?.key !== key) {
      try {
        parsed = { key, result: parseCurrentExclusions(text, format as CurrentFormat), error: null };
      } catch (error) {
        parsed = { key, result: null, error };
      }
    }
    return parsed;
  }

  function settle(): void {
    const text = el.text.value;
    const guess = text.trim() ? guessFormat(text) : null;
    if (!byHand && guess) el.format.value = guess;
    el.formatHelp.textContent = !text.trim()
      ? ''
      : byHand
        ? `Chosen by hand${guess && guess !== el.format.value ? `; the content looks like ${guess}` : ''}.`
        : guess
          ? 'Picked from the content; change it if it is wrong.'
          : 'The content does not say which format it is: check the choice.';
    host.formatChosen(text.trim() || byHand ? el.format.value : '');
  }

  function refresh(): void {
    replace(el.errors);
    fix = null;
    el.fix.disabled = true;
    el.fixName.textContent = '';
    replace(el.fixNotes);
    const text = el.text.value;
    const { resolution, state } = host.context();
    if (!text.trim()) {
      replace(el.view, h('p', { class: 'placeholder' }, 'Paste or drop a list to see its verdicts.'));
      return;
    }
    if (!resolution) {
      replace(el.view, h('p', { class: 'placeholder' }, 'No resolution to audit against: see the message next to the form.'));
      return;
    }
    const { result, error } = parse(text, el.format.value as CurrentFormatId);
    let report: AuditReport;
    try {
      if (!result) throw error;
      report = auditExclusions(resolution, result);
    } catch (failure) {
      replace(el.errors, ...errorView(failure, 'Cannot audit'));
      el.text.setAttribute('aria-invalid', 'true');
      replace(el.view, h('p', { class: 'placeholder' }, 'No verdicts: see the message above.'));
      return;
    }
    el.text.removeAttribute('aria-invalid');
    replace(el.view, ...reportView(report));

    if (!report.recommended.some((r) => r.verdict === 'missing')) {
      el.fixName.textContent = 'Nothing is missing: no fix to download.';
      return;
    }
    try {
      // The same fix as `audit --fix`: only the missing items, those an installer or Defender would add included.
      const output = renderAuditFix(resolution, report, state.format as RenderTarget);
      fix = { text: output.text, name: fileName(resolution.query.product, output.target, 'fix') };
      el.fix.disabled = false;
      el.fixName.textContent = fix.name;
      replace(
        el.fixNotes,
        ...output.warnings.map((w) => h('li', { class: 'warn' }, `Warning: ${w}`)),
        ...output.skipped.map((s) => h('li', {}, `Left out of the fix: ${s.rule}${s.value ? ` (${s.value})` : ''}: ${s.reason}`)),
      );
    } catch (failure) {
      replace(el.errors, ...errorView(failure, 'Cannot render the fix'));
    }
  }

  el.fix.addEventListener('click', () => {
    if (!fix) return;
    const url = URL.createObjectURL(new Blob([outputBytes(fix.text)], { type: mediaType(fix.name) }));
    const link = h('a', { href: url, download: fix.name, class: 'offscreen' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  return {
    refresh,
    textChanged() {
      if (!el.text.value.trim() && !host.context().state.currentFormat) byHand = false;
      settle();
    },
    formatChanged() {
      byHand = true;
      settle();
    },
    async readFile(file) {
      replace(el.errors);
      // The parsers read at most 16 Mi characters: a larger file is refused before it fills the text box.
      if (file.size > MAX_FILE_BYTES) {
        replace(el.errors, h('p', {}, h('strong', {}, 'Cannot read the file: '), `${file.name} is larger than the audit reads (32 MiB).`));
        return;
      }
      try {
        el.text.value = decodeBytes(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        replace(el.errors, h('p', {}, h('strong', {}, 'Cannot read the file: '), String((error as Error)?.message ?? error)));
        return;
      }
      byHand = false;
      settle();
    },
  };
}

/** The report as text: summary counts, warnings, recommended items and the server's entries, each grouped by verdict. */
function reportView(report: AuditReport): HTMLElement[] {
  const out: HTMLElement[] = [
    h(
      'p',
      { class: 'summary' },
      `The ${report.scanner} lists of a ${report.platform} machine${report.osVersion ? ` (OS ${report.osVersion})` : ''}` +
        (report.disableAutoExclusions === undefined ? '' : `, DisableAutoExclusions ${report.disableAutoExclusions ? 'on' : 'off'}`),
    ),
    h(
      'div',
      { id: 'audit-summary' },
      counts('Recommended items', report, (v) => v in RECOMMENDED_TITLES),
      counts("The server's entries", report, (v) => !(v in RECOMMENDED_TITLES)),
    ),
  ];
  if (report.warnings.length) {
    out.push(
      h('ul', { class: 'warnings', id: 'audit-warnings' }, ...report.warnings.map((w) => h('li', { 'data-code': w.code }, w.message))),
    );
  }

  const recommended: Child[] = [];
  for (const [verdict, title] of Object.entries(RECOMMENDED_TITLES)) {
    const items = report.recommended.filter((r) => r.verdict === verdict);
    if (!items.length) continue;
    recommended.push(
      h(
        'section',
        { class: 'bucket', id: `recommended-${slug(verdict)}` },
        h('h4', {}, `${title} (${items.length})`),
        h(
          'ul',
          { class: 'items' },
          ...items.map(({ item, reason, coveredBy, automaticBy, cannotEvaluate }) =>
            h(
              'li',
              { class: 'item', 'data-rule': item.rule, 'data-verdict': verdict },
              h('code', { class: 'value' }, item.value),
              h('span', { class: 'tag' }, ` ${item.kind}`),
              h('p', { class: 'reason' }, reason),
              h('p', { class: 'rationale' }, item.rationale),
              sourceLink(item.source),
              ...coveredBy.map((c) => covers('Covered by ', c.text, c.how, c.note)),
              ...automaticBy.map((c) => covers("Covered by Defender's own ", c.text, c.how, c.note)),
              ...cannotEvaluate.map((c) => covers('Cannot evaluate ', c.text, '', c.note)),
            ),
          ),
        ),
      ),
    );
  }
  out.push(
    h(
      'section',
      { class: 'bucket', id: 'audit-recommended', 'aria-labelledby': 'audit-recommended-title' },
      h('h3', { id: 'audit-recommended-title' }, `Recommended items (${report.recommended.length})`),
      ...(recommended.length ? recommended : [h('p', {}, 'None for this choice.')]),
    ),
  );

  const entries: Child[] = [];
  for (const [verdict, title] of Object.entries(ENTRY_TITLES)) {
    const ofVerdict = report.entries.filter((e) =>
      verdict === 'cannot-evaluate' ? !e.evaluable : e.verdicts.includes(verdict as EntryVerdict),
    );
    if (!ofVerdict.length) continue;
    entries.push(
      h(
        'section',
        { class: 'bucket', id: `entries-${slug(verdict)}` },
        h('h4', {}, `${title} (${ofVerdict.length})`),
        h(
          'ul',
          { class: 'items' },
          ...ofVerdict.map((e) =>
            h(
              'li',
              { class: 'item', 'data-verdict': verdict },
              h('code', { class: 'value' }, e.entry.text),
              h('span', { class: 'tag' }, ` ${e.entry.kind} · ${e.entry.origin.source}, ${e.entry.origin.location}`),
              ...e.reasons
                .filter((r) => r.verdict === verdict)
                .flatMap((r) => [h('p', { class: 'reason' }, r.reason), sourceLink(r.source)]),
              verdict === 'cannot-evaluate' && e.unevaluable ? h('p', { class: 'reason' }, e.unevaluable) : null,
            ),
          ),
        ),
      ),
    );
  }
  out.push(
    h(
      'section',
      { class: 'bucket', id: 'audit-entries', 'aria-labelledby': 'audit-entries-title' },
      h('h3', { id: 'audit-entries-title' }, `The server's entries (${report.entries.length})`),
      ...(entries.length ? entries : [h('p', {}, 'The list holds no entry.')]),
    ),
  );
  return out;
}

/** The summary counts of the verdicts `which` selects, as a labelled list. */
function counts(title: string, report: AuditReport, which: (verdict: string) => boolean): HTMLElement {
  return h(
    'div',
    { class: 'counts' },
    h('strong', {}, `${title}: `),
    h(
      'ul',
      {},
      ...Object.entries(report.summary)
        .filter(([verdict]) => which(verdict))
        .map(([verdict, count]) =>
          h('li', { 'data-verdict': verdict }, h('span', { class: `verdict verdict-${slug(verdict)}` }, verdict), `: ${count}`),
        ),
    ),
  );
}

function covers(what: string, text: string, how: string, note: string | undefined): HTMLElement {
  return h(
    'p',
    { class: 'covered-by' },
    what,
    h('code', { class: 'entry' }, text),
    how || note ? ` (${[how, note].filter(Boolean).join(': ')})` : '',
  );
}

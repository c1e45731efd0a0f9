/**
 * A library error as the page shows it: the message, its code, the valid choices and a did-you-mean, all as text.
 *
 * @module
 */
import { AvExclusionsError } from 'av-exclusions';
import { type Child, h } from './dom.js';

/**
 * An error of the library as text (code, message, valid choices); anything else is a bug and says so.
 *
 * @param error - what was thrown
 * @param what - what failed (`Cannot resolve`), shown first
 * @returns the elements to put in an alert
 */
export function errorView(error: unknown, what: string): Child[] {
  if (error instanceof AvExclusionsError) {
    return [
      h('p', {}, h('strong', {}, `${what}: `), error.message, ' ', h('code', { class: 'error-code' }, error.code)),
      error.choices.length ? h('p', { class: 'choices' }, `Valid: ${error.choices.join(', ')}`) : null,
      error.suggestion ? h('p', { class: 'choices' }, `Did you mean ${error.suggestion}?`) : null,
      ...error.issues.map((issue) => h('p', { class: 'choices' }, issue)),
    ];
  }
  return [h('p', {}, h('strong', {}, 'Unexpected error (please report it): '), String((error as Error)?.message ?? error))];
}

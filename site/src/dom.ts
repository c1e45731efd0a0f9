/**
 * The page's only way to make elements: every value goes in as text (`textContent`) or as a plain attribute, never as
 * HTML, so a hostile value (a variable holding `<img src=x onerror=alert(1)>`) shows exactly as typed.
 *
 * @module
 */

/** A child: an element, a text (set as text), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Attributes: strings are set as they are, `true` sets an empty attribute, `false` and `undefined` leave it out. */
export type Attributes = Record<string, string | boolean | undefined>;

/**
 * Makes an element with attributes and children. Event-handler attributes (`on…`) are refused: handlers are added
 * with `addEventListener` only, so no attribute value is ever run as script.
 *
 * @param tag - the tag name
 * @param attributes - attributes to set
 * @param children - children, texts set as text nodes
 * @returns the element
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) throw new Error(`event-handler attribute "${name}" refused: use addEventListener`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, ...children);
  return element;
}

/**
 * Appends children to a node, texts as text nodes.
 *
 * @param parent - the node
 * @param children - what to append
 */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Replaces every child of a node.
 *
 * @param parent - the node
 * @param children - the new children
 */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/**
 * A link to a source document: only `http:` and `https:` addresses become links (anything else is shown as text),
 * opened without handing the page to the other site.
 *
 * @param url - the address
 * @param text - the link text
 * @returns the link, or a text span for an address that is not a web address
 */
export function externalLink(url: string, text: string): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return h('span', {}, text);
  return h('a', { href: url, rel: 'noopener noreferrer external', referrerpolicy: 'no-referrer' }, text);
}

// The only way the page makes elements. Strings always become text nodes: nothing from a document is ever
// parsed as HTML; no API that parses markup is used anywhere in web/ (tests/web/units.test.ts checks).

export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Attrs {
  [name: string]: string | number | boolean | undefined | null | ((event: Event) => void) | Record<string, (event: Event) => void>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs | null): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'on' && typeof value === 'object') {
      for (const [type, handler] of Object.entries(value)) el.addEventListener(type, handler);
      continue;
    }
    if (typeof value === 'function') continue;
    if (name === 'href' && !isSafeHref(String(value))) throw new Error(`unsafe link: ${String(value)}`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(el: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

export function clear(el: Node): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function replace(el: Node, ...children: Child[]): void {
  clear(el);
  append(el, children);
}

/** Links the page makes: its own addresses, or http(s) from a document — never javascript:, data: or others. */
export function isSafeHref(href: string): boolean {
  if (href.startsWith('/') && !href.startsWith('//')) return true;
  if (href.startsWith('#')) return true;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' || url.protocol === 'tel:';
  } catch {
    return false;
  }
}

/** Moves focus to a view's heading so that screen readers announce the new view. */
export function focusHeading(root: ParentNode): void {
  const heading = root.querySelector<HTMLElement>('h1, h2');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

import { focusHeading, h, replace } from './dom.js';
import { recordView } from './views/record.js';
import { searchView } from './views/search.js';
import { flagsView } from './views/flags.js';
import { timelineView } from './views/timeline.js';

/** One screen of the page. `update` answers a new address of the same screen without rebuilding it. */
export interface View {
  name: 'search' | 'record' | 'flags' | 'timeline';
  /** builds the screen into main; resolves when its first data has arrived */
  mount(main: HTMLElement, url: URL): Promise<void>;
  /** a new address for the same screen: true when handled in place */
  update?(url: URL): boolean;
  unmount?(): void;
}

export interface Router {
  navigate(to: string, options?: { replace?: boolean; focus?: boolean }): void;
  announce(message: string): void;
  /** the address of the last search, for "back to results" */
  lastSearch: string;
}

const main = document.getElementById('main') as HTMLElement;
const announcer = document.getElementById('announce') as HTMLElement;
let current: View | undefined;
let currentPath = '';

export const router: Router = {
  lastSearch: '/',
  navigate(to, options = {}) {
    const url = new URL(to, location.href);
    if (url.origin !== location.origin) {
      location.assign(url.href);
      return;
    }
    if (options.replace) history.replaceState(null, '', url.pathname + url.search + url.hash);
    else history.pushState(null, '', url.pathname + url.search + url.hash);
    void render(options.focus ?? !options.replace);
  },
  announce(message) {
    announcer.textContent = '';
    // a fresh node each time so that the same message is read again
    window.setTimeout(() => (announcer.textContent = message), 30);
  },
};

function viewFor(pathname: string): View | undefined {
  if (pathname === '/') return searchView(router);
  if (pathname === '/flags') return flagsView(router);
  if (pathname === '/timeline') return timelineView(router);
  const m = /^\/records\/([^/]+)$/u.exec(pathname);
  if (m) return recordView(router, decodeURIComponent(m[1]!));
  return undefined;
}

async function render(focus: boolean): Promise<void> {
  const url = new URL(location.href);
  markNav(url.pathname);
  if (current && url.pathname === currentPath && current.update?.(url)) return;
  current?.unmount?.();
  currentPath = url.pathname;
  const view = viewFor(url.pathname);
  current = view;
  if (!view) {
    replace(main, h('h1', null, 'Stránka nenalezena'), h('p', null, h('a', { href: '/' }, 'Zpět na hledání')));
    document.title = 'Nenalezeno – Spisovna';
    if (focus) focusHeading(main);
    return;
  }
  try {
    await view.mount(main, url);
  } catch (err) {
    if (current !== view) return;
    replace(main, h('h1', null, 'Něco se nepovedlo'), h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err)), h('p', null, h('a', { href: '/' }, 'Zpět na hledání')));
  }
  if (focus && current === view) focusHeading(main);
}

function markNav(pathname: string): void {
  const section = pathname === '/' ? 'search' : pathname === '/flags' ? 'flags' : pathname === '/timeline' ? 'timeline' : '';
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-nav]'))) {
    if (a.dataset.nav === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/** Links to the page's own addresses stay in the page (pushState); others behave as links do. */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const a = (event.target as Element | null)?.closest?.('a');
  if (!a || a.hasAttribute('download') || (a.getAttribute('target') ?? '') !== '') return;
  const href = a.getAttribute('href') ?? '';
  if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return;
  event.preventDefault();
  const url = new URL(href, location.href);
  if (url.pathname === location.pathname && url.search === location.search && url.hash !== location.hash) {
    // only the evidence range changed: the record view follows the hash
    location.hash = url.hash;
    return;
  }
  router.navigate(href);
});

window.addEventListener('popstate', () => void render(true));

void render(false);

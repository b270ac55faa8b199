// The extension APIs, without webextension-polyfill (issue 13): Firefox has `browser.*` with
// promises; Chrome's MV3 `chrome.*` return promises too (and Chrome 144 adds `browser`).
// Chrome before 144 lacks `browser`, and a page element id="browser" is then a global too
// (named access on window): only an API object counts.
import type Browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';

const scope = globalThis as { browser?: unknown; chrome?: unknown };
const own = scope.browser;
const isElement = typeof Node !== 'undefined' && own instanceof Node;

export const browser = (typeof own === 'object' && own !== null && !isElement ? own : scope.chrome) as Browser.Browser;

import { logOnce } from './log.js';

/** Whatever the portal's markup, the page and its own scripts must never notice the extension failed. */
export function guarded<A extends unknown[]>(key: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      logOnce(key, error);
    }
  };
}

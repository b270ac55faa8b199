import { resolve } from 'node:path';
import { chromiumHarness } from '../support/chromium.js';
import { pagehideSuite } from '../support/pagehide-suite.js';

pagehideSuite('Chromium', () => chromiumHarness(resolve('dist/chrome')));

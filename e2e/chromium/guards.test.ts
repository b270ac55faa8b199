import { resolve } from 'node:path';
import { chromiumHarness } from '../support/chromium.js';
import { guardsSuite } from '../support/guards-suite.js';

guardsSuite('Chromium', () => chromiumHarness(resolve('dist/chrome')));

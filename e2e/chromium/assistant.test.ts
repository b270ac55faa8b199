import { resolve } from 'node:path';
import { assistantSuite } from '../support/assistant-suite.js';
import { chromiumHarness } from '../support/chromium.js';

assistantSuite('Chromium', () => chromiumHarness(resolve('dist/chrome')));

import { resolve } from 'node:path';
import { chromiumHarness } from '../support/chromium.js';
import { walkSuite } from '../support/walk-suite.js';

walkSuite('Chromium', (withExtension) => chromiumHarness(withExtension ? resolve('dist/chrome') : undefined, { console: true }));

import { resolve } from 'node:path';
import { firefoxHarness } from '../support/firefox.js';
import { walkSuite } from '../support/walk-suite.js';

walkSuite('Firefox', (withExtension) => firefoxHarness(withExtension ? resolve('dist/firefox') : undefined, { console: true }));

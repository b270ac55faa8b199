import { resolve } from 'node:path';
import { chromiumHarness } from '../support/chromium.js';
import { pickerSuite } from '../support/picker-suite.js';

pickerSuite('Chromium', () => chromiumHarness(resolve('dist/chrome')));

import { resolve } from 'node:path';
import { firefoxHarness } from '../support/firefox.js';
import { pickerSuite } from '../support/picker-suite.js';

pickerSuite('Firefox', () => firefoxHarness(resolve('dist/firefox')));

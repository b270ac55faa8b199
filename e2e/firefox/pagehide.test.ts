import { resolve } from 'node:path';
import { firefoxHarness } from '../support/firefox.js';
import { pagehideSuite } from '../support/pagehide-suite.js';

pagehideSuite('Firefox', () => firefoxHarness(resolve('dist/firefox')));

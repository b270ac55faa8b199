import { resolve } from 'node:path';
import { assistantSuite } from '../support/assistant-suite.js';
import { firefoxHarness } from '../support/firefox.js';

assistantSuite('Firefox', () => firefoxHarness(resolve('dist/firefox')));

import { resolve } from 'node:path';
import { firefoxHarness } from '../support/firefox.js';
import { guardsSuite } from '../support/guards-suite.js';

guardsSuite('Firefox', () => firefoxHarness(resolve('dist/firefox')));

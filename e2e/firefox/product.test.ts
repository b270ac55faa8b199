import { firefoxHarness } from '../support/firefox.js';
import { packagePath, productSuite } from '../support/product-suite.js';

// Firefox installs the zip itself, as about:debugging does with « Load Temporary Add-on ».
productSuite('Firefox', () => firefoxHarness(packagePath('firefox')));

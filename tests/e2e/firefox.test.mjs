import { launchFirefox } from './browsers.mjs';
import { defineSuite } from './scenarios.mjs';

defineSuite('firefox', launchFirefox);

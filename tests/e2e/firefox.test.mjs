import { launchFirefox } from './browsers.mjs';
import { defineMoreSuite, defineSuite } from './scenarios.mjs';

defineSuite('firefox', launchFirefox);
defineMoreSuite('firefox', launchFirefox);

import { launchFirefox } from './browsers.mjs';
import { defineHostileSuite, defineMoreSuite, defineSuite } from './scenarios.mjs';

defineSuite('firefox', launchFirefox);
defineMoreSuite('firefox', launchFirefox);
defineHostileSuite('firefox', launchFirefox);

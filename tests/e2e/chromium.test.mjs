import { launchChromium } from './browsers.mjs';
import { defineChromiumOnlySuite, defineMoreSuite, defineSuite } from './scenarios.mjs';

defineSuite('chromium', launchChromium);
defineMoreSuite('chromium', launchChromium);
defineChromiumOnlySuite();

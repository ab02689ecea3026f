import { launchChromium } from './browsers.mjs';
import { defineChromiumOnlySuite, defineHostileSuite, defineMoreSuite, defineRecordSuite, defineSuite } from './scenarios.mjs';

defineSuite('chromium', launchChromium);
defineMoreSuite('chromium', launchChromium);
defineChromiumOnlySuite();
defineRecordSuite();
defineHostileSuite('chromium', launchChromium);

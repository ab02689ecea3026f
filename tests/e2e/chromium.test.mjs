import { launchChromium } from './browsers.mjs';
import { defineChromiumOnlySuite, defineMoreSuite, defineRecordSuite, defineSuite } from './scenarios.mjs';

defineSuite('chromium', launchChromium);
defineMoreSuite('chromium', launchChromium);
defineChromiumOnlySuite();
defineRecordSuite();

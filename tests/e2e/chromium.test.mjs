import { launchChromium } from './browsers.mjs';
import { defineSuite } from './scenarios.mjs';

defineSuite('chromium', launchChromium);

import { CHROMIUM_FLAGS, findChromium, type FoundChromium } from '../../browser/find-chromium.ts';

/** The flags every headless run here uses; chrome-launcher (Lighthouse) needs --headless itself. */
export const CHROME_FLAGS = ['--headless', ...CHROMIUM_FLAGS];

let found: Promise<FoundChromium> | undefined;

/** The Chromium of this machine (see findChromium), looked up once per process. */
export function chrome(): Promise<FoundChromium> {
  return (found ??= findChromium());
}

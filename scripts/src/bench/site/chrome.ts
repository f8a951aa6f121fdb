/** Chromium from Debian (`apt-get install -y chromium`), unless CHROME_PATH says otherwise. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** The flags every headless run here uses (see shared/TOOLCHAIN.md, "Browser checks"). */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

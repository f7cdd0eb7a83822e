#!/usr/bin/env node
// Makes sure the system packages the tests need are present: Debian's Chromium and a CJK font (so
// Chinese labels render) for the browser tests, LibreOffice Calc to open the workbook of
// `analyze --format xlsx`. Installs them with apt-get when running as root on Debian and
// they are missing; otherwise says what to install. Idempotent: checks with dpkg-query first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'fonts-wqy-microhei', 'libreoffice-calc-nogui'];

const installed = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');

if (spawnSync('dpkg-query', ['--version']).status !== 0) {
  console.error('ensure-system-deps: not a Debian system; install Chromium and a CJK font yourself and set FENGONG_CHROMIUM to the browser.');
  process.exit(0);
}
// A Chromium of one's own (FENGONG_CHROMIUM) stands in for Debian's; LibreOffice is still needed.
const ownChromium = Boolean(process.env.FENGONG_CHROMIUM && existsSync(process.env.FENGONG_CHROMIUM));
const missing = PACKAGES.filter((p) => !(ownChromium && p === 'chromium') && !installed(p));
if (missing.length === 0) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`ensure-system-deps: missing Debian packages ${missing.join(' ')}; install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  process.exit(1);
}
console.error(`ensure-system-deps: installing ${missing.join(' ')} (needed by the browser and workbook tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });

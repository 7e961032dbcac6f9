// Runs `npm ci` when node_modules is missing or was installed from another package-lock.json, so that a Maven build
// installs the exact locked packages on a fresh clone without reinstalling them on every build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const lock = readFileSync(new URL('../package-lock.json', import.meta.url));
const hash = createHash('sha256').update(lock).digest('hex');
const stamp = new URL('../node_modules/.installed-from-lock', import.meta.url);

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  console.log('node_modules is up to date with package-lock.json');
} else {
  console.log('npm ci (package-lock.json changed or node_modules missing)');
  execSync('npm ci --no-audit --no-fund', { cwd: new URL('..', import.meta.url), stdio: 'inherit' });
  writeFileSync(stamp, hash);
}

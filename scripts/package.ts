// `npm run package`: the store packages, made from the builds in dist/ (the script builds first).
//   artifacts/chorus-moe-assistant-<version>-chrome.zip    for the Chrome Web Store
//   artifacts/chorus-moe-assistant-<version>-firefox.zip   for addons.mozilla.org
//   artifacts/chorus-moe-assistant-<version>-sources.zip   the sources addons.mozilla.org asks
//     for when the shipped code is bundled; its README says how to build the same zips.
// It stops with an error if a build holds a source map, a test or the replica, if a manifest's
// version is not package.json's, or if `web-ext lint` finds an error in the Firefox zip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ARTIFACTS_DIR, artifactPath, isDevelopmentFile, packageVersion } from './artifacts.js';
import { unzip, type ZipEntry, zip } from './zip.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

function entries(root: string, paths: string[]): ZipEntry[] {
  return paths.map((name) => ({ name, data: readFileSync(join(root, name)) }));
}

function extensionEntries(target: 'chrome' | 'firefox', version: string): ZipEntry[] {
  const dir = `dist/${target}`;
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { version?: string };
  if (manifest.version !== version) {
    throw new Error(`${dir}/manifest.json says version ${manifest.version}, package.json ${version}: rebuild.`);
  }
  const paths = filesUnder(dir);
  const unwanted = paths.filter(isDevelopmentFile);
  if (unwanted.length) throw new Error(`${dir} holds files that must not ship: ${unwanted.join(', ')}`);
  return entries(dir, paths);
}

/** The files of the repository as they are now: tracked or new, never what .gitignore leaves out. */
function sourceEntries(): ZipEntry[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  const paths = listed
    .split('\0')
    .filter((path) => path !== '' && existsSync(path) && statSync(path).isFile())
    .sort();
  return entries('.', paths);
}

/** Lints exactly what the Firefox zip holds, unpacked in a scratch folder. */
function lintFirefoxZip(path: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'moe-package-'));
  try {
    for (const entry of unzip(readFileSync(path))) {
      const file = join(dir, entry.name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, entry.data);
    }
    execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir], { stdio: 'inherit' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const version = packageVersion();
mkdirSync(ARTIFACTS_DIR, { recursive: true });
const made: [string, ZipEntry[]][] = [
  [artifactPath('chrome', version), extensionEntries('chrome', version)],
  [artifactPath('firefox', version), extensionEntries('firefox', version)],
  [artifactPath('sources', version), sourceEntries()],
];
for (const [path, files] of made) writeFileSync(path, zip(files));
lintFirefoxZip(artifactPath('firefox', version));
for (const [path, files] of made) {
  console.log(`${relative('.', path)}: ${files.length} files, ${Math.round(statSync(path).size / 1024)} KB`);
}

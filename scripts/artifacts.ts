// Where `npm run package` writes the store packages, and what may go into an extension's zip.
import { readFileSync } from 'node:fs';

export type Package = 'chrome' | 'firefox' | 'sources';

export const ARTIFACTS_DIR = 'artifacts';

/** The version the stores see: package.json's, which the build writes into both manifests. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
}

export function artifactPath(kind: Package, version = packageVersion()): string {
  return `${ARTIFACTS_DIR}/chorus-moe-assistant-${version}-${kind}.zip`;
}

/** Source maps, tests and the replica are for us, not for the users' browsers. */
export function isDevelopmentFile(path: string): boolean {
  return /\.map$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)(test|tests|e2e|__tests__)\//.test(path);
}

import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export const GECKO_ID = 'chorus-moe-assistant@chorus-moe.fr';
const CONTENT_SCRIPT = 'src/content/index.ts';

type Browser = 'chrome' | 'firefox';

/** The one manifest.json, adapted to each browser's dialect of MV3. */
export function manifestFor(browser: Browser): ManifestV3Export {
  // The stores read the version from the manifest; package.json holds the one we release.
  const manifest = { ...baseManifest, version: pkg.version };
  if (browser === 'chrome') return manifest as ManifestV3Export;
  const { service_worker, ...background } = manifest.background;
  return {
    ...manifest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

/**
 * Source maps are for us, not for the store: they are moved out of the package, to
 * dist/sourcemaps/<browser>, once every bundle (crxjs's content script too) is written.
 */
function sourceMapsOutside(outDir: string, mapsDir: string): Plugin {
  const maps = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.map'))
      .map((e) => join(e.parentPath, e.name));
  return {
    name: 'source-maps-outside',
    apply: 'build',
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        rmSync(mapsDir, { recursive: true, force: true });
        for (const file of maps(outDir)) {
          const to = join(mapsDir, relative(outDir, file));
          mkdirSync(dirname(to), { recursive: true });
          renameSync(file, to);
        }
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // One self-contained file, no web-accessible chunks the portal could probe for.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      sourceMapsOutside(`dist/${browser}`, `dist/sourcemaps/${browser}`),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // Minified for the store; readable through the maps, which stay out of the package.
      minify: true,
      sourcemap: 'hidden',
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});

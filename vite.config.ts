import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
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
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});

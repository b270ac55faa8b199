import { describe, expect, test } from 'vitest';
import { artifactPath, isDevelopmentFile } from '../../scripts/artifacts.js';
import { unzip, zip } from '../../scripts/zip.js';

const files = [
  { name: 'manifest.json', data: Buffer.from('{"name":"Assistant MOE — maître d’œuvre"}'.repeat(20)) },
  { name: 'icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  { name: 'src/content/index.js', data: Buffer.alloc(0) },
];

describe('the store packages’ zip', () => {
  test('gives back every file, byte for byte, deflated or stored', () => {
    const back = unzip(zip(files));
    expect(back.map((e) => e.name)).toEqual(files.map((f) => f.name));
    back.forEach((entry, i) => {
      expect(Buffer.from(entry.data).equals(files[i]?.data as Buffer)).toBe(true);
    });
  });

  test('the same files make the same bytes (a rebuild of the same sources matches the store’s copy)', () => {
    expect(zip(files).equals(zip(files))).toBe(true);
  });
});

describe('what goes into an extension package', () => {
  test('its name carries the version', () => {
    expect(artifactPath('firefox', '1.2.3')).toBe('artifacts/chorus-moe-assistant-1.2.3-firefox.zip');
  });

  test('source maps, tests and the replica are kept out; the built extension is not', () => {
    for (const path of ['assets/storage-B1.js.map', 'test/chorus/locate.test.ts', 'e2e/portal/pages.js', 'src/x.spec.js']) {
      expect(isDevelopmentFile(path), path).toBe(true);
    }
    for (const path of ['manifest.json', 'src/content/index.js', 'assets/index.html-Cc6.js', '_locales/fr/messages.json']) {
      expect(isDevelopmentFile(path), path).toBe(false);
    }
  });
});

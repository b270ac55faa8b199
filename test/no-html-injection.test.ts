// @vitest-environment node
// The two `web-ext lint` warnings come from Preact's renderer, which writes innerHTML only
// for `dangerouslySetInnerHTML` (README § web-ext lint). They stay harmless only while no
// code of ours asks for it, or writes HTML any other way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

test('no code in src/ writes HTML: no innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML', () => {
  const found = sources('src').flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/.test(line) ? [`${file}:${i + 1}`] : [],
      ),
  );
  expect(found).toEqual([]);
});

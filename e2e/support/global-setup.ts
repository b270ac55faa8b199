// The e2e tests load the built extension: fail early and plainly if it is not built.
import { existsSync } from 'node:fs';

export default function setup(): void {
  for (const target of ['chrome', 'firefox']) {
    if (!existsSync(`dist/${target}/manifest.json`)) {
      throw new Error(`dist/${target} is missing: run \`npm run build\` first (npm test does it).`);
    }
  }
}

// `npm start`: the assistant on the replica portal. With a display, Chromium opens with the
// extension on the replica's home page for you to try. Without one, a scripted MOE walks
// the 23 steps headless and a screenshot of every screen is written to demo/; the README's
// screenshots (e2e/screenshots/) are the first shot of the moments they show.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { HOME_URL } from '../e2e/portal/pages.js';
import { launchChromium } from '../e2e/support/chromium.js';
import { playwrightDriver } from '../e2e/support/driver.js';
import { walkAllSteps } from '../e2e/support/walk.js';

const DIST = resolve('dist/chrome');
const OUT = resolve('demo');
const README_SHOTS = resolve('e2e/screenshots');
/** Demo shot → the README's picture of it. */
const IN_README: Record<string, string> = {
  'step-04-works-search': 'step-04-role',
  'step-07-download-dialog': 'step-07-download',
  'step-17-amount-alert': 'step-17-amounts',
  'step-21-attachment-dialog': 'step-21-attachment',
  popup: 'popup',
};
const headed = !!process.env.DISPLAY && !process.env.CI && process.env.MOE_DEMO !== 'headless';

async function interactive(): Promise<void> {
  const session = await launchChromium({ extension: DIST, headless: false });
  await session.page.goto(HOME_URL);
  console.log('Chromium is open on the replica of Chorus Pro, with the assistant loaded.');
  console.log('Any user name, password and a 6-digit code log you in. Close the window to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
}

async function walkthrough(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const session = await launchChromium({ extension: DIST });
  const driver = playwrightDriver(session.page);
  const shots: string[] = [];
  let n = 0;
  const refreshed = new Set<string>();
  const readme = (name: string, path: string) => {
    const target = IN_README[name];
    if (!target || refreshed.has(target)) return;
    refreshed.add(target);
    copyFileSync(path, `${README_SHOTS}/${target}.png`);
  };
  const shoot = async (name: string) => {
    // Let the highlight ring finish its move before the picture.
    await new Promise((r) => setTimeout(r, 350));
    const path = `${OUT}/${String(++n).padStart(2, '0')}-${name}.png`;
    await session.page.screenshot({ path });
    shots.push(path);
    readme(name, path);
  };
  try {
    await walkAllSteps(driver, session.portal.model, {
      assistant: true,
      at: async (step) => {
        const screen = await session.page.evaluate(() => document.getElementById('chorus-moe-assistant')?.dataset.screen);
        await shoot(`step-${String(step).padStart(2, '0')}-${screen}`);
        if (step === 17) {
          // The classic mistake: the numeric keypad's point. Shown, then put right.
          const ht = '[name="montants.montantHtTotal"]';
          await session.page.fill(ht, '');
          await session.page.locator(ht).pressSequentially('12345.67');
          await session.page.waitForSelector('#chorus-moe-assistant [data-moe-field="montants.montantHtTotal"]');
          await shoot('step-17-amount-alert');
          await session.page.click('#chorus-moe-assistant [data-moe-field="montants.montantHtTotal"] [data-moe-fix]');
        }
      },
    });
    await shoot('sent');
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
    await popup.waitForSelector('ol[data-moe-checklist]');
    const path = `${OUT}/${String(++n).padStart(2, '0')}-popup.png`;
    await popup.screenshot({ path, fullPage: true });
    shots.push(path);
    readme('popup', path);
  } finally {
    await session.close();
  }
  console.log(`The scripted MOE walked all 23 steps with the assistant. ${shots.length} screenshots in ${OUT}/:`);
  for (const shot of shots) console.log(`  ${shot}`);
  console.log(`The README's screenshots in ${README_SHOTS}/: ${[...refreshed].join(', ')}.`);
  const sent = session.portal.model.sent[0];
  if (sent) console.log(`The replica received état d’acompte ${sent.numero} (cadre ${sent.cadre}, HT ${sent.amounts.ht} €).`);
}

await (headed ? interactive() : walkthrough());

// `npm run bench`: what the content script costs. It prints figures; tests never assert them.
// 1. One evaluation (screen detection, automations, steps, overlay) on each replica screen,
//    in happy-dom, median of many runs. 2. The amount parser's throughput. 3. The size of
//    what ships. 4. In Chromium, the time from the page's load to the assistant's first answer.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function evaluationPerScreen(): Promise<void> {
  const window = new Window({ url: 'https://cpro.chorus-pro.gouv.fr/cpp/facturesTravaux/recherche' });
  Object.assign(globalThis, {
    window,
    document: window.document,
    Node: window.Node,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    HTMLInputElement: window.HTMLInputElement,
    HTMLSelectElement: window.HTMLSelectElement,
    HTMLTextAreaElement: window.HTMLTextAreaElement,
    HTMLOptionElement: window.HTMLOptionElement,
    HTMLDialogElement: window.HTMLDialogElement,
    Event: window.Event,
    browser: { i18n: { getMessage: (key: string) => key }, runtime: { id: 'bench' } },
    chrome: { runtime: { id: 'bench' } },
  });
  const { detectScreen } = await import('../src/chorus/screens.js');
  const { Engine } = await import('../src/content/engine.js');
  const { defaultState } = await import('../src/core/state.js');
  const { PortalModel } = await import('../e2e/portal/model.js');
  const pages = await import('../e2e/portal/pages.js');
  const model = new PortalModel();
  model.loggedIn = true;
  const deposit = model.startDeposit('880101');
  const invoice = model.invoice('880101');
  if (!invoice) throw new Error('replica invoice missing');
  deposit.certificate.push({ fileName: 'c.pdf', size: 1 });
  const screens: [string, string][] = [
    ['portal-home', pages.homePage(model)],
    ['works-space', pages.worksSpacePage(model)],
    ['works-results', pages.searchPage(model, model.invoices.slice(0, 7), 1, [])],
    ['invoice-detail', pages.detailPage(invoice)],
    ['certificate-upload', pages.uploadPage(invoice, deposit)],
    ['invoice-form', pages.formPage(invoice, deposit)],
  ];
  console.log('One evaluation per screen (happy-dom, median of 200):');
  for (const [name, html] of screens) {
    window.document.write(html.replace(/<script>[\s\S]*?<\/script>/, ''));
    const engine = new Engine(window.document as unknown as Document, defaultState(0), {
      render: () => undefined,
      persist: () => undefined,
      stepChanged: () => undefined,
      setScreen: () => undefined,
      isOwnEvent: () => false,
    });
    const detect: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < 200; i++) {
      let t = performance.now();
      const screen = detectScreen(window.document as unknown as Document);
      detect.push(performance.now() - t);
      if (screen !== name) throw new Error(`expected ${name}, detected ${screen}`);
      t = performance.now();
      engine.evaluate();
      full.push(performance.now() - t);
    }
    engine.stop();
    console.log(`  ${name.padEnd(20)} detect ${median(detect).toFixed(3)} ms   whole evaluation ${median(full).toFixed(3)} ms`);
  }
  await window.happyDOM.close();
}

async function amountParser(): Promise<void> {
  const { parseFrenchAmount } = await import('../src/core/amounts.js');
  const inputs = ['1 234,56', '1234.56', '1,234.56', '1.234', '12 345 678,90 €', 'abc', '-5,00'];
  const n = 200_000;
  const t = performance.now();
  for (let i = 0; i < n; i++) parseFrenchAmount(inputs[i % inputs.length] as string);
  const ms = performance.now() - t;
  console.log(`Amount parser: ${Math.round((n / ms) * 1000).toLocaleString('fr-FR')} parses per second`);
}

function shippedSize(): void {
  console.log('What ships:');
  for (const target of ['chrome', 'firefox']) {
    const file = resolve(`dist/${target}/src/content/index.js`);
    const raw = readFileSync(file);
    console.log(
      `  ${target.padEnd(8)} content script ${(statSync(file).size / 1024).toFixed(1)} KiB, ${(gzipSync(raw).length / 1024).toFixed(1)} KiB gzip`,
    );
  }
}

async function firstAnswerInChromium(): Promise<void> {
  const { launchChromium } = await import('../e2e/support/chromium.js');
  const { HOME_URL, WORKS } = await import('../e2e/portal/pages.js');
  const session = await launchChromium({ extension: resolve('dist/chrome') });
  session.portal.model.loggedIn = true;
  const times: number[] = [];
  for (const url of [HOME_URL, `${WORKS}/synthese`, `${WORKS}/recherche`, `${WORKS}/consulter?idFactureTravaux=880101`]) {
    for (let i = 0; i < 5; i++) {
      await session.page.goto(url);
      await session.page.waitForFunction(() => document.getElementById('chorus-moe-assistant')?.dataset.screen !== 'unknown');
      times.push(
        await session.page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return performance.now() - nav.loadEventEnd;
        }),
      );
    }
  }
  await session.close();
  console.log(
    `Chromium: assistant answers ${median(times).toFixed(0)} ms after the load event (median of ${times.length} pages)`,
  );
}

await evaluationPerScreen();
await amountParser();
shippedSize();
await firstAnswerInChromium();

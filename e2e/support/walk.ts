// The scripted MOE: all 23 steps of the seed tutorial on the replica, as a user does them
// (clicks, typing, file choices). With the extension, each step also checks what the
// assistant shows: the screen, the step, the one highlighted element, the notices.
import assert from 'node:assert/strict';
import type { PortalModel } from '../portal/model.js';
import { HOME_URL } from '../portal/pages.js';
import type { Driver } from './driver.js';

export const INVOICE_ID = '880101';
export const INVOICE_NUMBER = 'FT-2026-0142';
export const STATEMENT_NUMBER = 'FT-2026-0142-EA';

export interface Shown {
  screen: string | null;
  step: string | null;
  marked: { step: string | null; id: string; tag: string; text: string; forId: string | null }[];
  autos: string[];
  card: string;
}

/** What the assistant shows now, read from the public test contract. */
export function shown(driver: Driver): Promise<Shown> {
  return driver.evaluate(() => {
    const host = document.getElementById('chorus-moe-assistant');
    const root = host?.shadowRoot;
    return {
      screen: host?.getAttribute('data-screen') ?? null,
      step: host?.getAttribute('data-step') ?? null,
      marked: Array.from(document.querySelectorAll('[data-moe-step]')).map((el) => ({
        step: el.getAttribute('data-moe-step'),
        id: el.id,
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? '').trim().slice(0, 80),
        forId: el.getAttribute('for'),
      })),
      autos: Array.from(root?.querySelectorAll('[role="status"][data-moe-auto]') ?? []).map(
        (el) => el.getAttribute('data-moe-auto') ?? '',
      ),
      card: root?.querySelector('[data-moe-card]')?.textContent ?? '',
    };
  }, undefined);
}

export interface Expect {
  screen: string;
  step: number | null;
  /** How to recognise the highlighted element; null: nothing highlighted. */
  target: { id?: string; forId?: string; text?: string; selector?: string } | null;
  autos?: string[];
}

export interface WalkOptions {
  /** The extension is loaded: check the assistant at each step and let it make its choices. */
  assistant: boolean;
  /** Called at the given steps, to look at the popup, reload, take screenshots… */
  at?: (step: number, driver: Driver) => Promise<void>;
}

async function waitForAssistant(driver: Driver, e: Expect): Promise<void> {
  try {
    await driver.waitFor(
      ({ screen, step, target, autos }) => {
        const host = document.getElementById('chorus-moe-assistant');
        if (host?.getAttribute('data-screen') !== screen || host.getAttribute('data-step') !== step) return false;
        const marked = document.querySelectorAll('[data-moe-step]');
        if (target === null) return marked.length === 0;
        const m = marked[0];
        if (marked.length !== 1 || !m) return false;
        if (target.id && m.id !== target.id) return false;
        if (target.forId && m.getAttribute('for') !== target.forId) return false;
        if (target.selector && !m.matches(target.selector)) return false;
        const shownAutos = Array.from(host.shadowRoot?.querySelectorAll('[role="status"][data-moe-auto]') ?? []).map((n) =>
          n.getAttribute('data-moe-auto'),
        );
        return autos.every((a) => shownAutos.includes(a));
      },
      { screen: e.screen, step: e.step === null ? '' : String(e.step), target: e.target, autos: e.autos ?? [] },
      5000,
    );
  } catch {
    // Fall through to the assertions, which say what differs.
  }
}

export async function expectShown(driver: Driver, e: Expect): Promise<void> {
  await waitForAssistant(driver, e);
  const s = await shown(driver);
  const where = `${driver.url()} — expected step ${e.step} on ${e.screen}; shown: ${JSON.stringify(s)}`;
  assert.equal(s.screen, e.screen, where);
  assert.equal(s.step, e.step === null ? '' : String(e.step), where);
  if (e.target === null) {
    assert.deepEqual(s.marked, [], where);
  } else {
    assert.equal(s.marked.length, 1, `${where}: one highlighted element`);
    const [m] = s.marked;
    assert.equal(m?.step, String(e.step), where);
    if (e.target.id) assert.equal(m?.id, e.target.id, where);
    if (e.target.forId) assert.equal(m?.forId, e.target.forId, where);
    if (e.target.text) assert.ok(m?.text.includes(e.target.text), where);
    if (e.target.selector) {
      const matches = await driver.evaluate(
        (sel) => document.querySelector('[data-moe-step]')?.matches(sel) ?? false,
        e.target.selector,
      );
      assert.ok(matches, `${where}: highlighted element matches ${e.target.selector}`);
    }
  }
  for (const id of e.autos ?? []) assert.ok(s.autos.includes(id), `${where}: notice ${id}`);
  await expectReachable(driver, where);
}

/**
 * The buttons of the card (or its pill) and of the notices shown can be clicked where they
 * show: nothing is over them, and no window of the page (a <dialog> opened with showModal(),
 * which makes the rest of the page inert) keeps the pointer from them.
 */
export async function expectReachable(driver: Driver, where: string): Promise<void> {
  const blocked = () =>
    driver.evaluate(() => {
      const host = document.getElementById('chorus-moe-assistant');
      const root = host?.shadowRoot;
      const buttons = root?.querySelectorAll<HTMLElement>(
        '[data-moe-auto] button, [data-moe-card]:not(.moe-folded) button, [data-moe-action="show"]',
      );
      const out: string[] = [];
      // A page's window hides the rest of the page while open (aria-hidden, inert): not the assistant.
      const hidden = host?.closest('[aria-hidden="true"], [inert]');
      if (hidden)
        out.push(
          `the assistant hidden by ${hidden === host ? 'its host' : hidden.tagName.toLowerCase()}'s ${hidden.hasAttribute('inert') ? 'inert' : 'aria-hidden'}`,
        );
      for (const button of Array.from(buttons ?? [])) {
        const r = button.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (r.width === 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const top = document.elementFromPoint(x, y);
        const inside = root?.elementFromPoint(x, y);
        if (top !== host || !inside || !button.contains(inside)) {
          out.push(`« ${button.textContent} » under ${top?.tagName.toLowerCase() ?? 'nothing'}#${top?.id ?? ''}`);
        }
      }
      return out;
    }, undefined);
  // The boxes are placed a frame after they render.
  let now = await blocked();
  for (let end = Date.now() + 3000; now.length > 0 && Date.now() < end; now = await blocked()) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(now, [], `${where}: the assistant's buttons can be clicked`);
}

/** Polls a condition of the test's own side (the replica's model). */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The words the tutorial (and the card's step text) gives these steps' buttons. */
const TUTORIAL_WORDS: Record<number, string> = {
  5: 'Rechercher',
  7: 'Télécharger',
  9: 'Traiter',
  10: 'Traiter',
  17: 'Ajouter',
  14: 'Continuer',
  22: 'Valider et envoyer',
};

/** The scripted user's handle on a replica element (never used by the extension). */
const qa = (name: string) => `[data-qa="${name}"]`;

/** Chooses in a select drawn by script as the user does: a click on it, then on the option its list shows. */
export async function pickDrawn(driver: Driver, qa: string, value: string): Promise<void> {
  await driver.click(`[data-qa="${qa}"]`);
  const option = `[data-qa="${qa}-option-${value || 'none'}"]`;
  await driver.waitFor((sel) => !!document.querySelector(sel), option);
  await driver.click(option);
}

/**
 * « Annuler » on the notice of « Non » (radios): the page and the notice then agree. Undone, the
 * radio is no longer checked, nor shown checked by the page; a page that keeps the choice in its
 * own state (variants.ts radiosOwnState) keeps it, and the notice says it cannot go back. The
 * user then chooses « Non » again, as the walk goes on.
 */
/**
 * Step 9, as a user who hesitates: « Refuser » is stopped by the guard, then opened past it.
 * In the refusal window (over a detail page its framework may hide: variants.ts
 * modalsAtBodyEnd with modalHidesPage) the detail is still read: the reason list is pointed
 * at, « Erreur de montant » gets its line, and the card says how to leave. The user then
 * closes the window without refusing; the page has sent nothing.
 */
async function refusalWindow(driver: Driver): Promise<void> {
  if (!(await driver.evaluate(() => !!document.querySelector('[data-qa="refuse-dialog"]'), undefined))) return;
  const overlay = (sel: string) =>
    driver.evaluate((s) => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector(s), sel);
  await driver.click(qa('refuse'));
  await driver.waitFor(
    () => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-guard="refuse"]'),
    undefined,
  );
  await driver.clickInOverlay('[data-moe-guard-action="proceed"]');
  await driver.click(qa('refuse'));
  await driver.waitFor(() => {
    const d = document.querySelector('[data-qa="refuse-dialog"]');
    return !!d && (d.classList.contains('in') || d.classList.contains('is-open'));
  }, undefined);
  await expectShown(driver, { screen: 'invoice-detail', step: 9, target: { selector: qa('refuse-reason') } });
  const card = () =>
    driver.evaluate(
      () => document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? '',
      undefined,
    );
  assert.ok((await card()).includes('La fenêtre de refus est ouverte'), `step 9, refusal window: ${await card()}`);
  await driver.select(qa('refuse-reason'), 'ERREUR_MONTANT');
  await driver
    .waitFor(
      () =>
        Array.from(
          document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelectorAll('[role="alert"][data-moe-field]') ?? [],
        ).some((a) => (a.textContent ?? '').includes('erreur de montant ne se refuse pas')),
      undefined,
      5000,
    )
    .catch(async () => {
      throw new Error(`step 9: no line for « Erreur de montant » in the refusal window (card: ${await card()})`);
    });
  assert.ok(!(await overlay('[data-moe-guard]')), 'step 9: no guard left open');
  await driver.select(qa('refuse-reason'), '');
  await driver.click(qa('refuse-cancel'));
  await driver.waitFor(() => {
    const d = document.querySelector('[data-qa="refuse-dialog"]');
    return !d || !(d.classList.contains('in') || d.classList.contains('is-open'));
  }, undefined);
}

async function undoAttachmentsNo(driver: Driver): Promise<void> {
  // The radio, or the label the walk clicks for it.
  const radio = await driver.evaluate(() => {
    const qa = document.querySelector('[data-qa="attachments-no"]');
    const el = qa instanceof HTMLLabelElement ? qa.control : qa;
    return el instanceof HTMLInputElement && el.type === 'radio';
  }, undefined);
  if (!radio) return;
  await driver.clickInOverlay('[data-moe-auto="export-no-attachments"] button');
  const read = () =>
    driver.evaluate(() => {
      const qa = document.querySelector('[data-qa="attachments-no"]');
      const el = (qa instanceof HTMLLabelElement ? qa.control : qa) as HTMLInputElement;
      const notice =
        document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-auto="export-no-attachments"]')
          ?.textContent ?? '';
      return {
        checked: el.checked,
        shown: !!(el.closest('label') ?? el.parentElement)?.classList.contains('is-checked'),
        ownState: !!(window as unknown as { __moeVariant?: { radiosOwnState?: boolean } }).__moeVariant?.radiosOwnState,
        notice,
      };
    }, undefined);
  // The notice's word once the undo has settled (a page may check the radio again a moment later).
  await new Promise((r) => setTimeout(r, 700));
  const after = await read();
  assert.ok(
    after.checked ? after.notice.includes('ne peut pas revenir') : after.notice.includes('Choix annulé'),
    `step 7: after « Annuler », the radio ${after.checked ? 'checked' : 'unchecked'} and the notice says: ${after.notice}`,
  );
  if (after.ownState)
    assert.equal(after.shown, after.checked, 'step 7: after « Annuler », the page shows the radio as the form holds it');
  if (!after.checked) await driver.click('[data-qa="attachments-no"]');
}

export async function walkAllSteps(driver: Driver, model: PortalModel, opts: WalkOptions): Promise<void> {
  const alt = model.variant === 'alt';
  const check = async (e: Expect) => {
    if (opts.assistant) {
      await expectShown(driver, e);
      if (e.step !== null && e.step in TUTORIAL_WORDS) await namesAsPage(e.step);
    }
    if (opts.at && e.step !== null) await opts.at(e.step, driver);
  };
  /**
   * The card calls the highlighted button as the page does: the tutorial's word is in the
   * button's, or the card quotes the button (a reworded page, variants.ts `reword`).
   */
  const namesAsPage = async (step: number) => {
    // Read once the page's framework has bound the button's text (« … » until then).
    await driver
      .waitFor(() => !(document.querySelector('[data-moe-step]')?.textContent ?? '').includes('…'), undefined, 5000)
      .catch(() => undefined);
    const read = async () => {
      const { marked, card } = await shown(driver);
      return { text: (marked[0]?.text ?? '').replace(/\s+/g, ' '), card };
    };
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    let { text, card } = await read();
    if (!text || fold(text).includes(fold(TUTORIAL_WORDS[step] ?? ''))) return;
    // The card follows the bound text at the next evaluation.
    for (let end = Date.now() + 3000; !card.includes(`« ${text} »`) && Date.now() < end; ) {
      await new Promise((r) => setTimeout(r, 50));
      ({ text, card } = await read());
    }
    assert.ok(card.includes(`« ${text} »`), `step ${step}: the card quotes the button « ${text} » as the page does: ${card}`);
  };
  const at = (name: string) => ({ selector: qa(name) });
  /**
   * When what the user is about to use (`data-qa=name`) is in a folded section: the assistant
   * marks what opens it and says to open it (then `also` checks more), and the user opens it.
   */
  const unfold = async (step: number, screen: string, name: string, also?: () => Promise<void>, depth = 0): Promise<void> => {
    // A page rendered by script (variants.ts lateMs) holds nothing until it has rendered.
    await driver.waitFor((n) => !!document.querySelector(`[data-qa="${n}"]`), name, 5000).catch(() => undefined);
    // The outermost folded section first: what opens an inner one is hidden with it.
    const toggle = await driver.evaluate((n) => {
      const el = document.querySelector(`[data-qa="${n}"]`);
      let outer: { qa: string; text: string } | null = null;
      for (let up = el?.parentElement; up; up = up.parentElement) {
        if (up instanceof HTMLDetailsElement && !up.open) {
          const summary = up.querySelector(':scope > summary');
          outer = summary ? { qa: summary.getAttribute('data-qa') ?? '', text: summary.textContent ?? '' } : null;
        }
        // A form in steps (variants.ts formSteps): the step that shows it.
        if (up.hasAttribute('data-step-pane') && (up as HTMLElement).style.display === 'none') {
          const item = document.querySelector(`[data-step-item="${up.getAttribute('data-step-pane')}"]`);
          outer = item ? { qa: item.getAttribute('data-qa') ?? '', text: item.textContent ?? '' } : null;
        }
        if (up.classList.contains('collapse') && !up.classList.contains('in')) {
          const opener = Array.from(document.querySelectorAll('[data-toggle="collapse"]')).find(
            (t) => (t.getAttribute('data-target') ?? t.getAttribute('href')) === `#${up?.id}`,
          );
          outer = opener ? { qa: opener.getAttribute('data-qa') ?? '', text: opener.textContent ?? '' } : null;
        }
      }
      return outer;
    }, name);
    if (!toggle) return;
    assert.ok(depth < 3, `step ${step}: « ${toggle.text} » opened, and still folded`);
    if (opts.assistant) {
      await expectShown(driver, { screen, step, target: at(toggle.qa) });
      // The card names it as the page shows it now (a framework may bind its text late).
      const says = (n: string) => {
        // As the user reads it: its title (a step's, without its number), else its text.
        const el = document.querySelector<HTMLElement>(`[data-qa="${n}"]`);
        const title = el?.querySelector<HTMLElement>('[class*="title"], [class*="label"]') ?? el;
        const text = (title?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const card = document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent;
        return !!text && !text.includes('…') && !!card?.includes(`ouvrez « ${text} »`);
      };
      await driver.waitFor(says, toggle.qa, 5000).catch(() => undefined);
      const { card } = await shown(driver);
      assert.ok(await driver.evaluate(says, toggle.qa), `step ${step}: the card says to open « ${toggle.text} »: ${card}`);
      await also?.();
    }
    await driver.click(qa(toggle.qa));
    // An inner one, now shown, in its turn.
    await unfold(step, screen, name, also, depth + 1);
  };

  // 1. Log in.
  await driver.goto(HOME_URL);
  await check({ screen: 'portal-home', step: 1, target: { id: 'aife_login_button' } });
  await driver.clickAndWait('#aife_login_button');
  await check({ screen: 'login', step: 1, target: null });
  await driver.type('#username', 'camille.legoff@archi-legoff.fr');
  await driver.type('#password', 'correct horse battery staple');
  await driver.clickAndWait('#kc-login');
  await driver.type('#otp', '482913');
  await driver.clickAndWait('#kc-login');

  // 2. Factures de travaux; first the « Facturation » domain, when the home shows only the
  // domains (variants.ts homeDomains).
  await driver.waitFor(() => !!document.querySelector('[data-qa="open-works"]'), undefined);
  const domainFirst = await driver.evaluate(() => {
    const open = document.querySelector('[data-qa="open-domain"]');
    return !!open && !!document.querySelector('[data-qa="open-works"]')?.closest('[hidden]');
  }, undefined);
  if (domainFirst) {
    await check({ screen: 'portal-home', step: 2, target: at('open-domain') });
    await driver.click(qa('open-domain'));
  }
  await check({ screen: 'portal-home', step: 2, target: at('open-works') });
  await driver.clickAndWait(qa('open-works'));

  // 3. Rechercher.
  await check({ screen: 'works-space', step: 3, target: at('tab-recherche') });
  await driver.clickAndWait(qa('tab-recherche'));

  // 4. Role « Maîtrise d'oeuvre » and the structure; 5. search.
  // The criteria may be folded away (a collapsed panel, a closed <details>): the assistant
  // shows what opens them, says so, and makes no choice the user cannot see.
  await driver.waitFor(() => !!document.querySelector('[data-qa="search"]'), undefined);
  await unfold(4, 'works-search', 'search', async () => {
    const chosen = await driver.evaluate(
      () =>
        Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name*="role"]')).map((e) =>
          e instanceof HTMLInputElement && !e.checked ? '' : e.value,
        ),
      undefined,
    );
    assert.ok(!chosen.includes('MOE'), `no role chosen while folded: ${chosen.join(', ')}`);
  });
  if (alt) {
    // One structure: the assistant makes both choices.
    if (!opts.assistant) {
      await driver.select(qa('role'), 'MOE');
      await driver.select(qa('structure'), '25123');
    }
    await check({ screen: 'works-search', step: 5, target: at('search'), autos: ['role-moe', 'structure'] });
  } else {
    if (opts.assistant) {
      await check({ screen: 'works-search', step: 4, target: at('structure-box'), autos: ['role-moe'] });
      // The choice shows on the page as a user's click shows it (a button group marks its label).
      const marked = await driver.evaluate(
        () =>
          Array.from(document.querySelectorAll<HTMLInputElement>('[data-toggle="buttons"] input')).every(
            (input) => input.checked === !!input.closest('.btn')?.classList.contains('active'),
          ) &&
          Array.from(document.querySelectorAll('[role="radiogroup"] [role="radio"]')).every(
            (radio) => (radio.getAttribute('aria-checked') === 'true') === (radio.getAttribute('data-value') === 'MOE'),
          ) &&
          // PrimeFaces' boxes (variants.ts roleCells): the box the user sees marks the radio checked.
          Array.from(document.querySelectorAll('.ui-radiobutton')).every(
            (r) =>
              (r.querySelector('input') as HTMLInputElement).checked ===
              !!r.querySelector('.ui-radiobutton-box')?.classList.contains('ui-state-active'),
          ),
        undefined,
      );
      assert.ok(marked, 'step 4: the role chosen shows as chosen');
    } else await driver.click(qa('role-MOE'));
    await driver.click(qa('structure-open'));
    await driver.click(qa('structure-25123'));
    // The role's notice stays, with its undo, once the page has rendered the role again.
    await check({ screen: 'works-search', step: 5, target: at('search'), ...(opts.assistant ? { autos: ['role-moe'] } : {}) });
  }
  await driver.clickAndWait(qa('search'));

  // 6. Download the invoice.
  await check({ screen: 'works-results', step: 6, target: at(`download-${INVOICE_ID}`) });
  if (opts.assistant) {
    // Its row says how long the MOE has had it (« J+n »): its dates read through the columns'
    // headings, whatever the markup.
    const numero = model.invoices.find((i) => i.id === INVOICE_ID)?.numero ?? '';
    // Markers are drawn for the rows on screen: the user looks at that row.
    await driver.evaluate(
      (id) =>
        document.querySelector(`[data-qa="download-${id}"]`)?.closest('tr, [role="row"]')?.scrollIntoView({ block: 'center' }),
      INVOICE_ID,
    );
    await driver
      .waitFor(
        (n) =>
          /J\+\d+/.test(
            document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector(`[data-moe-row="${n}"]`)?.textContent ??
              '',
          ),
        numero,
        5000,
      )
      .catch(async () => {
        const seen = await driver.evaluate(
          () =>
            Array.from(document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelectorAll('[data-moe-row]') ?? [])
              .map((m) => `${m.getAttribute('data-moe-row')}: ${m.textContent}`)
              .join(' / '),
          undefined,
        );
        throw new Error(`step 6: the marker of ${numero}'s row gives no J+n (markers: ${seen || 'none'})`);
      });
  }
  await driver.click(qa(`download-${INVOICE_ID}`));
  const dialogOpen = () => {
    const d = document.querySelector('[data-qa="download-dialog"]');
    return !!d && (d.classList.contains('in') || d.classList.contains('is-open') || (d as HTMLDialogElement).open === true);
  };
  await driver.waitFor(dialogOpen, undefined);

  // 7. PDF without supplementary attachments (made by the assistant), then confirm.
  if (opts.assistant) {
    await check({
      screen: 'download-dialog',
      step: 7,
      target: at('download-confirm'),
      autos: ['export-pdf', 'export-no-attachments'],
    });
    await undoAttachmentsNo(driver);
  } else {
    // Radios (classic), a <select> (alt), or a select drawn by script (variants.ts formatCombobox).
    const format = await driver.evaluate(() => {
      const el = document.querySelector('[data-qa="format"]');
      return el instanceof HTMLSelectElement ? 'select' : el ? 'drawn' : 'radios';
    }, undefined);
    if (format === 'drawn') await pickDrawn(driver, 'format', 'PDF');
    else if (format === 'select') await driver.select(qa('format'), 'PDF');
    else await driver.click(qa('format-pdf'));
    // Oui/Non radios, or one box to untick (alt; variants.ts attachmentsToggle).
    const box = await driver.evaluate(() => !!document.querySelector('[data-qa="attachments-box"]'), undefined);
    await driver.click(qa(box ? 'attachments-box' : 'attachments-no'));
  }
  await driver.click(qa('download-confirm'));
  await until(() => model.downloads.length === 1, 'the replica to receive the download');
  await driver.waitFor(() => {
    const d = document.querySelector('[data-qa="download-dialog"]');
    return !d || !(d.classList.contains('in') || d.classList.contains('is-open') || (d as HTMLDialogElement).open === true);
  }, undefined);

  // 8, on the next page of the results, where the invoice at hand is not: no other invoice's row
  // is pointed at, and the card says where to look; back on its page, its number is.
  const NEXT_PAGE = 'button[title="Aller à la page suivante du tableau"]';
  // (The same detour without the assistant: the portal receives the same requests.)
  if (await driver.evaluate((sel) => !!document.querySelector(sel), NEXT_PAGE)) {
    await driver.clickAndWait(NEXT_PAGE);
    if (opts.assistant) {
      // Not `check`: the callers' look at step 8 is for the invoice's own page of results.
      await expectShown(driver, { screen: 'works-results', step: 8, target: null });
      const card = await driver.evaluate(
        () => document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? '',
        undefined,
      );
      assert.ok(card.includes('n’est pas dans cette liste'), `step 8 on the next page of results: ${card}`);
    }
    await driver.clickAndWait('button[title="Aller à la page précédente du tableau"]');
  }

  // 8. Open the invoice.
  await check({ screen: 'works-results', step: 8, target: at(`open-${INVOICE_ID}`) });
  await driver.clickAndWait(qa(`open-${INVOICE_ID}`));

  // 9. The warning about refusal, read on the way to « Traiter » (10), which the user clicks.
  await check({ screen: 'invoice-detail', step: 9, target: at('process') });
  if (opts.assistant) await refusalWindow(driver);
  await driver.clickAndWait(qa('process'));

  // 11–12. The payment certificate.
  await check({ screen: 'certificate-upload', step: 11, target: at('certificate-picker') });
  await driver.upload(qa('certificate-file'), 'certificat-paiement-novembre.pdf', '%PDF-1.4 certificat');
  await check({ screen: 'certificate-upload', step: 12, target: at('import') });
  await driver.clickAndWait(qa('import'));

  // 13. Cadre A15 (made by the assistant); 14. continue. A select drawn by script, its options
  // rendered only while open (variants.ts cadreCombobox), is chosen the same way: the assistant
  // opens it and picks A15 in the list the page renders.
  await driver.waitFor(() => !!document.querySelector('[data-qa="cadre"]'), undefined);
  const drawn = await driver.evaluate(
    () => document.querySelector('[data-qa="cadre"]')?.getAttribute('role') === 'combobox',
    undefined,
  );
  const a15 = alt ? 'A15' : 'A15_ETAT_ACOMPTE_MOE';
  // A select under a box Chosen draws (variants.ts cadreChosen): the user sees and uses the box.
  const chosenBox = await driver.evaluate(() => !!document.querySelector('[data-qa="cadre-chosen"]'), undefined);
  if (opts.assistant) {
    await check({ screen: 'certificate-upload', step: 14, target: at('continue'), autos: ['cadre'] });
    if (drawn)
      assert.match(
        // What the select shows (PrimeFaces' keeps its native options inside, unseen).
        await driver.evaluate(() => document.querySelector('[data-qa="cadre"] [data-drawn-value]')?.textContent ?? '', undefined),
        /^\s*A15\b/,
        'the drawn cadre shows A15',
      );
    if (chosenBox)
      assert.match(
        await driver.evaluate(
          () => document.querySelector('[data-qa="cadre-chosen"] .chosen-single span')?.textContent ?? '',
          undefined,
        ),
        /^\s*A15\b/,
        'the box Chosen draws shows A15',
      );
  } else if (drawn) await pickDrawn(driver, 'cadre', a15);
  else if (chosenBox) {
    await driver.click('[data-qa="cadre-chosen"] .chosen-single');
    await driver.click(`[data-qa="cadre-chosen-option-${a15}"]`);
  } else await driver.select(qa('cadre'), a15);
  await driver.clickAndWait(qa('continue'));

  // 15. The pre-filled form, read on the way to its Références block: the number (maybe a step
  // of the form away); 16. the date.
  await unfold(15, 'invoice-form', 'number');
  await check({ screen: 'invoice-form', step: 15, target: at('number') });
  await driver.type(qa('number'), STATEMENT_NUMBER);
  await check({ screen: 'invoice-form', step: 16, target: at('date') });
  // MUI X's date field (variants.ts dateSections): typed in its sections, the input beside them out of reach.
  const sections = await driver.evaluate(() => !!document.querySelector('[data-qa="date-sections"]'), undefined);
  await driver.type(qa(sections ? 'date-sections' : 'date'), '26/11/2026');

  // 17. The amounts read right as they are: on to the attachments' « Ajouter » (18), its block
  // maybe folded away. 18–21. The invoice as an attachment.
  await unfold(17, 'invoice-form', 'add-attachment');
  await check({ screen: 'invoice-form', step: 17, target: at('add-attachment') });
  await driver.click(qa('add-attachment'));
  // A window may ask for everything at once (variants.ts: attachOneStep): no upload button,
  // the designation and type shown from the start, which the assistant fills on opening.
  const oneStep = await driver.evaluate(
    () => !document.querySelector('[data-qa="attachment-upload"]') && !!document.querySelector('[data-qa="designation"]'),
    undefined,
  );
  const filled = ['attachment-designation', 'attachment-type'];
  // Whatever is filled, the file is the first thing to choose.
  await check({ screen: 'attachment-dialog', step: 19, target: at('attachment-picker'), ...(oneStep ? { autos: filled } : {}) });
  await driver.upload(qa('attachment-file'), `${INVOICE_NUMBER}.pdf`, '%PDF-1.4 facture');
  if (!oneStep) {
    await check({ screen: 'attachment-dialog', step: 20, target: at('attachment-upload') });
    await driver.clickAndWait(qa('attachment-upload'));
  }
  if (opts.assistant) {
    await check({ screen: 'attachment-dialog', step: 21, target: at('attachment-add'), autos: filled });
  } else {
    await driver.type(qa('designation'), 'Facture');
    // A native select, or one drawn by script (variants.ts typeCombobox) that lists its options in an attribute.
    const annexe = await driver.evaluate(() => {
      const type = document.querySelector('[data-qa="type"]');
      const options: string[][] =
        type instanceof HTMLSelectElement
          ? Array.from(type.options).map((o) => [o.value, o.text])
          : JSON.parse(type?.getAttribute('data-options') ?? '[]');
      return {
        code: options.find(([, text]) => text === 'Document annexe')?.[0] ?? '',
        drawn: !(type instanceof HTMLSelectElement),
      };
    }, undefined);
    if (annexe.drawn) await pickDrawn(driver, 'type', annexe.code);
    else await driver.select(qa('type'), annexe.code);
  }
  await driver.clickAndWait(qa('attachment-add'));
  // Listed as added (a table or a <ul>): the last thing is to close the window.
  await check({ screen: 'attachment-dialog', step: 21, target: at('attachment-close') });
  await driver.click(qa('attachment-close'));

  // 22–23. Send.
  await check({ screen: 'invoice-form', step: 22, target: at('send') });
  await driver.click(qa('send'));
  await check({ screen: 'send-confirm', step: 23, target: at('confirm') });
  await driver.clickAndWait(qa('confirm'));
  if (opts.assistant) await expectShown(driver, { screen: 'sent', step: null, target: null });
}

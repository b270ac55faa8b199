import { describe, expect, test } from 'vitest';
import { FEATURES } from '../../src/core/features.js';
import { activeTarget, currentStep, type PageFacts, stepsDoneOnPage } from '../../src/core/progress.js';
import type { Screen } from '../../src/core/screens.js';
import { CLICK_EVIDENCE, carriedSteps, hasInvoiceFile, isSent, type LocatorId, STEPS, stepWhere } from '../../src/core/steps.js';
import { MESSAGES } from '../../src/locales/messages.js';

function facts(
  screen: Screen,
  opts: { filled?: LocatorId[]; present?: LocatorId[]; clicked?: LocatorId[]; totalsRight?: boolean } = {},
): PageFacts {
  return {
    screen,
    filled: (id) => opts.filled?.includes(id) ?? false,
    present: (id) => (opts.present?.includes(id) ?? false) || (opts.filled?.includes(id) ?? false),
    clicked: (id) => opts.clicked?.includes(id) ?? false,
    totalsRight: () => opts.totalsRight ?? false,
  };
}

describe('the 23 steps table', () => {
  test('23 steps, numbered in order, each with French and English texts', () => {
    expect(STEPS.map((s) => s.n)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const messages = MESSAGES as Record<string, { fr: string; en: string }>;
    for (const s of STEPS) {
      for (const part of ['Title', 'Text', 'Target', ...(s.why ? ['Why'] : [])]) {
        const m = messages[`step${s.n}${part}`];
        expect(m?.fr, `step${s.n}${part}`).toBeTruthy();
        expect(m?.en, `step${s.n}${part}`).toBeTruthy();
        expect(m?.fr).not.toBe(m?.en);
      }
    }
  });

  test('the tutorial’s reasons are given where it gives one (steps 6, 9, 17, 18)', () => {
    expect(STEPS.filter((s) => s.why).map((s) => s.n)).toEqual([6, 9, 17, 18]);
  });
});

describe('current step', () => {
  test('the first step not done that belongs to this screen', () => {
    expect(currentStep('portal-home', [])?.n).toBe(1);
    expect(currentStep('portal-home', [1])?.n).toBe(2);
    expect(currentStep('works-results', [1, 2, 3, 4, 5])?.n).toBe(6);
    expect(currentStep('works-results', [1, 2, 3, 4, 5, 6, 7])?.n).toBe(8);
    expect(currentStep('invoice-detail', [1, 2, 3, 4, 5, 6, 7, 8])?.n).toBe(9);
  });

  test('a skipped download stays undone: the detail page still offers 9, and 6 stays open', () => {
    const done = [1, 2, 3, 4, 5, 8];
    expect(currentStep('invoice-detail', done)?.n).toBe(9);
    expect(currentStep('works-results', done)?.n).toBe(6);
  });

  test('with nothing left on this screen, the first step left anywhere; nothing on unknown pages or once sent', () => {
    expect(currentStep('works-space', [1, 2, 3])?.n).toBe(4);
    expect(currentStep('unknown', [])).toBeNull();
    expect(
      currentStep(
        'sent',
        Array.from({ length: 23 }, (_, i) => i + 1),
      ),
    ).toBeNull();
  });

  test('page facts mark steps done; login and unknown pages mark nothing', () => {
    expect(stepsDoneOnPage(facts('login'))).toEqual([]);
    expect(stepsDoneOnPage(facts('unknown'))).toEqual([]);
    expect(stepsDoneOnPage(facts('portal-home', { present: ['home.worksTile'] }))).toEqual([1]);
    expect(stepsDoneOnPage(facts('works-search', { filled: ['search.roleMoe'], present: ['search.structure'] }))).toEqual([
      1, 2, 3,
    ]);
    // No structure asked: the role alone does step 4.
    expect(stepsDoneOnPage(facts('works-search', { filled: ['search.roleMoe'] }))).toEqual([1, 2, 3, 4]);
    expect(stepsDoneOnPage(facts('works-search', { filled: ['search.roleMoe', 'search.structure'] }))).toEqual([1, 2, 3, 4]);
    expect(stepsDoneOnPage(facts('works-results', { clicked: ['results.download'] }))).toContain(6);
    expect(stepsDoneOnPage(facts('invoice-form', { present: ['form.attachmentListed'] }))).toContain(21);
    expect(stepsDoneOnPage(facts('attachment-dialog', { present: ['form.attachmentListed', 'attach.dialog'] }))).not.toContain(
      21,
    );
  });

  test('the target moves on as the step progresses, and never shows on login pages', () => {
    const step4 = STEPS[3];
    const step21 = STEPS[20];
    if (!step4 || !step21) throw new Error('table');
    expect(activeTarget(step4, facts('works-search'))?.locator).toBe('search.roleMoe');
    expect(activeTarget(step4, facts('works-search', { filled: ['search.roleMoe'] }))?.locator).toBe('search.structure');
    expect(activeTarget(step21, facts('attachment-dialog', { present: ['attach.add'] }))?.locator).toBe('attach.designation');
    expect(
      activeTarget(step21, facts('attachment-dialog', { filled: ['attach.designation', 'attach.type'], present: ['attach.add'] }))
        ?.locator,
    ).toBe('attach.add');
    expect(activeTarget(step21, facts('attachment-dialog', { present: ['attach.listed'] }))?.locator).toBe('attach.close');
    expect(activeTarget(STEPS[0] as never, facts('login'))).toBeNull();
  });

  test('a window that puts the file’s description in place of its upload: the file is chosen and sent (19, 20)', () => {
    const swapped = stepsDoneOnPage(facts('attachment-dialog', { present: ['attach.designation', 'attach.type', 'attach.add'] }));
    expect(swapped).toEqual(expect.arrayContaining([19, 20]));
    expect(swapped).not.toContain(21);
    // Its upload still there: sent only once the fields that describe the file come with it.
    const before = stepsDoneOnPage(facts('attachment-dialog', { present: ['attach.file', 'attach.upload'] }));
    expect(before).not.toContain(20);
    // A window that asks everything at once, its file not chosen yet: nothing sent.
    expect(stepsDoneOnPage(facts('attachment-dialog', { present: ['attach.file', 'attach.designation'] }))).not.toContain(20);
  });

  test('the download window closed without a download: step 7 again, on the list, at the row’s icon', () => {
    const upTo6 = [1, 2, 3, 4, 5, 6];
    const step = currentStep('works-results', upTo6);
    expect(step?.n).toBe(7);
    expect(activeTarget(step as never, facts('works-results', { present: ['results.download'] }))).toMatchObject({
      locator: 'results.download',
      as: 6,
    });
    // In the window, its own controls.
    expect(activeTarget(step as never, facts('download-dialog', { present: ['download.confirm'] }))?.locator).toBe(
      'download.confirm',
    );
    // Downloaded: the list's next step is the invoice's number.
    expect(currentStep('works-results', [...upTo6, 7])?.n).toBe(8);
  });

  test('a step given to reading points at the control that comes next, named as that control, or at its block when the page shows none', () => {
    const step = (n: number) => STEPS.find((s) => s.n === n) ?? (undefined as never);
    // 9, the warning about refusals: « Traiter »; the action bar if the page shows no such button.
    expect(activeTarget(step(9), facts('invoice-detail', { present: ['detail.process', 'detail.actions'] }))).toEqual({
      locator: 'detail.process',
      until: { absent: 'detail.process' },
      as: 10,
    });
    expect(activeTarget(step(9), facts('invoice-detail', { present: ['detail.actions'] }))?.locator).toBe('detail.actions');
    // 15, reading the form: the number, where the Références block begins.
    expect(activeTarget(step(15), facts('invoice-form', { present: ['form.number', 'form.references'] }))).toMatchObject({
      locator: 'form.number',
      as: 16,
    });
    expect(activeTarget(step(15), facts('invoice-form', { present: ['form.references'] }))?.locator).toBe('form.references');
    // 17, the amounts: pointed at while they read wrong, then the attachments' « Ajouter ».
    const form = { present: ['form.amounts', 'form.addAttachment'] as LocatorId[] };
    expect(activeTarget(step(17), facts('invoice-form', form))?.locator).toBe('form.amounts');
    expect(activeTarget(step(17), facts('invoice-form', { ...form, totalsRight: true }))).toMatchObject({
      locator: 'form.addAttachment',
      as: 18,
    });
    expect(activeTarget(step(17), facts('invoice-form', { present: ['form.amounts'], totalsRight: true }))?.locator).toBe(
      'form.amounts',
    );
  });
});

describe('the rules the table holds', () => {
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  test('step 15 is shown on arriving at the form, and done once the user writes in its Références block', () => {
    expect(currentStep('invoice-form', upTo(14))?.n).toBe(15);
    expect(stepsDoneOnPage(facts('invoice-form'))).not.toContain(15);
    expect(stepsDoneOnPage(facts('invoice-form', { filled: ['form.number'] }))).toContain(15);
    expect(stepsDoneOnPage(facts('invoice-form', { filled: ['form.date'] }))).toContain(15);
    expect(stepsDoneOnPage(facts('attachment-dialog'))).toContain(15);
    expect(currentStep('invoice-form', [...upTo(14), 15])?.n).toBe(16);
  });

  test('steps 11–12 are done once the upload screen lists the file or has grown the cadre field, on that screen only', () => {
    expect(stepsDoneOnPage(facts('certificate-upload'))).not.toContain(11);
    for (const shown of ['upload.imported', 'upload.cadre'] as const) {
      expect(stepsDoneOnPage(facts('certificate-upload', { present: [shown] }))).toEqual(expect.arrayContaining([11, 12]));
    }
    expect(stepsDoneOnPage(facts('works-search', { present: ['upload.cadre'] }))).not.toContain(11);
    expect(stepsDoneOnPage(facts('invoice-detail', { present: ['upload.imported'] }))).not.toContain(12);
  });

  test('the last step sends the invoice; lookups by rule name the step', () => {
    expect(isSent(upTo(22))).toBe(false);
    expect(isSent([23])).toBe(true);
    expect(stepWhere((s) => s.guard === 'refuse')).toBe(9);
    expect(stepWhere((s) => s.guard === 'send')).toBe(22);
    expect(stepWhere((s) => s.card?.includes('amounts') ?? false)).toBe(17);
    expect(() => stepWhere(() => false)).toThrow();
  });

  test('the invoice file is had once downloaded (7) or chosen as the attachment (19)', () => {
    expect(hasInvoiceFile(upTo(6))).toBe(false);
    expect(hasInvoiceFile([7])).toBe(true);
    expect(hasInvoiceFile([19])).toBe(true);
  });

  test('logging in and searching count for the invoice picked; only logging in and the works space for the next round', () => {
    expect(carriedSteps(upTo(23), 'search')).toEqual([1, 2, 3, 4, 5]);
    expect(carriedSteps(upTo(23), 'round')).toEqual([1, 2, 3]);
  });

  test('click evidence is the clicks the table names, and nothing that only identifies an invoice', () => {
    expect([...CLICK_EVIDENCE].sort()).toEqual(['detail.process', 'download.confirm', 'form.addAttachment', 'results.download']);
  });

  test('every feature belongs to one step, and runs on a screen of it', () => {
    for (const feature of FEATURES) {
      const owners = STEPS.filter((s) => s.features?.includes(feature.id));
      expect(
        owners.map((s) => s.n),
        feature.id,
      ).toHaveLength(1);
      expect(
        owners[0]?.screens.some((screen) => feature.screens.includes(screen)),
        feature.id,
      ).toBe(true);
    }
  });
});

// « Copier le diagnostic »: what the locators see of a page, for a user to send us when the
// real portal differs from the replica. Only the page's structure goes in — tags, ids,
// names, types, roles, the words of labels, headings, buttons and of the options of the
// selects the flow uses — never what the user or the portal wrote into it: no field value,
// no invoice number, no amount, no name of a person or company. Every string goes through
// one scrubber: a word with a digit becomes « # », an e-mail « @ », and a word that the page
// shows as data (a value, a table cell, free text, another select's options) or a
// capitalised word we do not know becomes « * ». Unknown words are lost: better a vaguer
// report than one that leaks a name.
import { normalizeLabel } from '../core/normalize.js';
import type { Screen } from '../core/screens.js';
import { type LocatorId, STEPS, type Step } from '../core/steps.js';
import { accessibleName, controlLabels, dialogCandidates, dialogTitle, headingsOf, isShown } from './dom.js';
import { type LocateContext, type Located, locate } from './locate.js';
import { LOCATORS, WORKS_SPACE_TITLES } from './locators.js';
import { bodyRows } from './rows.js';
import { detectScreen } from './screens.js';

export const DIAGNOSTIC_FORMAT = 'chorus-moe-diagnostic/1';

export interface ElementShape {
  tag: string;
  id?: string;
  name?: string;
  type?: string;
  role?: string;
  /** A radio's or checkbox's value: a code such as MOE or PDF, never something typed. */
  value?: string;
  /** Its label, accessible name or title, scrubbed. */
  texts?: string[];
  /** The options of a select the flow uses, scrubbed; only their number for any other select. */
  options?: { text: string; value: string }[];
  optionCount?: number;
  /** How many elements of the page have this very shape (rows of a table). */
  count?: number;
}

export interface LocatorReport {
  locator: LocatorId;
  /** The steps that point at it. */
  steps: number[];
  /** One of the detected screen's steps points at it. */
  expected: boolean;
  found: boolean;
  score?: number;
  via?: string;
  fallback?: number;
  cues?: string[];
  element?: ElementShape;
  /** Found in a folded section: the shape of what opens it. */
  behind?: ElementShape;
}

export interface Diagnostic {
  format: typeof DIAGNOSTIC_FORMAT;
  extensionVersion: string;
  host: string;
  /** The address's path, with every digit run masked; never its query. */
  path: string;
  screen: Screen;
  step: number | null;
  locators: LocatorReport[];
  page: {
    title: string;
    headings: string[];
    dialogs: ElementShape[];
    controls: ElementShape[];
    actions: ElementShape[];
    tables: { id?: string; caption: string[]; headers: string[]; rows: number }[];
  };
}

/** Each list stops there: a diagnostic stays small enough to paste into an issue. */
const MAX_ITEMS = 150;

/** Words of the portal's own vocabulary: kept even when the page also shows them as data. */
const PORTAL_WORDS = `a au aux d de des du en et l la le les un une par pour sur avec sans votre vos est ou dans ce cette
n no num vous
accueil annuler retour suivant precedent fermer valider enregistrer envoyer envoi confirmer confirmation supprimer modifier
rechercher recherche critere resultat synthese deposer depot facture travaux numero date montant ht ttc tva payer statut
etat fournisseur destinataire moe moa maitrise maitre oeuvre ouvrage structure service role cadre facturation format pdf
xml pivot oui non piece jointe complementaire document annexe designation type fichier importer importe telecharger
telechargement liste page action bouton btn onglet modal modale panneau body header footer titre label libelle code id
select select2 container result results form input search button submit menu nav tab panel heading content row col table
list item lien consulter consultation traiter refuser refus motif commentaire acompte decompte projet mensuel general
definitif tacite certificat paiement demande mise disposition prise compte transmise transmission reference identification
emission reception debut fin periode obligatoire champ aide deconnexion connexion connecter utilisateur espace application
domaine acceder ajouter ajout joindre parcourir choix choisir selectionner continuer etape ligne total remise penalite
retenue garantie avance revision prix taux courant heure gft gdp gfr tra gcu aife cpp csm jj mm aaaa dd yyyy coche
telechargementfacture unitaire masse bon commande livraison proces verbal autre sous traitant cotraitant remboursement
memoire justice saisie payee valide final beneficiaire procedure tic`
  .split(/\s+/)
  .filter(Boolean);

/** Folded, and without a plural's s: « Montants » and « montant » are one word here. */
function fold(word: string): string {
  return normalizeLabel(word).replace(/s$/, '');
}

function locatorWords(): string[] {
  const out: string[] = [...WORKS_SPACE_TITLES];
  for (const spec of Object.values(LOCATORS)) {
    for (const s of spec.strategies) {
      if ('text' in s) out.push(...s.text);
      if (s.by === 'role') out.push(...s.name);
    }
  }
  return out.flatMap((text) => normalizeLabel(text).split(/[^a-z0-9]+/));
}

const CADRE_CODE = /^A([1-9]|1\d|2[0-5])$/i;

class Scrubber {
  private readonly known: Set<string>;
  private readonly data = new Set<string>();

  constructor(doc: Document, flowSelects: Set<Element>) {
    this.known = new Set([...PORTAL_WORDS, ...locatorWords()].map(fold));
    const add = (text: string | null | undefined) => {
      for (const word of normalizeLabel(text ?? '').split(/[^a-z0-9@.]+/)) if (word) this.data.add(fold(word));
    };
    for (const field of Array.from(doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))) {
      add(field.value);
      add(field.getAttribute('value'));
      add(field.getAttribute('placeholder'));
    }
    for (const select of Array.from(doc.querySelectorAll('select'))) {
      if (flowSelects.has(select)) continue;
      for (const option of Array.from(select.options)) add(`${option.text} ${option.value}`);
    }
    for (const cell of Array.from(doc.querySelectorAll('td, dd, output, [contenteditable]'))) add(cell.textContent);
    // Free text: what is not a label, a heading, a button, a link or an option is the page's content.
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const chrome = 'label, h1, h2, h3, h4, h5, h6, legend, caption, th, button, a, option, script, style';
      if (parent?.closest(`${chrome}, [role="heading"], [role="button"], [role="tab"], [role="link"], [role="columnheader"]`)) {
        continue;
      }
      add(node.textContent);
    }
  }

  private word(token: string, isText: boolean): string {
    if (CADRE_CODE.test(token)) return token;
    if (/\d/.test(token)) return '#';
    if (token.includes('@')) return '@';
    const folded = fold(token);
    if (this.known.has(folded)) return token;
    if (this.data.has(folded)) return '*';
    // A person's or company's name is written with capitals; our texts' words are known.
    if (isText && /^\p{Lu}/u.test(token)) return '*';
    return token;
  }

  /** A label, heading or option text: word by word. */
  text(text: string): string {
    return text
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .trim()
      .slice(0, 200)
      .split(/(\S*@\S*|[\s,;:!?()«»"'’/–—.*+-]+)/)
      .map((part, i) => (i % 2 === 1 && !part.includes('@') ? part : part && this.word(part, true)))
      .join('');
  }

  /**
   * An id or a name, part by part, camel case included. A `code` (an option's or a radio's
   * value) is held to the stricter rule of texts: its capitalised parts must be words we know.
   */
  identifier(id: string, code = false): string {
    return id
      .slice(0, 200)
      .split(/([^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z]))/)
      .map((part, i) => (i % 2 === 1 ? part : part && this.word(part, code)))
      .join('');
  }
}

const ACTIONS = 'button, input[type="submit"], input[type="button"], [role="button"], [role="tab"], [role="link"], a[href]';

function stepsOf(locator: LocatorId): number[] {
  return STEPS.filter((s) => s.targets.some((t) => t.locator === locator)).map((s) => s.n);
}

function selectOf(el: Element): HTMLSelectElement | null {
  if (el instanceof HTMLSelectElement) return el;
  return el instanceof HTMLOptionElement ? el.closest('select') : null;
}

function shapeOf(el: Element, scrub: Scrubber, flowSelects: Set<Element>): ElementShape {
  const shape: ElementShape = { tag: el.tagName.toLowerCase() };
  if (el.id) shape.id = scrub.identifier(el.id);
  const name = el.getAttribute('name');
  if (name) shape.name = scrub.identifier(name);
  const type = el.getAttribute('type');
  if (type) shape.type = scrub.identifier(type);
  const role = el.getAttribute('role');
  if (role) shape.role = scrub.identifier(role);
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.getAttribute('value')) {
    shape.value = scrub.identifier(el.getAttribute('value') ?? '', true);
  }
  const isControl = el.matches('input, select, textarea');
  // A region or a window is named by its title, not by all the text it holds.
  const texts = isControl
    ? controlLabels(el)
    : el instanceof HTMLOptionElement
      ? [el.text]
      : el.matches(ACTIONS)
        ? [accessibleName(el)]
        : [dialogTitle(el)];
  const scrubbed = [...new Set(texts.map((t) => scrub.text(t)).filter(Boolean))];
  if (scrubbed.length) shape.texts = scrubbed;
  if (el instanceof HTMLSelectElement) {
    shape.optionCount = el.options.length;
    if (flowSelects.has(el)) {
      shape.options = Array.from(el.options, (o) => ({ text: scrub.text(o.text), value: scrub.identifier(o.value, true) }));
    }
  }
  return shape;
}

/** Rows of a table give the same shape many times: one entry each, with its count. */
function grouped(shapes: ElementShape[]): ElementShape[] {
  const byKey = new Map<string, ElementShape>();
  for (const shape of shapes) {
    const key = JSON.stringify(shape);
    const seen = byKey.get(key);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else byKey.set(key, { ...shape });
  }
  return [...byKey.values()].slice(0, MAX_ITEMS);
}

/**
 * The targets a step can point at on this screen: its targets in order, up to one passed over
 * only on another screen (step 7's row icon, until the download window shows: the window's
 * fields are not expected on the list).
 */
function targetsOn(step: Step, screen: Screen): LocatorId[] {
  if (!step.screens.includes(screen)) return [];
  const ids: LocatorId[] = [];
  for (const target of step.targets) {
    ids.push(target.locator);
    const until = target.until;
    if (until && 'screen' in until && !until.screen.includes(screen)) break;
  }
  return ids;
}

export function buildDiagnostic(
  doc: Document,
  opts: { extensionVersion: string; step: number | null; ctx?: LocateContext },
): Diagnostic {
  const ctx = opts.ctx ?? {};
  const ids = Object.keys(LOCATORS) as LocatorId[];
  const found = new Map<LocatorId, Located | null>(ids.map((id) => [id, locate(doc, id, ctx)]));
  const screen = detectScreen(doc, ctx, (id) => found.get(id) ?? null);
  // The selects the flow sets (role, format, cadre, attachment type): their options are the
  // portal's wording. The structure select lists the user's own organisations: never those.
  const flowSelects = new Set<Element>();
  for (const [id, located] of found) {
    const select = located && id !== 'search.structure' ? selectOf(located.element) : null;
    if (select) flowSelects.add(select);
  }
  const scrub = new Scrubber(doc, flowSelects);
  const expectedHere = new Set(STEPS.flatMap((s) => targetsOn(s, screen)));
  const locators = ids.map((id): LocatorReport => {
    const located = found.get(id);
    const report: LocatorReport = { locator: id, steps: stepsOf(id), expected: expectedHere.has(id), found: !!located };
    if (located) {
      report.score = located.score;
      report.via = located.via;
      report.fallback = located.fallback;
      report.cues = located.cues;
      report.element = shapeOf(located.element, scrub, flowSelects);
      if (located.behind) report.behind = shapeOf(located.behind, scrub, flowSelects);
    }
    return report;
  });
  const shown = (el: Element) => isShown(el, { self: false });
  const body = doc.body ?? doc.documentElement;
  const own = (el: Element) => !el.closest('#chorus-moe-assistant');
  return {
    format: DIAGNOSTIC_FORMAT,
    extensionVersion: opts.extensionVersion,
    host: doc.location?.hostname ?? '',
    path: (doc.location?.pathname ?? '').replace(/\d+/g, '#'),
    screen,
    step: opts.step,
    locators,
    page: {
      title: scrub.text(doc.title),
      headings: [
        ...new Set(
          headingsOf(body)
            .filter(own)
            .map((h) => scrub.text(h.textContent ?? '')),
        ),
      ]
        .filter(Boolean)
        .slice(0, MAX_ITEMS),
      dialogs: grouped(dialogCandidates(doc).map((d) => shapeOf(d, scrub, flowSelects))),
      controls: grouped(
        Array.from(body.querySelectorAll('input:not([type="hidden"]), select, textarea'))
          .filter((el) => own(el) && shown(el))
          .map((el) => shapeOf(el, scrub, flowSelects)),
      ),
      actions: grouped(
        Array.from(body.querySelectorAll(ACTIONS))
          .filter((el) => own(el) && shown(el))
          .map((el) => shapeOf(el, scrub, flowSelects)),
      ),
      tables: Array.from(body.querySelectorAll('table, [role="table"], [role="grid"]'))
        .filter(own)
        .slice(0, MAX_ITEMS)
        .map((table) => ({
          ...(table.id ? { id: scrub.identifier(table.id) } : {}),
          caption: Array.from(table.querySelectorAll(':scope > caption'), (c) => scrub.text(c.textContent ?? '')),
          headers: Array.from(table.querySelectorAll('th, [role="columnheader"]'), (th) => scrub.text(th.textContent ?? '')),
          rows: bodyRows(table).length,
        })),
    },
  };
}

// Small documents in several plausible markups of the same portal screens: the replica's
// is only one of them (portal.md: build for [G], never depend on it alone).

export function page(body: string, url = 'https://cpro.chorus-pro.gouv.fr/cpp/facturesTravaux/recherche'): Document {
  document.documentElement.innerHTML = `<head><title>Chorus Pro</title></head><body>${body}</body>`;
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);
  return document;
}

export const ROLE_VARIANTS: Record<string, string> = {
  'radios wrapped in spans, label[for]': `
    <fieldset><legend>Rôle</legend>
      <span class="radio-custom"><input type="radio" id="r1" name="listeResultats.critere.role" value="FOURNISSEUR" style="opacity:0"></span><label for="r1">Fournisseur</label>
      <span class="radio-custom"><input type="radio" id="r2" name="listeResultats.critere.role" value="MOE" style="opacity:0"></span><label for="r2">Maîtrise d'oeuvre</label>
      <span class="radio-custom"><input type="radio" id="r3" name="listeResultats.critere.role" value="MOA" style="opacity:0"></span><label for="r3">Maîtrise d'ouvrage</label>
    </fieldset>`,
  'wrapping labels, capitals and a curly apostrophe': `
    <div role="radiogroup" aria-label="Rôle">
      <label><input type="radio" name="role" value="F"> FOURNISSEUR</label>
      <label><input type="radio" name="role" value="M"> MAÎTRISE D’ŒUVRE</label>
    </div>`,
  'a select': `
    <label for="role">Rôle</label>
    <select id="role" name="critere.role"><option value="">Choisir</option><option value="FOURNISSEUR">Fournisseur</option><option value="MOE">Maitrise d'œuvre</option></select>`,
  'radios named by aria-labelledby': `
    <span id="lbl-moe">Maîtrise d'œuvre</span><input type="radio" name="r" value="2" aria-labelledby="lbl-moe">
    <span id="lbl-f">Fournisseur</span><input type="radio" name="r" value="1" aria-labelledby="lbl-f">`,
  'ARIA radio buttons with a hidden input the page keeps': `
    <span id="lbl-role">Rôle</span><span role="radiogroup" aria-labelledby="lbl-role">
      <button type="button" role="radio" aria-checked="false" data-value="FOURNISSEUR">Fournisseur</button>
      <button type="button" role="radio" aria-checked="false" data-value="MOE">Maîtrise d’œuvre</button>
      <button type="button" role="radio" aria-checked="false" data-value="MOA">Maîtrise d’ouvrage</button>
    </span><input type="hidden" name="roleUtilisateur" value="">`,
  'radios named by the bare text after them, in a layout table (legacy JSP)': `
    <table class="formulaire"><tr><td class="libelle">R&ocirc;le * :</td><td>
      <input type="radio" name="listeResultats.critere.role" value="FOURNISSEUR"> Fournisseur &nbsp;
      <input type="radio" name="listeResultats.critere.role" value="MOE"> Ma&icirc;trise d'oeuvre &nbsp;
      <input type="radio" name="listeResultats.critere.role" value="MOA"> <span>Ma&icirc;trise d'ouvrage</span><br>
    </td></tr>
    <tr><td class="libelle">Statut :</td><td><select name="listeResultats.critere.etatCourant"><option value="">Tous</option>
      <option value="MISE_A_DISPOSITION_MOE">Mise à disposition MOE</option><option value="PRISE_EN_COMPTE_MOE">Prise en compte MOE</option></select></td></tr></table>`,
  'hidden radios known only by their value': `
    <span><input type="radio" name="critere.role" value="FOURNISSEUR" hidden></span>
    <span><input type="radio" name="critere.role" value="MOE" style="display:none"></span>`,
};

export const STRUCTURE_VARIANTS: Record<string, string> = {
  select2: `
    <label for="GFT_X_Structure">Structure</label>
    <select id="GFT_X_Structure" name="listeStructures.critere.idStructure" class="select2-hidden-accessible" aria-hidden="true"><option value=""></option><option value="1">ATELIER</option><option value="2">BET</option></select>
    <span class="select2 select2-container"><span class="select2-selection"><span id="select2-GFT_X_Structure-container">Sélectionnez</span></span></span>`,
  'plain select with a wrapping label': `<label>Structure : <select name="s"><option value="">-</option><option value="1">ATELIER</option></select></label>`,
  'named only': `<select name="critere.structureMoe"><option value="">-</option><option value="1">ATELIER</option></select>`,
};

export const CADRE_VARIANTS: Record<string, string> = {
  'label[for], " : " separator, API values': `
    <label for="c">Cadre de facturation</label>
    <select id="c" name="cadreFacturation.code"><option value="">Sélectionnez</option>
      <option value="A1_FACTURE_FOURNISSEUR">A1 : Dépôt par un fournisseur d'une facture</option>
      <option value="A15_ETAT_ACOMPTE_MOE">A15 : Dépôt par une MOE d'un état d'acompte</option>
      <option value="A16_ETAT_ACOMPTE_VALIDE_MOE">A16 : Dépôt par une MOE d'un état d'acompte validé</option></select>`,
  'wrapping label, " - " separator, short values': `
    <label>Cadre de facturation * <select name="cadre"><option value=""></option>
      <option value="A1">A1 - Facture</option><option value="A10">A10 - Sous-traitant</option><option value="A15">A15 - Etat d'acompte MOE</option></select></label>`,
  'a table cell label, numeric values': `
    <table><tr><th>Cadre de facturation</th><td><select name="x"><option value="0">—</option>
      <option value="7">A1 : Dépôt par un fournisseur d'une facture</option><option value="21">A15 : Dépôt par une MOE d'un état d'acompte</option></select></td></tr></table>`,
};

export const AMOUNT_VARIANTS: Record<string, string> = {
  'label[for]': `<h2>Montants totaux</h2>
    <label for="ht">Montant HT</label><input id="ht" name="montants.montantHtTotal" value="1 000,00">
    <label for="tva">Montant TVA</label><input id="tva" name="montants.montantTVA" value="200,00">
    <label for="ttc">Montant TTC</label><input id="ttc" name="montants.montantTtcTotal" value="1 200,00">`,
  'table cells': `<table><caption>Montants totaux</caption>
    <tr><th>Montant HT (€)</th><td><input id="a" name="a1" value="1 000,00"></td></tr>
    <tr><th>Montant TVA (€)</th><td><input id="b" name="a2" value="200,00"></td></tr>
    <tr><th>Montant TTC (€)</th><td><input id="c" name="a3" value="1 200,00"></td></tr></table>`,
  'aria-label and names only': `<fieldset><legend>Montants</legend>
    <input aria-label="Montant HT" name="montantHT" value="1 000,00">
    <input name="montantTVA" value="200,00">
    <input name="montantTTC" value="1 200,00"></fieldset>`,
};

/** What the replica's script does when the download icon is clicked: its window, shown. */
export function openDownload(doc: Document): void {
  const modal = doc.querySelector('template')?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  if (modal) {
    modal.classList.add('in');
    modal.style.display = 'block';
    modal.removeAttribute('aria-hidden');
    doc.body.append(modal);
  }
  const native = doc.querySelector('dialog');
  if (!native || modal) return;
  // Opened by a class of the page's (variants.ts dialogsByClass: it says it is hidden), or natively.
  if (native.hasAttribute('aria-hidden')) {
    native.classList.add('is-open');
    native.setAttribute('aria-hidden', 'false');
  } else (native as HTMLDialogElement).open = true;
}

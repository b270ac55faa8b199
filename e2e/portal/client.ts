// The replica's own page script: what Bootstrap 3, select2 and the portal's jQuery do on
// the real pages, in plain DOM code. It is served inline in every replica page.
export const PAGE_SCRIPT = `
(function () {
  // A generated variant of the markup (variants.ts) may set how slowly the page answers.
  var variant = window.__moeVariant || {};
  function later(fn, ms) { if (ms) setTimeout(fn, ms); else fn(); }
  // Bootstrap 3's enforceFocus: while a modal is open, a focus anywhere else is pulled back into
  // it; its « focusin » handler is jQuery 3's, a « focus » listener on the document, in the capture phase.
  var keepFocusIn = null;
  function enforceFocus(modal) {
    if (keepFocusIn) document.removeEventListener('focus', keepFocusIn, true);
    keepFocusIn = modal && function (e) {
      if (e.target !== document && e.target !== modal && !modal.contains(e.target)) modal.focus();
    };
    if (keepFocusIn) document.addEventListener('focus', keepFocusIn, true);
  }
  // A window that hides the rest of the page while open (variants.ts modalHidesPage): every other
  // child of <body> gets aria-hidden (Angular CDK) or inert (Headless UI), put back on close.
  var hidOutside = [];
  function hidePage(win) {
    var attr = variant.modalHidesPage;
    if (!attr || hidOutside.length) return;
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el.contains(win) || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
      hidOutside.push([el, attr, el.getAttribute(attr)]);
      el.setAttribute(attr, attr === 'inert' ? '' : 'true');
    });
  }
  function showPage() {
    hidOutside.forEach(function (h) {
      if (h[2] === null) h[0].removeAttribute(h[1]);
      else h[0].setAttribute(h[1], h[2]);
    });
    hidOutside = [];
  }
  // A modal shown in the top layer as a popover, backdrop and all, as Angular CDK 20 and later
  // show their dialogs (variants.ts modalsInTopLayer): no z-index of the page's is above it.
  if (variant.modalsInTopLayer) {
    var topLayerStyle = document.createElement('style');
    topLayerStyle.textContent = '.modal[popover]{width:auto;height:auto;max-width:none;max-height:none;margin:0;border:0;padding:0;color:inherit;overflow:auto}';
    document.head.appendChild(topLayerStyle);
  }
  function toTopLayer(modal) {
    if (!variant.modalsInTopLayer || typeof modal.showPopover !== 'function') return;
    if (!modal.hasAttribute('popover')) modal.setAttribute('popover', 'manual');
    if (!modal.matches(':popover-open')) modal.showPopover();
  }
  // A window rendered at the end of <body>, outside the page's content, as Angular CDK's overlay
  // container, MUI's portals and jQuery UI's dialogs put theirs (variants.ts modalsAtBodyEnd):
  // the page behind is then one of the parts a framework hides. Its fields keep their form.
  function toBodyEnd(win) {
    if (!variant.modalsAtBodyEnd || win.parentElement === document.body) return;
    var form = win.parentElement && win.parentElement.closest('form');
    if (form) {
      if (!form.id) form.id = 'moe-variant-form';
      win.querySelectorAll('input, select, textarea, button, wc-input, wc-select, wc-radio').forEach(function (el) {
        if (!el.hasAttribute('form') && el.closest('form') === form) el.setAttribute('form', form.id);
      });
    }
    document.body.appendChild(win);
  }
  function openModal(modal) {
    if (!modal.hasAttribute('tabindex')) modal.setAttribute('tabindex', '-1');
    toBodyEnd(modal);
    enforceFocus(modal);
    hidePage(modal);
    toTopLayer(modal);
    modal.style.display = 'block';
    modal.classList.add('in');
    // Bootstrap 3.3 and later leave the attribute as the page wrote it (variants.ts modalAriaStale).
    if (!variant.modalAriaStale) modal.setAttribute('aria-hidden', 'false');
  }
  function closeModal(modal) {
    enforceFocus(null);
    showPage();
    if (modal.hasAttribute('popover') && modal.matches(':popover-open')) modal.hidePopover();
    modal.style.display = 'none';
    modal.classList.remove('in');
    modal.setAttribute('aria-hidden', 'true');
  }
  // Native windows shown by showModal(), or by a class of the page's (variants.ts dialogsByClass).
  function showDialog(d) {
    toBodyEnd(d);
    if (variant.dialogsByClass) { d.classList.add('is-open'); d.setAttribute('aria-hidden', 'false'); hidePage(d); }
    else d.showModal();
  }
  function closeDialog(d) {
    if (variant.dialogsByClass) { d.classList.remove('is-open'); d.setAttribute('aria-hidden', 'true'); showPage(); }
    else d.close();
  }
  function dialogOpen(d) { return variant.dialogsByClass ? d.classList.contains('is-open') : d.open; }
  function renderSelect2(select) {
    var rendered = document.getElementById('select2-' + select.id + '-container');
    if (!rendered) return;
    var option = select.options[select.selectedIndex];
    rendered.textContent = option ? option.text : '';
    rendered.title = option ? option.text : '';
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    // A press on the backdrop of a modal in the top layer closes it, as CDK's does.
    if (variant.modalsInTopLayer && target.matches('.modal.in')) {
      closeModal(target);
      return;
    }
    var opener = target.closest('[data-open-modal]');
    if (opener) {
      var modal = document.querySelector(opener.getAttribute('data-open-modal'));
      if (modal) openModal(modal);
      return;
    }
    // ARIA radio buttons: a click checks the one clicked and copies its value into the hidden
    // input the form sends, whose change the page listens to.
    var ariaRadio = target.closest('[role="radiogroup"] [role="radio"]');
    if (ariaRadio) {
      var radioGroup = ariaRadio.closest('[role="radiogroup"]');
      radioGroup.querySelectorAll('[role="radio"]').forEach(function (r) { r.setAttribute('aria-checked', String(r === ariaRadio)); });
      var carrier = radioGroup.nextElementSibling;
      if (carrier && carrier.type === 'hidden' && carrier.value !== ariaRadio.getAttribute('data-value')) {
        carrier.value = ariaRadio.getAttribute('data-value');
        carrier.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return;
    }
    // Bootstrap 3's button groups: a click on a label marks it, then checks its radio itself.
    var button = target.closest('[data-toggle="buttons"] .btn');
    if (button) {
      var radio = button.querySelector('input');
      if (target !== radio) event.preventDefault();
      Array.prototype.forEach.call(button.parentElement.children, function (b) { b.classList.remove('active'); });
      button.classList.add('active');
      if (radio && !radio.checked) {
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return;
    }
    // Bootstrap 3's collapsible panels: the heading opens and closes its body.
    var toggle = target.closest('[data-toggle="collapse"]');
    if (toggle) {
      event.preventDefault();
      var body = document.querySelector(toggle.getAttribute('data-target') || toggle.getAttribute('href'));
      if (body) {
        var open = !body.classList.contains('in');
        body.classList.toggle('in', open);
        toggle.setAttribute('aria-expanded', String(open));
        toggle.classList.toggle('collapsed', !open);
      }
      return;
    }
    var dismiss = target.closest('[data-dismiss="modal"]');
    if (dismiss) {
      closeModal(dismiss.closest('.modal'));
      return;
    }
    var selection = target.closest('.select2-selection');
    if (selection) {
      var dropdown = selection.closest('.select2-container').querySelector('.select2-dropdown');
      dropdown.hidden = !dropdown.hidden;
      selection.setAttribute('aria-expanded', String(!dropdown.hidden));
      return;
    }
    var choice = target.closest('.select2-results__option');
    if (choice) {
      var container = choice.closest('.select2-container');
      var select = document.getElementById(container.getAttribute('data-select-id'));
      select.value = choice.getAttribute('data-value');
      select.dispatchEvent(new Event('change', { bubbles: true }));
      container.querySelector('.select2-dropdown').hidden = true;
      return;
    }
    var download = target.closest('[data-download-id]');
    if (download) {
      // The real dialog is fetched before it shows: it appears a moment after the click.
      var id = download.getAttribute('data-download-id');
      setTimeout(function () { showDownloadDialog(id); }, variant.dialogDelayMs === undefined ? 300 : variant.dialogDelayMs);
      return;
    }
    var dialogOpener = target.closest('[data-open-dialog]');
    if (dialogOpener) {
      var native = document.querySelector(dialogOpener.getAttribute('data-open-dialog'));
      if (native && !dialogOpen(native)) showDialog(native);
      return;
    }
    var dialogCloser = target.closest('[data-close-dialog]');
    if (dialogCloser) {
      closeDialog(dialogCloser.closest('dialog'));
      return;
    }
  });
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.classList.contains('select2-hidden-accessible')) {
      renderSelect2(target);
    }
    if (target instanceof HTMLInputElement && target.type === 'file') {
      var shown = document.querySelector('[data-file-name-for="' + target.id + '"]');
      if (shown) {
        var names = Array.prototype.map.call(target.files || [], function (f) { return f.name; });
        if (shown instanceof HTMLInputElement) shown.value = names.join(', ');
        else shown.textContent = names.length ? names.join(', ') : 'Aucun fichier sélectionné';
      }
    }
    // The format: radios (classic), a <select> (alt), or the hidden input of a select drawn by
    // script (variants.ts formatCombobox) — the attachments question follows what it says.
    if ((target instanceof HTMLInputElement || target instanceof HTMLSelectElement) && target.name === 'format') {
      var form = target.form || target.closest('form');
      var radioPdf = form.querySelector('input[type="radio"][name="format"][value="PDF"]');
      var isPdf = radioPdf ? radioPdf.checked : target.value === 'PDF';
      var radios = form.querySelectorAll('input[type="radio"][name="avecPiecesJointesComplementaires"]');
      var box = form.querySelector('input[type="checkbox"][name="avecPiecesJointesComplementaires"]');
      later(function () {
        radios.forEach(function (r) {
          r.disabled = !isPdf;
          if (!isPdf) r.checked = false;
          r.closest('.radio-custom').classList.toggle('disabled', !isPdf);
          if (variant.hideUntilPdf) r.closest('fieldset').hidden = !isPdf;
        });
        if (box) {
          box.disabled = !isPdf;
          if (variant.hideUntilPdf) box.closest('.form-row').hidden = !isPdf;
        }
      }, variant.enableDelayMs);
    }
    if (target instanceof HTMLSelectElement && target.name === 'motifRefus') {
      var montant = target.value === 'ERREUR_MONTANT';
      document.getElementById('GFT_RefusFactureTravaux_MessageMontant').hidden = !montant;
      document.getElementById('GFT_RefusFactureTravaux_BoutonConfirmer').disabled = montant;
    }
  });
  /** The format a download window holds: its radio checked, or its select's (or drawn select's hidden input's) value. */
  function formatValue(scope) {
    if (scope.querySelector('input[type="radio"][name="format"]')) {
      var checked = scope.querySelector('input[type="radio"][name="format"]:checked');
      return checked ? checked.value : '';
    }
    var field = scope.querySelector('[name="format"]');
    return field ? field.value : '';
  }
  function showDownloadDialog(id) {
    var nativeDialog = document.getElementById('dl-dialog');
    if (nativeDialog) {
      nativeDialog.querySelector('input[name="idFactureTravaux"]').value = id;
      var box = nativeDialog.querySelector('input[type="checkbox"][name="avecPiecesJointesComplementaires"]');
      if (variant.hideUntilPdf && box) box.closest('.form-row').hidden = formatValue(nativeDialog) !== 'PDF';
      showDialog(nativeDialog);
      return;
    }
    var old = document.getElementById('GDP_Telechargementfacture_Modal');
    if (old) old.remove();
    var template = document.getElementById('GDP_Telechargementfacture_Template');
    var modal = template.content.firstElementChild.cloneNode(true);
    modal.querySelector('input[name="idFactureTravaux"]').value = id;
    if (variant.hideUntilPdf && formatValue(modal) !== 'PDF') {
      // Its radios' group, or the line of its one box (variants.ts attachmentsToggle).
      modal.querySelectorAll('input[name="avecPiecesJointesComplementaires"]').forEach(function (r) { (r.closest('fieldset') || r.closest('.form-row')).hidden = true; });
    }
    document.body.appendChild(modal);
    openModal(modal);
    var form = modal.querySelector('form');
    form.addEventListener('submit', function (event) {
      var format = formatValue(form);
      var error = form.querySelector('.text-danger');
      if (!format) {
        event.preventDefault();
        error.hidden = false;
        return;
      }
      // The file comes back as an attachment: the page stays, the dialog closes.
      setTimeout(function () { closeModal(modal); }, 100);
    });
  }
  var nativeDownload = document.getElementById('dl-dialog');
  if (nativeDownload) {
    nativeDownload.querySelector('form').addEventListener('submit', function (event) {
      if (!formatValue(nativeDownload)) {
        event.preventDefault();
        return;
      }
      setTimeout(function () { closeDialog(nativeDownload); }, 100);
    });
  }
  // Angular CDK's overlays close the last one opened on an Échap heard anywhere on the page (a
  // keydown listener on <body>); Bootstrap's modal hears only its own (window.__moeVariant
  // modalEscapeAnywhere, set by a test).
  if (variant.modalEscapeAnywhere) {
    document.addEventListener('keydown', function (e) {
      var open = document.querySelector('.modal.in');
      if (e.key === 'Escape' && open) closeModal(open);
    });
  }
  document.querySelectorAll('select.select2-hidden-accessible').forEach(renderSelect2);
  // A modal the server rendered open keeps the focus as one opened here does.
  var openOnLoad = document.querySelector('.modal.in');
  if (openOnLoad) {
    if (!openOnLoad.hasAttribute('tabindex')) openOnLoad.setAttribute('tabindex', '-1');
    toBodyEnd(openOnLoad);
    enforceFocus(openOnLoad);
    hidePage(openOnLoad);
    toTopLayer(openOnLoad);
  }
  // A generated variant may list the structures only once a role is chosen, as a portal whose
  // list depends on the role does: the field is not there until then, and each change of role
  // takes it out and renders it again that long after, nothing chosen in it.
  var structure = document.querySelector('select[name="listeStructures.critere.idStructure"]');
  var structureRow = structure && (structure.closest('.form-row, tr') || structure.parentElement);
  if (variant.structureAfterRoleMs && structureRow && structureRow.parentElement) {
    var structureMark = document.createComment('structures');
    structureRow.parentElement.insertBefore(structureMark, structureRow);
    var roleChosen = function () {
      return Array.prototype.some.call(document.querySelectorAll('[name="listeResultats.critere.role"]'), function (el) {
        return el.type === 'radio' ? el.checked : el.value !== '';
      });
    };
    if (!roleChosen()) structureRow.remove();
    var structureTimer = 0;
    document.addEventListener('change', function (event) {
      var target = event.target;
      if (!(target instanceof Element) || target.getAttribute('name') !== 'listeResultats.critere.role') return;
      structureRow.remove();
      clearTimeout(structureTimer);
      structureTimer = setTimeout(function () {
        if (!roleChosen()) return;
        structure.value = '';
        renderSelect2(structure);
        structureMark.parentNode.insertBefore(structureRow, structureMark.nextSibling);
      }, variant.structureAfterRoleMs);
    });
  }
})();
`;

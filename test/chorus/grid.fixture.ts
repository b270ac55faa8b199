// A results list as MUI's DataGrid renders it (v7 and later): <div>s with ARIA roles, the head
// a row of column headers, spacers of role=presentation among the cells, only the rows in view.
export function dataGrid(rows: { n: string; status: string; date?: string }[], opts: { spacer?: boolean } = {}): string {
  const spacer = opts.spacer ? '<div class="MuiDataGrid-cellOffsetLeft" role="presentation"></div>' : '';
  const head = ['N° de facture', 'Date de dépôt', 'Fournisseur', 'Statut', 'Actions']
    .map(
      (h, i) =>
        `<div role="columnheader" aria-colindex="${i + 1}" data-field="c${i}" class="MuiDataGrid-columnHeader"><div class="MuiDataGrid-columnHeaderTitle">${h}</div></div>`,
    )
    .join('');
  const body = rows
    .map(
      (r, i) => `<div role="row" data-id="${i}" data-rowindex="${i}" aria-rowindex="${i + 2}" class="MuiDataGrid-row">${spacer}
        <div role="gridcell" aria-colindex="1" data-field="c0" class="MuiDataGrid-cell"><a href="/cpp/facturesTravaux/consulter/${i}">${r.n}</a></div>
        <div role="gridcell" aria-colindex="2" data-field="c1" class="MuiDataGrid-cell">${r.date ?? '20/11/2026'}</div>
        <div role="gridcell" aria-colindex="3" data-field="c2" class="MuiDataGrid-cell">BTP Ouest</div>
        <div role="gridcell" aria-colindex="4" data-field="c3" class="MuiDataGrid-cell">${r.status}</div>
        <div role="gridcell" aria-colindex="5" data-field="c4" class="MuiDataGrid-cell"><button type="button" aria-label="Télécharger la facture"><svg aria-hidden="true"></svg></button></div>
        <div class="MuiDataGrid-cell MuiDataGrid-cellEmpty" role="presentation"></div></div>`,
    )
    .join('');
  return `<h2 id="res-title">Résultats de la recherche</h2>
    <div class="MuiDataGrid-root" role="grid" aria-labelledby="res-title" aria-colcount="5" aria-rowcount="${rows.length + 1}">
      <div class="MuiDataGrid-main"><div class="MuiDataGrid-virtualScroller">
        <div class="MuiDataGrid-topContainer" role="presentation"><div role="row" aria-rowindex="1" class="MuiDataGrid-columnHeaders">${spacer}${head}<div role="presentation" class="MuiDataGrid-filler"></div></div></div>
        <div class="MuiDataGrid-virtualScrollerContent" role="presentation"><div class="MuiDataGrid-virtualScrollerRenderZone" role="rowgroup">${body}</div></div>
      </div></div></div>`;
}

// Cadres de facturation (shared/docs/domain.md). Options are matched on their code prefix,
// whatever the label's separator (" : ", " - ") or the option's value ("A15",
// "A15_ETAT_ACOMPTE_MOE").

export const MOE_CADRES = ['A15', 'A16', 'A17', 'A18', 'A24'] as const;
export type MoeCadre = (typeof MOE_CADRES)[number];
export const DEFAULT_CADRE: MoeCadre = 'A15';

/** "A15 : Dépôt par une MOE…" or "A15_ETAT_ACOMPTE_MOE" → "A15"; null when no code starts it. */
export function cadreCode(text: string): string | null {
  const match = /^\s*(A\d{1,2})(?![0-9])/i.exec(text);
  if (!match?.[1]) return null;
  const n = Number(match[1].slice(1));
  return n >= 1 && n <= 25 ? `A${n}` : null;
}

export function isMoeCadre(code: string | null): code is MoeCadre {
  return code !== null && (MOE_CADRES as readonly string[]).includes(code);
}

/** The cadre of an option: its value's code first (a fact), else its label's. */
export function optionCadre(value: string, label: string): string | null {
  return cadreCode(value) ?? cadreCode(label);
}

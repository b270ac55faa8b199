// CCAG-Travaux 2021 art. 12.2.2: the MOE has 7 days from the mise à disposition (the
// receipt timestamped by Chorus Pro) to draw up and send its état d'acompte.
export const MOE_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

/** "24/11/2026" or "24/11/2026 09:12" → that date at local midnight (or the time given). */
export function parseFrenchDate(text: string): Date | null {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?/.exec(text);
  if (!m) return null;
  const [, d, mo, y, h, mi] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  if (date.getDate() !== Number(d) || date.getMonth() !== Number(mo) - 1) return null;
  return date;
}

export interface MoeDeadline {
  due: Date;
  /** Whole calendar days left until the due day (0 = due today, negative = late). */
  daysLeft: number;
  late: boolean;
}

export function moeDeadline(receivedAt: Date, now: Date): MoeDeadline {
  const due = new Date(receivedAt.getFullYear(), receivedAt.getMonth(), receivedAt.getDate() + MOE_DAYS);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const daysLeft = Math.round((due.getTime() - today.getTime()) / DAY);
  return { due, daysLeft, late: daysLeft < 0 };
}

export function formatFrenchDate(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getFullYear()}`;
}

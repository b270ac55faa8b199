// Failures are logged once per kind and page, never thrown at the portal.
const seen = new Set<string>();

export function logOnce(key: string, detail: unknown, level: 'warn' | 'info' = 'warn'): void {
  if (seen.has(key)) return;
  seen.add(key);
  const text = detail instanceof Error ? `${detail.name}: ${detail.message}` : String(detail);
  const line = `[Chorus MOE] ${key}: ${text}`;
  if (level === 'info') console.info(line);
  else console.warn(line);
}

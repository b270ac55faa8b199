import { mkdirSync, writeFileSync } from 'node:fs';
import { messagesJson } from './messages.js';

for (const locale of ['fr', 'en'] as const) {
  mkdirSync(`public/_locales/${locale}`, { recursive: true });
  writeFileSync(`public/_locales/${locale}/messages.json`, messagesJson(locale));
}
console.log('public/_locales/{fr,en}/messages.json written');

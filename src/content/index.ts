// The content script's entry: it builds the engine, its overlay, the guards' layer and the
// card's tools, and wires them to the page (watch.ts, keys.ts) and to the extension (messaging.ts). Everything
// runs inside try/catch (guarded.ts).
import { detectScreen } from '../chorus/screens.js';
import { setLanguage } from '../i18n.js';
import { loadState, onStateChanged, updateState } from '../storage.js';
import { cardTools } from './cardTools.js';
import { Engine } from './engine.js';
import { guarded } from './guarded.js';
import { keyListeners } from './keys.js';
import { guardLayer } from './layer.js';
import { logOnce } from './log.js';
import { answerMessages, sendStep } from './messaging.js';
import { HOST_ID, mountHost } from './overlay/host.js';
import { watchPage } from './watch.js';

async function start(): Promise<void> {
  const doc = document;
  // In a sub-frame, the assistant appears only if that frame holds a screen of the flow;
  // a login frame (idp., a password field) is never read.
  if (window !== window.top && ['unknown', 'login'].includes(detectScreen(doc))) return;
  const { state } = await loadState();
  setLanguage(state.settings.language);
  const overlay = mountHost(doc);
  const layer = guardLayer(window, overlay, () => engine);
  const tools = cardTools(doc, overlay, () => engine);
  const engine: Engine = new Engine(doc, state, {
    render: (vm) => {
      layer.render();
      overlay.render(vm, {
        done: guarded('done', () => engine.card.markCurrentDone()),
        skip: guarded('skip', () => engine.card.skipCurrent()),
        collapse: guarded('collapse', (collapsed: boolean) => engine.card.setCollapsed(collapsed)),
        pick: guarded('pick', tools.pick),
        diagnostic: tools.diagnostic,
        pickNote: tools.note(vm.step?.n),
      });
    },
    persist: (change) => {
      updateState(change).catch((error: unknown) => logOnce('save', error));
    },
    stepChanged: sendStep,
    setScreen: (screen, step) => overlay.setScreen(screen, step),
    isOwnEvent: (event) => event.composedPath().includes(overlay.host),
    rowsChanged: () => layer.render(),
  });

  onStateChanged(
    guarded('state', (next) => {
      setLanguage(next.settings.language);
      engine.replaceState(next);
    }),
  );
  answerMessages(window, engine);
  watchPage(window, engine, overlay, { guards: layer.guards, keys: keyListeners(window, overlay), tools });
  engine.evaluate();
}

if (!document.getElementById(HOST_ID)) {
  start().catch((error: unknown) => logOnce('start', error));
}

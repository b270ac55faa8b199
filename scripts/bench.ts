// `npm run bench`: what the content script costs, in real Chromium, beside a reference measured
// in the same run (the same pages without the extension, or driver.js doing the same job from a
// page script). It prints one table, writes bench/results.json, and never fails on a figure:
// tests never assert timings. Targets: issue 13.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import type { WorksInvoice } from '../e2e/portal/model.js';
import { HOME_URL, WORKS } from '../e2e/portal/pages.js';
import { type ChromiumSession, launchChromium } from '../e2e/support/chromium.js';

interface Row {
  figure: string;
  extension: number;
  reference: number | null;
  referenceIs: string;
  unit: string;
  target: number | null;
}

const rows: Row[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
const KB = (bytes: number) => bytes / 1000;

const CONTENT_SCRIPT = 'dist/chrome/src/content/index.js';
const DRIVER = 'node_modules/driver.js/dist/driver.js.iife.js';
const DRIVER_CSS = 'node_modules/driver.js/dist/driver.css';

// —— size ——

/** The source map's segments, line by line: [generated column, source index or -1, original line]. */
function segments(mappings: string): [number, number, number][][] {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let sourceIndex = 0;
  let originalLine = 0;
  return mappings.split(';').map((line) => {
    const marks: [number, number, number][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length > 1) {
        sourceIndex += values[1] ?? 0;
        originalLine += values[2] ?? 0;
      }
      marks.push([column, values.length > 1 ? sourceIndex : -1, originalLine]);
    }
    return marks;
  });
}

const NO_SOURCE = '(no source: inlined CSS, IIFE)';
const CONTENT_MAP = 'dist/sourcemaps/chrome/src/content/index.js.map';

/** Bytes of the minified script per source file, read from its source map (VLQ mappings). */
function bytesPerSource(js: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const lines = js.split('\n');
  const out = new Map<string, number>();
  segments(map.mappings).forEach((marks, i) => {
    const length = lines[i]?.length ?? 0;
    marks.forEach(([start, source], k) => {
      const file = source < 0 ? NO_SOURCE : (map.sources[source] ?? '?');
      out.set(file, (out.get(file) ?? 0) + (marks[k + 1]?.[0] ?? length) - start);
    });
  });
  return out;
}

/** Its share of the script's gzip size, by its share of the minified bytes. */
function sizeLine(name: string, bytes: number, total: number, gzip: number, width: number): string {
  const kb = (n: number) => (n / 1000).toFixed(1).padStart(5);
  return `  ${name.padEnd(width)} ${kb(bytes)} KB minified  ≈ ${kb((gzip * bytes) / total)} KB gzip (${((100 * bytes) / total).toFixed(0).padStart(2)} %)`;
}

/**
 * What each dependency, and each of our biggest modules, weighs in the content script: the
 * next one to make it smaller sees where the bytes are.
 */
function sizes(): string[] {
  const js = readFileSync(CONTENT_SCRIPT, 'utf8');
  const gzip = gzipSync(js).length;
  const driver = gzipSync(readFileSync(DRIVER)).length + gzipSync(readFileSync(DRIVER_CSS)).length;
  rows.push({
    figure: 'content script, minified, gzip',
    extension: KB(gzip),
    reference: KB(driver),
    referenceIs: 'driver.js + its CSS, gzip',
    unit: 'KB',
    target: 15,
  });
  const map = JSON.parse(readFileSync(CONTENT_MAP, 'utf8'));
  const groups = new Map<string, number>();
  const ours = new Map<string, number>();
  for (const [file, bytes] of bytesPerSource(js, map)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
    const module = /\/src\/(.+)$/.exec(file)?.[1];
    const group = pkg ?? (module ? 'our code (src/)' : file);
    groups.set(group, (groups.get(group) ?? 0) + bytes);
    if (module && !pkg) ours.set(module, (ours.get(module) ?? 0) + bytes);
  }
  const total = js.length;
  const biggest = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    ...biggest(groups, Infinity).map(([group, bytes]) => sizeLine(group, bytes, total, gzip, 34)),
    '  the biggest of our modules:',
    ...biggest(ours, 12).map(([module, bytes]) => sizeLine(`  ${module}`, bytes, total, gzip, 34)),
  ];
}

// —— Chromium ——

async function cdp(session: ChromiumSession): Promise<CDPSession> {
  const client = await session.context.newCDPSession(session.page);
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', { interval: 100 });
  return client;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * Each node's script: its own URL, or for a browser function (querySelectorAll,
 * getComputedStyle and the style or layout it forces, which have no URL) its caller's.
 */
function scriptOf(nodes: ProfileNode[]): Map<number, ProfileNode | undefined> {
  const parent = new Map<number, ProfileNode>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node);
  const out = new Map<number, ProfileNode | undefined>();
  const of = (node: ProfileNode): ProfileNode | undefined => {
    if (out.has(node.id)) return out.get(node.id);
    const up = parent.get(node.id);
    const script = node.callFrame.url ? node : up ? of(up) : undefined;
    out.set(node.id, script);
    return script;
  };
  for (const node of nodes) of(node);
  return out;
}

/**
 * With `--why`: the extension's samples by function, named by where the function starts in our
 * sources. Samples are counted, not timed: on a busy machine the gap before the next sample can
 * be the thread (or the sampler) waiting its turn, and would blame whichever function ran last.
 */
const whyArg = process.argv.find((a) => a === '--why' || a.startsWith('--why='));
const why = whyArg ? new Map<string, number>() : undefined;
let whyRuns = 0;
let whySample = 0;
let sourceMap: { sources: string[]; lines: [number, number, number][][] } | undefined;

function origin(frame: ProfileNode['callFrame']): string {
  if (!frame.url.endsWith('/content/index.js')) return frame.url.replace(/^chrome-extension:\/\/[^/]+/, '');
  sourceMap ??= (() => {
    const map = JSON.parse(readFileSync(CONTENT_MAP, 'utf8'));
    return { sources: map.sources, lines: segments(map.mappings) };
  })();
  let found: [number, number, number] | undefined;
  for (const mark of sourceMap.lines[frame.lineNumber] ?? []) {
    if (mark[0] > frame.columnNumber) break;
    found = mark;
  }
  if (!found || found[1] < 0) return NO_SOURCE;
  const file = sourceMap.sources[found[1]] ?? '?';
  const short = /\/src\/(.+)$/.exec(file)?.[1] ?? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file;
  return `${short}:${found[2] + 1}`;
}

/**
 * Main-thread time (ms) of the scripts whose URL passes `mine`, while `run` runs: `ms` sums the
 * time from each of their samples to the next (wall time, waits included); `work` counts their
 * samples at the profile's median interval, which a wait or the machine's other processes
 * (a gap between two samples) do not lengthen.
 */
async function sampled(
  client: CDPSession,
  mine: (url: string) => boolean,
  run: () => Promise<void>,
  /** With `--why`: how many of the row's runs this profile holds (0: not blamed). */
  blame = 0,
): Promise<{ ms: number; work: number }> {
  await client.send('Profiler.start');
  await run();
  const { profile } = (await client.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const scripts = scriptOf(profile.nodes);
  let us = 0;
  let samples = 0;
  profile.samples.forEach((id, i) => {
    const node = scripts.get(id);
    if (!node || !mine(node.callFrame.url)) return;
    // A sample's time is the delta to the next one.
    us += profile.timeDeltas[i + 1] ?? 0;
    samples++;
    if (why && blame) {
      const key = `${origin(node.callFrame)} — ${node.callFrame.functionName || '(anonymous)'}`;
      why.set(key, (why.get(key) ?? 0) + 1);
    }
  });
  const interval = median(profile.timeDeltas.slice(1));
  if (why && blame) {
    whyRuns += blame;
    whySample = interval;
  }
  return { ms: us / 1000, work: (samples * interval) / 1000 };
}

async function profiled(client: CDPSession, mine: (url: string) => boolean, run: () => Promise<void>): Promise<number> {
  return (await sampled(client, mine, run)).ms;
}

/** The `--why` lines: where the measured rows spent the extension's samples, most first. */
function blamed(): string[] {
  if (!why || !whyRuns) return [];
  const total = [...why.values()].reduce((a, b) => a + b, 0);
  const byModule = new Map<string, number>();
  for (const [key, n] of why) {
    const module = key.replace(/ — .*$/, '').replace(/:\d+$/, '');
    byModule.set(module, (byModule.get(module) ?? 0) + n);
  }
  const line = ([key, n]: [string, number]) =>
    `  ${((n * whySample) / 1000 / whyRuns).toFixed(2).padStart(6)} ms  ${((100 * n) / total).toFixed(0).padStart(2)} %  ${key}`;
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(line);
  return [
    `\nWhere the extension's samples fell (--why), per ${blamedRow('pageLoad') ? 'page load' : blamedRow('longLoad') ? 'load of the 1 000-row list' : 'click'} (${whyRuns} of them), at ${whySample} µs a sample:`,
    `  in all: ${((total * whySample) / 1000 / whyRuns).toFixed(2)} ms`,
    '  by module:',
    ...top(byModule, 15),
    '  by function (where it starts):',
    ...top(why, 30),
  ];
}

/**
 * The row `--why` explains: `--why=longLoad` the 1 000-row list's page loads, `--why=longResults`
 * its clicks; plain `--why` page loads, unless `--only` names only the long list.
 */
function blamedRow(name: 'pageLoad' | 'longLoad' | 'longResults'): boolean {
  const asked = whyArg?.split('=')[1];
  const row = asked ?? (only?.includes('pageLoad') || !only?.includes('longResults') ? 'pageLoad' : 'longResults');
  return row === name;
}

function isExtension(url: string): boolean {
  return url.startsWith('chrome-extension://');
}
const isPage = (url: string) => url.startsWith('https://');

async function answered(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const host = document.getElementById('chorus-moe-assistant');
    return host && host.dataset.screen !== 'unknown';
  });
}

function flow(session: ChromiumSession): string[] {
  const model = session.portal.model;
  model.loggedIn = true;
  const deposit = model.startDeposit('880101');
  return [
    HOME_URL,
    `${WORKS}/synthese`,
    `${WORKS}/recherche`,
    `${WORKS}/consulter?idFactureTravaux=880101`,
    `${WORKS}/depot?idDepot=${deposit.id}`,
  ];
}

/** Main-thread time per page load, the extension's scripts vs the page's own. */
async function pageLoad(withExt: ChromiumSession, without: ChromiumSession): Promise<void> {
  const times = async (session: ChromiumSession, mine: (url: string) => boolean, wait: boolean) => {
    const client = await cdp(session);
    const urls = flow(session);
    const out: { ms: number; work: number }[] = [];
    // 8 rounds of the 5 screens: on a 2-core machine one load can take twice another's time.
    for (let round = 0; round < 8; round++) {
      for (const url of urls) {
        out.push(
          await sampled(
            client,
            mine,
            async () => {
              await session.page.goto(url);
              if (wait) await answered(session.page);
              // Whatever the script does after its first answer (render, storage) counts too.
              await session.page.waitForTimeout(150);
            },
            mine === isExtension && blamedRow('pageLoad') ? 1 : 0,
          ),
        );
      }
    }
    await client.detach();
    return out;
  };
  const ext = await times(withExt, isExtension, true);
  const page = await times(without, isPage, false);
  rows.push({
    figure: 'main-thread time per page load (median)',
    extension: median(ext.map((t) => t.ms)),
    reference: median(page.map((t) => t.ms)),
    referenceIs: "the page's own scripts, no extension",
    unit: 'ms',
    target: 5,
  });
  rows.push({
    figure: 'of which sampled work, gaps between samples left out (median)',
    extension: median(ext.map((t) => t.work)),
    reference: null,
    referenceIs: '',
    unit: 'ms',
    target: null,
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** The trace Chrome records while `run` runs (CDP Tracing, returned as a stream). */
async function traced(client: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  await client.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReturnAsStream' });
  await run();
  const complete = new Promise<string>((done) => client.once('Tracing.tracingComplete', (e) => done(e.stream ?? '')));
  await client.send('Tracing.end');
  const handle = await complete;
  let data = '';
  for (;;) {
    const chunk = await client.send('IO.read', { handle });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await client.send('IO.close', { handle });
  const parsed = JSON.parse(data) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** CPU time (ms) of the renderer's main thread in a trace: its outermost tasks' thread time. */
function mainThreadCpu(events: TraceEvent[]): number {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  // Renamed events or no thread time would read as a page that costs nothing: say so instead.
  if (tasks.length === 0 || tasks.every((t) => t.tdur === undefined)) {
    throw new Error("Chrome's trace has no main-thread tasks with thread time: the trace events have changed");
  }
  let cpu = 0;
  const endOf = new Map<string, number>();
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    // A task run inside another (a nested loop) is already in the outer one's time.
    if (task.ts < (endOf.get(thread) ?? 0)) continue;
    endOf.set(thread, task.ts + (task.dur ?? 0));
    cpu += task.tdur ?? 0;
  }
  return cpu / 1000;
}

/**
 * The whole page's main-thread CPU per load, from Chrome's trace (thread time: waits and the
 * machine's other processes do not count), with and without the extension: beside what the
 * profile attributes to our script, this also holds what the browser does for the extension
 * (injecting it, its messages, laying out and painting the card).
 */
async function pageTrace(withExt: ChromiumSession, without: ChromiumSession): Promise<void> {
  const cpu = async (session: ChromiumSession) => {
    const client = await session.context.newCDPSession(session.page);
    const urls = flow(session);
    const out: number[] = [];
    // A first round to warm every browser alike (its caches, the extension's first start), not counted.
    for (let round = 0; round < 7; round++) {
      for (const url of urls) {
        // The same wait on both sides: nothing of the measure polls the page.
        const events = await traced(client, async () => {
          await session.page.goto(url);
          await session.page.waitForTimeout(400);
        });
        if (round > 0) out.push(mainThreadCpu(events));
      }
    }
    await client.detach();
    return out;
  };
  const ext = median(await cpu(withExt));
  const page = median(await cpu(without));
  // The floor: the same extension whose content script only reads the stored state and one
  // text, as any script that shows the user's progress must.
  const dir = mkdtempSync(join(tmpdir(), 'moe-floor-'));
  let floor: number;
  try {
    cpSync('dist/chrome', dir, { recursive: true });
    writeFileSync(join(dir, 'src/content/index.js'), FLOOR_SCRIPT);
    const floorSession = await launchChromium({ extension: dir });
    try {
      floor = median(await cpu(floorSession));
    } finally {
      await floorSession.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({
    figure: "page load, renderer main-thread CPU in Chrome's trace, whole page (median)",
    extension: ext,
    reference: page,
    referenceIs: 'the same loads, no extension',
    unit: 'ms',
    target: null,
  });
  rows.push({
    figure: '… of which the extension (difference of the medians)',
    extension: ext - page,
    reference: floor - page,
    referenceIs: 'a content script that only reads the state and one text',
    unit: 'ms',
    target: null,
  });
}

const FLOOR_SCRIPT = `Promise.all([chrome.storage.local.get('moeState'), chrome.storage.sync.get('moeSettings')]).then(() => chrome.i18n.getMessage('cardDone_fr'));\n`;

// In the page (a string: it runs there as is): take the highlighted element's block out, put a
// fresh copy back, and time from the page's own observer seeing the insertion to the highlight
// on the copy — the extension's attribute, or driver.js asked from that observer.
const LATE_IN_PAGE = `async ({ driver, n }) => {
  const tour = driver ? window.driver.js.driver({ animate: false }) : null;
  const out = [];
  for (let i = 0; i < n; i++) {
    const target = document.querySelector('[data-moe-step]') || document.querySelector('main button, form button, button');
    const block = target && target.parentElement;
    if (!block || !block.parentElement) break;
    const path = [];
    for (let el = target; el !== block; el = el.parentElement) path.unshift(Array.from(el.parentElement.children).indexOf(el));
    const copy = block.cloneNode(true);
    for (const el of [copy, ...copy.querySelectorAll('[data-moe-step]')]) el.removeAttribute('data-moe-step');
    let twin = copy;
    for (const k of path) twin = twin.children[k];
    const parent = block.parentElement;
    const next = block.nextSibling;
    block.remove();
    await new Promise((r) => setTimeout(r, 40));
    out.push(await new Promise((done) => {
      let seenAt = 0;
      const finish = (v) => { watch.disconnect(); clearTimeout(timer); done(v); };
      const watch = new MutationObserver((records) => {
        for (const r of records) {
          if (!seenAt && r.type === 'childList' && Array.from(r.addedNodes).includes(copy)) {
            seenAt = performance.now();
            if (tour) {
              tour.highlight({ element: twin });
              if (twin.classList.contains('driver-active-element')) return finish(performance.now() - seenAt);
            }
          }
          if (seenAt && r.type === 'attributes' && r.target === twin && twin.hasAttribute('data-moe-step')) {
            return finish(performance.now() - seenAt);
          }
        }
      });
      const timer = setTimeout(() => finish(null), 2000);
      watch.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-moe-step'] });
      parent.insertBefore(copy, next);
    }));
    await new Promise((r) => setTimeout(r, 30 + Math.random() * 40));
  }
  if (tour) tour.destroy();
  return out;
}`;

async function inPage<T>(page: Page, fn: string, arg: unknown): Promise<T> {
  return page.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>;
}

/** A target inserted late by a page script, highlighted by the extension, or by driver.js. */
async function lateTarget(withExt: ChromiumSession, without: ChromiumSession): Promise<void> {
  const urls = flow(withExt).slice(2);
  flow(without);
  const run = async (session: ChromiumSession, driver: boolean) => {
    const out: (number | null)[] = [];
    for (const url of urls) {
      await session.page.goto(url);
      if (driver) {
        await session.page.addScriptTag({ path: resolve(DRIVER) });
        await session.page.addStyleTag({ path: resolve(DRIVER_CSS) });
      } else {
        await answered(session.page);
        await session.page.waitForSelector('[data-moe-step]');
      }
      out.push(...(await inPage<(number | null)[]>(session.page, LATE_IN_PAGE, { driver, n: 34 })));
    }
    return out;
  };
  const ext = await run(withExt, false);
  const ref = await run(without, true);
  const seen = ext.filter((x): x is number => x !== null);
  const refSeen = ref.filter((x): x is number => x !== null);
  const missed = ext.length - seen.length;
  const note = `${seen.length} insertions, ${urls.length} screens${missed ? `, ${missed} never highlighted` : ''}`;
  rows.push({
    figure: `late target → highlight, median (${note})`,
    extension: median(seen),
    reference: median(refSeen),
    referenceIs: 'driver.js highlight() from the page',
    unit: 'ms',
    target: 16.7,
  });
  rows.push({
    figure: 'late target → highlight, p95',
    extension: p95(seen),
    reference: p95(refSeen),
    referenceIs: 'driver.js highlight() from the page',
    unit: 'ms',
    target: 50,
  });
}

const replicaInvoices = new WeakMap<object, WorksInvoice[]>();

/** The results list with `n` rows: the replica's invoices for the MOE's structure, and copies. */
function longList(session: ChromiumSession, n: number): string {
  const model = session.portal.model;
  model.loggedIn = true;
  const own = replicaInvoices.get(model) ?? model.invoices;
  replicaInvoices.set(model, own);
  const base = own.filter((i) => i.structureMoeId === '25123');
  const copies = Array.from({ length: Math.max(0, n - base.length) }, (_, i) => {
    const from = base[i % base.length] as WorksInvoice;
    return { ...from, id: String(700000 + i), numero: `${from.numero}-${i}` };
  });
  model.invoices = [...own, ...copies];
  model.pageSize = n;
  model.criteria = { role: 'MOE', structure: '25123', numero: '', statut: '' };
  return `${WORKS}/recherche`;
}

// A page that changes a row's class every frame (a row the pointer is over, say), or only a
// spinner's class (nothing the assistant reads), for `frames` frames.
const CHURN_IN_PAGE = `async ({ frames, spinner }) => {
  const rows = document.querySelectorAll('tbody tr');
  let dot = document.getElementById('bench-spinner');
  if (!dot) {
    dot = document.createElement('span');
    dot.id = 'bench-spinner';
    document.body.append(dot);
  }
  for (let i = 0; i < frames; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    if (spinner) dot.className = 'turn-' + (i % 8);
    else rows[(i * 37) % rows.length].classList.toggle('hover');
  }
  await new Promise((r) => setTimeout(r, 50));
}`;

// The time a click takes to be handled, from a window capture listener (first of all) to a
// window bubble listener (last of all): the extension's capture listener runs in between.
const CLICK_SETUP_IN_PAGE = `() => {
  window.__clicks = [];
  let start = 0;
  window.addEventListener('click', () => { start = performance.now(); }, true);
  window.addEventListener('click', (e) => { window.__clicks.push(performance.now() - start); e.preventDefault(); });
}`;

/** A 1 000-row results list: per batch of the page's changes, per click; the 7-row list beside it. */
async function longResults(withExt: ChromiumSession, without: ChromiumSession): Promise<void> {
  const perBatch = async (rowsN: number, spinner: boolean) => {
    await withExt.page.goto(longList(withExt, rowsN));
    await answered(withExt.page);
    await withExt.page.waitForTimeout(300);
    const client = await cdp(withExt);
    const frames = 60;
    const ms = await profiled(client, isExtension, () => inPage(withExt.page, CHURN_IN_PAGE, { frames, spinner }));
    await client.detach();
    return ms / frames;
  };
  const long = await perBatch(1000, false);
  const short = await perBatch(7, false);
  rows.push({
    figure: '1 000-row list: time per batch of row changes (one per frame)',
    extension: long,
    reference: short,
    referenceIs: 'the same on a 7-row list',
    unit: 'ms',
    target: 2,
  });
  rows.push({
    figure: '1 000-row list: time per frame when only a spinner changes',
    extension: await perBatch(1000, true),
    reference: null,
    referenceIs: '',
    unit: 'ms',
    target: null,
  });

  // A page load on the long list, and on the short one: the first reading reads every row.
  const load = async (n: number) => {
    const client = await cdp(withExt);
    const works: number[] = [];
    for (let i = 0; i < 5; i++) {
      const url = longList(withExt, n);
      const { work } = await sampled(
        client,
        isExtension,
        async () => {
          await withExt.page.goto(url);
          await answered(withExt.page);
          await withExt.page.waitForTimeout(150);
        },
        n === 1000 && blamedRow('longLoad') ? 1 : 0,
      );
      works.push(work);
    }
    await client.detach();
    return median(works);
  };
  rows.push({
    figure: '1 000-row list: page load (sampled work, median of 5)',
    extension: await load(1000),
    reference: await load(7),
    referenceIs: 'the same on a 7-row list',
    unit: 'ms',
    target: null,
  });

  const CLICKS = 30;
  const clicks = async (session: ChromiumSession) => {
    await session.page.goto(longList(session, 1000));
    if (session === withExt) await answered(session.page);
    await session.page.waitForTimeout(300);
    await inPage(session.page, CLICK_SETUP_IN_PAGE, {});
    const click = async (i: number) => {
      // A cell of a row (its supplier), not a link: the page stays.
      await session.page.locator(`tbody tr:nth-child(${1 + ((i * 131) % 1000)}) td:nth-child(3)`).click({ timeout: 5000 });
    };
    for (let i = 0; i < CLICKS; i++) await click(i);
    const handled = await inPage<number[]>(session.page, '() => window.__clicks', {});
    // Then, profiled (the profiler slows what it watches): everything the extension does for
    // a click, its listener and what it runs after it.
    const client = await cdp(session);
    const { work } = await sampled(
      client,
      isExtension,
      async () => {
        for (let i = 0; i < CLICKS; i++) await click(i + CLICKS);
        await session.page.waitForTimeout(100);
      },
      session === withExt && blamedRow('longResults') ? CLICKS : 0,
    );
    await client.detach();
    return { handled, work: work / CLICKS };
  };
  const ext = await clicks(withExt);
  rows.push({
    figure: `1 000-row list: click handled (median of ${CLICKS})`,
    extension: median(ext.handled),
    reference: median((await clicks(without)).handled),
    referenceIs: 'the same click, no extension',
    unit: 'ms',
    target: 1,
  });
  rows.push({
    figure: '1 000-row list: all the work a click causes, what runs after it included (sampled, mean)',
    extension: ext.work,
    reference: null,
    referenceIs: '',
    unit: 'ms',
    target: null,
  });
}

async function heapAfter(session: ChromiumSession, urls: string[], from: number, to: number): Promise<number> {
  const client = await session.context.newCDPSession(session.page);
  for (let i = from; i < to; i++) {
    await session.page.goto(urls[i % urls.length] as string);
    await session.page.waitForTimeout(60);
  }
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };
  await client.detach();
  return usedSize / 1e6;
}

/** The portal page's JS heap after 100 navigations through the flow, against after 10. */
async function heap(withExt: ChromiumSession, without: ChromiumSession): Promise<void> {
  const growth = async (session: ChromiumSession) => {
    const urls = flow(session);
    const ten = await heapAfter(session, urls, 0, 10);
    const hundred = await heapAfter(session, urls, 10, 100);
    return hundred - ten;
  };
  rows.push({
    figure: 'JS heap growth, 100 navigations vs 10',
    extension: await growth(withExt),
    reference: await growth(without),
    referenceIs: 'the same navigations, no extension',
    unit: 'MB',
    target: 1,
  });
}

interface Listener {
  type: string;
  scriptId: string;
}

/**
 * The extension's listeners on document and window, known by the URL of the script that added
 * them. CDP lists the listeners of the world it is asked from: the content script's own
 * (isolated) world is asked, found among the page's execution contexts by its origin.
 */
async function listenersOfExtension(session: ChromiumSession): Promise<string[]> {
  const client = await session.context.newCDPSession(session.page);
  const urls = new Map<string, string>();
  const worlds: number[] = [];
  client.on('Debugger.scriptParsed', (e: { scriptId: string; url: string }) => urls.set(e.scriptId, e.url));
  client.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string } }) => {
    if (isExtension(e.context.origin)) worlds.push(e.context.id);
  });
  await client.send('Runtime.enable');
  await client.send('Debugger.enable');
  const out: string[] = [];
  for (const contextId of worlds) {
    for (const expression of ['document', 'window']) {
      const { result } = (await client.send('Runtime.evaluate', { expression, contextId })) as { result: { objectId: string } };
      const { listeners } = (await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
        listeners: Listener[];
      };
      // pagehide and pageshow stay: they bring the assistant back from the back-forward cache.
      for (const l of listeners) {
        if (isExtension(urls.get(l.scriptId) ?? '') && l.type !== 'pagehide' && l.type !== 'pageshow') {
          out.push(`${expression}:${l.type}`);
        }
      }
    }
  }
  await client.send('Debugger.disable');
  await client.send('Runtime.disable');
  await client.detach();
  return out;
}

// The page is left (as the back-forward cache would keep it), and what its pagehide listeners
// do is done; the time after it is measured from here.
const LEAVE_IN_PAGE = `async () => {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
  await new Promise((r) => setTimeout(r, 100));
}`;

// Then the page changes.
const CHANGE_IN_PAGE = `async () => {
  for (let i = 0; i < 20; i++) {
    const b = document.createElement('button');
    b.textContent = 'Traiter ' + i;
    document.body.append(b);
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => setTimeout(r, 300));
}`;

/** Listeners and observers the extension leaves on the page after pagehide. */
async function afterPagehide(withExt: ChromiumSession): Promise<void> {
  await withExt.page.goto(`${WORKS}/consulter?idFactureTravaux=880101`);
  await answered(withExt.page);
  const before = await listenersOfExtension(withExt);
  await inPage(withExt.page, LEAVE_IN_PAGE, {});
  const client = await cdp(withExt);
  const ms = await profiled(client, isExtension, () => inPage(withExt.page, CHANGE_IN_PAGE, {}));
  await client.detach();
  const after = await listenersOfExtension(withExt);
  rows.push({
    figure: `extension's listeners on document and window after pagehide${after.length ? ` (${after.join(', ')})` : ''}`,
    extension: after.length,
    reference: before.length,
    referenceIs: 'before pagehide',
    unit: '',
    target: 0,
  });
  rows.push({
    figure: 'extension time after pagehide while the page changes',
    extension: ms,
    reference: null,
    referenceIs: '',
    unit: 'ms',
    target: 0,
  });
}

// —— the table ——

function table(): string {
  const fmt = (v: number | null, unit: string) =>
    v === null ? '—' : `${v < 10 && unit !== '' ? v.toFixed(2) : v.toFixed(unit === '' ? 0 : 1)}${unit ? ` ${unit}` : ''}`;
  const lines = ['| figure | extension | baseline / reference | ratio | target | |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const ratio = r.reference ? `${(r.extension / r.reference).toFixed(2)}×` : '—';
    const ok = r.target === null ? '' : r.extension <= r.target ? '✓' : '✗';
    const reference = r.reference === null ? '—' : `${fmt(r.reference, r.unit)} (${r.referenceIs})`;
    lines.push(
      `| ${r.figure} | ${fmt(r.extension, r.unit)} | ${reference} | ${ratio} | ${r.target === null ? '—' : `≤ ${fmt(r.target, r.unit)}`} | ${ok} |`,
    );
  }
  return lines.join('\n');
}

// `--why` adds where the extension's samples fell, by module and function: per page load, or
// with `--only longResults` per click on the 1 000-row list (`--why=longLoad`: per load of
// that list).
// `--only size` prints the size of the built content script alone, in a second;
// `--only longResults,afterPagehide` (or `--only=…`) measures those rows (and the size) alone.
const onlyAt = process.argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
const onlyArg = onlyAt < 0 ? undefined : (process.argv[onlyAt]?.split('=')[1] ?? process.argv[onlyAt + 1]);
const only = onlyArg?.split(',');
const onlySize = only?.join() === 'size';
const parts = sizes();
if (onlySize) {
  console.log(`${table()}\n\nWhat the content script is made of:\n${parts.join('\n')}`);
  process.exit(0);
}
const withExt = await launchChromium({ extension: resolve('dist/chrome') });
const without = await launchChromium();
try {
  for (const [name, measure] of Object.entries({ lateTarget, pageLoad, pageTrace, longResults, afterPagehide, heap })) {
    if (only && !only.includes(name)) continue;
    const t = performance.now();
    try {
      await measure(withExt, without);
      process.stderr.write(`${name}: measured in ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
    } catch (error) {
      // One figure that cannot be measured does not lose the others.
      process.stderr.write(`${name}: not measured: ${String(error)}\n`);
    }
  }
} finally {
  await withExt.close();
  await without.close();
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z`;
console.log(table());
console.log(`\nWhat the content script is made of (${machine}):`);
console.log(parts.join('\n'));
console.log(blamed().join('\n'));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ machine, rows, contentScript: parts.map((p) => p.trim()) }, null, 2)}\n`);

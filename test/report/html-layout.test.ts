// report.html as a browser lays it out (issue 13): headless Chromium at a 1,400 px
// window and at a 390 px phone, a screenshot of each, and a measurement taken in
// the page of the checks tables' horizontal overflow. Needs the Debian `chromium`
// package (.ci/run installs it); skipped where there is none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/types.js';
import * as scenario from './scenarios.js';

const CHROMIUM = ['chromium', 'chromium-browser'].find((c) => spawnSync(c, ['--version'], { encoding: 'utf8' }).status === 0) ?? null;

/** Writes the measurement into the page, where --dump-dom can read it back. */
const MEASURE = `<script>(function(){var tables=[].map.call(document.querySelectorAll('table[data-checks]'),function(t){var box=t.parentElement;return {id:t.id,rows:t.rows.length,table:Math.ceil(t.getBoundingClientRect().width),box:box.clientWidth,boxScroll:box.scrollWidth}});var d=document.body;var pre=document.createElement('pre');pre.id='measure';pre.textContent=JSON.stringify({tables:tables,page:{scroll:d.scrollWidth,client:d.clientWidth}});document.body.appendChild(pre)})();</script>`;

function chromium(args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'mrg-chromium-'));
  const r = spawnSync(
    CHROMIUM!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 },
  );
  if (r.status !== 0) throw new Error(`chromium failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return r.stdout;
}

/** Lays the probe page out at `w` px and reads back its measurement. */
function measure(page: string, w: number): Measure {
  const dom = chromium([`--window-size=${w},900`, '--dump-dom', `file://${page}`]);
  const json = /<pre id="measure">([^<]*)<\/pre>/.exec(dom)?.[1];
  expect(json, 'the measuring script ran').toBeTruthy();
  return JSON.parse(json!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Measure;
}

interface Measure {
  tables: Array<{ id: string; rows: number; table: number; box: number; boxScroll: number }>;
  page: { scroll: number; client: number };
}

const dir = mkdtempSync(join(tmpdir(), 'mrg-html-layout-'));
const pages: Record<string, string> = {};

beforeAll(async () => {
  if (!CHROMIUM) return;
  const reports: Record<string, Report> = { blocked: await scenario.blocked(), shadow: await scenario.uniformCost() };
  for (const [name, report] of Object.entries(reports)) {
    const html = renderHtml(report);
    writeFileSync(join(dir, `${name}.html`), html);
    // A test copy: without the page's CSP (which admits only its own script) and with the measuring script.
    // Headless Chromium lays --dump-dom out at least 500 px wide, so the body is held to the width under test
    // (below 760 px the same narrow-screen rules apply at 390 and at 500).
    for (const w of [1400, 390]) {
      const probe = html
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace('</head>', `<style>body{width:${w}px}</style>\n</head>`)
        .replace('</body>', `${MEASURE}\n</body>`);
      writeFileSync(join(dir, `${name}.${w}.probe.html`), probe);
      pages[`${name}.${w}`] = join(dir, `${name}.${w}.probe.html`);
      if (w === 390) {
        // The control: the same page without its narrow-screen rules (the layout before issue 13).
        const wide = probe.replace(/@media \(max-width:760px\)\{[\s\S]*?\}\}\n/, '');
        expect(wide.length, 'the narrow-screen rules were found and removed').toBeLessThan(probe.length - 500);
        writeFileSync(join(dir, `${name}.${w}.control.html`), wide);
        pages[`${name}.${w}.control`] = join(dir, `${name}.${w}.control.html`);
      }
    }
  }
}, 120_000);

describe.skipIf(!CHROMIUM)('report.html in headless Chromium', () => {
  it.each([
    ['blocked', 1400],
    ['blocked', 390],
    ['shadow', 1400],
    ['shadow', 390],
  ])(
    '%s at %i px: a screenshot, and no checks table overflows its box or the page',
    (name, w) => {
      const shot = join(dir, `${name}-${w}.png`);
      chromium([`--window-size=${w},900`, `--screenshot=${shot}`, `file://${join(dir, `${name}.html`)}`]);
      const png = readFileSync(shot);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(w);
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      // The window the page was laid out in (the test would mean nothing at another width).

      const m = measure(pages[`${name}.${w}`], w);
      expect(m.page.client).toBeLessThanOrEqual(w);
      expect(m.page.client).toBeGreaterThan(w - 20);
      expect(m.tables.length).toBeGreaterThanOrEqual(2);
      for (const t of m.tables) {
        expect({ id: t.id, overflow: t.boxScroll - t.box }).toEqual({ id: t.id, overflow: 0 });
        expect(t.table).toBeLessThanOrEqual(t.box);
      }
      expect(m.page.scroll).toBeLessThanOrEqual(m.page.client);
    },
    120_000,
  );

  it.each(['blocked', 'shadow'])(
    '%s at 390 px without the narrow-screen rules: the measurement sees the overflow (the test can fail)',
    (name) => {
      const m = measure(pages[`${name}.390.control`], 390);
      const worst = Math.max(...m.tables.map((t) => Math.max(t.boxScroll - t.box, t.table - t.box)), m.page.scroll - m.page.client);
      expect(worst).toBeGreaterThan(20);
    },
    120_000,
  );
});

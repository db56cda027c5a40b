// Opens every chapter of an EPUB as a phone shows it (390 CSS pixels wide) in Debian's Chromium, and
// fails when any page is wider than the screen: a table must scroll in its own box, code and long
// words must break. With --screenshot NAME DIR it also saves one chapter in light and night mode.
//   node eng/phone.js BOOK.epub [--screenshot text/ch-07.xhtml docs/images]
// Puppeteer comes with Ace (eng/ace.sh installs it into .ace/, or ACE_HOME).
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const aceHome = process.env.ACE_HOME || path.join(__dirname, '..', '.ace');
const puppeteer = require(path.join(aceHome, 'node_modules', 'puppeteer-core'));

// A reader's night theme: its own page and text colours, and prefers-color-scheme: dark.
const night = 'html, body { background: #121212 !important; color: #e3e3e3 !important; } a { color: #8ab4f8; }';

async function main() {
  const [epub, flag, chapter, outDir] = process.argv.slice(2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phone-'));
  execFileSync('unzip', ['-q', '-o', epub, '-d', dir]);
  const opf = fs.readFileSync(path.join(dir, 'OEBPS', 'content.opf'), 'utf8');
  const items = Object.fromEntries([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map(m => [m[1], m[2]]));
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map(m => items[m[1]]);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  let wide = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    for (const href of spine) {
      await page.goto('file://' + path.join(dir, 'OEBPS', href), { waitUntil: 'load' });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const over = [...document.querySelectorAll('body *')].filter(e => {
          const r = e.getBoundingClientRect();
          // Inside a box that scrolls, the box is what must fit; an inline box of pre-wrapped code
          // counts the spaces that hang at its line ends, which take no room.
          return r.right > width + 1 && !e.closest('.table-wrap') && getComputedStyle(e).display !== 'inline';
        });
        return { scroll: document.documentElement.scrollWidth, width, over: over.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': ' + (e.textContent || '').trim().slice(0, 60)) };
      });
      if (overflow.scroll > overflow.width || overflow.over.length > 0) {
        wide++;
        console.log(`${href}: ${overflow.scroll} px wide on a ${overflow.width} px screen`);
        for (const o of overflow.over) console.log('  ' + o);
      }
    }
    if (flag === '--screenshot') {
      const file = 'file://' + path.join(dir, 'OEBPS', chapter);
      for (const mode of ['light', 'dark']) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: mode }]);
        await page.goto(file, { waitUntil: 'load' });
        if (mode === 'dark') await page.addStyleTag({ content: night });
        // One phone screen from the chapter's first highlighted code on: code, inline code, a table.
        const top = await page.evaluate(() => {
          const e = document.querySelector('pre span[class^="tok-"]') ? document.querySelector('pre span[class^="tok-"]').closest('pre') : document.querySelector('pre');
          return e ? Math.max(0, e.getBoundingClientRect().top + window.scrollY - 120) : 0;
        });
        await page.screenshot({ path: path.join(outDir, `phone-${mode}.png`), clip: { x: 0, y: top, width: 390, height: 844 } });
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${epub}: ${spine.length} documents at 390 px, ${wide} wider than the screen`);
  process.exit(wide === 0 ? 0 : 1);
}

main().catch(e => { console.error(e); process.exit(2); });

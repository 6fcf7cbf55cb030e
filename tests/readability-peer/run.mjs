// Mozilla Readability on jsdom over the extraction benchmark (tests/data/extraction-benchmark):
// a benchmark-only reference beside SmartReader, not part of the test suite.
//
//   cd tests/readability-peer && npm ci
//   node run.mjs [--out predictions-readability.json] [--passes 3] [--bench ../data/extraction-benchmark]
//
// Writes predictions in the benchmark's format, {"<page id>": {"articleBody": textContent}}, for
// `--score --peer readability=<file>` of tests/RareEarthWatch.Benchmarks and for score.py, then times
// one warm-up pass and --passes timed passes over all pages on this one process and prints the best:
//   (a) new JSDOM(html, {url}) + new Readability(document).parse(), per page, summed;
//   (b) new Readability(document).parse() alone on the freshly parsed page, summed.
// Each page is decoded as the .NET benchmark decodes it for SmartReader (BenchmarkPages.cs): gunzip,
// then UTF-8 whatever the page declares (invalid bytes become U+FFFD, a byte-order mark is kept),
// and handed over as a string with the same URL SmartReader gets.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const here = dirname(fileURLToPath(import.meta.url));
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
};
const benchDir = resolve(option('--bench', join(here, '..', 'data', 'extraction-benchmark')));
const outPath = resolve(option('--out', join(here, 'predictions-readability.json')));
const passes = Number.parseInt(option('--passes', '3'), 10);
const url = 'https://example.org/article'; // what ScoreReport hands SmartReader

const require = createRequire(import.meta.url);
const versions = {
  node: process.versions.node,
  readability: require('@mozilla/readability/package.json').version,
  jsdom: require('jsdom/package.json').version,
};

const decoder = new TextDecoder('utf-8', { ignoreBOM: true }); // like Encoding.UTF8.GetString: keeps a BOM, U+FFFD for bad bytes
const htmlDir = join(benchDir, 'html');
const pages = readdirSync(htmlDir)
  .filter((name) => name.endsWith('.html.gz'))
  .sort() // ordinal, as BenchmarkPages.Load
  .map((name) => ({
    id: name.slice(0, -'.html.gz'.length),
    html: decoder.decode(gunzipSync(readFileSync(join(htmlDir, name)))),
  }));

function readPage(html) {
  const t0 = performance.now();
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }); // silent: no CSS-parse warnings on stdout
  const t1 = performance.now();
  const article = new Readability(dom.window.document).parse();
  const t2 = performance.now();
  dom.window.close();
  return { text: article?.textContent ?? '', parseMs: t1 - t0, readabilityMs: t2 - t1 };
}

function pass(collect) {
  let both = 0;
  let alone = 0;
  const wallStart = performance.now();
  for (const page of pages) {
    const r = readPage(page.html);
    both += r.parseMs + r.readabilityMs;
    alone += r.readabilityMs;
    if (collect) collect[page.id] = { articleBody: r.text };
  }
  return { both, alone, wall: performance.now() - wallStart, heapMB: process.memoryUsage().heapUsed / 1048576 };
}

// Warm-up pass; it also gives the predictions.
const predictions = {};
const warm = pass(predictions);
writeFileSync(outPath, JSON.stringify(predictions, null, 2) + '\n', 'utf8');
const empty = Object.values(predictions).filter((p) => p.articleBody.trim() === '').length;

const runs = [];
for (let i = 0; i < passes; i++) runs.push(pass(null));
const best = (key) => Math.min(...runs.map((r) => r[key]));
const fmt = (ms) => `${ms.toFixed(1)} ms (${(pages.length / (ms / 1000)).toFixed(1)} pages/s)`;

console.log(`Mozilla Readability ${versions.readability} on jsdom ${versions.jsdom}, Node ${versions.node}: ${pages.length} pages`);
console.log(`predictions: ${outPath} (${empty} empty)`);
console.log(`warm-up pass: JSDOM + Readability ${fmt(warm.both)}`);
console.log(`timed passes (a) JSDOM + Readability: ${runs.map((r) => r.both.toFixed(1)).join(' / ')} ms`);
console.log(`timed passes (b) Readability alone:   ${runs.map((r) => r.alone.toFixed(1)).join(' / ')} ms`);
console.log(`timed passes wall (incl. window.close): ${runs.map((r) => r.wall.toFixed(1)).join(' / ')} ms`);
console.log(`JS heap used after warm-up / each timed pass: ${[warm, ...runs].map((r) => r.heapMB.toFixed(0)).join(' / ')} MB`);
console.log(`best of ${passes} (a) JSDOM parse + Readability: ${fmt(best('both'))}`);
console.log(`best of ${passes} (b) Readability alone after parsing: ${fmt(best('alone'))}`);
console.log(`best of ${passes} wall, whole pass incl. window.close(): ${fmt(best('wall'))}`);

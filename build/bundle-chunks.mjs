// Merges the chunks of the split wasm (build/split-wasm.sh) into a few bundles
// and rewrites the split loader, __wasm_split.js, to load those.
//
// wasm-split-cli makes one chunk per set of split modules that share code: about
// 145 chunks, most under 2.5 KB. The decoders (src/ui/decoding.rs) came in 19
// files and a work form's page in 96, and each file costs a fetch from the
// service worker and an instantiation of its own: at a warm start with data
// (4× CPU) the decoders' 19 files took about 100 ms, merged into one about 50.
//
// Each chunk goes to the bundle of the first module that uses it, in the order
// given: the order in which the app usually loads them (the decoders at a start
// with data, then the pages as src/ui/lazy_pages.rs preloads them). A module then
// loads its own file and the bundles that hold its chunks; most of those came
// with the modules loaded before it. Every chunk is in exactly one bundle, so it
// is instantiated once, as before. A chunk holds functions it puts into the
// shared table and data it writes into the shared memory, at places fixed by
// the linker: merging changes when that happens, never where.
//
// Usage: node build/bundle-chunks.mjs <split folder> <module>...
// (the split modules by name, as in __wasm_split_load_<name>; one not named
// comes after those named, in alphabetical order).
import binaryen from 'binaryen';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sections, withoutNames } from './wasm-sections.mjs';

/** Binaryen's wasm-merge from npm (package.json), as build/optimize-wasm.mjs's binaryen. */
const WASM_MERGE = fileURLToPath(new URL('../node_modules/binaryen/bin/wasm-merge', import.meta.url));

const [folder, ...order] = process.argv.slice(2);
const loaderPath = join(folder, '__wasm_split.js');
const loader = readFileSync(loaderPath, 'utf8');

// A chunk: `/* the modules using it */ const __chunk_N = makeLoad(<fetcher>, []);`
const CHUNK = /\/\* ([\w, ]+) \*\/\nconst __chunk_(\d+) = makeLoad\(([\s\S]*?)\n, \[\]\);\n/g;
// A module: `export const __wasm_split_load_<name> = wrapAsyncCb(makeLoad(<fetcher>, [chunks]));`
const MODULE = /(export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\([\s\S]*?\n, \[)([^\]]*)(\]\)\);)/g;

const chunks = [...loader.matchAll(CHUNK)].map(([, users, number, fetcher]) => ({
  number: Number(number),
  users: users.split(', '),
  fetcher,
}));
const modules = [...loader.matchAll(MODULE)].map((match) => match[2]);
const chunkFiles = readdirSync(folder).filter((name) => /^chunk_\d+\.wasm$/.test(name));
if (modules.length === 0 || chunks.length !== chunkFiles.length) {
  fail(
    `${chunks.length} chunks and ${modules.length} modules read from __wasm_split.js, ` +
      `${chunkFiles.length} chunk files: its shape is not the one known`,
  );
}
if (chunks.length === 0) {
  console.log('bundle-chunks: no chunks to bundle');
  process.exit(0);
}
const unknown = order.filter((name) => !modules.includes(name));
if (unknown.length > 0) fail(`no split module is called ${unknown.join(', ')}`);
const unnamed = modules.filter((name) => !order.includes(name)).sort();
if (unnamed.length > 0) console.log(`bundle-chunks: not in the order given, loaded last: ${unnamed.join(', ')}`);
const ranked = [...order, ...unnamed];

/** The bundle of each chunk: the first module in `ranked` that uses it. */
const bundles = new Map();
for (const chunk of chunks) {
  const owner = ranked.find((name) => chunk.users.includes(name));
  if (owner === undefined) fail(`chunk ${chunk.number} is used by no split module (${chunk.users.join(', ')})`);
  if (!bundles.has(owner)) bundles.set(owner, []);
  bundles.get(owner).push(chunk);
}
const bundleOf = new Map();
for (const [owner, members] of bundles) for (const chunk of members) bundleOf.set(chunk.number, owner);

for (const [owner, members] of bundles) {
  const output = join(folder, `shared_${owner}.wasm`);
  if (members.length === 1) renameSync(join(folder, `chunk_${members[0].number}.wasm`), output);
  else writeFileSync(output, merge(members.map((chunk) => join(folder, `chunk_${chunk.number}.wasm`))));
}
for (const chunk of chunks) rmSync(join(folder, `chunk_${chunk.number}.wasm`), { force: true });

let rewritten = loader.replace(CHUNK, (whole, users, number, fetcher) => {
  const owner = bundleOf.get(Number(number));
  if (bundles.get(owner)[0].number !== Number(number)) return '';
  const bundleFetcher = fetcher.replace(`"./chunk_${number}.wasm"`, `"./shared_${owner}.wasm"`);
  return `/* chunks used first by ${owner} */\nconst __shared_${owner} = makeLoad(${bundleFetcher}\n, []);\n`;
});
rewritten = rewritten.replace(MODULE, (whole, head, name, list, tail) => {
  const used = new Set(
    list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const owner = bundleOf.get(Number(entry.replace(/^__chunk_/, '')));
        if (owner === undefined) fail(`${name} loads ${entry}, which is no chunk`);
        return `__shared_${owner}`;
      }),
  );
  return `${head}${[...used].join(', ')}${tail}`;
});
if (/__chunk_|chunk_\d+\.wasm/.test(rewritten)) fail('a chunk is still named in the loader');
writeFileSync(loaderPath, rewritten);
console.log(`bundle-chunks: ${chunks.length} chunks in ${bundles.size} bundles`);

/** Stops the build with `message`. */
function fail(message) {
  throw new Error(`bundle-chunks: ${message}`);
}

/** The chunks in `paths` as one module, with one copy of each shared import. */
function merge(paths) {
  const chunkBytes = paths.map((path) => readFileSync(path));
  const work = mkdtempSync(join(tmpdir(), 'bundle-chunks-'));
  let text;
  try {
    // Without their names (binaryen warns about name subsections it does not
    // know), so the imports below carry the names binaryen gives them.
    const inputs = chunkBytes.map((bytes, index) => {
      const input = join(work, `chunk${index}.wasm`);
      writeFileSync(input, withoutNames(bytes));
      return input;
    });
    const textPath = join(work, 'bundle.wat');
    execFileSync(
      process.execPath,
      [WASM_MERGE, ...inputs.flatMap((input, index) => [input, `chunk${index}`]), '--all-features', '--emit-text', '-o', textPath],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    text = readFileSync(textPath, 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const module = binaryen.parseText(oneOfEachImport(text));
  // Binaryen writes no target_features section, and build/optimize-wasm.mjs
  // reads a module's features from it: the chunks' own is set and copied.
  const features = chunkBytes
    .flatMap((bytes) => [...sections(bytes)])
    .find((section) => section.name === 'target_features');
  if (!features) fail(`${paths.join(', ')} name no features`);
  const header = chunkBytes[0].subarray(0, 8);
  const named = binaryen.readBinary(Buffer.concat([header, features.bytes]));
  module.setFeatures(named.getFeatures());
  named.dispose();
  if (!module.validate()) fail(`the merge of ${paths.join(', ')} is not valid`);
  const binary = module.emitBinary();
  module.dispose();
  return Buffer.concat([binary, features.bytes]);
}

/**
 * wasm-merge keeps each chunk's imports of the memory, the table and the stack
 * pointer as imports of their own (several memories): keeps the first of each
 * and points every use of the others at it. Names are replaced outside string
 * literals only (data segments).
 */
function oneOfEachImport(text) {
  const IMPORT = /^ \(import "([^"]+)" "([^"]+)" \(\w+ (\$[^\s()]+)/;
  const first = new Map();
  const renamed = new Map();
  const kept = text.split('\n').filter((line) => {
    const match = line.match(IMPORT);
    if (!match) return true;
    const key = `${match[1]}.${match[2]}`;
    if (!first.has(key)) {
      first.set(key, match[3]);
      return true;
    }
    renamed.set(match[3], first.get(key));
    return false;
  });
  const STRING = /("(?:[^"\\]|\\.)*")/;
  return kept
    .map((line) =>
      line
        .split(STRING)
        .map((part, index) =>
          index % 2 === 1 ? part : part.replace(/\$[^\s()"]+/g, (name) => renamed.get(name) ?? name),
        )
        .join(''),
    )
    .join('\n');
}

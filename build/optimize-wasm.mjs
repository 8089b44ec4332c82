// Optimises wasm modules for size in place, as `wasm-opt -Oz` does, with
// binaryen's JS API (npm's binaryen, package.json) loaded once for all of them.
// The split build (build/split-wasm.sh) makes about 140 modules, most of a few KB:
// starting the wasm-opt command for each costs about 2 s of loading binaryen,
// more than optimising the module takes.
// Usage: node build/optimize-wasm.mjs <module.wasm>...
import binaryen from 'binaryen';
import { readFileSync, writeFileSync } from 'node:fs';

binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);

/** An unsigned LEB128 number at `at`: its value and the offset after it. */
function leb128(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The module without its custom "name" section: the optimised module drops it
 * anyway, and binaryen warns about each subsection it does not know. */
function withoutNames(bytes) {
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at];
    const [size, content] = leb128(bytes, at + 1);
    at = content + size;
    if (id === 0) {
      const [nameLength, name] = leb128(bytes, content);
      if (new TextDecoder().decode(bytes.subarray(name, name + nameLength)) === 'name') continue;
    }
    kept.push(bytes.subarray(start, at));
  }
  return Buffer.concat(kept);
}

let before = 0;
let after = 0;
for (const path of process.argv.slice(2)) {
  const bytes = readFileSync(path);
  // The features the module's target_features section names (Rust's defaults).
  const module = binaryen.readBinary(withoutNames(bytes));
  module.optimize();
  if (!module.validate()) {
    throw new Error(`${path}: not valid after optimising`);
  }
  const optimised = module.emitBinary();
  module.dispose();
  writeFileSync(path, optimised);
  before += bytes.length;
  after += optimised.length;
}
console.log(`optimize-wasm: ${process.argv.length - 2} modules, ${before} -> ${after} bytes`);

// Optimises wasm modules for size in place, as `wasm-opt -Oz` does, with
// binaryen's JS API (npm's binaryen, package.json) loaded once for all of them.
// The split build (build/split-wasm.sh) makes about 25 modules: starting the
// wasm-opt command for each costs about 2 s of loading binaryen, often more than
// optimising the module takes.
// Usage: node build/optimize-wasm.mjs <module.wasm>...
import binaryen from 'binaryen';
import { readFileSync, writeFileSync } from 'node:fs';
import { withoutNames } from './wasm-sections.mjs';

binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);

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

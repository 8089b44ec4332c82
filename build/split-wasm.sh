#!/bin/sh
# Splits the facilitator's wasm at its lazily loaded pages (src/ui/lazy_pages.rs),
# run by Trunk's post-build hook (Trunk 0.21 does not split). The split must come
# before wasm-bindgen, so this takes cargo's output, not Trunk's:
#   1. wasm-split-cli: the main module, one module per lazy page, the chunks they
#      share, and __wasm_split.js, which loads them (beside the glue, by URLs
#      relative to itself, so a sub-path works); in a release build,
#      build/bundle-chunks.mjs then merges the chunks into a bundle per module,
#      so a module loads a few files instead of dozens;
#   2. wasm-bindgen on the main module, under the names Trunk gave its glue and
#      wasm, which then replace Trunk's (index.html keeps naming them;
#      prepare_dist writes their integrity hashes anew);
#   3. in a release build, every module optimised as wasm-opt -Oz does, in one
#      process (build/optimize-wasm.mjs; index.html tells Trunk not to optimise
#      the unsplit wasm it built first).
# Needs TRUNK_SOURCE_DIR, TRUNK_STAGING_DIR and TRUNK_PROFILE.
set -eu
profile=$TRUNK_PROFILE
input="$TRUNK_SOURCE_DIR/target/wasm32-unknown-unknown/$profile/werktafel.wasm"
staging=$TRUNK_STAGING_DIR
work="$TRUNK_SOURCE_DIR/target/split-wasm"

# Trunk's glue is werktafel-<hash>.js beside werktafel-<hash>_bg.wasm.
wasm_name=$(cd "$staging" && ls werktafel-*_bg.wasm)
stem=${wasm_name%_bg.wasm}

rm -rf "$work"
mkdir -p "$work/split" "$work/bound"
wasm-split-cli "$input" "$work/split" --target web --out-name "$stem"
# In a release build, the chunks are bundled: the modules in the order the app
# usually loads them, the decoders at a start with data (src/ui/decoding.rs), then
# the pages in preload_pages' order (src/ui/lazy_pages.rs). A module left out
# still works; it comes last. (A debug build keeps the chunks, and their names
# for stack traces, and rebuilds sooner.)
if [ "$profile" = release ]; then
  node "$TRUNK_SOURCE_DIR/build/bundle-chunks.mjs" "$work/split" read_stored \
    form_route_page workshop_page programme_page live_page programme_screen report_page \
    resident_page library_page persona_library_page persona_page invite_page settings_page
fi
debug_flags=""
[ "$profile" = release ] || debug_flags="--debug --keep-debug"
# shellcheck disable=SC2086 # debug_flags is a list of flags or nothing
wasm-bindgen "$work/split/$stem.wasm" --target web --no-typescript \
  --keep-lld-exports --no-demangle $debug_flags --out-dir "$work/bound" --out-name "$stem"
rm "$work/split/$stem.wasm"

if [ "$profile" = release ]; then
  node "$TRUNK_SOURCE_DIR/build/optimize-wasm.mjs" "$work/bound/${stem}_bg.wasm" "$work/split"/*.wasm
fi

cp "$work/bound/$stem.js" "$work/bound/${stem}_bg.wasm" "$staging/"
cp "$work/split"/* "$staging/"

//! Links the facilitator's wasm with its relocations kept (`--emit-relocs`):
//! the release build's splitter (`build/split-wasm.sh`) needs them to move each
//! lazily loaded page's code into a file of its own.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=werktafel=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

//! The golden verval scenarios through the screening worker's WebAssembly `verval(...)`, in
//! headless Chromium, where the Verval page runs it. Needs the `xlsx` feature (the
//! screening build):
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features xlsx --test wasm_verval_browser`.
#![cfg(all(target_arch = "wasm32", feature = "xlsx"))]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm/verval_cases.rs"]
mod verval_cases;

verval_cases::all_scenarios!();

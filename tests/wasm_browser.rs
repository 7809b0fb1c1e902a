//! Golden vectors through the WebAssembly package, in headless Chromium.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm/golden_cases.rs"]
mod golden_cases;
#[path = "golden/harness.rs"]
mod harness;

golden_cases::golden_tests!();

//! Golden vectors through the WebAssembly package, in Node.
#![cfg(target_arch = "wasm32")]

#[path = "wasm/golden_cases.rs"]
mod golden_cases;
#[path = "golden/harness.rs"]
mod harness;

golden_cases::golden_tests!();

#[path = "wasm/face.rs"]
mod face;

//! The golden verval scenarios through the screening worker's WebAssembly `verval(...)`, in
//! Node. Needs the `xlsx` feature (the screening build):
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features xlsx --test wasm_verval_node`.
#![cfg(all(target_arch = "wasm32", feature = "xlsx"))]

#[path = "wasm/verval_cases.rs"]
mod verval_cases;

verval_cases::all_scenarios!();

//! Batch screening: `layak screen` and the browser's "Saring data" page.
pub mod columns;
pub mod lines;
pub mod record;
pub mod values;
#[cfg(feature = "xlsx")]
pub mod xlsx;

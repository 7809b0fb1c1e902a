//! Batch screening: `layak screen` and the browser's "Saring data" page.
pub mod lines;
pub mod record;

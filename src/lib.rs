//! `layak` ("eligible") checks the identity numbers and the eligibility of applicants to the
//! Bojonegoro programme that pays BPJS Ketenagakerjaan work-accident (JKK) and death (JKM)
//! cover for poor informal workers and village incentive recipients.
//!
//! One core serves three faces: this library, the WebAssembly package used by the operators'
//! web forms, and the `layak` command line. The faces only translate; every rule lives here,
//! once, so a village kiosk and the regency's batch screening give the same answer.
//!
//! Start with [`nik`] (what a NIK is and how it is checked), then [`kk`] and [`region`];
//! [`claims`] helps heirs get JKM, JKK and beasiswa claims paid.
//! Every check reports [`issue::Issue`]s with stable codes; their texts in Indonesian and
//! English are in [`messages`].

pub mod api;
pub mod claims;
pub mod confidence;
pub mod date;
pub mod gen;
pub mod idnumber;
pub mod issue;
pub mod kk;
pub mod lang;
pub mod messages;
pub mod nik;
pub mod options;
pub mod params;
pub mod privacy;
pub mod read;
pub mod region;
pub mod rules;
pub mod screen;
pub mod sex;
pub mod text;
pub mod verval;
#[cfg(feature = "xlsx-write")]
pub mod workbook;
#[cfg(not(target_arch = "wasm32"))]
pub mod write;

pub use confidence::Confidence;
pub use issue::{Code, Issue, Severity};
pub use lang::Lang;
pub use sex::Sex;

// The forms' and the screening worker's JavaScript API; the workbook module
// (`workbook-module`) exports only its own function, so it holds the writer and little else.
#[cfg(all(target_arch = "wasm32", not(feature = "workbook-module")))]
pub mod wasm;
#[cfg(all(
    target_arch = "wasm32",
    feature = "xlsx-read",
    not(feature = "workbook-module")
))]
pub mod wasm_verval;
#[cfg(all(target_arch = "wasm32", feature = "workbook-module"))]
pub mod wasm_workbook;

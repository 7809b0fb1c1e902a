//! Every text a person reads, in Indonesian and English, in one place.
//!
//! Readers include village operators and heirs with little schooling, so messages are short,
//! plain and kind: they say what is wrong in everyday words and, where possible, what to do.
//! Indonesian is the default; English follows the same sentences. A translator can work on
//! this folder alone.
//!
//! The faces never write their own text: the CLI's headings and the web app's labels come
//! from [`Label`], and issue messages from [`issue_message`].

/// The text in `lang`. A macro, so only the chosen language's text is ever formatted.
macro_rules! pick {
    ($lang:expr, $id:expr, $en:expr $(,)?) => {
        match $lang {
            $crate::lang::Lang::Id => $id,
            $crate::lang::Lang::En => $en,
        }
    };
}

pub mod claims;
pub mod eligibility;
pub mod face;
pub mod format;
pub mod identity;
pub mod input;
mod json;
pub mod labels;
pub mod params;
pub mod privacy;
pub mod rules;
pub mod verval_web;
pub mod web;
pub mod workbook;

pub(crate) use format::pick;
pub use format::{count, grouped, human_date, month_name, rupiah, sex_word, years};
pub use identity::{issue_message, option_error_message};
#[cfg(not(target_arch = "wasm32"))]
pub use labels::ui_labels;
pub use labels::{
    category_label, confidence_word, decision_word, occupation_label, outcome_word, param_label,
    program_name, Label,
};
pub use rules::{params_error_message, rule_message};

#[cfg(test)]
mod tests;

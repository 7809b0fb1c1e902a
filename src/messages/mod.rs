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
pub use json::JsonWriter;
#[cfg(not(target_arch = "wasm32"))]
pub use labels::ui_labels;
pub use labels::{
    category_label, confidence_word, decision_word, occupation_label, outcome_word, param_label,
    program_name, Label,
};
pub use rules::{params_error_message, rule_message};

/// How a result is rendered: the language of its words, and whether the numbers in it are
/// masked for sharing (`--mask`, see [`crate::privacy`]). Masked, each renderer writes a NIK
/// or KK number with its middle digits starred, leaves out the birth or recording date it
/// spells (`null` in JSON, [`privacy::masked_value`] in a sentence) and stars the first two
/// digits of its serial; a number typed into free text that is echoed (a category, an unknown
/// key or document) is masked as a value. Nothing is rewritten after it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Render {
    /// The language of the words.
    pub lang: crate::lang::Lang,
    /// Whether numbers and the dates they spell are masked.
    mask: bool,
}

impl Render {
    /// Rendering in `lang`, masked when `mask`.
    pub fn new(lang: crate::lang::Lang, mask: bool) -> Render {
        Render { lang, mask }
    }

    /// Whether numbers and the dates they spell are masked. Never in the WebAssembly
    /// package (a form shows a person their own number), so the masking code is left out of
    /// its download.
    pub fn mask(self) -> bool {
        cfg!(not(target_arch = "wasm32")) && self.mask
    }

    /// A birth or recording date as a sentence writes it (`12 Mei 1980`), or
    /// [`privacy::masked_value`] when masking: the date spells digits 7 to 12 of the number.
    pub(crate) fn birth_date(self, d: chrono::NaiveDate, lang: crate::lang::Lang) -> String {
        if self.mask() {
            privacy::masked_value(lang).to_string()
        } else {
            human_date(d, lang)
        }
    }

    /// Free text echoed from the input (a category, a key), with any number in it masked.
    pub(crate) fn echo<'a>(self, s: &'a str) -> std::borrow::Cow<'a, str> {
        if self.mask() {
            crate::privacy::mask_text(s)
        } else {
            std::borrow::Cow::Borrowed(s)
        }
    }
}

impl From<crate::lang::Lang> for Render {
    /// Unmasked rendering in `lang`, what every face but `--mask` asks for.
    fn from(lang: crate::lang::Lang) -> Render {
        Render { lang, mask: false }
    }
}

#[cfg(test)]
mod tests;

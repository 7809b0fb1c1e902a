//! Messages about the input itself rather than a field's value: a key that names no field.

use crate::issue::{Detail, Issue};
use crate::lang::Lang;

/// The message of an `input.*` issue in `lang`.
pub fn issue_message(issue: &Issue, lang: Lang) -> String {
    let Detail::UnknownKey(u) = issue.detail else {
        return match lang {
            Lang::Id => "Ada isian dengan nama yang tidak dikenal; isian itu diabaikan.".into(),
            Lang::En => "A key names no known field; it was ignored.".into(),
        };
    };
    let key = u.key();
    match (lang, u.nearest()) {
        (Lang::Id, Some(n)) => {
            format!("Isian \"{key}\" tidak dikenal dan diabaikan. Mungkin maksudnya \"{n}\".")
        }
        (Lang::Id, None) => format!("Isian \"{key}\" tidak dikenal dan diabaikan."),
        (Lang::En, Some(n)) => {
            format!("The key \"{key}\" is not known and was ignored. Perhaps \"{n}\" was meant.")
        }
        (Lang::En, None) => format!("The key \"{key}\" is not known and was ignored."),
    }
}

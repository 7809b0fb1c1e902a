//! Messages about the input itself rather than a field's value: a key that names no field.

use super::Render;
use crate::issue::{Detail, Issue};
use crate::lang::Lang;

/// The message of an `input.*` issue, in the language of `r`; masked, a number typed as a
/// key is masked too.
pub fn issue_message(issue: &Issue, r: Render) -> String {
    let lang = r.lang;
    let Detail::UnknownKey(u) = issue.detail else {
        return match lang {
            Lang::Id => "Ada isian dengan nama yang tidak dikenal; isian itu diabaikan.".into(),
            Lang::En => "A key names no known field; it was ignored.".into(),
        };
    };
    let key = u.key();
    let key = r.echo(&key);
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

//! The words of masked output (`--mask`, see [`crate::privacy`]).

use crate::lang::Lang;

/// Shown in place of what masking withholds: a birth or recording date (it would give away
/// the starred digits of a NIK or KK), or a value that holds such a number.
pub fn masked_value(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "[disamarkan]",
        Lang::En => "[masked]",
    }
}

/// Replaces a message about impossible date digits, which would quote the starred digits.
pub fn masked_date_problem(nik: bool, lang: Lang) -> &'static str {
    match (nik, lang) {
        (true, Lang::Id) => {
            "Tanggal lahir di NIK (digit ke-7 sampai ke-12) bukan tanggal yang ada. Periksa lagi angka di KTP."
        }
        (true, Lang::En) => {
            "The birth date in the NIK (digits 7 to 12) is not a real date. Check the digits on the KTP again."
        }
        (false, Lang::Id) => {
            "Tanggal di nomor KK (digit ke-7 sampai ke-12) bukan tanggal yang ada. Periksa lagi angka di KK."
        }
        (false, Lang::En) => {
            "The date in the KK number (digits 7 to 12) is not a real date. Check the digits on the KK again."
        }
    }
}

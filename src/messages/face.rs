//! The texts of errors a face throws before any check runs: a value of the wrong type
//! (`input.type`), options that are not an object (`options.type`), a malformed region code
//! (`input.region_code`), a finished screening job (`screen.finished`), and a bug
//! (`internal`). Like every message, in the language the caller asked for.

use crate::lang::Lang;

/// What a face was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    /// A NIK.
    Nik,
    /// A KK number.
    Kk,
    /// A region code.
    RegionCode,
    /// A kecamatan code.
    KecamatanCode,
    /// An applicant.
    Applicant,
    /// A claim.
    Claim,
}

/// `input.type`: a NIK, KK or code given as something other than text.
pub fn not_text(what: Given, lang: Lang) -> String {
    let (id, en) = match what {
        Given::Nik => ("NIK", "The NIK"),
        Given::Kk => ("Nomor KK", "The KK number"),
        Given::RegionCode => ("Kode wilayah", "The region code"),
        Given::KecamatanCode => ("Kode kecamatan", "The kecamatan code"),
        Given::Applicant => ("Data pendaftar", "The applicant"),
        Given::Claim => ("Data klaim", "The claim"),
    };
    match (what, lang) {
        (Given::Nik | Given::Kk, Lang::Id) => format!(
            "{id} harus diberikan sebagai teks (string), bukan angka: angka JavaScript kehilangan digit di atas 2^53 dan nol di depan."
        ),
        (Given::Nik | Given::Kk, Lang::En) => format!(
            "{en} must be passed as a string, never as a number: a JavaScript number loses digits above 2^53 and leading zeros."
        ),
        (Given::Applicant | Given::Claim, Lang::Id) => format!(
            "{id} harus berupa objek, misalnya {{nik: \"3522061205800001\", program: \"rentan\"}}."
        ),
        (Given::Applicant | Given::Claim, Lang::En) => format!(
            "{en} must be an object, e.g. {{nik: \"3522061205800001\", program: \"rentan\"}}."
        ),
        (_, Lang::Id) => format!("{id} harus diberikan sebagai teks (string)."),
        (_, Lang::En) => format!("{en} must be passed as a string."),
    }
}

/// `input.type`: an applicant or claim object with a field of a shape that cannot be read.
pub fn unreadable(what: Given, detail: &str, lang: Lang) -> String {
    match (what, lang) {
        (Given::Claim, Lang::Id) => format!("Data klaim tidak bisa dibaca: {detail}"),
        (Given::Claim, Lang::En) => format!("The claim cannot be read: {detail}"),
        (_, Lang::Id) => format!("Data pendaftar tidak bisa dibaca: {detail}"),
        (_, Lang::En) => format!("The applicant cannot be read: {detail}"),
    }
}

/// `options.type`: the options are not an object of the known keys' types.
pub fn options_not_object(detail: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Opsi harus berupa objek, misalnya {{lang: \"id\", as_of: \"2025-06-01\"}} ({detail})."),
        Lang::En => format!("The options must be an object, e.g. {{lang: \"en\", as_of: \"2025-06-01\"}} ({detail})."),
    }
}

/// `input.region_code`: not a region code.
pub fn not_region_code(given: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => {
            format!("{given:?} bukan kode wilayah (35, 35.22, 35.22.06 atau 35.22.06.2001).")
        }
        Lang::En => {
            format!("{given:?} is not a region code (35, 35.22, 35.22.06 or 35.22.06.2001).")
        }
    }
}

/// `options.lang`: a language other than `id` or `en`.
pub fn unknown_lang(given: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Bahasa {given:?} tidak dikenal: pakai \"id\" atau \"en\"."),
        Lang::En => format!("The language {given:?} is not \"id\" or \"en\"."),
    }
}

/// `screen.finished`: a screening job used after `finish`.
pub fn job_finished(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Penyaringan ini sudah selesai; mulai yang baru.",
        Lang::En => "This screening has finished; start a new one.",
    }
}

/// `internal`: a bug in layak, never the caller's fault.
pub fn internal(detail: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Kesalahan di dalam layak (mohon laporkan): {detail}"),
        Lang::En => format!("An error inside layak (please report it): {detail}"),
    }
}

/// The catalogue's sentence for a face error code (the thrown error itself says more).
pub fn registry_message(code: crate::Code, lang: Lang) -> String {
    use crate::Code;
    let (id, en) = match code {
        Code::OptionsType => (
            "Opsi harus berupa objek dengan kunci yang dikenal, misalnya {lang: \"id\"}.",
            "The options must be an object of the known keys, e.g. {lang: \"en\"}.",
        ),
        Code::Internal => (
            "Kesalahan di dalam layak, bukan karena data Anda; mohon laporkan.",
            "An error inside layak, not caused by your data; please report it.",
        ),
        _ => (
            "Jenis nilai salah: NIK dan nomor KK harus berupa teks (string), bukan angka; data pendaftar dan klaim berupa objek.",
            "A value of the wrong type: a NIK or KK number must be a string, never a number; an applicant or claim an object.",
        ),
    };
    match lang {
        Lang::Id => id.to_string(),
        Lang::En => en.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_error_is_said_in_each_language() {
        for what in [
            Given::Nik,
            Given::Kk,
            Given::RegionCode,
            Given::KecamatanCode,
            Given::Applicant,
            Given::Claim,
        ] {
            let id = not_text(what, Lang::Id);
            let en = not_text(what, Lang::En);
            assert_ne!(id, en);
            assert!(id.contains("harus"), "{id}");
            assert!(en.contains("must"), "{en}");
        }
        assert!(options_not_object("x", Lang::Id).starts_with("Opsi"));
        assert!(internal("x", Lang::Id).contains("laporkan"));
        assert!(job_finished(Lang::En).contains("finished"));
    }
}

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
        Given::RegionCode | Given::KecamatanCode => ("Kode wilayah", "The region code"),
        Given::Applicant => ("Data pendaftar", "The applicant"),
        Given::Claim => ("Data klaim", "The claim"),
    };
    match (what, lang) {
        (Given::Applicant | Given::Claim, Lang::Id) => format!("{id} harus berupa objek."),
        (Given::Applicant | Given::Claim, Lang::En) => format!("{en} must be an object."),
        // A number loses digits above 2^53 and its leading zeros.
        (_, Lang::Id) => format!("{id} harus berupa teks (string), bukan angka."),
        (_, Lang::En) => format!("{en} must be a string, not a number."),
    }
}

/// `input.type`: an applicant or claim object with a field of a shape that cannot be read.
pub fn unreadable(what: Given, detail: &str, lang: Lang) -> String {
    format!("{} ({detail})", not_text(what, lang))
}

/// `options.type`: the options are not an object of the known keys' types.
pub fn options_not_object(detail: &str, lang: Lang) -> String {
    let head = match lang {
        Lang::Id => "Opsi harus berupa objek",
        Lang::En => "The options must be an object",
    };
    if detail.is_empty() {
        format!("{head}.")
    } else {
        format!("{head} ({detail}).")
    }
}

/// `input.region_code`: not a region code.
pub fn not_region_code(given: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("{given:?} bukan kode wilayah (35, 35.22, 35.22.06)."),
        Lang::En => format!("{given:?} is not a region code (35, 35.22, 35.22.06)."),
    }
}

/// `options.lang`: a language other than `id` or `en`.
pub fn unknown_lang(given: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Bahasa {given:?} tidak dikenal (id, en)."),
        Lang::En => format!("Unknown language {given:?} (id, en)."),
    }
}

/// `screen.finished`: a screening job used after `finish`.
pub fn job_finished(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Penyaringan ini sudah selesai.",
        Lang::En => "This screening has finished.",
    }
}

/// `region.names_other_build`: the web page handed the `page-names` build of the forms
/// module names it was not built with (a page and a module of two builds).
pub fn names_other_build(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => {
            "Nama wilayah dari halaman ini bukan milik versi modul ini. Muat ulang halaman."
        }
        Lang::En => {
            "The region names in this page are not those of this module's version. Reload the page."
        }
    }
}

/// `input.type` for the screening's enrolled list: neither text nor bytes.
pub fn enrolled_type(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Daftar peserta terdaftar harus berupa teks atau isi berkas (Uint8Array).",
        Lang::En => "The enrolled list must be text or a file's bytes (a Uint8Array).",
    }
}

/// `internal`: a bug in layak, never the caller's fault.
pub fn internal(detail: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Kesalahan di dalam layak, mohon laporkan. {detail}"),
        Lang::En => format!("An error inside layak, please report it. {detail}"),
    }
}

/// The catalogue's sentence for a face error code (the thrown error itself says more).
pub fn registry_message(code: crate::Code, lang: Lang) -> String {
    use crate::Code;
    match code {
        Code::OptionsType => options_not_object("", lang),
        Code::Internal => internal("", lang).trim_end().to_string(),
        _ => not_text(Given::Nik, lang),
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

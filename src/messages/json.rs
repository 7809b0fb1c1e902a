//! The contract's JSON shapes of issues, NIK and KK reports, filled with the words in the
//! reader's language. The reports themselves ([`NikReport`], [`KkReport`], [`Issue`]) are
//! typed facts made by the layers below; the text is written here, at the end.

use super::issue_message;
use crate::issue::{Issue, IssueJson};
use crate::kk::{KkJson, KkReport};
use crate::lang::Lang;
use crate::nik::{NikJson, NikReport, RegionJson};

impl Issue {
    /// The issue as the faces show it, with its message in `lang`.
    pub fn render(&self, lang: Lang) -> IssueJson {
        IssueJson {
            code: self.code,
            severity: self.code.severity(),
            field: self.field(),
            message: issue_message(self, lang),
        }
    }
}

impl NikReport {
    /// The report in the contract's JSON shape, with messages in `lang`. `input` is echoed
    /// as given (the faces pass the original text).
    pub fn to_json(&self, input: &str, lang: Lang) -> NikJson {
        NikJson {
            input: input.to_string(),
            nik: self.nik_str().map(str::to_string),
            valid: self.is_valid(),
            province: self.province.map(RegionJson::from),
            regency: self.regency.map(RegionJson::from),
            district: self.district.map(RegionJson::from),
            sex: self.sex,
            birth_date: self.birth_date,
            serial: self.serial.map(|s| format!("{s:04}")),
            issues: self.issues.iter().map(|i| i.render(lang)).collect(),
        }
    }
}

impl KkReport {
    /// The report in the contract's JSON shape.
    pub fn to_json(&self, input: &str, lang: Lang) -> KkJson {
        KkJson {
            input: input.to_string(),
            kk: self.kk_str().map(str::to_string),
            valid: self.is_valid(),
            province: self.province.map(RegionJson::from),
            regency: self.regency.map(RegionJson::from),
            district: self.district.map(RegionJson::from),
            recorded_date: self.recorded_date,
            serial: self.serial.map(|s| format!("{s:04}")),
            issues: self.issues.iter().map(|i| i.render(lang)).collect(),
        }
    }
}

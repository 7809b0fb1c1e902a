//! Parameters as `layak params` lists them: each value with its history, in JSON and in words,
//! for every set (eligibility, claims, verval).

use crate::confidence::Confidence;
use crate::lang::Lang;
use crate::params::{NamedSet, Scalar};
use crate::region::{self};
use crate::rules::applicant::{Citizenship, Occupation, Program};
use crate::rules::params::*;
use chrono::NaiveDate;
use serde::Serialize;

/// A value shown by `layak params`, in JSON and in words.
pub trait ParamValue {
    /// The value as JSON.
    fn json(&self) -> serde_json::Value;
    /// The value as people read it.
    fn show(&self, lang: Lang) -> String;
}

impl ParamValue for Years {
    fn json(&self) -> serde_json::Value {
        self.0.into()
    }
    fn show(&self, lang: Lang) -> String {
        crate::messages::years(self.0, lang)
    }
}

impl ParamValue for Rupiah {
    fn json(&self) -> serde_json::Value {
        self.0.into()
    }
    fn show(&self, _lang: Lang) -> String {
        crate::messages::rupiah(self.0, _lang)
    }
}

impl ParamValue for Count {
    fn json(&self) -> serde_json::Value {
        self.0.into()
    }
    fn show(&self, lang: Lang) -> String {
        crate::messages::count(self.0, lang)
    }
}

impl ParamValue for RegencyCode {
    fn json(&self) -> serde_json::Value {
        region::RegionCode::regency(self.0).to_string().into()
    }
    fn show(&self, _lang: Lang) -> String {
        let code = region::RegionCode::regency(self.0);
        match region::regency(self.0, NaiveDate::MAX) {
            Some(r) => format!("{code} ({})", r.name),
            None => code.to_string(),
        }
    }
}

impl ParamValue for IfEnrolled {
    fn json(&self) -> serde_json::Value {
        self.outcome().as_str().into()
    }
    fn show(&self, lang: Lang) -> String {
        let code = self.outcome().as_str();
        match lang {
            Lang::Id => format!(
                "{code} ({})",
                crate::messages::outcome_word(self.outcome(), lang)
            ),
            Lang::En => code.to_string(),
        }
    }
}

/// A code that lists show by its code.
pub trait ShownCode {
    /// The code.
    fn code(&self) -> &str;
}
impl ShownCode for Citizenship {
    fn code(&self) -> &str {
        self.as_str()
    }
}
impl ShownCode for Occupation {
    fn code(&self) -> &str {
        self.as_str()
    }
}
impl ShownCode for Program {
    fn code(&self) -> &str {
        self.as_str()
    }
}
impl ShownCode for CategoryCode {
    fn code(&self) -> &str {
        &self.0
    }
}

impl<T: ShownCode> ParamValue for List<T> {
    fn json(&self) -> serde_json::Value {
        self.0.iter().map(|c| c.code()).collect::<Vec<_>>().into()
    }
    fn show(&self, _lang: Lang) -> String {
        self.0
            .iter()
            .map(|c| c.code())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One entry of a parameter, as `layak params` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntryView {
    /// First day.
    pub since: NaiveDate,
    /// The value as JSON (`null`: no value from this day).
    pub value: serde_json::Value,
    /// The value in words, in the chosen language.
    pub shown: Option<String>,
    /// The law or source.
    pub reference: String,
    /// Where it was read, when given apart from the reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// How sure.
    pub confidence: Confidence,
    /// The note in the chosen language.
    pub note: Option<String>,
}

/// One parameter, as `layak params` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParamView {
    /// The dotted key, e.g. `age.max`.
    pub key: String,
    /// What it is, in the chosen language.
    pub label: &'static str,
    /// What the number counts, when the set says (`rupiah`, `working days`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The entry in force on the as-of date, or `null`.
    pub in_force: Option<EntryView>,
    /// Every entry, oldest first.
    pub values: Vec<EntryView>,
}

fn view<T: ParamValue>(
    key: &'static str,
    p: &Option<Param<T>>,
    as_of: NaiveDate,
    lang: Lang,
) -> Option<ParamView> {
    let p = p.as_ref()?;
    let entry = |e: &Dated<T>| EntryView {
        since: e.since.0,
        value: e.value.as_ref().map_or(serde_json::Value::Null, T::json),
        shown: e.value.as_ref().map(|v| v.show(lang)),
        reference: e.reference.clone(),
        source: e.source.clone(),
        confidence: e.confidence,
        note: e.note(lang).map(str::to_string),
    };
    Some(ParamView {
        key: key.to_string(),
        label: crate::messages::param_label(key, lang),
        unit: None,
        in_force: p.entry_on(as_of).map(entry),
        values: p.entries().iter().map(entry).collect(),
    })
}

impl ParamSet {
    /// Every parameter with its history and the entry in force on `as_of`, for people.
    pub fn views(&self, as_of: NaiveDate, lang: Lang) -> Vec<ParamView> {
        let f = self.file();
        [
            view("regency", &f.regency, as_of, lang),
            view("age.min", &f.age.min, as_of, lang),
            view("age.max", &f.age.max, as_of, lang),
            view("citizenship.allowed", &f.citizenship.allowed, as_of, lang),
            view("categories.rentan", &f.categories.rentan, as_of, lang),
            view("categories.insentif", &f.categories.insentif, as_of, lang),
            view("occupations.excluded", &f.occupations.excluded, as_of, lang),
            view("poverty.required_for", &f.poverty.required_for, as_of, lang),
            view(
                "enrolment.if_enrolled",
                &f.enrolment.if_enrolled,
                as_of,
                lang,
            ),
            view("contribution.jkk", &f.contribution.jkk, as_of, lang),
            view("contribution.jkm", &f.contribution.jkm, as_of, lang),
            view("budget.annual", &f.budget.annual, as_of, lang),
            view("targets.rentan", &f.targets.rentan, as_of, lang),
            view("targets.insentif", &f.targets.insentif, as_of, lang),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// A claims or verval value in words: money as rupiah, yes/no as words, other numbers with
/// their unit.
fn show_scalar(v: &Scalar, unit: Option<&str>, lang: Lang) -> String {
    match v {
        Scalar::Whole(n) if unit.is_some_and(|u| u.starts_with("rupiah")) => {
            crate::messages::rupiah(*n, lang)
        }
        Scalar::Whole(n) => match unit.and_then(|u| unit_word(u, lang)) {
            Some(u) => format!("{} {u}", crate::messages::format::grouped(*n, lang)),
            None => crate::messages::format::grouped(*n, lang),
        },
        Scalar::Bool(b) => {
            let (id, en) = if *b { ("ya", "yes") } else { ("tidak", "no") };
            match lang {
                Lang::Id => id.to_string(),
                Lang::En => en.to_string(),
            }
        }
        Scalar::Text(t) => t.clone(),
        Scalar::Words(w) => w.join(", "),
    }
}

/// The unit of a count in words (the data files write units in English).
fn unit_word(unit: &str, lang: Lang) -> Option<&'static str> {
    let (id, en) = match unit.split_whitespace().next()? {
        "months" => ("bulan", "months"),
        "years" => ("tahun", "years"),
        "days" => ("hari", "days"),
        "working" => ("hari kerja", "working days"),
        "children" => ("anak", "children"),
        "participants" => ("peserta", "participants"),
        "percent" => ("persen", "percent"),
        "x" => ("x upah sebulan", "x monthly income"),
        _ => return None,
    };
    Some(match lang {
        Lang::Id => id,
        Lang::En => en,
    })
}

/// Every parameter of a claims or verval set with its history and the entry in force on
/// `as_of`, for people.
pub fn named_views(set: &NamedSet, as_of: NaiveDate, lang: Lang) -> Vec<ParamView> {
    set.all()
        .into_iter()
        .map(|p| {
            let unit = p.unit.as_deref();
            let entry = |e: &Dated<Scalar>| EntryView {
                since: e.since.0,
                value: e
                    .value
                    .as_ref()
                    .map_or(serde_json::Value::Null, Scalar::json),
                shown: e.value.as_ref().map(|v| show_scalar(v, unit, lang)),
                reference: e.reference.clone(),
                source: e.source.clone(),
                confidence: e.confidence,
                note: e.note(lang).map(str::to_string),
            };
            ParamView {
                key: p.name.clone(),
                label: crate::messages::param_label(&p.name, lang),
                unit: p.unit.clone(),
                in_force: p.param.entry_on(as_of).map(entry),
                values: p.param.entries().iter().map(entry).collect(),
            }
        })
        .collect()
}

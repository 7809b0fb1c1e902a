//! Parameter sets: every number, list and limit the rules use, dated and referenced.
//!
//! As in OpenFisca, a parameter is not a constant but a history: a list of values, each with
//! the day it applies from (`since`), the law or source it rests on (`reference`) and how sure
//! we are of it (`confidence`, the domain file's confirmed / likely / unconfirmed). A check
//! takes the value in force on its as-of date, so re-running last year's screening with
//! `--as-of` gives last year's answer, and a rule that changes on 1 July is one more entry,
//! not a code change.
//!
//! The embedded default, `bojonegoro-2025`, is `data/params/bojonegoro-2025.toml`, compiled
//! into the binary as JSON by `build.rs` (the WebAssembly package carries no TOML parser). A
//! parameter file (TOML or JSON on the command line, an object in JavaScript) overrides any
//! part of it: each parameter it names replaces that parameter's whole list of values, and
//! everything else keeps the default. Unknown keys are refused, so a misspelt parameter is
//! an error rather than an override that silently does nothing.
//!
//! ```toml
//! [age.max]
//! [[age.max.values]]
//! since = "2024-01-01"
//! value = 65
//! reference = "Kusumawati & Nawangsari (2026), kajian program"
//! confidence = "unconfirmed"
//! ```
//!
//! [`ParamSet::resolve`] picks the values in force on one date into a [`Resolved`], the
//! small, flat structure the rules read a million times.

use super::applicant::{Citizenship, Occupation, Program};
use super::{Outcome, RuleId};
pub use crate::params::{Basis, Dated, NamedParam, NamedSet, Param, Since};
pub use crate::params::{ParamsError, ParamsErrorKind};
use crate::region::{self, Region};
use chrono::NaiveDate;
use serde::{Serialize, Serializer};
use std::sync::{Arc, OnceLock};

/// The id of the embedded parameter set.
pub const DEFAULT_ID: &str = "bojonegoro-2025";

/// The embedded set, as `build.rs` wrote it in JSON. The WebAssembly package's copy has no
/// notes and sources, which only `layak params` shows.
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/params_bojonegoro-2025.json"));
#[cfg(target_arch = "wasm32")]
static EMBEDDED_JSON: &str = include_str!(concat!(
    env!("OUT_DIR"),
    "/params_bojonegoro-2025.wasm.json"
));

// --- values ----------------------------------------------------------------------------------

/// A number of years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Years(pub u32);

/// An amount in rupiah.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Rupiah(pub u64);

/// A number of people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Count(pub u64);

/// A regency code, `"35.22"`, that must be in the Kemendagri table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegencyCode(pub u16);

impl Serialize for RegencyCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&region::RegionCode::regency(self.0))
    }
}

/// A category code of a programme list, `snake_case` like the contract's (`buruh_tani`).
/// Categories are data, not code: a Keputusan Bupati that adds one is a parameter change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CategoryCode(pub Box<str>);

/// A list without repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct List<T>(pub Vec<T>);

/// What `enrolment.not_enrolled` says about someone already enrolled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IfEnrolled {
    /// Ineligible: already covered.
    Fail,
    /// A person decides.
    Review,
}

impl IfEnrolled {
    /// The rule outcome it gives.
    pub fn outcome(self) -> Outcome {
        match self {
            IfEnrolled::Fail => Outcome::Fail,
            IfEnrolled::Review => Outcome::Review,
        }
    }
}

macro_rules! group {
    ($(#[$m:meta])* $name:ident { $( $(#[$fm:meta])* $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct $name {
            $( $(#[$fm])* pub $field: Option<$ty>, )*
        }

        impl $name {
            fn merge(&mut self, over: $name) {
                $( if over.$field.is_some() { self.$field = over.$field; } )*
            }
        }
    };
}

group!(
    /// `age.*`.
    AgeParams {
        /// Youngest age, in completed years.
        min: Param<Years>,
        /// Oldest age, in completed years, included.
        max: Param<Years>,
    }
);
group!(
    /// `citizenship.*`.
    CitizenshipParams {
        /// Who may be enrolled.
        allowed: Param<List<Citizenship>>,
    }
);
group!(
    /// `categories.*`: the categories of each programme.
    CategoryParams {
        /// Pekerja rentan.
        rentan: Param<List<CategoryCode>>,
        /// Penerima insentif daerah.
        insentif: Param<List<CategoryCode>>,
    }
);
group!(
    /// `occupations.*`.
    OccupationParams {
        /// Statuses that cannot be enrolled.
        excluded: Param<List<Occupation>>,
    }
);
group!(
    /// `poverty.*`.
    PovertyParams {
        /// The programmes that require a listing in the poverty data.
        required_for: Param<List<Program>>,
    }
);
group!(
    /// `enrolment.*`.
    EnrolmentParams {
        /// The outcome for someone already enrolled.
        if_enrolled: Param<IfEnrolled>,
    }
);
group!(
    /// `contribution.*`: the monthly contribution per person.
    ContributionParams {
        /// Work-accident cover (JKK).
        jkk: Param<Rupiah>,
        /// Death cover (JKM).
        jkm: Param<Rupiah>,
    }
);
group!(
    /// `budget.*`.
    BudgetParams {
        /// The regency's budget for the programme in a year.
        annual: Param<Rupiah>,
    }
);
group!(
    /// `targets.*`: enrolment targets.
    TargetParams {
        /// Pekerja rentan.
        rentan: Param<Count>,
        /// Penerima insentif daerah.
        insentif: Param<Count>,
    }
);

/// `rules.*`: the legal basis of rules that read no parameter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleBases {
    /// `identity.nik`.
    pub identity_nik: Option<Basis>,
    /// `enrolment.not_duplicate`.
    pub not_duplicate: Option<Basis>,
}

impl RuleBases {
    fn merge(&mut self, over: RuleBases) {
        if over.identity_nik.is_some() {
            self.identity_nik = over.identity_nik;
        }
        if over.not_duplicate.is_some() {
            self.not_duplicate = over.not_duplicate;
        }
    }
}

/// A parameter file as written: any part of a set. The embedded default is one with every
/// part; an override names only what it changes. [`crate::rules::param_file`] reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParamFile {
    /// The set's id; an override that gives one renames the result.
    pub id: Option<String>,
    /// A title for people.
    pub title: Option<String>,
    /// The regency whose residents are served.
    pub regency: Option<Param<RegencyCode>>,
    /// Age limits.
    pub age: AgeParams,
    /// Citizenship.
    pub citizenship: CitizenshipParams,
    /// Category lists.
    pub categories: CategoryParams,
    /// Excluded occupations.
    pub occupations: OccupationParams,
    /// Poverty data.
    pub poverty: PovertyParams,
    /// Existing enrolment.
    pub enrolment: EnrolmentParams,
    /// Contribution amounts.
    pub contribution: ContributionParams,
    /// Budget.
    pub budget: BudgetParams,
    /// Targets.
    pub targets: TargetParams,
    /// Bases of rules without parameters.
    pub rules: RuleBases,
    /// Claims parameters (`jkm.santunan_sekaligus`...), in an override.
    pub claims: Vec<NamedParam>,
    /// Verval parameters (`quota.rentan`...), in an override.
    pub verval: Vec<NamedParam>,
    /// Whether the file names an eligibility parameter or rule basis (set by the reader).
    pub eligibility: bool,
}

impl ParamFile {
    fn merge(&mut self, over: ParamFile) {
        if over.id.is_some() {
            self.id = over.id;
        }
        if over.title.is_some() {
            self.title = over.title;
        }
        if over.regency.is_some() {
            self.regency = over.regency;
        }
        self.age.merge(over.age);
        self.citizenship.merge(over.citizenship);
        self.categories.merge(over.categories);
        self.occupations.merge(over.occupations);
        self.poverty.merge(over.poverty);
        self.enrolment.merge(over.enrolment);
        self.contribution.merge(over.contribution);
        self.budget.merge(over.budget);
        self.targets.merge(over.targets);
        self.rules.merge(over.rules);
    }
}

// --- the set ---------------------------------------------------------------------------------

/// The complete parameters of layak: the eligibility set, the claims set and the verval set,
/// each the embedded default, possibly with an override laid on top.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamSet {
    file: ParamFile,
    claims: Arc<NamedSet>,
    verval: Arc<NamedSet>,
}

fn need<'a, T>(p: &'a Option<T>, key: &str) -> Result<&'a T, ParamsError> {
    p.as_ref()
        .ok_or_else(|| ParamsError::invalid(Some(key.to_string()), "this parameter is missing"))
}

/// The value of `p` in force on `on`, with its entry.
fn in_force<'a, T>(
    p: &'a Option<Param<T>>,
    key: &str,
    on: NaiveDate,
) -> Result<(&'a T, &'a Dated<T>), ParamsError> {
    let param = need(p, key)?;
    let entry = param.entry_on(on);
    match entry.and_then(|e| e.value.as_ref().map(|v| (v, e))) {
        Some(found) => Ok(found),
        None => Err(ParamsError {
            kind: ParamsErrorKind::NotInForce {
                on,
                starts: match entry {
                    None => param.entries().first().map(|e| e.since.0),
                    Some(_) => None,
                },
                ended: entry.map(|e| e.since.0),
            },
            file: None,
            line: None,
            key: Some(key.to_string()),
            detail: String::new(),
        }),
    }
}

fn basis_of<T>(e: &Dated<T>) -> Basis {
    Basis {
        reference: e.reference.clone(),
        confidence: e.confidence,
    }
}

impl ParamSet {
    /// The embedded sets (`bojonegoro-2025`, the claims and the verval set), read once.
    pub fn embedded() -> Result<&'static ParamSet, ParamsError> {
        static SET: OnceLock<Result<ParamSet, ParamsError>> = OnceLock::new();
        SET.get_or_init(|| {
            crate::params::tree(EMBEDDED_JSON)
                .and_then(|v| ParamFile::from_json_value(&v))
                .map_err(|e| e.in_file("data/params/bojonegoro-2025.toml"))
                .and_then(ParamSet::complete)
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// A set from an eligibility file that must give every eligibility parameter, with the
    /// embedded claims and verval sets.
    pub fn complete(file: ParamFile) -> Result<ParamSet, ParamsError> {
        need(&file.id, "id")?;
        need(&file.regency, "regency")?;
        need(&file.age.min, "age.min")?;
        need(&file.age.max, "age.max")?;
        need(&file.citizenship.allowed, "citizenship.allowed")?;
        need(&file.categories.rentan, "categories.rentan")?;
        need(&file.categories.insentif, "categories.insentif")?;
        need(&file.occupations.excluded, "occupations.excluded")?;
        need(&file.poverty.required_for, "poverty.required_for")?;
        need(&file.enrolment.if_enrolled, "enrolment.if_enrolled")?;
        need(&file.contribution.jkk, "contribution.jkk")?;
        need(&file.contribution.jkm, "contribution.jkm")?;
        need(&file.budget.annual, "budget.annual")?;
        need(&file.targets.rentan, "targets.rentan")?;
        need(&file.targets.insentif, "targets.insentif")?;
        need(&file.rules.identity_nik, "rules.\"identity.nik\"")?;
        need(
            &file.rules.not_duplicate,
            "rules.\"enrolment.not_duplicate\"",
        )?;
        let [claims, verval] = crate::params::embedded_named()?;
        let mut file = file;
        Ok(ParamSet {
            claims: NamedSet::layer(
                &claims,
                std::mem::take(&mut file.claims),
                Some(&claims.meta.id),
            ),
            verval: NamedSet::layer(
                &verval,
                std::mem::take(&mut file.verval),
                Some(&verval.meta.id),
            ),
            file,
        })
    }

    /// This set with `over` laid on top: each parameter `over` names, of any of the three
    /// sets, replaces that parameter's values. Each set the override changes is renamed to
    /// the override's `id`, or else to `<id>+override`, so a result always says that it
    /// used a changed set; the sets it leaves alone keep their names.
    pub fn with(&self, mut over: ParamFile) -> ParamSet {
        let id = over.id.as_deref();
        let claims = NamedSet::layer(&self.claims, std::mem::take(&mut over.claims), id);
        let verval = NamedSet::layer(&self.verval, std::mem::take(&mut over.verval), id);
        let mut file = self.file.clone();
        let unchanged = Arc::ptr_eq(&claims, &self.claims) && Arc::ptr_eq(&verval, &self.verval);
        // An override that names no eligibility parameter leaves that set and its name
        // alone, unless it names nothing else either (an `id` alone renames it).
        if over.eligibility || unchanged {
            over.id = Some(over.id.unwrap_or_else(|| format!("{}+override", self.id())));
            file.merge(over);
        }
        ParamSet {
            file,
            claims,
            verval,
        }
    }

    /// The claims set: amounts, payment periods, limits (`data/claims/params.toml`).
    pub fn claims(&self) -> &Arc<NamedSet> {
        &self.claims
    }

    /// The verval set: cycle, quota, ranking (`data/verval/params.toml`).
    pub fn verval(&self) -> &Arc<NamedSet> {
        &self.verval
    }

    /// The set's id.
    pub fn id(&self) -> &str {
        self.file.id.as_deref().unwrap_or(DEFAULT_ID)
    }

    /// The set's title.
    pub fn title(&self) -> &str {
        self.file.title.as_deref().unwrap_or("")
    }

    /// The file behind the set.
    pub fn file(&self) -> &ParamFile {
        &self.file
    }

    /// The values in force on `as_of`, in the flat form the rules read. Fails when a value
    /// the rules need has none on that day (a date before the set begins), or when the
    /// values in force contradict each other.
    pub fn resolve(&self, as_of: NaiveDate) -> Result<Resolved, ParamsError> {
        let f = &self.file;
        let (regency, regency_e) = in_force(&f.regency, "regency", as_of)?;
        let (min, min_e) = in_force(&f.age.min, "age.min", as_of)?;
        let (max, max_e) = in_force(&f.age.max, "age.max", as_of)?;
        if min.0 > max.0 {
            return Err(ParamsError::invalid(
                Some("age.min".into()),
                format!(
                    "on {as_of} the minimum age {} is above the maximum age {}",
                    min.0, max.0
                ),
            ));
        }
        let (allowed, allowed_e) = in_force(&f.citizenship.allowed, "citizenship.allowed", as_of)?;
        let (rentan, rentan_e) = in_force(&f.categories.rentan, "categories.rentan", as_of)?;
        let (insentif, insentif_e) =
            in_force(&f.categories.insentif, "categories.insentif", as_of)?;
        if let Some(both) = rentan.0.iter().find(|c| insentif.0.contains(c)) {
            return Err(ParamsError::invalid(
                Some("categories".into()),
                format!(
                    "on {as_of} the category {:?} is on both programme lists",
                    both.0
                ),
            ));
        }
        let (excluded, excluded_e) =
            in_force(&f.occupations.excluded, "occupations.excluded", as_of)?;
        if excluded.0.contains(&Occupation::None) {
            return Err(ParamsError::invalid(
                Some("occupations.excluded".into()),
                "\"none\" cannot be excluded: it means none of the excluded statuses",
            ));
        }
        let (poverty, poverty_e) =
            in_force(&f.poverty.required_for, "poverty.required_for", as_of)?;
        let (if_enrolled, if_enrolled_e) =
            in_force(&f.enrolment.if_enrolled, "enrolment.if_enrolled", as_of)?;
        let nik_basis = need(&f.rules.identity_nik, "rules.\"identity.nik\"")?.clone();
        let dup_basis = need(&f.rules.not_duplicate, "rules.\"enrolment.not_duplicate\"")?.clone();

        let category_any = if rentan_e.reference == insentif_e.reference {
            basis_of(rentan_e)
        } else {
            Basis {
                reference: format!("{}; {}", rentan_e.reference, insentif_e.reference),
                confidence: rentan_e.confidence.min_with(insentif_e.confidence),
            }
        };
        let mut bases: [Basis; RuleId::COUNT] = std::array::from_fn(|_| nik_basis.clone());
        bases[RuleId::IdentityCitizenship.index()] = basis_of(allowed_e);
        bases[RuleId::DomicileRegency.index()] = basis_of(regency_e);
        bases[RuleId::AgeMin.index()] = basis_of(min_e);
        bases[RuleId::AgeMax.index()] = basis_of(max_e);
        bases[RuleId::CategoryListed.index()] = category_any;
        bases[RuleId::OccupationNotExcluded.index()] = basis_of(excluded_e);
        bases[RuleId::PovertyListed.index()] = basis_of(poverty_e);
        bases[RuleId::EnrolmentNotEnrolled.index()] = basis_of(if_enrolled_e);
        bases[RuleId::EnrolmentNotDuplicate.index()] = dup_basis;

        let regency_region = region::regency(regency.0, as_of).ok_or_else(|| {
            ParamsError::invalid(
                Some("regency".into()),
                "not in the Kemendagri regency table",
            )
        })?;
        Ok(Resolved {
            id: self.id().to_string(),
            as_of,
            regency: regency_region,
            age_min: min.0,
            age_max: max.0,
            citizenship: allowed.0.iter().fold(0, |m, c| m | c.bit()),
            categories: [
                rentan.0.iter().map(|c| c.0.clone()).collect(),
                insentif.0.iter().map(|c| c.0.clone()).collect(),
            ],
            category_bases: [basis_of(rentan_e), basis_of(insentif_e)],
            excluded: excluded.0.iter().fold(0, |m, o| m | o.bit()),
            poverty_required: poverty.0.iter().fold(0, |m, p| m | p.bit()),
            if_enrolled: *if_enrolled,
            bases,
        })
    }
}

// --- resolved --------------------------------------------------------------------------------

/// The values in force on one date, flat and small: what the rules read for every applicant.
/// Lists of codes are bit sets; category lists are short and compared without allocating.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The set's id, as results name it.
    pub id: String,
    /// The as-of date the values were chosen for.
    pub as_of: NaiveDate,
    /// The regency whose residents are served.
    pub regency: Region,
    /// Youngest age, completed years.
    pub age_min: u32,
    /// Oldest age, completed years, included.
    pub age_max: u32,
    citizenship: u8,
    categories: [Box<[Box<str>]>; 2],
    category_bases: [Basis; 2],
    excluded: u16,
    poverty_required: u8,
    /// The outcome for someone already enrolled.
    pub if_enrolled: IfEnrolled,
    bases: [Basis; RuleId::COUNT],
}

impl Resolved {
    /// Whether this citizenship may be enrolled.
    pub fn allows(&self, c: Citizenship) -> bool {
        self.citizenship & c.bit() != 0
    }

    /// The citizenships that may be enrolled.
    pub fn allowed_citizenships(&self) -> impl Iterator<Item = Citizenship> + '_ {
        [Citizenship::Wni, Citizenship::Wna]
            .into_iter()
            .filter(|c| self.allows(*c))
    }

    /// The programme whose list has this category, if any. The category is compared as a
    /// code (`crate::read::key`): `Buruh Tani` and `buruh-tani` are `buruh_tani`.
    pub fn category_program(&self, category: &str) -> Option<Program> {
        let find = |k: &str| {
            Program::ALL.into_iter().find(|p| {
                self.categories[*p as usize]
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(k))
            })
        };
        // Most rows write the code itself; only the others are turned into a key.
        find(category).or_else(|| find(crate::read::key::Key::of(category)?.as_str()))
    }

    /// The categories of a programme.
    pub fn categories(&self, p: Program) -> &[Box<str>] {
        &self.categories[p as usize]
    }

    /// Whether an occupation is excluded.
    pub fn excludes(&self, o: Occupation) -> bool {
        self.excluded & o.bit() != 0
    }

    /// Whether a programme requires a listing in the poverty data.
    pub fn requires_poverty_listing(&self, p: Program) -> bool {
        self.poverty_required & p.bit() != 0
    }

    /// The legal basis of a rule; for `category.listed`, of the programme's list when the
    /// programme is known.
    pub fn basis(&self, rule: RuleId, program: Option<Program>) -> &Basis {
        match (rule, program) {
            (RuleId::CategoryListed, Some(p)) => &self.category_bases[p as usize],
            _ => &self.bases[rule.index()],
        }
    }
}

impl ParamSet {
    /// The monthly contribution per person on `as_of` (JKK + JKM), if both are in force.
    pub fn monthly_contribution(&self, as_of: NaiveDate) -> Option<u64> {
        let f = &self.file;
        let jkk = in_force(&f.contribution.jkk, "contribution.jkk", as_of)
            .ok()?
            .0;
        let jkm = in_force(&f.contribution.jkm, "contribution.jkm", as_of)
            .ok()?
            .0;
        jkk.0.checked_add(jkm.0)
    }
}

#[cfg(test)]
mod tests;

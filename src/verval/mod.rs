//! The programme over time: the twice-yearly verification and validation round (*verval*),
//! deaths and the claims they start, the quota of places and the budget (`layak verval`).
//!
//! `layak check` and `layak screen` judge records on one day. The programme's work happens
//! over time: every six months each kecamatan updates the participant list; deaths reach
//! the office months late; the budget is fixed for the year, so the eligible pool has to
//! become a ranked list that fits the places. A verval run takes
//!
//! - the **enrolled** list (the screening columns, plus `tanggal_daftar`, `no_peserta`,
//!   optional `iuran_sampai`), judged on the as-of date and again up to the next round
//!   ([`enrolled`]): every row lands in exactly one of `stay.csv`, `leave.csv`, `review.csv`,
//!   `errors.csv`;
//! - any number of **deaths** lists ([`deaths`]), merged; each death of a participant gives
//!   a row of `claims.csv` (the JKM claim to start, by the claims rules of
//!   [`crate::claims`]); the others go to `deaths-unmatched.csv`;
//! - optionally the **candidates** (the screening layout, optional `desil`), judged by the
//!   same rules, ranked and admitted while places are free ([`quota`]): `admit.csv`,
//!   `waitlist.csv`, `not-admitted.csv`;
//!
//! and writes `summary.json` ([`summary`]) with the budget ([`budget`]). Every file keeps the
//! input columns, then the new ones. Rows in = rows out, for the enrolled list and for the
//! candidates. Memory: one row at a time, plus the NIK sets and, for the candidates, 16 bytes
//! per eligible row for the ranking; the candidates file is read twice (judged, then written
//! in rank order's files) rather than held.

pub mod budget;
pub mod deaths;
pub mod enrolled;
pub mod output;
pub mod params;
pub mod quota;
mod rows;
pub mod summary;
pub mod table;
pub mod words;

use crate::claims::{self, coverage, ClaimOptions};
use crate::lang::Lang;
use crate::rules::applicant::{Field, Program};
use crate::rules::evaluate::evaluate;
use crate::rules::params::{ParamSet, ParamsError};
use crate::rules::Decision;
use crate::screen::columns::Column;
use crate::screen::nikset::NikSet;
use chrono::{Months, NaiveDate};
use output::{CsvOut, OutFile, Sink};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use table::{Extra, Header, ListProblem, Row, Source};
use words as text;

/// Opens a list (again: the candidates are read twice).
pub type Opener<'a> = Box<dyn FnMut() -> Result<Source<'a>, ListProblem> + 'a>;

/// What a run reads.
pub struct Inputs<'a> {
    /// The enrolled participants.
    pub enrolled: Opener<'a>,
    /// The candidates, if any.
    pub candidates: Option<Opener<'a>>,
    /// The deaths lists, in order.
    pub deaths: Vec<Opener<'a>>,
}

/// How a run judges.
#[derive(Debug, Clone)]
pub struct VervalOptions {
    /// The day of the round.
    pub as_of: NaiveDate,
    /// The day of the next round (default: as-of plus `verval.interval_months`).
    pub next: Option<NaiveDate>,
    /// Message language.
    pub lang: Lang,
    /// Mask NIK and KK numbers in the outputs.
    pub mask: bool,
    /// An override given the old way (`--verval-params`, deprecated): the text of a JSON
    /// file, in the one parameter format or the old list layout
    /// ([`params::legacy_override`]), laid on the set after any `--params`.
    pub verval_params: Option<String>,
}

/// Why a run cannot be made. Nothing has been committed when it fails.
#[derive(Debug, thiserror::Error)]
pub enum VervalError {
    /// The eligibility parameters have no values on a date the run needs.
    #[error("parameters: {0}")]
    Params(#[from] ParamsError),
    /// The verval parameters cannot be used.
    #[error("verval parameters: {0}")]
    VervalParams(#[from] params::VervalParamsError),
    /// `--next` is not after the as-of date.
    #[error("the next round ({next}) must be after the as-of date ({as_of})")]
    NextNotAfter {
        /// As-of.
        as_of: NaiveDate,
        /// Next.
        next: NaiveDate,
    },
    /// A list cannot be read.
    #[error("{list}: {problem}")]
    List {
        /// `enrolled`, `candidates` or `deaths N`.
        list: String,
        /// Why.
        problem: ListProblem,
    },
    /// Writing failed.
    #[error("writing the results: {0}")]
    Write(#[from] std::io::Error),
}

#[derive(Default)]
struct Places {
    by_kecamatan: FxHashMap<u32, summary::PlaceCounts>,
    by_desa: FxHashMap<u64, summary::PlaceCounts>,
}

#[derive(Clone, Copy)]
enum Count {
    Stay,
    Leave,
    Review,
    Death,
    Admitted,
    Waiting,
}

impl Places {
    fn add(&mut self, village: Option<u64>, what: Count) {
        let v = village.unwrap_or(0);
        let k = u32::try_from(v / 10_000).unwrap_or(0);
        for c in [
            self.by_desa.entry(v).or_default(),
            self.by_kecamatan.entry(k).or_default(),
        ] {
            match what {
                Count::Stay => c.stay += 1,
                Count::Leave => c.leave += 1,
                Count::Review => c.review += 1,
                Count::Death => c.deaths += 1,
                Count::Admitted => c.admitted += 1,
                Count::Waiting => c.waiting += 1,
            }
        }
    }

    fn finish(
        self,
        as_of: NaiveDate,
    ) -> (
        BTreeMap<String, summary::PlaceCounts>,
        BTreeMap<String, summary::PlaceCounts>,
    ) {
        let mut kec = BTreeMap::new();
        for (k, mut c) in self.by_kecamatan {
            let key = if k == 0 {
                "unknown".to_string()
            } else {
                crate::region::RegionCode::district(k).to_string()
            };
            c.name = crate::region::district(k, as_of)
                .map(|r| r.name.to_string())
                .unwrap_or_default();
            kec.insert(key, c);
        }
        let mut desa = BTreeMap::new();
        for (v, mut c) in self.by_desa {
            let key = if v == 0 {
                "unknown".to_string()
            } else {
                rows::village_text(v)
            };
            if v != 0 {
                let (name, kecamatan) = rows::names(v, as_of);
                c.name = name;
                c.kecamatan = Some(kecamatan);
            }
            desa.insert(key, c);
        }
        (kec, desa)
    }
}

fn list_error(list: impl Into<String>) -> impl FnOnce(ListProblem) -> VervalError {
    let list = list.into();
    move |problem| VervalError::List { list, problem }
}

/// Runs a verval round: reads `inputs`, writes every file to `sink`, commits, and returns the
/// summary. On an error nothing is committed.
pub fn run(
    set: &ParamSet,
    inputs: Inputs<'_>,
    o: &VervalOptions,
    sink: &mut dyn Sink,
) -> Result<summary::Summary, VervalError> {
    let overridden;
    let set = match &o.verval_params {
        Some(text) => {
            let tree = params::legacy_override(text)?;
            overridden = set.with(crate::rules::params::ParamFile::from_json_value(&tree)?);
            &overridden
        }
        None => set,
    };
    let vp = params::resolve(set.verval(), o.as_of)?;
    let next = match o.next {
        Some(n) => n,
        None => o
            .as_of
            .checked_add_months(Months::new(vp.interval_months))
            .unwrap_or(o.as_of),
    };
    if next <= o.as_of {
        return Err(VervalError::NextNotAfter {
            as_of: o.as_of,
            next,
        });
    }
    let now = set.resolve(o.as_of)?;
    let later = set.resolve(next)?;
    let clock = enrolled::Clock {
        set,
        now: &now,
        next: &later,
    };
    let lang = o.lang;
    let Inputs {
        enrolled: mut open_enrolled,
        candidates: open_candidates,
        deaths: death_lists,
    } = inputs;

    // 1. Deaths, merged.
    let mut deaths = deaths::Deaths::default();
    let lists = death_lists.len();
    for (i, mut open) in death_lists.into_iter().enumerate() {
        let source = open().map_err(list_error(format!("deaths {}", i + 1)))?;
        deaths
            .read(source, i + 1)
            .map_err(list_error(format!("deaths {}", i + 1)))?;
    }

    // 2. The enrolled list.
    let mut stay = CsvOut::new(OutFile::Stay);
    let mut leave = CsvOut::new(OutFile::Leave);
    let mut review = CsvOut::new(OutFile::Review);
    let mut errors = CsvOut::new(OutFile::Errors);
    let mut claims_out = CsvOut::new(OutFile::Claims);
    claims_out.row(CLAIM_COLUMNS);
    let mut counts = summary::EnrolledCounts::default();
    let mut places = Places::default();
    let mut seen = NikSet::default();
    let mut continuing: FxHashMap<Program, u64> = FxHashMap::default();
    let mut late_reports = 0u64;
    let mut matched = 0u64;
    let claim_options = ClaimOptions {
        as_of: o.as_of,
        lang,
        calendar: claims::calendar::Calendar::new(),
        params: set.claims().clone(),
    };
    let mut write_error: Option<std::io::Error> = None;
    {
        let mut row = |h: &Header, r: Option<Row<'_>>| {
            let Some(r) = r else {
                let names = h.names.iter().map(String::as_str);
                stay.row(names.clone().chain(["ends_on", "ends_because", "message"]));
                leave.row(names.clone().chain(["reasons", "message"]));
                review.row(names.chain(["reasons", "message"]));
                errors.row(["line", "message", "content"]);
                return;
            };
            counts.rows += 1;
            let (record, line) = match r {
                Row::Fields { record, line, .. } => (record, line),
                Row::Unreadable {
                    number,
                    problem,
                    content,
                } => {
                    counts.errors += 1;
                    let content = if o.mask {
                        crate::privacy::mask_text(&content).into_owned()
                    } else {
                        content
                    };
                    errors.row([
                        number.to_string().as_str(),
                        &crate::screen::words::row_problem(problem, lang),
                        &content,
                    ]);
                    return;
                }
            };
            let mut a = rows::applicant(h, record);
            enrolled::as_participant(&mut a, enrolled::has_poverty_column(h));
            let e = evaluate(&a, &now);
            let key = rows::nik_key(&e);
            let village = rows::village(&a);
            let mut extra_fail: Vec<&'static str> = Vec::new();
            let mut extra_review: Vec<&'static str> = Vec::new();
            let duplicate = key.is_some_and(|k| !seen.insert(k));
            if let Some(d) = key.and_then(|k| deaths.by_nik.get_mut(&k)) {
                if d.dates_differ {
                    extra_review.extend(["status.died", "death.dates_differ"]);
                } else if d.death_date <= o.as_of {
                    extra_fail.push("status.died");
                } else {
                    // A date of death after the as-of date: a typing error to look at.
                    extra_review.push("status.died");
                }
                if !d.matched && !duplicate {
                    d.matched = true;
                    matched += 1;
                    places.add(village, Count::Death);
                    let late = claim_row(&mut claims_out, h, record, &a, d, &claim_options, o.mask);
                    if late {
                        late_reports += 1;
                    }
                }
            }
            if duplicate {
                extra_fail.push("enrolment.not_duplicate");
            }
            let verdict = match enrolled::judge(&e, &a, &clock) {
                enrolled::Verdict::Leave(f) => {
                    let mut all = extra_fail;
                    all.extend(f);
                    enrolled::Verdict::Leave(all)
                }
                _ if !extra_fail.is_empty() => enrolled::Verdict::Leave(extra_fail),
                enrolled::Verdict::Review(mut r) => {
                    r.extend(extra_review);
                    enrolled::Verdict::Review(r)
                }
                _ if !extra_review.is_empty() => enrolled::Verdict::Review(extra_review),
                v => v,
            };
            match verdict {
                enrolled::Verdict::Stay(ends) => {
                    counts.stay += 1;
                    places.add(village, Count::Stay);
                    if let Some(p) = a.program.given() {
                        *continuing.entry(p).or_default() += 1;
                    }
                    let (on, why) = match ends {
                        Some((d, why)) => {
                            counts.ending_before_next += 1;
                            *counts.ends_because.entry(why).or_default() += 1;
                            (d.to_string(), why)
                        }
                        None => (String::new(), ""),
                    };
                    let message = text::stay(ends, lang);
                    rows::write(
                        &mut stay,
                        h,
                        record,
                        line,
                        o.mask,
                        [on.as_str(), why, &message],
                    );
                }
                enrolled::Verdict::Leave(reasons) => {
                    counts.leave += 1;
                    places.add(village, Count::Leave);
                    for r in &reasons {
                        *counts.leave_reasons.entry(r).or_default() += 1;
                    }
                    let message = text::leave(&reasons, lang);
                    let reasons = reasons.join(";");
                    rows::write(
                        &mut leave,
                        h,
                        record,
                        line,
                        o.mask,
                        [reasons.as_str(), &message],
                    );
                }
                enrolled::Verdict::Review(reasons) => {
                    counts.review += 1;
                    places.add(village, Count::Review);
                    for r in &reasons {
                        *counts.review_reasons.entry(r).or_default() += 1;
                    }
                    let message = text::review(&reasons, lang);
                    let reasons = reasons.join(";");
                    rows::write(
                        &mut review,
                        h,
                        record,
                        line,
                        o.mask,
                        [reasons.as_str(), &message],
                    );
                }
            }
            for out in [
                &mut stay,
                &mut leave,
                &mut review,
                &mut errors,
                &mut claims_out,
            ] {
                if write_error.is_none() {
                    if let Err(err) = out.flush_if_full(sink) {
                        write_error = Some(err);
                    }
                }
            }
        };
        let source = open_enrolled().map_err(list_error("enrolled"))?;
        table::read(source, &mut row).map_err(list_error("enrolled"))?;
    }
    if let Some(e) = write_error.take() {
        return Err(e.into());
    }
    for out in [
        &mut stay,
        &mut leave,
        &mut review,
        &mut errors,
        &mut claims_out,
    ] {
        out.flush(sink)?;
    }

    // 3. Deaths that match no participant, and death rows that could not be used.
    let mut unmatched = CsvOut::new(OutFile::DeathsUnmatched);
    unmatched.row([
        "nik",
        "death_date",
        "reported_date",
        "reports",
        "list",
        "line",
        "reason",
        "message",
    ]);
    let mut rest: Vec<&deaths::Death> = deaths.by_nik.values().filter(|d| !d.matched).collect();
    rest.sort_by_key(|d| d.first_seen);
    let unmatched_count = rest.len() as u64;
    for d in rest {
        let nik = if o.mask {
            crate::privacy::mask_id(&d.nik)
        } else {
            d.nik.clone()
        };
        unmatched.row([
            nik.as_str(),
            &d.death_date.to_string(),
            &d.reported.map(|r| r.to_string()).unwrap_or_default(),
            &d.reports.to_string(),
            &d.first_seen.0.to_string(),
            &d.first_seen.1.to_string(),
            "not_enrolled",
            &text::death_unmatched(lang),
        ]);
    }
    for b in &deaths.bad {
        let nik = if o.mask {
            crate::privacy::mask_id(&b.nik)
        } else {
            b.nik.clone()
        };
        unmatched.row([
            nik.as_str(),
            "",
            "",
            "",
            &b.at.0.to_string(),
            &b.at.1.to_string(),
            b.field,
            &text::death_unreadable(b.field, lang),
        ]);
    }
    unmatched.flush(sink)?;

    // 4. Candidates and the quota.
    let annual = set
        .file()
        .budget
        .annual
        .as_ref()
        .and_then(|p| p.entry_on(o.as_of))
        .and_then(|e| e.value)
        .map(|r| r.0);
    let monthly = set.monthly_contribution(o.as_of);
    let (quota_r, quota_i) = quota::quotas(&vp, annual, monthly);
    let mut programs: BTreeMap<&'static str, summary::ProgramCounts> = BTreeMap::new();
    for (p, q) in [(Program::Rentan, quota_r), (Program::Insentif, quota_i)] {
        let c = continuing.get(&p).copied().unwrap_or(0);
        programs.insert(
            p.as_str(),
            summary::ProgramCounts {
                quota: q,
                continuing: c,
                free: q.saturating_sub(c),
                admitted: 0,
                waiting: 0,
            },
        );
    }
    let candidate_counts = match open_candidates {
        None => None,
        Some(open) => Some(candidates(
            open,
            &seen,
            &now,
            o,
            &vp,
            &mut programs,
            &mut places,
            sink,
        )?),
    };

    // 5. Budget and summary.
    let admitted: u64 = programs.values().map(|p| p.admitted).sum();
    let budget = budget::compute(counts.stay + admitted, monthly, annual, o.as_of);
    let (by_kecamatan, by_desa) = places.finish(o.as_of);
    let s = summary::Summary {
        as_of: o.as_of.to_string(),
        next: next.to_string(),
        parameters: now.id.clone(),
        verval_parameters: vp.used.clone(),
        enrolled: counts,
        candidates: candidate_counts,
        deaths: summary::DeathCounts {
            lists: lists as u64,
            rows: deaths.rows,
            deaths: deaths.by_nik.len() as u64,
            repeated_reports: deaths.repeated,
            dates_differ: deaths.by_nik.values().filter(|d| d.dates_differ).count() as u64,
            unreadable: deaths.bad.len() as u64,
        },
        deaths_matched: matched,
        deaths_unmatched: unmatched_count,
        late_reports,
        programs,
        budget,
        by_kecamatan,
        by_desa,
    };
    let json = serde_json::to_vec_pretty(&s).map_err(std::io::Error::other)?;
    sink.write(OutFile::Summary, &json)?;
    sink.write(OutFile::Summary, b"\n")?;
    sink.commit()?;
    Ok(s)
}

/// The columns of `claims.csv`.
const CLAIM_COLUMNS: [&str; 18] = [
    "nik",
    "nama",
    "program",
    "kode_desa",
    "no_peserta",
    "tanggal_daftar",
    "death_date",
    "reported_date",
    "report_days",
    "report_late",
    "covered",
    "benefit_total",
    "documents",
    "documents_by_heir",
    "payment_working_days",
    "dates_differ",
    "reports",
    "message",
];

/// Writes the claims row of a participant who died; returns whether the report was late.
#[allow(clippy::too_many_arguments)]
fn claim_row(
    out: &mut CsvOut,
    h: &Header,
    record: &crate::screen::record::Record,
    a: &crate::rules::applicant::Applicant<'_>,
    d: &deaths::Death,
    options: &ClaimOptions,
    mask: bool,
) -> bool {
    use crate::claims::json::{Json, Map};
    let start = h
        .text(record, Extra::TanggalDaftar)
        .and_then(crate::read::dates::date);
    let paid = h
        .text(record, Extra::IuranSampai)
        .and_then(coverage::parse_month);
    let s = |v: &str| Json::String(v.to_string());
    let mut m = vec![
        ("type".to_string(), s("jkm")),
        ("death_date".to_string(), s(&d.death_date.to_string())),
        ("relation".to_string(), s("spouse")),
        ("family".to_string(), Json::Array(vec![s("spouse")])),
    ];
    if let Some(r) = d.reported {
        m.push(("reported_date".to_string(), s(&r.to_string())));
    }
    if let Some(st) = start {
        m.push(("membership_start".to_string(), s(&st.to_string())));
    }
    let c = crate::api::check_claim(&Json::Object(Map(m)), options);
    let limit = claims::params::value(
        &options.params,
        claims::params::names::DEATH_REPORT_DAYS,
        d.death_date,
    )
    .map(|v| v.value)
    .unwrap_or(30);
    let report_days = d.reported.map(|r| (r - d.death_date).num_days());
    let late = match report_days {
        Some(days) => days > limit,
        None => (options.as_of - d.death_date).num_days() > limit,
    };
    let covered = coverage::at_death(start, paid, d.death_date).map(|c| c.is_ok());
    // A death list does not know the heir: the papers every usual heir brings, and what
    // each brings beside them, from the checklist of `layak claim`.
    let by_heir = claims::checklist::by_heir(
        claims::ClaimType::Jkm,
        &claims::input::ClaimInput {
            kind: Some(claims::ClaimType::Jkm),
            death_date: Some(d.death_date),
            ..Default::default()
        },
    );
    let yes_no = |b: Option<bool>| match b {
        Some(true) => "true",
        Some(false) => "false",
        None => "",
    };
    let nik = if mask {
        crate::privacy::mask_id(&d.nik)
    } else {
        d.nik.clone()
    };
    let no_peserta = h.text(record, Extra::NoPeserta).unwrap_or("");
    let village = h
        .layout
        .get(Column::VillageCode)
        .map(|i| record.get(i).trim())
        .unwrap_or("");
    let message = text::claim(
        c.benefit.total,
        late.then_some(limit),
        covered,
        d.dates_differ,
        options.lang,
    );
    out.row([
        nik.as_str(),
        if mask { "" } else { a.name.unwrap_or("") },
        a.program.given().map_or("", Program::as_str),
        village,
        no_peserta,
        &start.map(|d| d.to_string()).unwrap_or_default(),
        &d.death_date.to_string(),
        &d.reported.map(|r| r.to_string()).unwrap_or_default(),
        &report_days.map(|x| x.to_string()).unwrap_or_default(),
        yes_no(Some(late)),
        yes_no(covered),
        &c.benefit.total.map(|t| t.to_string()).unwrap_or_default(),
        &text::common_documents(&by_heir, options.lang),
        &text::documents_by_heir(&by_heir, options.lang),
        &c.deadlines
            .payment_working_days
            .map(|x| x.to_string())
            .unwrap_or_default(),
        yes_no(Some(d.dates_differ)),
        &d.reports.to_string(),
        &message,
    ]);
    late
}

/// Judges, ranks and writes the candidates.
#[allow(clippy::too_many_arguments)]
fn candidates(
    mut open: Opener<'_>,
    enrolled: &NikSet,
    now: &crate::rules::params::Resolved,
    o: &VervalOptions,
    vp: &params::VervalParams,
    programs: &mut BTreeMap<&'static str, summary::ProgramCounts>,
    places: &mut Places,
    sink: &mut dyn Sink,
) -> Result<summary::CandidateCounts, VervalError> {
    let lang = o.lang;
    let mut counts = summary::CandidateCounts::default();
    let mut not_admitted = CsvOut::new(OutFile::NotAdmitted);
    let mut eligible: Vec<quota::Eligible> = Vec::new();
    let mut seen = NikSet::default();
    let mut write_error = None;
    {
        let mut row = |h: &Header, r: Option<Row<'_>>| {
            let Some(r) = r else {
                not_admitted.row(
                    h.names
                        .iter()
                        .map(String::as_str)
                        .chain(["line", "reasons", "message"]),
                );
                return;
            };
            counts.rows += 1;
            let width = h.names.len();
            let (number, record, line) = match r {
                Row::Fields {
                    number,
                    record,
                    line,
                } => (number, record, line),
                Row::Unreadable {
                    number,
                    problem,
                    content,
                } => {
                    counts.unreadable += 1;
                    counts.not_admitted += 1;
                    let content = if o.mask {
                        crate::privacy::mask_text(&content).into_owned()
                    } else {
                        content
                    };
                    let message = format!(
                        "{}: {content}",
                        crate::screen::words::row_problem(problem, lang)
                    );
                    let line = number.to_string();
                    not_admitted.row(std::iter::repeat_n("", width).chain([
                        line.as_str(),
                        "row.unreadable",
                        &message,
                    ]));
                    return;
                }
            };
            let mut a = rows::applicant(h, record);
            let key = a.nik.given().and_then(deaths::nik_key);
            let has_column = h.layout.get(Column::AlreadyEnrolled).is_some();
            match key {
                Some(k) if enrolled.contains(k) => a.already_enrolled = Field::Given(true),
                _ if !has_column => a.already_enrolled = Field::Given(false),
                _ => {}
            }
            let e = evaluate(&a, now);
            let (mut fails, reviews) = rows::outcomes(&e);
            if key.is_some_and(|k| !seen.insert(k)) {
                fails.push("enrolment.not_duplicate");
            }
            let program = a.program.given();
            match (e.decision, program) {
                (Decision::Eligible, Some(p)) if fails.is_empty() => {
                    counts.eligible += 1;
                    let desil = h.text(record, Extra::Desil).and_then(quota::desil);
                    eligible.push(quota::Eligible {
                        number,
                        program: p,
                        desil,
                        rank: 0,
                        village: rows::village(&a).unwrap_or(0),
                    });
                }
                _ => {
                    counts.not_admitted += 1;
                    for f in &fails {
                        *counts.fail_reasons.entry(f).or_default() += 1;
                    }
                    for r in &reviews {
                        *counts.review_reasons.entry(r).or_default() += 1;
                    }
                    let is_review = fails.is_empty();
                    let reasons = if is_review { reviews } else { fails };
                    let message = text::not_admitted(&reasons, is_review, lang);
                    let number = number.to_string();
                    let reasons = reasons.join(";");
                    rows::write(
                        &mut not_admitted,
                        h,
                        record,
                        line,
                        o.mask,
                        [number.as_str(), &reasons, &message],
                    );
                    if write_error.is_none() {
                        if let Err(e) = not_admitted.flush_if_full(sink) {
                            write_error = Some(e);
                        }
                    }
                }
            }
        };
        let source = open().map_err(list_error("candidates"))?;
        table::read(source, &mut row).map_err(list_error("candidates"))?;
    }
    if let Some(e) = write_error {
        return Err(e.into());
    }
    not_admitted.flush(sink)?;

    quota::rank(&mut eligible, &vp.priority);
    let free = |p: Program, programs: &BTreeMap<&'static str, summary::ProgramCounts>| {
        programs.get(p.as_str()).map_or(0, |c| c.free)
    };

    // The second pass writes the eligible rows, in input order, to admit or waitlist.
    let wanted: Vec<u64> = eligible.iter().map(|e| e.number).collect();
    let mut admit = CsvOut::new(OutFile::Admit);
    let mut wait = CsvOut::new(OutFile::Waitlist);
    let mut cursor = 0usize;
    let mut write_error = None;
    {
        let mut row = |h: &Header, r: Option<Row<'_>>| {
            let Some(r) = r else {
                let names = h.names.iter().map(String::as_str);
                admit.row(
                    names
                        .clone()
                        .chain(["line", "rank", "desil_used", "message"]),
                );
                wait.row(names.chain(["line", "rank", "desil_used", "message"]));
                return;
            };
            let Row::Fields {
                number,
                record,
                line,
            } = r
            else {
                return;
            };
            let Some(e) = eligible.get(cursor).filter(|e| e.number == number) else {
                return;
            };
            cursor += 1;
            let village = (e.village != 0).then_some(e.village);
            let f = free(e.program, programs);
            let rank = u64::from(e.rank);
            let within = rank <= f;
            if let Some(c) = programs.get_mut(e.program.as_str()) {
                if within {
                    c.admitted += 1;
                } else {
                    c.waiting += 1;
                }
            }
            let (out, message) = if within {
                places.add(village, Count::Admitted);
                (&mut admit, text::admit(rank, f, e.program, lang))
            } else {
                places.add(village, Count::Waiting);
                (&mut wait, text::waitlist(rank, f, e.program, lang))
            };
            let number = number.to_string();
            let rank_s = rank.to_string();
            let desil = e.desil.map(|d| d.to_string()).unwrap_or_default();
            rows::write(
                out,
                h,
                record,
                line,
                o.mask,
                [number.as_str(), &rank_s, &desil, &message],
            );
            if write_error.is_none() {
                if let Err(e) = out.flush_if_full(sink) {
                    write_error = Some(e);
                }
            }
        };
        let source = open().map_err(list_error("candidates"))?;
        // Only the eligible rows are split into fields again, in input order.
        let mut next_wanted = 0usize;
        let mut keep = |number: u64| {
            while wanted.get(next_wanted).is_some_and(|&n| n < number) {
                next_wanted += 1;
            }
            wanted.get(next_wanted) == Some(&number)
        };
        table::read_some(source, &mut keep, &mut row).map_err(list_error("candidates"))?;
    }
    if let Some(e) = write_error {
        return Err(e.into());
    }
    admit.flush(sink)?;
    wait.flush(sink)?;
    counts.admitted = programs.values().map(|p| p.admitted).sum();
    counts.waiting = programs.values().map(|p| p.waiting).sum();
    Ok(counts)
}

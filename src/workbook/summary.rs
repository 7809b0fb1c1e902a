//! The summary sheet of a results workbook, made from the run's `summary.json`.
//!
//! Read from the JSON the run wrote (not from the run's own types) so that the command line
//! and the browser, which has only the `summary.json` a screening or verval worker handed
//! back, make the same sheet: it says exactly what `summary.json` says, in words.

use super::Kind;
use crate::lang::Lang;
use crate::messages::workbook::{label, reason_words};
use crate::rules::RuleId;
use serde_json::Value;

/// One cell of the summary sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A count or an amount.
    Number(f64),
    /// Nothing (a value the summary does not have).
    Empty,
}

/// A table of the summary sheet: a bold title, a bold head row, rows.
#[derive(Debug, Clone)]
pub struct Table {
    /// Its title.
    pub title: &'static str,
    /// The column heads.
    pub head: Vec<&'static str>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// The whole summary sheet.
#[derive(Debug, Clone)]
pub struct Page {
    /// The title in the first cell.
    pub title: &'static str,
    /// Label and value, one a row.
    pub facts: Vec<(&'static str, Cell)>,
    /// What the other sheets are.
    pub note: &'static str,
    /// The tables below.
    pub tables: Vec<Table>,
}

/// The label key of the workbook's title.
pub(super) fn title_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Screen => "summary.title",
        Kind::Verval => "verval.title",
    }
}

fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, k| v.get(k))
}

/// A number of the summary, or nothing.
fn num(v: &Value, path: &[&str]) -> Cell {
    match at(v, path).and_then(Value::as_f64) {
        Some(n) => Cell::Number(n),
        None => Cell::Empty,
    }
}

/// A text of the summary (a number is written out), or nothing.
fn text(v: &Value, path: &[&str]) -> Cell {
    match at(v, path) {
        Some(Value::String(s)) => Cell::Text(s.clone()),
        Some(Value::Number(n)) => Cell::Text(n.to_string()),
        _ => Cell::Empty,
    }
}

/// A table of reasons (`{rule id: rows}`), the most frequent first, each with its words.
fn reasons(
    v: &Value,
    path: &[&str],
    title: &'static str,
    words: impl Fn(&str) -> String,
    lang: Lang,
) -> Table {
    let mut list: Vec<(&String, u64)> = at(v, path)
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, n)| (k, n.as_u64().unwrap_or(0)))
                .collect()
        })
        .unwrap_or_default();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    Table {
        title: label(title, lang),
        head: vec![
            label("summary.rule", lang),
            label("summary.words", lang),
            label("summary.count", lang),
        ],
        rows: list
            .into_iter()
            .map(|(id, n)| {
                vec![
                    Cell::Text(id.clone()),
                    Cell::Text(words(id)),
                    Cell::Number(n as f64),
                ]
            })
            .collect(),
    }
}

/// A table of places (`{code: {name, counts...}}`), by code; `unknown` names say so.
fn places(
    v: &Value,
    path: &[&str],
    title: &'static str,
    place: &'static str,
    counts: &[(&'static str, &'static str)],
    lang: Lang,
) -> Table {
    let mut head = vec![label("summary.code", lang), label(place, lang)];
    head.extend(counts.iter().map(|(_, l)| label(l, lang)));
    let rows = at(v, path)
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(code, d)| {
                    let name = d.get("name").and_then(Value::as_str).unwrap_or("");
                    let mut row = vec![
                        Cell::Text(code.clone()),
                        Cell::Text(if name.is_empty() {
                            label("summary.unknown", lang).to_string()
                        } else {
                            name.to_string()
                        }),
                    ];
                    row.extend(counts.iter().map(|(k, _)| num(d, &[k])));
                    row
                })
                .collect()
        })
        .unwrap_or_default();
    Table {
        title: label(title, lang),
        head,
        rows,
    }
}

fn screen_words(review: bool, lang: Lang) -> impl Fn(&str) -> String {
    move |id| {
        RuleId::parse(id)
            .map(|r| reason_words(r, review, lang).to_string())
            .unwrap_or_default()
    }
}

/// The summary sheet of `layak screen`: the counts, the as-of date, the parameter set, the
/// input format, where enrolment came from; the reasons for ineligible and for review with
/// the rows of each; the counts per kecamatan.
pub fn screen(s: &Value, lang: Lang) -> Page {
    let l = |k| label(k, lang);
    let mut facts: Vec<(&'static str, Cell)> = [
        ("summary.rows", "rows"),
        ("summary.eligible", "eligible"),
        ("summary.ineligible", "ineligible"),
        ("summary.review", "review"),
        ("summary.errors", "errors"),
        ("summary.duplicates", "duplicates"),
        ("summary.empty_lines", "empty_lines"),
    ]
    .into_iter()
    .map(|(k, f)| (l(k), num(s, &[f])))
    .collect();
    facts.extend(
        [
            ("summary.as_of", "as_of"),
            ("summary.parameters", "parameters"),
            ("summary.format", "format"),
            ("summary.enrolment", "enrolment_source"),
        ]
        .into_iter()
        .map(|(k, f)| (l(k), text(s, &[f]))),
    );
    let counts = [
        ("rows", "summary.rows"),
        ("eligible", "summary.eligible"),
        ("ineligible", "summary.ineligible"),
        ("review", "summary.review"),
    ];
    Page {
        title: l("summary.title"),
        facts,
        note: l("summary.sheets"),
        tables: vec![
            reasons(
                s,
                &["by_reason"],
                "summary.by_reason",
                screen_words(false, lang),
                lang,
            ),
            reasons(
                s,
                &["by_review"],
                "summary.by_review",
                screen_words(true, lang),
                lang,
            ),
            places(
                s,
                &["by_district"],
                "summary.by_district",
                "summary.name",
                &counts,
                lang,
            ),
        ],
    }
}

/// The summary sheet of `layak verval`: the enrolled list's outcome, the deaths and claims,
/// the candidates and the places per programme, the budget, the reasons with their rows,
/// and the counts per kecamatan and per desa (what the verval meeting reads).
pub fn verval(s: &Value, lang: Lang) -> Page {
    let l = |k| label(k, lang);
    let mut facts: Vec<(&'static str, Cell)> = vec![
        (l("summary.as_of"), text(s, &["as_of"])),
        (l("verval.next"), text(s, &["next"])),
        (l("summary.parameters"), text(s, &["parameters"])),
    ];
    let n = |k: &'static str, path: &[&str]| (l(k), num(s, path));
    facts.extend([
        n("verval.enrolled", &["enrolled", "rows"]),
        n("verval.stay", &["enrolled", "stay"]),
        n("verval.ending", &["enrolled", "ending_before_next"]),
        n("verval.leave", &["enrolled", "leave"]),
        n("summary.review", &["enrolled", "review"]),
        n("summary.errors", &["enrolled", "errors"]),
        n("verval.deaths", &["deaths", "deaths"]),
        n("verval.deaths_matched", &["deaths_matched"]),
        n("verval.deaths_unmatched", &["deaths_unmatched"]),
        n("verval.late_reports", &["late_reports"]),
    ]);
    if s.get("candidates").is_some_and(|c| !c.is_null()) {
        facts.extend([
            n("verval.candidates", &["candidates", "rows"]),
            n("summary.eligible", &["candidates", "eligible"]),
            n("verval.admitted", &["candidates", "admitted"]),
            n("verval.waiting", &["candidates", "waiting"]),
            n("verval.not_admitted", &["candidates", "not_admitted"]),
        ]);
    }
    facts.extend([
        n("verval.participants", &["budget", "participants"]),
        n("verval.monthly", &["budget", "monthly_contribution"]),
        n("verval.months_left", &["budget", "months_left"]),
        n("verval.cost_rest", &["budget", "cost_rest_of_year"]),
        n("verval.cost_year", &["budget", "cost_full_year"]),
        n("verval.annual", &["budget", "annual"]),
        n("verval.margin", &["budget", "full_year_margin"]),
        n("verval.months_covered", &["budget", "months_covered"]),
    ]);

    let programs = Table {
        title: l("verval.programs"),
        head: vec![
            l("verval.program"),
            l("verval.quota"),
            l("verval.continuing"),
            l("verval.free"),
            l("verval.admitted"),
            l("verval.waiting"),
        ],
        rows: at(s, &["programs"])
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(name, p)| {
                        let mut row = vec![Cell::Text(name.clone())];
                        row.extend(
                            ["quota", "continuing", "free", "admitted", "waiting"]
                                .iter()
                                .map(|k| num(p, &[k])),
                        );
                        row
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    let words = |id: &str| crate::verval::words::reason_words(id, lang).to_string();
    let counts = [
        ("stay", "verval.stay"),
        ("leave", "verval.leave"),
        ("review", "summary.review"),
        ("deaths", "verval.deaths"),
        ("admitted", "verval.admitted"),
        ("waiting", "verval.waiting"),
    ];
    Page {
        title: l("verval.title"),
        facts,
        note: l("verval.sheets"),
        tables: vec![
            programs,
            reasons(
                s,
                &["enrolled", "leave_reasons"],
                "verval.leave_reasons",
                words,
                lang,
            ),
            reasons(
                s,
                &["enrolled", "review_reasons"],
                "summary.by_review",
                words,
                lang,
            ),
            reasons(
                s,
                &["enrolled", "ends_because"],
                "verval.ends_because",
                words,
                lang,
            ),
            reasons(
                s,
                &["candidates", "fail_reasons"],
                "verval.candidate_reasons",
                words,
                lang,
            ),
            reasons(
                s,
                &["candidates", "review_reasons"],
                "verval.candidate_review",
                words,
                lang,
            ),
            places(
                s,
                &["by_kecamatan"],
                "summary.by_district",
                "summary.name",
                &counts,
                lang,
            ),
            places(
                s,
                &["by_desa"],
                "verval.by_desa",
                "verval.desa",
                &counts,
                lang,
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_of_both_pages_has_words_in_both_languages() {
        let screen_json = serde_json::json!({"rows": 1, "by_reason": {"age.max": 1},
            "by_district": {"35.22.06": {"name": "", "rows": 1}}});
        let verval_json = serde_json::json!({"candidates": {"rows": 1, "fail_reasons": {"age.max": 1}},
            "programs": {"rentan": {"quota": 4}}, "enrolled": {"leave_reasons": {"status.died": 1},
            "review_reasons": {"death.dates_differ": 1}, "ends_because": {"age.max": 1}},
            "by_kecamatan": {"35.22.06": {"name": "Dander"}}, "by_desa": {"35.22.06.2001": {"name": "x"}}});
        for lang in [Lang::Id, Lang::En] {
            for page in [screen(&screen_json, lang), verval(&verval_json, lang)] {
                assert!(!page.title.is_empty() && !page.note.is_empty());
                for (k, _) in &page.facts {
                    assert!(!k.is_empty(), "{:?}", page.facts);
                }
                for t in &page.tables {
                    assert!(!t.title.is_empty(), "{t:?}");
                    assert!(t.head.iter().all(|h| !h.is_empty()), "{t:?}");
                }
            }
        }
        // Each reason in words beside its id; the unknown kecamatan's name says so.
        let page = verval(&verval_json, Lang::Id);
        let died = page
            .tables
            .iter()
            .flat_map(|t| &t.rows)
            .find(|r| r[0] == Cell::Text("status.died".into()))
            .expect("the leave reasons");
        assert_eq!(died[1], Cell::Text("meninggal dunia".into()));
        let page = screen(&screen_json, Lang::En);
        let district = &page.tables[2].rows[0];
        assert_eq!(district[1], Cell::Text("unknown".into()));
    }
}

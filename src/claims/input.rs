//! Reading a claim as a web form or a JSON file sends it: every field optional, values as
//! people write them, read by the one reader ([`crate::read`]: the yes/no words, the date
//! layouts and the rupiah amounts are those of `layak check` and `layak screen`; the claim's
//! type, the relations and the document codes are words of `data/spellings.toml` too, read
//! by [`crate::read::claim_codes`]).
//!
//! A value that cannot be read is reported (`claim.field_invalid`, naming the field) and
//! treated as missing; the rest of the claim is still checked. A key that names no field is
//! ignored and reported (`input.unknown_key`, with the nearest known key). The heir may be
//! given at the top (`relation`, `minor`) or as an object, `"heir": {"relation": "spouse",
//! "minor": false}`, as the contract's wording reads. Nothing here fails.

use super::documents::Document;
use super::heirs::Relation;
use super::json::{Json as Value, Map};
use super::{ClaimDetail, ClaimType, Issues};
use crate::issue::{Code, Detail, Issue};
use crate::read::{self, fields};
use chrono::NaiveDate;

/// The JKK outcome, the beasiswa's school level, the signature and the beasiswa's basis:
/// codes and words are the reader's ([`crate::read::claim_codes`]).
pub use crate::read::claim_codes::{Basis, Level, Outcome, Signature};

/// A child for the beasiswa.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Child {
    /// School level this year.
    pub level: Option<Level>,
    /// Birth date, for the age limit of 23.
    pub birth_date: Option<NaiveDate>,
}

/// The highest monthly income read, in rupiah (Rp 1 miliar). Anything above is a typo, most
/// often a NIK or an account number typed into the wrong field: the benefit computed from it
/// (56 times the income) would be absurd, and past 2^53 it cannot even be represented as a
/// JavaScript number, so the web form would fail where the CLI answers. Found by the random
/// native = WebAssembly comparison (`e2e/random.test.mjs`).
pub const MAX_MONTHLY_INCOME: u64 = 1_000_000_000;

/// A claim after reading.
#[derive(Debug, Clone, Default)]
pub struct ClaimInput {
    /// `jkm`, `jkk`, `beasiswa`.
    pub kind: Option<ClaimType>,
    /// Date of death.
    pub death_date: Option<NaiveDate>,
    /// Date of the work accident.
    pub accident_date: Option<NaiveDate>,
    /// Date the death was reported (to Dukcapil), or the accident (to BPJS).
    pub reported_date: Option<NaiveDate>,
    /// Start of membership.
    pub membership_start: Option<NaiveDate>,
    /// The last month contributions were paid (its first day); see [`super::coverage`].
    pub paid_until: Option<NaiveDate>,
    /// Day BPJS received the complete file.
    pub complete_date: Option<NaiveDate>,
    /// The claimant's relation to the participant.
    pub relation: Option<Relation>,
    /// The claimant (heir) is under 18.
    pub minor: bool,
    /// The accident or death happened on the road.
    pub traffic_accident: bool,
    /// Someone files for the heir with a power of attorney.
    pub represented: bool,
    /// Signature or thumbprint.
    pub signature: Option<Signature>,
    /// Documents held.
    pub documents: Vec<Document>,
    /// Codes that were not understood, as typed.
    pub unknown_documents: Vec<String>,
    /// Family members alive (beyond the contract: for the order of heirs).
    pub family: Option<Vec<Relation>>,
    /// The claimant arranged the burial (matters when there is no heir).
    pub arranged_burial: Option<bool>,
    /// JKK outcome.
    pub outcome: Option<Outcome>,
    /// Monthly income reported to BPJS (JKK benefits are multiples of it).
    pub monthly_income: Option<u64>,
    /// Whether treatment was paid out of pocket (receipts then needed); unknown = needed.
    pub self_paid_treatment: Option<bool>,
    /// Children for the beasiswa.
    pub children: Vec<Child>,
    /// Whether `children` was given at all.
    pub children_given: bool,
    /// Programme behind a beasiswa.
    pub basis: Option<Basis>,
}

fn absent(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        _ => false,
    }
}

fn invalid(issues: &mut Issues, field: &'static str) {
    issues.push(Code::ClaimFieldInvalid, ClaimDetail::Field(field));
}

fn date(obj: &Map, field: &'static str, issues: &mut Issues) -> Option<NaiveDate> {
    let v = obj.get(field);
    if absent(v) {
        return None;
    }
    let parsed = v.and_then(Value::as_str).and_then(read::dates::date);
    if parsed.is_none() {
        invalid(issues, field);
    }
    parsed
}

fn boolean(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Number(x) if *x == 1.0 => Some(true),
        Value::Number(x) if *x == 0.0 => Some(false),
        Value::String(s) => read::yes_no(s).given(),
        _ => None,
    }
}

fn flag(obj: &Map, field: &'static str, issues: &mut Issues) -> Option<bool> {
    let v = obj.get(field);
    if absent(v) {
        return None;
    }
    let b = v.and_then(boolean);
    if b.is_none() {
        invalid(issues, field);
    }
    b
}

fn text<'a>(obj: &'a Map, field: &'static str, issues: &mut Issues) -> Option<&'a str> {
    let v = obj.get(field);
    if absent(v) {
        return None;
    }
    let s = v.and_then(Value::as_str);
    if s.is_none() {
        invalid(issues, field);
    }
    s
}

/// Reports each key of `obj` that is none of `known`, with the nearest known key.
fn unknown_keys(obj: &Map, known: &[&'static str], issues: &mut Issues) {
    for (k, _) in &obj.0 {
        if !known.contains(&k.as_str()) {
            let u = fields::UnknownKey::new(k, known);
            issues
                .0
                .push(Issue::new(Code::InputUnknownKey, Detail::UnknownKey(u)));
        }
    }
}

/// A list given as a JSON array, or as one comma-separated string.
fn list(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Array(a) => Some(a.clone()),
        Value::String(s) => Some(
            s.split([',', ';'])
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(|x| Value::String(x.to_string()))
                .collect(),
        ),
        _ => None,
    }
}

/// Reads a claim. `v` should be a JSON object; anything else reads as an empty claim.
pub fn read(v: &Value, issues: &mut Issues) -> ClaimInput {
    let empty = Map::default();
    let obj = v.as_object().unwrap_or(&empty);
    let mut c = ClaimInput::default();
    unknown_keys(obj, fields::CLAIM_KEYS, issues);

    match text(obj, "type", issues) {
        None if absent(obj.get("type")) => issues.push(Code::ClaimTypeMissing, ClaimDetail::None),
        None => {}
        Some(s) => match ClaimType::parse(s) {
            Some(k) => c.kind = Some(k),
            None => issues.push(Code::ClaimTypeUnknown, ClaimDetail::None),
        },
    }
    c.death_date = date(obj, "death_date", issues);
    c.accident_date = date(obj, "accident_date", issues);
    c.reported_date = date(obj, "reported_date", issues);
    c.membership_start = date(obj, "membership_start", issues);
    c.complete_date = date(obj, "complete_date", issues);
    match super::coverage::read_month(obj.get("paid_until")) {
        Ok(m) => c.paid_until = m,
        Err(_) => invalid(issues, "paid_until"),
    }

    // The heir: at the top, or as an object; a value at the top wins over the object's.
    let heir = match obj.get("heir") {
        Some(Value::Object(h)) => {
            unknown_keys(h, fields::HEIR_KEYS, issues);
            Some(h)
        }
        v if absent(v) => None,
        _ => {
            invalid(issues, "heir");
            None
        }
    };
    let relation = match text(obj, "relation", issues) {
        None if absent(obj.get("relation")) => heir.and_then(|h| text(h, "relation", issues)),
        other => other,
    };
    if let Some(s) = relation {
        c.relation = Relation::parse(s);
        if c.relation.is_none() {
            invalid(issues, "relation");
        }
    }
    c.minor = match flag(obj, "minor", issues) {
        None if absent(obj.get("minor")) => heir.and_then(|h| flag(h, "minor", issues)),
        other => other,
    }
    .unwrap_or(false);
    c.traffic_accident = flag(obj, "traffic_accident", issues).unwrap_or(false);
    c.represented = flag(obj, "represented", issues).unwrap_or(false);
    c.arranged_burial = flag(obj, "arranged_burial", issues);
    c.self_paid_treatment = flag(obj, "self_paid_treatment", issues);
    if let Some(s) = text(obj, "signature", issues) {
        c.signature = Signature::parse(s);
        if c.signature.is_none() {
            invalid(issues, "signature");
        }
    }

    if !absent(obj.get("documents")) {
        match obj.get("documents").and_then(list) {
            None => invalid(issues, "documents"),
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    match item.as_str().and_then(Document::parse) {
                        Some(d) if !c.documents.contains(&d) => c.documents.push(d),
                        Some(_) => {}
                        None => {
                            let pos = u32::try_from(i + 1).unwrap_or(u32::MAX);
                            issues.push(Code::ClaimDocumentUnknown, ClaimDetail::Position(pos));
                            c.unknown_documents.push(item.echo());
                        }
                    }
                }
            }
        }
    }

    if !absent(obj.get("family")) {
        match obj.get("family").and_then(list) {
            None => invalid(issues, "family"),
            Some(items) => {
                let mut fam = Vec::new();
                let mut bad = false;
                for item in &items {
                    match item.as_str().and_then(Relation::parse) {
                        Some(r) => fam.push(r),
                        None => bad = true,
                    }
                }
                if bad {
                    invalid(issues, "family");
                }
                c.family = Some(fam);
            }
        }
    }

    if let Some(s) = text(obj, "outcome", issues) {
        c.outcome = Outcome::parse(s);
        if c.outcome.is_none() {
            invalid(issues, "outcome");
        }
    }
    if !absent(obj.get("monthly_income")) {
        c.monthly_income = match obj.get("monthly_income") {
            Some(n @ Value::Number(_)) => n.as_u64(),
            // "1.000.000", "Rp 1,000,000", "1000000"
            Some(Value::String(s)) => read::numbers::rupiah(s),
            _ => None,
        }
        .filter(|i| *i <= MAX_MONTHLY_INCOME);
        if c.monthly_income.is_none() {
            invalid(issues, "monthly_income");
        }
    }

    if !absent(obj.get("children")) {
        c.children_given = true;
        match obj.get("children").and_then(list) {
            None => invalid(issues, "children"),
            Some(items) => {
                let mut bad = false;
                for item in &items {
                    let child = match item {
                        Value::String(s) => Level::parse(s).map(|l| Child {
                            level: Some(l),
                            birth_date: None,
                        }),
                        Value::Object(o) => {
                            let level = o
                                .get("level")
                                .and_then(Value::as_str)
                                .and_then(Level::parse);
                            let birth = o
                                .get("birth_date")
                                .and_then(Value::as_str)
                                .and_then(read::dates::date);
                            let level_bad = !absent(o.get("level")) && level.is_none();
                            let birth_bad = !absent(o.get("birth_date")) && birth.is_none();
                            if level_bad || birth_bad {
                                None
                            } else {
                                Some(Child {
                                    level,
                                    birth_date: birth,
                                })
                            }
                        }
                        _ => None,
                    };
                    match child {
                        Some(ch) => c.children.push(ch),
                        None => bad = true,
                    }
                }
                if bad {
                    invalid(issues, "children");
                }
            }
        }
    }
    if let Some(s) = text(obj, "basis", issues) {
        c.basis = Basis::parse(s);
        if c.basis.is_none() {
            invalid(issues, "basis");
        }
    }
    c
}

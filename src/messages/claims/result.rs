//! A judged claim as the contract's JSON: the checklist with each document's name and why it
//! is asked for, the heirs, deadlines and benefit parts with their names, and the issues with
//! their messages, in the reader's language.

use super::*;
use crate::claims::calendar;
use crate::claims::documents::Document;
use crate::claims::heirs::{Entitled, Group, Relation};
use crate::claims::{input, params, ClaimType};
use crate::claims::{
    iso, BenefitJson, ClaimDetail, ClaimJson, ClaimOptionError, DayOffJson, DeadlinesJson,
    Findings, HeirGroupJson, HeirsJson, ItemJson, PartJson, SignatureJson,
};
use crate::confidence::Confidence;
use crate::issue::{Code, Detail, Issue, IssueJson};
use crate::lang::Lang;
use crate::messages::Render;

/// The contract's JSON of a judged claim, with words in the language of `render` (a
/// [`Lang`] or a [`Render`]). A claim carries no NIK or KK field and its dates (death,
/// accident) are not a number's; masked, a number typed as a document or a key is masked
/// where it is echoed.
pub fn render(f: &Findings, render: impl Into<Render>) -> ClaimJson {
    let render: Render = render.into();
    let lang = render.lang;
    let Findings {
        as_of,
        kind,
        ctx,
        items,
        missing,
        complete,
        order,
        relation,
        signature,
        thumb,
        thumbprint_accepted,
        benefit,
        deadlines,
        unknown_documents,
        issues,
        params: set,
    } = f;
    // Parameter values the words state are filled in here, from the set the claim was
    // judged with.
    let short_months = benefit
        .law_date
        .and_then(|on| params::value(set, params::names::JKM_SHORT_MONTHS, on).map(|v| v.value));
    let (kind, ctx, complete, thumbprint_accepted) = (*kind, *ctx, *complete, *thumbprint_accepted);
    let checklist = items
        .iter()
        .map(|i| ItemJson {
            code: i.doc.code(),
            label: document_label(i.doc, lang),
            required: i.required,
            satisfied: i.satisfied_by.is_some(),
            satisfied_by: i.satisfied_by.map(Document::code),
            reason: match ctx {
                Some(ctx) => document_reason(i.doc, ctx, thumbprint_accepted, lang),
                None => String::new(),
            },
            alternatives: i.alternatives.iter().map(|d| d.code()).collect(),
            signed: i.doc.is_signed(),
        })
        .collect();

    let heirs_json = order.as_ref().map(|h| HeirsJson {
        legal_basis: HEIRS_LEGAL_BASIS,
        order: Group::ORDER
            .iter()
            .enumerate()
            .map(|(i, g)| HeirGroupJson {
                rank: u32::try_from(i + 1).unwrap_or(0),
                code: g.code(),
                label: group_label(*g, lang),
                relations: g.relations().iter().map(|r| r.code()).collect(),
                present: h.present[i],
            })
            .collect(),
        entitled: h.entitled.map(|e| match e {
            Entitled::Group(g) => g.code(),
            Entitled::BurialArranger => "burial_arranger",
        }),
        claimant: relation.map(Relation::code),
        claimant_entitled: h.claimant_entitled,
        burial_costs_only: h.burial_costs_only,
    });

    let day_off = |d: &calendar::DayOff| DayOffJson {
        date: iso(d.date),
        kind: d.kind.as_str(),
        name: match lang {
            Lang::Id => d.id.clone(),
            Lang::En => d.en.clone(),
        },
    };
    let deadlines_json = DeadlinesJson {
        payment_working_days: deadlines.payment_working_days,
        payment_due: deadlines.payment_due.map(iso),
        holidays_skipped: deadlines.skipped.iter().map(day_off).collect(),
        late_working_days: deadlines.late_working_days,
        late_compensation: deadlines.late_compensation,
        late_percent_per_day: deadlines.late_percent_per_day,
        claim_expires: deadlines.claim_expires.map(iso),
        claim_expired: deadlines.claim_expired,
        death_report_days: deadlines.death_report_days,
        death_report_late: deadlines.death_report_late,
        death_report_limit_days: deadlines.death_report_limit_days,
        death_report_last_day: deadlines.death_report_last_day.map(iso),
        death_report_legal_basis: deadlines
            .death_report_basis
            .as_ref()
            .map(|(r, _)| r.clone()),
        death_report_confidence: deadlines.death_report_basis.as_ref().map(|(_, c)| *c),
    };
    let benefit_json = BenefitJson {
        total: benefit.total,
        parts: benefit
            .parts
            .iter()
            .map(|p| PartJson {
                code: p.code.clone(),
                label: part_label(&p.code, p.level, short_months, lang),
                amount: p.amount,
                legal_basis: p.legal.clone(),
                confidence: p.confidence,
            })
            .collect(),
        law_date: benefit.law_date.map(iso),
        parameters: set.meta.id.clone(),
        legal_basis: set.meta.reference.clone().unwrap_or_default(),
    };
    ClaimJson {
        kind: kind.map(ClaimType::code),
        as_of: iso(*as_of),
        complete,
        missing: missing.iter().map(|d| d.code()).collect(),
        checklist,
        heirs: heirs_json,
        deadlines: deadlines_json,
        benefit: benefit_json,
        signature: SignatureJson {
            used: signature.map(input::Signature::code),
            thumbprint_accepted,
            confidence: thumb.unwrap_or(Confidence::Unconfirmed),
        },
        unknown_documents: unknown_documents
            .iter()
            .map(|d| render.echo(d).into_owned())
            .collect(),
        issues: issues.0.iter().map(|i| i.render(render)).collect(),
    }
}

/// The issue for a line of a JSON Lines file that is not JSON: the faces report it with
/// its line number and go on with the next line.
pub fn json_error(line: u64, e: &serde_json::Error, lang: Lang) -> IssueJson {
    let column = u64::try_from(e.column()).unwrap_or(0);
    Issue::new(
        Code::ClaimJsonInvalid,
        Detail::Claim(ClaimDetail::Line { line, column }),
    )
    .render(lang)
}

impl ClaimOptionError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ClaimOptionError::Base(e) => crate::messages::option_error_message(e, lang),
            ClaimOptionError::Holidays(detail) => holidays_error(detail, lang),
            ClaimOptionError::Params(e) => crate::messages::params_error_message(e, lang),
        }
    }
}

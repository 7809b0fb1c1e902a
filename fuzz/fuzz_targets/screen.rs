//! Batch screening on arbitrary bytes: as a CSV file cut into chunks at arbitrary places,
//! sequentially, chunk by chunk on two threads, pipelined as the CLI runs it, and as an XLSX
//! workbook. Whatever the bytes, a run
//! never panics, every non-empty data line is one row in exactly one output (rows in = rows
//! out), and the parallel runs write exactly what the sequential one does, blank lines
//! counted alike (the parallel runs leave them out after the header and only count them).
//! The same bytes are also read as an enrolled list (`--enrolled`: a list read is never
//! empty) and, on the XLSX path, go through the workbook limits first, as the CLI does.
//! Header byte: the chunk size (1 + h) and, bit 7, the XLSX path.
#![no_main]

use layak::api::Checker;
use layak::options::Options;
use layak::rules::params::ParamSet;
use layak::screen::{Outputs, Screener, Summary};
use layak_fuzz::ymd;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn checker() -> Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| {
        let set = ParamSet::embedded().expect("embedded set");
        Checker::new(&Options::new(ymd(2025, 6, 1)), set).expect("in force")
    })
    .clone()
}

fn conserved(s: &Summary, out: &Outputs) {
    assert_eq!(s.rows, s.eligible + s.ineligible + s.review + s.errors, "{s:?}");
    let lines = |b: &[u8]| b.iter().filter(|c| **c == b'\n').count() as u64;
    // Each output holds its header line and one line per row.
    assert_eq!(lines(&out.eligible), s.eligible + 1);
    assert_eq!(lines(&out.ineligible), s.ineligible + 1);
    assert_eq!(lines(&out.review), s.review + 1);
    assert_eq!(lines(&out.errors), s.errors + 1);
    for b in [&out.eligible, &out.ineligible, &out.review, &out.errors] {
        assert!(std::str::from_utf8(b).is_ok(), "outputs are UTF-8");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&h, body)) = data.split_first() else {
        return;
    };
    if let Ok(list) = layak::screen::enrolled::read(body) {
        assert!(!list.niks.is_empty(), "a list read holds a NIK");
    }
    if h & 0x80 != 0 {
        if layak::screen::xlsx::check_limits(body).is_err() {
            return;
        }
        let mut s = Screener::new(checker(), None);
        let mut out = Outputs::default();
        let Ok(mut book) = layak::screen::xlsx::Workbook::open(std::io::Cursor::new(body)) else {
            return;
        };
        let mut failed = false;
        let _ = book.for_each_row(|row, cells| {
            failed |= s.xlsx_row(row, cells, &mut out).is_err();
        });
        if !failed {
            if let Ok(summary) = s.finish_xlsx(&mut out) {
                conserved(&summary, &out);
            }
        }
        return;
    }
    let chunk = 1 + usize::from(h & 0x7F);
    // 0: line by line; 1: chunk by chunk on two threads; 2: pipelined.
    let run = |mode: u8| {
        let mut s = Screener::new(checker(), None);
        let mut out = Outputs::default();
        if mode == 2 {
            let mut input = body;
            let r = s.run_pipelined(&mut input, chunk, 2, &mut out, |_| Ok(()), |_| ());
            if !matches!(r, Ok(Ok(()))) {
                return None;
            }
        } else {
            for c in body.chunks(chunk) {
                let r = if mode == 1 {
                    s.feed_parallel(c, &mut out, 2)
                } else {
                    s.feed(c, &mut out)
                };
                if r.is_err() {
                    return None;
                }
            }
        }
        s.finish(&mut out).ok().map(|summary| (summary, out))
    };
    let seq = run(0);
    for mode in [1, 2] {
        check_same(&seq, &run(mode));
    }
});

type Run = Option<(Summary, Outputs)>;

fn check_same(seq: &Run, par: &Run) {
    match (seq, par) {
        (Some((s, out)), Some((p, pout))) => {
            conserved(s, out);
            assert_eq!(s.rows, p.rows);
            assert_eq!(s.empty_lines, p.empty_lines, "blank lines counted alike");
            assert_eq!(out.eligible, pout.eligible);
            assert_eq!(out.ineligible, pout.ineligible);
            assert_eq!(out.review, pout.review);
            assert_eq!(out.errors, pout.errors);
        }
        (None, None) => {}
        _ => panic!("the parallel run and the sequential run disagree on whether the file can be read"),
    }
}

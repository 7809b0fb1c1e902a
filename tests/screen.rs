//! Batch screening (docs/INTERFACE.md §6) on a corpus of small files, each built to hold one kind
//! of trouble real spreadsheets bring, and on generated data. The expected decisions come
//! from the rules (docs/SOURCES.md §3, §7; docs/INTERFACE.md §4, §6), not from layak's output.

use chrono::NaiveDate;
use layak::api::Checker;
use layak::options::Options;
use layak::rules::params::ParamSet;
use layak::screen::lines::LineInfo;
use layak::screen::{FileProblem, Outputs, Screener, Summary};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/screen/");

fn checker() -> Checker {
    let opts = Options::new(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap());
    let set = ParamSet::embedded().unwrap();
    Checker::new(&opts, set).unwrap()
}

/// Everything a run wrote, as text.
struct Run {
    summary: Summary,
    eligible: String,
    ineligible: String,
    review: String,
    errors: String,
}

fn data_lines(s: &str) -> Vec<&str> {
    s.lines().skip(1).collect()
}

fn screen_bytes(bytes: &[u8], chunk: usize) -> Result<Run, FileProblem> {
    let mut s = Screener::new(checker(), None);
    let mut out = Outputs::default();
    for c in bytes.chunks(chunk.max(1)) {
        s.feed(c, &mut out)?;
    }
    let summary = s.finish(&mut out)?;
    Ok(run(summary, out))
}

fn run(summary: Summary, out: Outputs) -> Run {
    let text = |b: Vec<u8>| String::from_utf8(b).expect("outputs are UTF-8");
    Run {
        summary,
        eligible: text(out.eligible),
        ineligible: text(out.ineligible),
        review: text(out.review),
        errors: text(out.errors),
    }
}

fn screen_file(name: &str) -> Result<Run, FileProblem> {
    let bytes = std::fs::read(format!("{DIR}{name}")).unwrap();
    // The same file fed whole, line by line and byte by byte must give the same outputs.
    let whole = screen_bytes(&bytes, bytes.len());
    for chunk in [1, 7, 64] {
        let other = screen_bytes(&bytes, chunk);
        match (&whole, &other) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a.eligible, b.eligible, "{name} in chunks of {chunk}");
                assert_eq!(a.ineligible, b.ineligible, "{name} in chunks of {chunk}");
                assert_eq!(a.review, b.review, "{name} in chunks of {chunk}");
                assert_eq!(a.errors, b.errors, "{name} in chunks of {chunk}");
            }
            (Err(a), Err(b)) => assert_eq!(a, b),
            _ => panic!("{name}: chunk size {chunk} changed the outcome"),
        }
    }
    whole
}

/// Nothing is lost: every row is in exactly one output, and the summary says so.
fn conserved(r: &Run) {
    let s = &r.summary;
    assert_eq!(
        s.rows,
        s.eligible + s.ineligible + s.review + s.errors,
        "{s:?}"
    );
    assert_eq!(data_lines(&r.eligible).len() as u64, s.eligible);
    assert_eq!(data_lines(&r.ineligible).len() as u64, s.ineligible);
    assert_eq!(data_lines(&r.review).len() as u64, s.review);
    assert_eq!(data_lines(&r.errors).len() as u64, s.errors);
}

/// The output a row landed in, and its line there (which ends with decision and reasons).
fn decision_of(r: &Run, needle: &str) -> (&'static str, String) {
    for (name, text) in [
        ("eligible", &r.eligible),
        ("ineligible", &r.ineligible),
        ("review", &r.review),
    ] {
        if let Some(line) = text.lines().find(|l| l.contains(needle)) {
            return (name, line.to_string());
        }
    }
    panic!("{needle} not in any output");
}

#[test]
fn an_empty_file_and_a_header_alone_give_empty_outputs_with_headers() {
    for name in ["empty.csv", "header_only.csv"] {
        let r = screen_file(name).unwrap();
        assert_eq!(r.summary.rows, 0, "{name}");
        conserved(&r);
        assert!(r.eligible.contains("decision"), "{name}: {}", r.eligible);
    }
}

#[test]
fn bom_and_crlf() {
    let r = screen_file("bom_crlf.csv").unwrap();
    conserved(&r);
    assert_eq!(r.summary.rows, 3);
    assert_eq!(decision_of(&r, "Sutrisno,").0, "eligible");
    // Sri Rahayu is a civil servant (PNS): covered by Taspen, not this programme.
    assert_eq!(decision_of(&r, "Sri Rahayu").0, "ineligible");
    assert!(decision_of(&r, "Sri Rahayu")
        .1
        .contains("occupation.not_excluded"));
    // The third row repeats Sutrisno's NIK: the later row fails enrolment.not_duplicate.
    let dup = decision_of(&r, "Sutrisno lagi");
    assert_eq!(dup.0, "ineligible");
    assert!(dup.1.contains("enrolment.not_duplicate"), "{dup:?}");
    assert_eq!(r.summary.duplicates, 1);
    assert!(
        !r.eligible.contains('\r'),
        "CRLF is not copied into the outputs"
    );
}

#[test]
fn semicolons_as_indonesian_excel_saves_them() {
    let r = screen_file("semicolon.csv").unwrap();
    conserved(&r);
    assert_eq!(r.summary.delimiter.as_deref(), Some(";"));
    assert_eq!(r.summary.rows, 3);
    // A quoted name with a semicolon inside stays one field, and the row is judged.
    assert_eq!(decision_of(&r, "Darmi; janda").0, "eligible");
    assert!(r
        .eligible
        .lines()
        .next()
        .unwrap()
        .ends_with(";decision;reasons"));
}

#[test]
fn windows_1252_names_are_read_and_written_as_utf8() {
    let r = screen_file("windows1252.csv").unwrap();
    conserved(&r);
    assert_eq!(decision_of(&r, "Désa Mülyono").0, "eligible");
}

#[test]
fn ragged_rows() {
    let r = screen_file("ragged.csv").unwrap();
    conserved(&r);
    assert_eq!(r.summary.rows, 4);
    // Too few fields: judged, and what is missing sends it to a person.
    assert_eq!(decision_of(&r, "Pendek").0, "review");
    // Two extra non-empty fields: the columns cannot be trusted; the row goes to errors
    // with its line number (line 4 of the file).
    assert_eq!(r.summary.errors, 1);
    assert!(
        r.errors.lines().nth(1).unwrap().starts_with("4,"),
        "{}",
        r.errors
    );
    // Extra fields that are empty are harmless.
    assert_eq!(r.summary.ineligible, 1);
}

#[test]
fn an_unclosed_quote_spoils_its_own_line_only() {
    let r = screen_file("bad_quotes.csv").unwrap();
    conserved(&r);
    assert_eq!(r.summary.rows, 3);
    assert_eq!(r.summary.errors, 1);
    assert!(r.errors.lines().nth(1).unwrap().starts_with("3,"));
    assert!(r.errors.contains("kutip"), "{}", r.errors);
    // The row after the broken one is read and judged.
    assert_eq!(decision_of(&r, "Joko").0, "eligible");
}

#[test]
fn a_ten_thousand_character_field() {
    let r = screen_file("long_field.csv").unwrap();
    conserved(&r);
    assert_eq!(r.summary.eligible, 1);
    assert!(r.eligible.contains(&"A".repeat(10_000)));
}

#[test]
fn empty_lines_are_not_rows() {
    let r = screen_file("empty_lines.csv").unwrap();
    conserved(&r);
    assert_eq!(r.summary.rows, 2);
    assert_eq!(r.summary.empty_lines, 4);
}

#[test]
fn binary_garbage_and_a_file_without_nik_are_refused_with_a_reason() {
    let bin = screen_file("binary.bin");
    assert!(
        matches!(bin, Err(FileProblem::BadHeader)),
        "{:?}",
        bin.err()
    );
    let no_nik = screen_file("no_nik.csv");
    match no_nik {
        Err(p @ FileProblem::NoNikColumn { .. }) => {
            assert_eq!(p.code(), "file.no_nik_column");
            assert!(p.message(layak::Lang::Id).contains("nama, tanggal_lahir"));
        }
        other => panic!("{:?}", other.err()),
    }
}

#[test]
fn xlsx_number_cells_are_not_trusted_and_date_cells_are_dates() {
    let bytes = std::fs::read(format!("{DIR}numeric_and_dates.xlsx")).unwrap();
    let mut book = layak::screen::xlsx::Workbook::open(std::io::Cursor::new(bytes)).unwrap();
    let mut s = Screener::new(checker(), None);
    let mut out = Outputs::default();
    book.for_each_row(|row, cells| {
        s.xlsx_row(row, cells, &mut out).unwrap();
    })
    .unwrap();
    let r = run(s.finish_xlsx(&mut out).unwrap(), out);
    conserved(&r);
    assert_eq!(r.summary.rows, 3);
    assert_eq!(r.summary.format, "xlsx");
    // A date cell is a date: Sutrisno, 45 on the as-of date, is eligible.
    assert_eq!(decision_of(&r, "Sutrisno").0, "eligible");
    // Sri Rahayu's NIK sits in a number cell: its 16th digit cannot be trusted.
    let sri = decision_of(&r, "Sri Rahayu");
    assert_eq!(sri.0, "ineligible");
    assert!(sri.1.contains("identity.nik"), "{sri:?}");
    assert!(
        r.ineligible.contains("E15"),
        "the number is shown as the spreadsheet shows it"
    );
    // Joko's KK is a number cell, but his village code settles domicile.
    assert_eq!(decision_of(&r, "Joko").0, "eligible");
}

#[test]
fn the_enrolled_list_fails_those_already_members() {
    let bytes = std::fs::read(format!("{DIR}bom_crlf.csv")).unwrap();
    let (set, skipped) = layak::screen::read_enrolled(b"nik\n3522 0612 0580 0001\n");
    assert_eq!(
        (set.len(), skipped),
        (1, 0),
        "a header is not an unusable line"
    );
    let mut s = Screener::new(checker(), Some(set));
    let mut out = Outputs::default();
    s.feed(&bytes, &mut out).unwrap();
    let r = run(s.finish(&mut out).unwrap(), out);
    assert_eq!(r.summary.enrolment_source, "list");
    let sutrisno = decision_of(&r, "Sutrisno,");
    assert_eq!(sutrisno.0, "ineligible");
    assert!(
        sutrisno.1.contains("enrolment.not_enrolled"),
        "{sutrisno:?}"
    );
}

#[test]
fn parallel_and_sequential_give_identical_outputs_on_generated_data() {
    let mut csv = Vec::new();
    let opts = layak::gen::GenOptions {
        rows: 20_000,
        seed: 11,
        as_of: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
    };
    layak::gen::write_csv(&mut csv, &opts).unwrap();
    let seq = screen_bytes(&csv, 1 << 16).unwrap();
    conserved(&seq);
    for (chunk, threads) in [(1 << 14, 2), (1 << 20, 3), (777, 2)] {
        let mut s = Screener::new(checker(), None);
        let mut out = Outputs::default();
        for c in csv.chunks(chunk) {
            s.feed_parallel(c, &mut out, threads).unwrap();
        }
        let par = run(s.finish(&mut out).unwrap(), out);
        assert_eq!(
            seq.eligible, par.eligible,
            "chunk {chunk}, {threads} threads"
        );
        assert_eq!(seq.ineligible, par.ineligible);
        assert_eq!(seq.review, par.review);
        assert_eq!(seq.errors, par.errors);
        assert_eq!(seq.summary.duplicates, par.summary.duplicates);
    }
    // The pipelined run the CLI uses: judged on threads while the previous chunk is written.
    for (chunk, threads) in [(1 << 14, 2), (1 << 20, 4), (777, 3), (5, 2)] {
        let mut s = Screener::new(checker(), None);
        let mut out = Outputs::default();
        let mut drained = Outputs::default();
        let mut input = &csv[..];
        s.run_pipelined(
            &mut input,
            chunk,
            threads,
            &mut out,
            |o| {
                move_outputs(o, &mut drained);
                Ok(())
            },
            |_| (),
        )
        .unwrap()
        .unwrap();
        let summary = s.finish(&mut out).unwrap();
        move_outputs(&mut out, &mut drained);
        let pipe = run(summary, drained);
        assert_eq!(
            seq.eligible, pipe.eligible,
            "chunk {chunk}, {threads} threads"
        );
        assert_eq!(seq.ineligible, pipe.ineligible);
        assert_eq!(seq.review, pipe.review);
        assert_eq!(seq.errors, pipe.errors);
        assert_eq!(seq.summary.duplicates, pipe.summary.duplicates);
    }
    // The generator's fault rates (gen.rs RATES) show up in the reasons: about 3 % of rows
    // are civil servants and the like, about 4 % are over 65.
    let s = &seq.summary;
    let share = |rule: &str| *s.by_reason.get(rule).unwrap_or(&0) as f64 / s.rows as f64;
    assert!(
        (0.02..0.04).contains(&share("occupation.not_excluded")),
        "{s:?}"
    );
    assert!((0.03..0.05).contains(&share("age.max")), "{s:?}");
    assert!(s.eligible as f64 / s.rows as f64 > 0.7);
}

/// What a writer would do with drained outputs: take them away, leaving the buffers empty.
fn move_outputs(from: &mut Outputs, to: &mut Outputs) {
    to.eligible.append(&mut from.eligible);
    to.ineligible.append(&mut from.ineligible);
    to.review.append(&mut from.review);
    to.errors.append(&mut from.errors);
}

/// Four million generated rows streamed through the screener (not written to disk): rows in
/// = rows out, and the duplicate set holds one entry per distinct NIK. Run it with
/// `cargo test --release --test screen -- --ignored` (the benchmark script does); in a debug
/// build it takes minutes.
#[test]
#[ignore]
fn four_million_rows_are_all_accounted_for() {
    struct Sink<'a> {
        screener: &'a mut Screener,
        out: Outputs,
        lines: [u64; 4],
    }
    impl std::io::Write for Sink<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.screener
                .feed_parallel(buf, &mut self.out, 2)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            for (i, b) in [
                &self.out.eligible,
                &self.out.ineligible,
                &self.out.review,
                &self.out.errors,
            ]
            .iter()
            .enumerate()
            {
                self.lines[i] += b.iter().filter(|c| **c == b'\n').count() as u64;
            }
            self.out.eligible.clear();
            self.out.ineligible.clear();
            self.out.review.clear();
            self.out.errors.clear();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut screener = Screener::new(checker(), None);
    screener.reserve(4_000_000);
    let mut sink = Sink {
        screener: &mut screener,
        out: Outputs::default(),
        lines: [0; 4],
    };
    let opts = layak::gen::GenOptions {
        rows: 4_000_000,
        seed: 4,
        as_of: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
    };
    let mut w = std::io::BufWriter::with_capacity(4 << 20, &mut sink);
    layak::gen::write_csv(&mut w, &opts).unwrap();
    drop(w);
    let lines = sink.lines;
    let mut out = Outputs::default();
    let s = screener.finish(&mut out).unwrap();
    assert_eq!(s.rows, 4_000_000);
    assert_eq!(s.rows, s.eligible + s.ineligible + s.review + s.errors);
    // Each output has its header line once.
    assert_eq!(lines.iter().sum::<u64>(), 4_000_000 + 4);
}

/// The browser splits a run across workers: one splits and applies, helpers judge parts of
/// each chunk, and the judged lines travel between them as bytes. Parts come back in any
/// order and several are in flight while the next chunk is split, so the line carried over
/// a chunk boundary must wait its turn too. The outputs must be those of a plain run.
#[test]
fn judging_in_another_worker_through_bytes_changes_nothing() {
    let mut csv = Vec::new();
    let opts = layak::gen::GenOptions {
        rows: 5_000,
        seed: 12,
        as_of: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
    };
    layak::gen::write_csv(&mut csv, &opts).unwrap();
    // Some trouble as well: a Windows-1252 name, an unclosed quote, too many fields.
    csv.extend_from_slice(b"3522061205800001,3522060101100003,D\xe9sa,1980-05-12,L,35.22.06.2001,rentan,buruh_tani,-,ya\n");
    csv.extend_from_slice(b"3522061205800002,\"x,1980-05-12\n");
    csv.extend_from_slice(b"3522061205800003,a,b,c,d,e,f,g,h,i,j,k\n");
    // Every row again: each is now a duplicate, and its first copy may sit in any part.
    let again = csv
        .split(|b| *b == b'\n')
        .skip(1)
        .collect::<Vec<_>>()
        .join(&b'\n');
    csv.extend_from_slice(&again);
    let plain = screen_bytes(&csv, 1 << 13).unwrap();

    let mut main = Screener::new(checker(), None);
    let mut helpers = [
        Screener::new(checker(), None),
        Screener::new(checker(), None),
    ];
    let mut out = Outputs::default();
    let mut ranges = Vec::new();
    let mut helpers_ready = false;
    // Parts judged and waiting to be applied, in input order: (bytes, ranges into them,
    // judgements).
    type Part = (Vec<u8>, Vec<(LineInfo, std::ops::Range<usize>)>, Vec<u8>);
    let mut in_flight: std::collections::VecDeque<Part> = Default::default();
    for c in csv.chunks(1 << 13) {
        let carried = main.split(c, &mut out, &mut ranges).unwrap();
        if !helpers_ready {
            if let Some(h) = main.header_line() {
                for helper in &mut helpers {
                    helper.set_header_line(&h).unwrap();
                }
                helpers_ready = true;
            }
        }
        if let Some((info, line)) = carried {
            let r = vec![(info, 0..line.len())];
            let packed = main.judge_packed(&line, &r);
            in_flight.push_back((line, r, packed));
        }
        // Parts of about 50 lines, copied out with offsets relative to the copy, judged by
        // the helpers in turn.
        for (i, part) in ranges.chunks(50).enumerate() {
            let base = part[0].1.start;
            let bytes = c[base..part[part.len() - 1].1.end].to_vec();
            let shifted: Vec<_> = part
                .iter()
                .map(|(info, r)| (*info, r.start - base..r.end - base))
                .collect();
            let packed = helpers[i % 2].judge_packed(&bytes, &shifted);
            in_flight.push_back((bytes, shifted, packed));
            while in_flight.len() > 5 {
                let (bytes, r, packed) = in_flight.pop_front().unwrap();
                main.apply_packed(&bytes, &r, &packed, &mut out);
            }
        }
    }
    for (bytes, r, packed) in in_flight {
        main.apply_packed(&bytes, &r, &packed, &mut out);
    }
    let r = run(main.finish(&mut out).unwrap(), out);
    assert_eq!(plain.eligible, r.eligible);
    assert_eq!(plain.ineligible, r.ineligible);
    assert_eq!(plain.review, r.review);
    assert_eq!(plain.errors, r.errors);
    // The two broken lines, twice; every row of the second copy is a duplicate.
    assert_eq!(r.summary.errors, 4);
    assert_eq!(r.summary.duplicates, plain.summary.duplicates);
    // Rows whose NIK cannot be read have no key to repeat; the others of the second copy do.
    assert!(r.summary.duplicates > 4_500, "{}", r.summary.duplicates);
    assert!(r.eligible.contains("Désa"));
}

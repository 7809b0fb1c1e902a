//! `layak nik --json` and `layak kk --json` on standard input judge batches of lines on two
//! threads; the output must be what one line at a time gives: one line out per line in, in
//! order, the same bytes as checking each value as an argument, and the same exit code.

mod common;
use common::layak;

/// 20,000 lines (more than two batches) of valid, broken, empty and retired values, from a
/// fixed seed.
fn lines() -> Vec<String> {
    let pool = [
        "3522061205800001",
        "3522 0612 0580 0000",
        "",
        "9102035205900012",
        "3522065205900012",
        "abc",
        "\"3522061205800001\"",
        "3522060101100003",
        "35220612058",
    ];
    let mut x: u64 = 7;
    (0..20_000)
        .map(|i| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let mut s = pool[(x >> 33) as usize % pool.len()].to_string();
            if i % 97 == 0 {
                s.push_str(&format!(" {i}"));
            }
            s
        })
        .collect()
}

#[test]
fn batches_on_two_threads_write_what_one_line_at_a_time_writes() {
    let input = lines();
    for kind in ["nik", "kk"] {
        let stdin = input.join("\n") + "\n";
        let streamed = layak(&[kind, "--json", "--as-of", "2025-06-01"], stdin.as_bytes());
        let out = String::from_utf8(streamed.stdout.clone()).expect("UTF-8");
        let got: Vec<&str> = out.lines().collect();
        assert_eq!(got.len(), input.len(), "{kind}: one line out per line in");
        // The first 200 values one by one, as arguments (the line-at-a-time path).
        let mut args = vec![kind, "--json", "--as-of", "2025-06-01", "--"];
        args.extend(input[..200].iter().map(String::as_str));
        let one = layak(&args, b"");
        let one = String::from_utf8(one.stdout).expect("UTF-8");
        for (i, want) in one.lines().enumerate() {
            assert_eq!(got[i], want, "{kind}: line {}", i + 1);
        }
        // Order holds across the batches: each line echoes its own input.
        for (i, (line, given)) in got.iter().zip(&input).enumerate() {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON");
            assert_eq!(v["input"], given.as_str(), "{kind}: line {}", i + 1);
        }
        assert_eq!(streamed.status.code(), Some(1), "{kind}: some are invalid");
    }
}

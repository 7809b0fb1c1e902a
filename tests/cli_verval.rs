//! `layak verval` on the command line: the result folder, all or nothing.

mod common;
use common::{layak, stderr};
use std::fs;
use std::path::PathBuf;

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("layak-cli-verval-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

const ENROLLED: &str = "nik,no_kk,nama,tanggal_lahir,jenis_kelamin,kode_desa,program,kategori,pekerjaan,terdata_miskin,tanggal_daftar\n\
3522061205800001,3522060101100003,Sutrisno,1980-05-12,L,35.22.06.2001,rentan,buruh_tani,-,ya,2024-03-01\n\
3522060707790008,3522060101100003,Marto,1979-07-07,L,35.22.06.2001,rentan,buruh_tani,-,ya,2024-03-01\n";

#[test]
fn a_round_writes_every_file_and_a_failed_round_keeps_the_previous_results() {
    let d = dir("round");
    let enrolled = d.join("peserta.csv");
    let deaths = d.join("kematian.csv");
    let out = d.join("hasil");
    fs::write(&enrolled, ENROLLED).unwrap();
    fs::write(
        &deaths,
        "nik,tanggal_meninggal,tanggal_lapor\n3522060707790008,2025-01-10,2025-05-20\n",
    )
    .unwrap();
    let o = layak(
        &[
            "verval",
            "--enrolled",
            enrolled.to_str().unwrap(),
            "--deaths",
            deaths.to_str().unwrap(),
            "--as-of",
            "2025-06-01",
            "--quiet",
            "--out",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for f in [
        "stay.csv",
        "leave.csv",
        "review.csv",
        "errors.csv",
        "claims.csv",
        "deaths-unmatched.csv",
        "admit.csv",
        "waitlist.csv",
        "not-admitted.csv",
        "summary.json",
    ] {
        assert!(out.join(f).exists(), "{f}");
    }
    let claims = fs::read_to_string(out.join("claims.csv")).unwrap();
    assert!(claims.contains("3522060707790008"), "{claims}");
    assert!(claims.contains(",42000000,"), "{claims}");
    let before = fs::read_to_string(out.join("summary.json")).unwrap();

    // A list without a NIK column cannot be used: exit 2, the previous results stay, and
    // the failed run leaves no working folder.
    let bad = d.join("rusak.csv");
    fs::write(&bad, "nama,alamat\nSutrisno,Dander\n").unwrap();
    let o = layak(
        &[
            "verval",
            "--enrolled",
            bad.to_str().unwrap(),
            "--as-of",
            "2025-06-01",
            "--out",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("NIK"), "{}", stderr(&o));
    assert_eq!(
        fs::read_to_string(out.join("summary.json")).unwrap(),
        before
    );
    let left: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".layak-run-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // The input is never touched.
    assert_eq!(fs::read_to_string(&enrolled).unwrap(), ENROLLED);
    let _ = fs::remove_dir_all(&d);
}

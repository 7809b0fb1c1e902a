//! Compiles `data/spellings.toml` (the words operators write for each coded value) into one
//! `match` per kind, so reading a cell is a comparison of a few bytes, allocates nothing,
//! and the WebAssembly package carries no TOML parser.
//!
//! The build refuses a word that means two values of one kind, an unknown kind or value, a
//! date that is not a date and an unknown confidence mark: a bad edit fails the build
//! instead of shipping a reader that quietly reads `n` as yes.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    spelling: Vec<Entry>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    kind: String,
    value: String,
    words: Vec<String>,
    added: String,
    source: String,
    confidence: String,
}

/// The comparison form of a word: the runtime's `read::key::Key` does the same (and a unit
/// test checks that the two agree on every word of the file).
pub fn key(s: &str) -> String {
    let t = s.trim();
    let mut out = String::new();
    let mut gap = false;
    for c in t.chars() {
        if matches!(c, ' ' | '\t' | '-' | '_') {
            gap = !out.is_empty();
        } else {
            if gap {
                out.push('_');
                gap = false;
            }
            out.push(c.to_ascii_lowercase());
        }
    }
    if out.is_empty() {
        t.to_string()
    } else {
        out
    }
}

/// Each kind: the Rust type of its values and the expression for a value.
fn value_expr(kind: &str, value: &str) -> Option<String> {
    let camel = |v: &str| -> String {
        v.split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect()
    };
    Some(match (kind, value) {
        ("yes_no", "yes") => "true".into(),
        ("yes_no", "no") => "false".into(),
        ("sex", "M" | "F") => format!("Sex::{value}"),
        ("citizenship", "WNI") => "Citizenship::Wni".into(),
        ("citizenship", "WNA") => "Citizenship::Wna".into(),
        ("program", "rentan" | "insentif") => format!("Program::{}", camel(value)),
        (
            "occupation",
            "none"
            | "pns"
            | "cpns"
            | "pppk"
            | "tni"
            | "polri"
            | "pejabat_negara"
            | "pekerja_penerima_upah"
            | "honorer"
            | "perangkat_desa",
        ) => format!("Occupation::{}", camel(value)),
        ("blank", "blank") => "()".into(),
        ("claim_type", "jkm" | "jkk" | "beasiswa") => format!("ClaimType::{}", camel(value)),
        (
            "relation",
            "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling"
            | "parent_in_law" | "will_appointee" | "other",
        ) => format!("Relation::{}", camel(value)),
        ("document", v) if DOCUMENTS.contains(&v) => format!("Document::{}", camel(value)),
        ("outcome", "death" | "total_disability" | "partial_disability" | "recovered") => {
            format!("Outcome::{}", camel(value))
        }
        ("school_level", "belum_sekolah") => "Level::NotInSchool".into(),
        ("school_level", "tk_sd" | "smp" | "sma" | "pt") => format!("Level::{}", camel(value)),
        ("signature", "signature" | "thumbprint") => format!("Signature::{}", camel(value)),
        ("basis", "jkm" | "jkk") => format!("Basis::{}", camel(value)),
        _ => return None,
    })
}

/// The document codes of CONTRACT.md §5 (`read::claim_codes::Document`; a unit test checks
/// that every code reads as its document).
const DOCUMENTS: [&str; 26] = [
    "kartu_peserta",
    "ktp_peserta",
    "ktp_ahli_waris",
    "kk",
    "akta_kematian",
    "surat_keterangan_kematian",
    "surat_keterangan_ahli_waris",
    "buku_tabungan",
    "buku_nikah",
    "akta_kelahiran",
    "surat_perwalian",
    "ktp_wali",
    "akta_wasiat",
    "penetapan_pengadilan",
    "surat_kuasa",
    "ktp_kuasa",
    "formulir_3",
    "formulir_3a",
    "formulir_3b",
    "kronologi",
    "ktp_saksi",
    "laporan_polisi",
    "kuitansi_pengobatan",
    "formulir_beasiswa",
    "surat_keterangan_sekolah",
    "rapor",
];

const KINDS: [(&str, &str); 13] = [
    ("yes_no", "bool"),
    ("sex", "Sex"),
    ("citizenship", "Citizenship"),
    ("program", "Program"),
    ("occupation", "Occupation"),
    ("blank", "()"),
    ("claim_type", "ClaimType"),
    ("relation", "Relation"),
    ("document", "Document"),
    ("outcome", "Outcome"),
    ("school_level", "Level"),
    ("signature", "Signature"),
    ("basis", "Basis"),
];

pub fn generate(out_dir: &Path) {
    let path = "data/spellings.toml";
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));

    // kind -> key -> (value expression, value, word as written)
    let mut by_kind: BTreeMap<&str, BTreeMap<String, (String, String)>> = BTreeMap::new();
    let mut table = String::new();
    for e in &file.spelling {
        let expr = value_expr(&e.kind, &e.value)
            .unwrap_or_else(|| panic!("{path}: unknown kind/value {}/{}", e.kind, e.value));
        assert!(
            ["confirmed", "likely", "unconfirmed"].contains(&e.confidence.as_str()),
            "{path}: confidence {:?}",
            e.confidence
        );
        let d = e.added.as_bytes();
        assert!(
            d.len() == 10
                && d[4] == b'-'
                && d[7] == b'-'
                && e.added.bytes().filter(u8::is_ascii_digit).count() == 8,
            "{path}: added {:?} is not YYYY-MM-DD",
            e.added
        );
        assert!(
            !e.source.trim().is_empty(),
            "{path}: an entry without source"
        );
        assert!(!e.words.is_empty(), "{path}: an entry without words");
        let map = by_kind.entry(kinds_name(&e.kind)).or_default();
        for w in &e.words {
            let k = key(w);
            assert!(
                k.len() <= 40 && k.is_ascii(),
                "{path}: {w:?} is longer than 40 bytes or not ASCII"
            );
            if let Some((_, other)) = map.get(&k) {
                assert_eq!(
                    other, &e.value,
                    "{path}: {w:?} means both {other} and {} as {}",
                    e.value, e.kind
                );
            }
            map.insert(k, (expr.clone(), e.value.clone()));
            let _ = writeln!(
                table,
                "    Spelling {{ kind: {:?}, value: {:?}, word: {:?}, added: {:?}, source: {:?}, confidence: {:?} }},",
                e.kind, e.value, w, e.added, e.source, e.confidence
            );
        }
    }

    let mut code =
        String::from("// Generated by build.rs from data/spellings.toml. Do not edit.\n\n");
    // Keys of up to 8 bytes (nearly every word) are compared as one little-endian u64, which
    // the compiler turns into a binary search; longer ones as text. A screening run reads
    // five such cells per row.
    let word = |k: &str| -> u64 {
        let mut b = [0u8; 8];
        b[..k.len()].copy_from_slice(k.as_bytes());
        u64::from_le_bytes(b)
    };
    for (kind, ty) in KINDS {
        let map = by_kind.get(kind).cloned().unwrap_or_default();
        let short: Vec<(&String, &String)> = map
            .iter()
            .filter(|(k, _)| k.len() <= 8)
            .map(|(k, (e, _))| (k, e))
            .collect();
        let long: Vec<(&String, &String)> = map
            .iter()
            .filter(|(k, _)| k.len() > 8)
            .map(|(k, (e, _))| (k, e))
            .collect();
        if ty == "()" {
            // A mark with no value: a yes/no question answered by the key.
            assert!(
                long.is_empty(),
                "data/spellings.toml: a {kind} word over 8 bytes"
            );
            let pats: Vec<String> = short
                .iter()
                .map(|(k, _)| format!("0x{:x} /* {k:?} */", word(k)))
                .collect();
            let _ = writeln!(
                code,
                "/// The `{kind}` words of data/spellings.toml, by comparison key.\n\
                 #[inline]\n\
                 pub(crate) fn lookup_{kind}(key: &Probe) -> bool {{\n    matches!(key, Probe::Word({}))\n}}\n",
                pats.join(" | ")
            );
            continue;
        }
        let arms = |items: &[(&String, &String)], hex: bool| -> String {
            let mut by_value: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for (k, e) in items {
                let pat = if hex {
                    format!("0x{:x} /* {k:?} */", word(k))
                } else {
                    format!("{k:?}")
                };
                by_value.entry(e.as_str()).or_default().push(pat);
            }
            by_value
                .iter()
                .map(|(e, pats)| format!("            {} => {e},\n", pats.join(" | ")))
                .collect()
        };
        let _ = writeln!(
            code,
            "/// The `{kind}` words of data/spellings.toml, by comparison key.\n\
             #[inline]\n\
             pub(crate) fn lookup_{kind}(key: &Probe) -> Option<{ty}> {{\n    \
             let k = match key {{\n        Probe::Word(w) => {{\n            return Some(match w {{\n{}            _ => return None,\n            }})\n        }}\n        Probe::Long(k) => k,\n        Probe::Nothing => return None,\n    }};",
            arms(&short, true)
        );
        if long.is_empty() {
            let _ = writeln!(code, "    let _ = k;\n    None\n}}\n");
        } else {
            let _ = writeln!(
                code,
                "    Some(match k.as_str() {{\n{}            _ => return None,\n    }})\n}}\n",
                arms(&long, false)
            );
        }
    }
    let _ = writeln!(
        code,
        "/// Every word of data/spellings.toml as written there, for documentation and tests.\n\
         pub const SPELLINGS: &[Spelling] = &[\n{table}];"
    );
    fs::write(out_dir.join("spellings.rs"), code).expect("write generated spellings");
}

fn kinds_name(kind: &str) -> &'static str {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(k, _)| *k)
        .unwrap_or_else(|| panic!("data/spellings.toml: unknown kind {kind}"))
}

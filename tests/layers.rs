//! The layers hold: every top-level module of the library uses only modules below it.
//!
//! The core is built bottom up (docs/ARCHITECTURE.md): text, date and region data; issue
//! facts (codes and typed details, no text); the identity numbers; the options; the rules and
//! claims (typed judgments, no text); `messages`, the only place text is made; masking; the
//! `api`; screening; the faces. A lower module that reaches up (the issue type rendering its
//! own message, a rule writing a sentence) ties everything into one knot, where nothing can be
//! understood, tested or changed alone. This test reads the `crate::` paths in `src/`
//! (outside `#[cfg(test)]` items and comments) and fails on any edge that points up or
//! sideways, which also rules out every import cycle.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The modules from the bottom up. A module may use only modules listed before it.
const ORDER: &[(&str, &[&str])] = &[
    (
        "text, date and region data",
        &["text", "lang", "confidence", "sex", "date", "region"],
    ),
    // The one reader (issue 12) turns operators' text into typed values and knows only the
    // data below it; the issue facts carry its unknown-key detail, the options its sex.
    // Masking is a transformation of values (digits starred) that the renderers apply where
    // they write a number; it knows nothing above the data.
    ("masking values", &["privacy"]),
    ("reading field values", &["read"]),
    ("issue facts: codes and typed details", &["issue"]),
    ("identity numbers", &["idnumber", "nik", "kk"]),
    // The one dated-parameter format and its reader, below every set's users.
    ("dated parameters", &["params"]),
    ("options of a check", &["options"]),
    ("rules and claims: typed judgments", &["rules", "claims"]),
    ("messages: the only place text is made", &["messages"]),
    ("one call per check", &["api"]),
    ("batch runs", &["write", "screen", "verval", "workbook"]),
    (
        "faces and tools",
        &["gen", "wasm", "wasm_verval", "wasm_workbook"],
    ),
];

fn rank(module: &str) -> Option<usize> {
    ORDER
        .iter()
        .flat_map(|(_, ms)| ms.iter())
        .position(|m| *m == module)
}

fn layer_of(module: &str) -> &'static str {
    ORDER
        .iter()
        .find(|(_, ms)| ms.contains(&module))
        .map_or("?", |(name, _)| name)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The source without `#[cfg(test)]` items (a `mod tests { ... }` block or a `mod tests;`
/// line) and without comments, keeping line breaks so line numbers stay right.
fn without_tests_and_comments(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = match after.find(['{', ';']) {
            Some(i) if after.as_bytes()[i] == b';' => i + 1,
            Some(i) => {
                let mut depth = 0usize;
                let mut end = after.len();
                for (j, b) in after.bytes().enumerate().skip(i) {
                    match b {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = j + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            None => after.len(),
        };
        out.extend(after[..end].chars().filter(|&c| c == '\n'));
        rest = &after[end..];
    }
    out.push_str(rest);
    out.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a source names after `crate::`, with the line of each mention:
/// `crate::nik::validate`, `use crate::{lang::Lang, region}` (groups may span lines).
fn crate_references(src: &str) -> Vec<(String, usize)> {
    let bytes = src.as_bytes();
    let mut found = Vec::new();
    let line_of = |i: usize| src[..i].bytes().filter(|&b| b == b'\n').count() + 1;
    let mut i = 0;
    while let Some(k) = src[i..].find("crate::") {
        let start = i + k;
        i = start + "crate::".len();
        let before = start.checked_sub(1).map(|j| bytes[j]);
        if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            continue;
        }
        if bytes.get(i) == Some(&b'{') {
            // A group: the names at depth one.
            let mut depth = 0usize;
            let mut j = i;
            let mut expect_name = true;
            while j < bytes.len() {
                match bytes[j] {
                    b'{' => {
                        depth += 1;
                        expect_name = depth == 1;
                    }
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    b',' if depth == 1 => expect_name = true,
                    b if expect_name && (b.is_ascii_alphabetic() || b == b'_') => {
                        let end = src[j..]
                            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                            .map_or(src.len(), |e| j + e);
                        found.push((src[j..end].to_string(), line_of(j)));
                        expect_name = false;
                        j = end;
                        continue;
                    }
                    _ => {}
                }
                j += 1;
            }
            i = j;
        } else {
            let end = src[i..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map_or(src.len(), |e| i + e);
            if end > i {
                found.push((src[i..end].to_string(), line_of(start)));
            }
        }
    }
    found
}

/// Names the crate root re-exports (`pub use issue::{Code, Issue}`), by the module they
/// come from, so `crate::Code` counts as a use of `issue`.
fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for line in lib.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, names)) = rest.trim_end_matches(';').split_once("::") else {
            continue;
        };
        for name in names.trim_matches(['{', '}']).split(',') {
            let name = name.trim();
            let name = name.rsplit(" as ").next().unwrap_or(name);
            if !name.is_empty() {
                map.insert(name.to_string(), module.to_string());
            }
        }
    }
    map
}

fn declared_modules(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|l| {
            let l = l.trim();
            l.strip_prefix("pub mod ")
                .or_else(|| l.strip_prefix("mod "))
                .map(|m| m.trim_end_matches(';').to_string())
        })
        .collect()
}

/// Every edge between top-level modules: (from, to, "file:line").
fn edges() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(root.join("lib.rs")).expect("src/lib.rs");
    let reexports = root_reexports(&lib);
    let modules = declared_modules(&lib);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut out = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&root).expect("under src/");
        let first = rel.components().next().expect("a path").as_os_str();
        let first = first.to_string_lossy();
        let from = first.trim_end_matches(".rs").to_string();
        // The binaries are faces (their `crate::` is their own), `lib.rs` only declares, and
        // a `tests.rs` is compiled for tests only.
        if from == "bin" || from == "lib" || rel.ends_with("tests.rs") {
            continue;
        }
        let src = std::fs::read_to_string(&file).expect("a source file");
        for (name, line) in crate_references(&without_tests_and_comments(&src)) {
            let to = if modules.contains(&name) {
                name
            } else if let Some(m) = reexports.get(&name) {
                m.clone()
            } else {
                continue; // a macro or item defined in lib.rs itself
            };
            if to != from {
                out.push((from.clone(), to, format!("src/{}:{line}", rel.display())));
            }
        }
    }
    out
}

#[test]
fn every_module_has_a_place_in_the_order() {
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("src/lib.rs");
    let unplaced: Vec<String> = declared_modules(&lib)
        .into_iter()
        .filter(|m| rank(m).is_none())
        .collect();
    assert!(
        unplaced.is_empty(),
        "modules without a layer: {unplaced:?}; add them to ORDER in tests/layers.rs and to \
         docs/ARCHITECTURE.md"
    );
}

#[test]
fn no_module_uses_one_above_it() {
    let all = edges();
    assert!(
        all.len() > 30,
        "the reader found only {} edges: it is broken",
        all.len()
    );
    let upward: Vec<String> = all
        .iter()
        .filter(|(from, to, _)| match (rank(from), rank(to)) {
            (Some(f), Some(t)) => t >= f,
            _ => false,
        })
        .map(|(from, to, at)| {
            format!(
                "{at}: {from} ({}) uses {to} ({})",
                layer_of(from),
                layer_of(to)
            )
        })
        .collect();
    assert!(
        upward.is_empty(),
        "lower layers must not use higher ones (docs/ARCHITECTURE.md):\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_reader_sees_groups_and_ignores_tests_and_comments() {
    let src = "use crate::{lang::Lang,\n    region::{self, RegionCode}};\n// crate::api\n\
               fn f() { crate::nik::validate(); }\n#[cfg(test)]\nmod tests {\n    use crate::screen;\n}\n";
    let refs = crate_references(&without_tests_and_comments(src));
    let names: Vec<&str> = refs.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["lang", "region", "nik"]);
    assert_eq!(refs[2].1, 4, "line numbers survive the stripping");
}

#[test]
fn an_upward_edge_would_be_caught() {
    // The edge this issue removed: `issue` rendering through `messages`.
    assert!(rank("messages") > rank("issue"));
    assert!(rank("claims") > rank("issue"));
    assert!(rank("messages") > rank("rules"));
}

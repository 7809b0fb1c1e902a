//! The repository explains itself: the reference in `docs/` covers every issue code, its links
//! and the README's lead to files that exist, and nothing points outside the repository.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The files written by people: sources, data, docs, scripts, tests, the web app. Build
/// output, dependencies and fuzzing corpora are left out.
fn text_files(dir: &Path, out: &mut Vec<PathBuf>) {
    const SKIP: &[&str] = &[
        "target",
        "node_modules",
        ".git",
        "pkg",
        "corpus",
        "artifacts",
        "test-artifacts",
    ];
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if !SKIP.contains(&name.as_str()) {
                text_files(&p, out);
            }
        } else if let Ok(meta) = e.metadata() {
            if meta.len() < 4_000_000 {
                out.push(p);
            }
        }
    }
}

#[test]
fn every_issue_code_is_in_the_interface_reference() {
    let doc = read("docs/INTERFACE.md");
    let missing: Vec<&str> = layak::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !doc.contains(&format!("`{c}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "codes not documented in docs/INTERFACE.md §10: {missing:?}"
    );
}

#[test]
fn nothing_points_outside_the_repository() {
    let outside = concat!("..", "/shared");
    let mut files = Vec::new();
    text_files(root(), &mut files);
    assert!(files.len() > 50, "found only {} files", files.len());
    let offenders: Vec<String> = files
        .iter()
        .filter(|p| {
            std::fs::read(p)
                .map(|b| b.windows(outside.len()).any(|w| w == outside.as_bytes()))
                .unwrap_or(false)
        })
        .map(|p| p.strip_prefix(root()).unwrap_or(p).display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "files pointing outside the repository: {offenders:?}"
    );
}

#[test]
fn links_in_the_readme_and_docs_lead_to_files_in_the_repository() {
    let mut docs = vec![
        PathBuf::from("README.md"),
        PathBuf::from("CHANGELOG.md"),
        PathBuf::from("pkg-config/README.md"),
    ];
    if let Ok(entries) = std::fs::read_dir(root().join("docs")) {
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "md") {
                docs.push(PathBuf::from("docs").join(e.file_name()));
            }
        }
    }
    let mut broken = Vec::new();
    for doc in &docs {
        let text = read(&doc.to_string_lossy());
        let base = doc.parent().unwrap_or(Path::new(""));
        // Markdown links: ](target)
        for (i, _) in text.match_indices("](") {
            let rest = &text[i + 2..];
            let Some(end) = rest.find(')') else { continue };
            let target = &rest[..end];
            // The repository explains itself: a web address is named in the text, not linked,
            // so no page depends on a site that can move or vanish.
            if target.contains("://") || target.starts_with("mailto:") {
                broken.push(format!("{}: {target} leaves the repository", doc.display()));
                continue;
            }
            if target.starts_with('#') {
                continue;
            }
            let path = target.split('#').next().unwrap_or(target);
            if path.is_empty() {
                continue;
            }
            let full = root().join(base).join(path);
            if !full.exists() {
                broken.push(format!("{}: {target}", doc.display()));
            }
            let inside = full
                .canonicalize()
                .map(|f| f.starts_with(root().canonicalize().unwrap_or_default()))
                .unwrap_or(false);
            if full.exists() && !inside {
                broken.push(format!(
                    "{}: {target} is outside the repository",
                    doc.display()
                ));
            }
        }
    }
    assert!(broken.is_empty(), "broken links: {broken:?}");
}

use super::*;
use std::io::Write;

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("layak-write-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

const OUT: [&str; 3] = ["a.csv", "b.csv", SUMMARY];

fn run(dir: &Path, tag: &str) {
    let mut f = ResultFolder::begin(dir, &OUT, &[]).unwrap();
    for name in OUT {
        let mut w = f.file(name).unwrap();
        write!(w, "{tag} {name}").unwrap();
        w.flush().unwrap();
    }
    f.commit().unwrap();
}

fn read(p: PathBuf) -> String {
    fs::read_to_string(p).unwrap_or_default()
}

#[test]
fn a_commit_replaces_the_results_and_keeps_the_previous_for_one_run() {
    let d = tmp("commit");
    run(&d, "one");
    assert_eq!(read(d.join("a.csv")), "one a.csv");
    run(&d, "two");
    run(&d, "three");
    assert_eq!(read(d.join("summary.json")), "three summary.json");
    assert_eq!(read(d.join("b.csv")), "three b.csv");
    assert_eq!(read(d.join(PREVIOUS).join("b.csv")), "two b.csv");
    assert_eq!(read(d.join(PREVIOUS).join(SUMMARY)), "two summary.json");
    // Nothing else is left: no working folder.
    // Nothing else is left: no working folder, and the results of two runs back are gone
    // once the next run has begun and committed.
    run(&d, "four");
    let left: Vec<_> = fs::read_dir(&d)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(WORK_PREFIX) || n.starts_with(OLD_PREFIX))
        .collect();
    assert!(left.len() <= 1, "{left:?}");
    assert!(!left.iter().any(|n| n.starts_with(WORK_PREFIX)), "{left:?}");
}

#[test]
fn a_run_that_does_not_commit_leaves_the_previous_results_as_they_were() {
    let d = tmp("abandon");
    run(&d, "one");
    {
        let mut f = ResultFolder::begin(&d, &OUT, &[]).unwrap();
        let mut w = FailAfter::new(f.file("a.csv").unwrap(), 5);
        let err = w.write_all(b"two a.csv, and more").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        // The in-progress files are not under the final names.
        assert_eq!(read(d.join("a.csv")), "one a.csv");
    }
    for name in OUT {
        assert_eq!(read(d.join(name)), format!("one {name}"));
    }
    assert!(fs::read_dir(&d).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with(WORK_PREFIX)));
}

#[test]
fn a_second_run_is_refused_while_the_first_holds_the_folder() {
    let d = tmp("busy");
    let first = ResultFolder::begin(&d, &OUT, &[]).unwrap();
    match ResultFolder::begin(&d, &OUT, &[]) {
        Err(FolderError::Busy { pid, .. }) => assert_eq!(pid, std::process::id()),
        other => panic!("expected Busy, got {other:?}"),
    }
    drop(first);
    assert!(ResultFolder::begin(&d, &OUT, &[]).is_ok());
}

#[test]
fn an_input_that_is_an_output_is_refused_also_through_a_link() {
    let d = tmp("protect");
    run(&d, "one");
    let input = d.join("a.csv");
    assert!(matches!(
        ResultFolder::begin(&d, &OUT, &[&input]),
        Err(FolderError::WouldOverwrite { .. })
    ));
    run(&d, "two");
    let kept = d.join(PREVIOUS).join("b.csv");
    assert!(matches!(
        ResultFolder::begin(&d, &OUT, &[&kept]),
        Err(FolderError::WouldOverwrite { .. })
    ));
    #[cfg(unix)]
    {
        let link = tmp("protect-link").join("input.csv");
        std::os::unix::fs::symlink(&input, &link).unwrap();
        assert!(matches!(
            ResultFolder::begin(&d, &OUT, &[&link]),
            Err(FolderError::WouldOverwrite { .. })
        ));
    }
    // An input elsewhere in the folder is fine.
    let other = d.join("calon.csv");
    fs::write(&other, "nik\n").unwrap();
    assert!(ResultFolder::begin(&d, &OUT, &[&other]).is_ok());
}

#[cfg(unix)]
#[test]
fn a_link_at_an_output_name_is_replaced_not_written_through() {
    let d = tmp("link");
    let target = tmp("link-target").join("precious.txt");
    fs::write(&target, "precious").unwrap();
    std::os::unix::fs::symlink(&target, d.join("a.csv")).unwrap();
    run(&d, "one");
    assert_eq!(read(target.clone()), "precious");
    assert!(fs::symlink_metadata(d.join("a.csv")).unwrap().is_file());
    assert_eq!(read(d.join("a.csv")), "one a.csv");
}

#[test]
fn a_commit_killed_half_way_is_finished_by_the_next_run() {
    let d = tmp("half");
    run(&d, "one");
    // A commit stopped after the old summary and one file moved: done by hand, as a kill
    // would leave it.
    let mut f = ResultFolder::begin(&d, &OUT, &[]).unwrap();
    for name in OUT {
        let mut w = f.file(name).unwrap();
        write!(w, "two {name}").unwrap();
        w.flush().unwrap();
    }
    let work = f.work_dir().to_path_buf();
    fs::write(work.join(COMMITTING), "a.csv\nb.csv\nsummary.json\n").unwrap();
    fs::create_dir(work.join(ASIDE)).unwrap();
    fs::rename(d.join(SUMMARY), work.join(ASIDE).join(SUMMARY)).unwrap();
    fs::rename(d.join("a.csv"), work.join(ASIDE).join("a.csv")).unwrap();
    fs::rename(work.join("a.csv"), d.join("a.csv")).unwrap();
    std::mem::forget(f); // as if killed: no Drop; the lock goes with the file handle
                         // The forgotten handle still holds the lock in this process: take it over as the
                         // system would for a dead process by removing nothing but dropping the handle is not
                         // possible, so tidy directly.
    let (r, _) = tidy(&d, &OUT).unwrap();
    assert_eq!(r.finished, 1);
    for name in OUT {
        assert_eq!(read(d.join(name)), format!("two {name}"));
        assert_eq!(read(d.join(PREVIOUS).join(name)), format!("one {name}"));
    }
}

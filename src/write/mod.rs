//! Writing a folder of results all or nothing (natively; the browser keeps its results in
//! memory and offers them only once a run is complete).
//!
//! Screening results decide who gets social-security cover, and the regency office passes
//! the files around as final. So a run that is killed, fails on a bad input or fills the
//! disk must never leave a folder that looks complete but is not, and must never destroy the
//! previous run's complete results or the input itself. [`ResultFolder`] gives every command
//! that writes a folder (`layak screen`, `layak verval`) the same guarantees:
//!
//! - **All or nothing.** The run writes into a new working folder inside the output folder,
//!   `DIR/.layak-run-<pid>-<n>/`, and only [`ResultFolder::commit`] moves the finished files
//!   into place, `summary.json` last. Until then the previous results stay in place, complete
//!   and readable. A run that ends without committing (an error, a panic, `Drop`) removes its
//!   working folder; one that is killed leaves it, and the next run into the folder removes
//!   it. A folder holding `summary.json` holds the complete results that summary describes.
//! - **The previous results are kept for one run**, in `DIR/sebelumnya/` ("previous"),
//!   replaced by the next commit.
//! - **One run per folder.** [`ResultFolder::begin`] takes an operating-system lock on
//!   `DIR/.layak.lock`, which holds the pid of the run holding it. A second run is refused at
//!   once with [`FolderError::Busy`] naming that pid. The system releases the lock when a
//!   process ends, however it ends, so a killed run's lock is simply taken over; its working
//!   folder is then removed, or, if it was killed in the middle of its commit, the commit is
//!   finished (every step of a commit can be done again safely).
//! - **Never someone else's file.** `begin` refuses with [`FolderError::WouldOverwrite`]
//!   when an input (the screening file, the enrolled list, a parameter file) is, or resolves
//!   to, a file the run would replace, also through a symbolic link. A symbolic link at an
//!   output name is itself moved to `sebelumnya/` and replaced: the run never writes through
//!   it.
//!
//! ```no_run
//! use layak::write::ResultFolder;
//! use std::io::Write;
//! # fn main() -> Result<(), layak::write::FolderError> {
//! let inputs = [std::path::Path::new("calon.csv")];
//! let mut folder = ResultFolder::begin("hasil".as_ref(), &["stay.csv", "summary.json"], &inputs)?;
//! let mut stay = folder.file("stay.csv")?;
//! stay.write_all(b"nik\n")?;
//! stay.flush()?;
//! drop(stay);
//! folder.file("summary.json")?.write_all(b"{}\n")?;
//! folder.commit()?; // only now do the new files replace the old ones
//! # Ok(()) }
//! ```
//!
//! The summary must be named `summary.json` to be moved last; every other name is moved in
//! the order of `outputs`.

mod lock;

pub use lock::Lock;

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// The name of the file that says a folder's results are complete; moved into place last.
pub const SUMMARY: &str = "summary.json";
/// Where the previous run's results are kept, for one run.
pub const PREVIOUS: &str = "sebelumnya";
/// The prefix of a run's working folder.
pub const WORK_PREFIX: &str = ".layak-run-";
/// Inside a working folder: present once the commit has begun (a killed commit is finished
/// by the next run).
const COMMITTING: &str = ".commit";
/// Inside a working folder: the outputs moved aside during a commit.
const ASIDE: &str = ".aside";
/// The prefix of the results two runs back, moved out of `sebelumnya/` by a commit and
/// removed by the next run on a thread of its own (removing a million rows' files takes
/// tens of milliseconds, which a run should not wait for).
const OLD_PREFIX: &str = ".layak-old-";

/// Why a result folder cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    /// Another run holds the folder's lock.
    #[error("the folder {dir} is in use by another run (process {pid})")]
    Busy {
        /// The folder.
        dir: PathBuf,
        /// The holding process, as written in the lock file (0 when unreadable).
        pid: u32,
    },
    /// An input is, or resolves to, a file the run would replace.
    #[error("{input} is the output {output}")]
    WouldOverwrite {
        /// The input as given.
        input: PathBuf,
        /// The output it is.
        output: PathBuf,
    },
    /// Creating, writing or moving a file failed.
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// What `begin` found and tidied from an earlier run that was killed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovered {
    /// Working folders of killed runs removed (their results were never complete).
    pub removed: u32,
    /// Commits of killed runs finished.
    pub finished: u32,
}

/// A result folder being written. See the module documentation.
#[derive(Debug)]
pub struct ResultFolder {
    dir: PathBuf,
    work: PathBuf,
    outputs: Vec<String>,
    recovered: Recovered,
    committed: bool,
    /// Removes older results while the run works; joined before the lock is released.
    cleanup: Option<std::thread::JoinHandle<()>>,
    _lock: Lock,
}

impl ResultFolder {
    /// Creates `dir` if needed, locks it, tidies what a killed run left, refuses when an
    /// input in `protect` is one of the `outputs` (in `dir` or in `dir/sebelumnya/`), and
    /// makes a new working folder. Nothing of the previous results is touched.
    pub fn begin(dir: &Path, outputs: &[&str], protect: &[&Path]) -> Result<Self, FolderError> {
        fs::create_dir_all(dir)?;
        let lock = Lock::take(dir)?;
        for input in protect {
            check_not_output(input, dir, outputs)?;
        }
        let (recovered, old) = tidy(dir, outputs)?;
        let cleanup = (!old.is_empty()).then(|| {
            std::thread::spawn(move || {
                for p in old {
                    let _ = fs::remove_dir_all(p);
                }
            })
        });
        let pid = std::process::id();
        let mut n = 0u32;
        let work = loop {
            let w = dir.join(format!("{WORK_PREFIX}{pid}-{n}"));
            match fs::create_dir(&w) {
                Ok(()) => break w,
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
                Err(e) => return Err(e.into()),
            }
        };
        Ok(ResultFolder {
            dir: dir.to_path_buf(),
            work,
            outputs: outputs.iter().map(|s| s.to_string()).collect(),
            recovered,
            committed: false,
            cleanup,
            _lock: lock,
        })
    }

    /// What was tidied from killed runs, to say so.
    pub fn recovered(&self) -> &Recovered {
        &self.recovered
    }

    /// The working folder (for a caller that writes its files itself).
    pub fn work_dir(&self) -> &Path {
        &self.work
    }

    /// The final folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Creates the output `name` in the working folder. `name` must be one of the outputs
    /// given to [`ResultFolder::begin`].
    pub fn file(&mut self, name: &str) -> io::Result<BufWriter<File>> {
        if !self.outputs.iter().any(|o| o == name) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{name} is not an output of this run"),
            ));
        }
        let f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(self.work.join(name))?;
        Ok(BufWriter::with_capacity(1 << 20, f))
    }

    /// Moves the finished files into place (`summary.json` last), the previous results to
    /// `sebelumnya/`, and removes the working folder. The files must have been flushed.
    /// An output the run did not create is not left behind from the previous run either: it
    /// goes to `sebelumnya/` with the rest.
    pub fn commit(mut self) -> io::Result<()> {
        // The files' data is not forced to disk here (`fsync` of a million rows' outputs
        // would cost as much as the screening): the guarantee is against a run killed,
        // failing or finding the disk full. After a power cut the file system's own
        // ordering of a rename after the data it replaces (ext4's `auto_da_alloc`, NTFS,
        // APFS) is relied on.
        let mut produced = String::new();
        for name in &self.outputs {
            if self.work.join(name).exists() {
                produced.push_str(name);
                produced.push('\n');
            }
        }
        // The marker names the files this run made, so that a commit finished by the next
        // run knows a file already in place from one still to move.
        let mut marker = File::create(self.work.join(COMMITTING))?;
        marker.write_all(produced.as_bytes())?;
        finish_commit(&self.dir, &self.work, &self.outputs)?;
        self.committed = true;
        if let Some(t) = self.cleanup.take() {
            let _ = t.join();
        }
        Ok(())
    }
}

impl Drop for ResultFolder {
    /// A run that did not commit leaves nothing: its working folder is removed (the previous
    /// results were never touched). The lock is released after.
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.work);
        }
        if let Some(t) = self.cleanup.take() {
            let _ = t.join();
        }
    }
}

/// The commit's steps; each can be done again after a kill (the next run finishes a commit
/// that was begun): a file is moved only while its source is still there.
fn finish_commit(dir: &Path, work: &Path, outputs: &[String]) -> io::Result<()> {
    let marker = fs::read_to_string(work.join(COMMITTING))?;
    let produced: Vec<&str> = marker.lines().collect();
    let aside = work.join(ASIDE);
    match fs::create_dir(&aside) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    fault_point("commit");
    let summary_new = work.join(SUMMARY);
    // First the old summary goes: from here until the new one is in place the folder says
    // it is not complete.
    if summary_new.exists() {
        move_aside(dir, &aside, SUMMARY)?;
        fault_point("commit");
    }
    for name in outputs.iter().filter(|n| *n != SUMMARY) {
        let new = work.join(name);
        if !produced.contains(&name.as_str()) {
            // Not made by this run: the previous one must not pass for a new one.
            move_aside(dir, &aside, name)?;
        } else if new.exists() {
            move_aside(dir, &aside, name)?;
            fault_point("commit");
            fs::rename(&new, dir.join(name))?;
            fault_point("commit");
        }
    }
    if !produced.contains(&SUMMARY) {
        move_aside(dir, &aside, SUMMARY)?;
    }
    sync_dir(dir);
    if summary_new.exists() {
        fs::rename(&summary_new, dir.join(SUMMARY))?;
    }
    sync_dir(dir);
    fault_point("commit");
    // The new results are complete. The previous ones replace the ones before them.
    let previous = dir.join(PREVIOUS);
    if fs::read_dir(&aside)?.next().is_some() {
        if fs::symlink_metadata(&previous).is_ok() {
            let work_name = work.file_name().and_then(|n| n.to_str()).unwrap_or("run");
            let run = work_name.strip_prefix(WORK_PREFIX).unwrap_or(work_name);
            let old = dir.join(format!("{OLD_PREFIX}{run}"));
            if fs::symlink_metadata(&old).is_ok() {
                fs::remove_dir_all(&old)?;
            }
            fs::rename(&previous, old)?;
        }
        fs::rename(&aside, &previous)?;
    }
    fs::remove_dir_all(work)?;
    sync_dir(dir);
    Ok(())
}

/// Moves `dir/name` (a file or a symbolic link, never followed) into `aside`, unless it is
/// not there or was already moved.
fn move_aside(dir: &Path, aside: &Path, name: &str) -> io::Result<()> {
    let old = dir.join(name);
    if fs::symlink_metadata(&old).is_err() || fs::symlink_metadata(aside.join(name)).is_ok() {
        return Ok(());
    }
    fs::rename(&old, aside.join(name))
}

/// Removes the working folders of killed runs and finishes their commits, and returns the
/// older results to remove (on a thread). Called with the lock held, so no other run is
/// using them.
fn tidy(dir: &Path, outputs: &[&str]) -> io::Result<(Recovered, Vec<PathBuf>)> {
    let mut r = Recovered::default();
    let mut old = Vec::new();
    let outputs: Vec<String> = outputs.iter().map(|s| s.to_string()).collect();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        // Earlier versions moved an output aside as `.NAME.lama` before rewriting it.
        if outputs
            .iter()
            .any(|o| name.strip_prefix('.') == Some(&format!("{o}.lama")))
        {
            fs::remove_file(entry.path())?;
            continue;
        }
        if name.starts_with(OLD_PREFIX) {
            old.push(entry.path());
            continue;
        }
        if !name.starts_with(WORK_PREFIX) || !entry.file_type()?.is_dir() {
            continue;
        }
        let work = entry.path();
        if work.join(COMMITTING).exists() {
            finish_commit(dir, &work, &outputs)?;
            r.finished += 1;
        } else {
            fs::remove_dir_all(&work)?;
            r.removed += 1;
        }
    }
    Ok((r, old))
}

/// Refuses when `input` is, or resolves to, an output in `dir` or in `dir/sebelumnya/`:
/// the same file (device and inode, so also a hard link), the same resolved path, or the
/// same name given. A symbolic link at an output name is not its target: the run replaces
/// the link and the target is never written.
fn check_not_output(input: &Path, dir: &Path, outputs: &[&str]) -> Result<(), FolderError> {
    let Ok(meta) = fs::metadata(input) else {
        // An input that cannot be read is reported by whoever reads it.
        return Ok(());
    };
    let resolved = fs::canonicalize(input).ok();
    // The name as given, with only its folder resolved (the file may be a link).
    let given = match (input.parent(), input.file_name()) {
        (Some(p), Some(n)) => {
            let p = if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            };
            fs::canonicalize(p).ok().map(|p| p.join(n))
        }
        _ => None,
    };
    for folder in [dir.to_path_buf(), dir.join(PREVIOUS)] {
        let folder_resolved = fs::canonicalize(&folder).ok();
        for name in outputs {
            let out = folder.join(name);
            let same_file = fs::symlink_metadata(&out).is_ok_and(|m| same(&meta, &m));
            let out_path = folder_resolved.as_ref().map(|f| f.join(name));
            let same_path = out_path.is_some() && (out_path == resolved || out_path == given);
            if same_file || same_path {
                return Err(FolderError::WouldOverwrite {
                    input: input.to_path_buf(),
                    output: out,
                });
            }
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    // The canonical paths are compared instead.
    false
}

/// Makes the folder's entries durable (a rename is only as safe as the folder holding it).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// For the fault-injection tests: with `LAYAK_FAULT_ABORT=commit:K` in the environment the
/// process aborts, as if killed, at the K-th step of a commit (K from 1).
fn fault_point(site: &str) {
    use std::sync::atomic::{AtomicU32, Ordering};
    static STEPS: AtomicU32 = AtomicU32::new(0);
    let Ok(spec) = std::env::var("LAYAK_FAULT_ABORT") else {
        return;
    };
    let Some((at, k)) = spec.split_once(':') else {
        return;
    };
    if at == site {
        let step = STEPS.fetch_add(1, Ordering::Relaxed) + 1;
        if k.parse() == Ok(step) {
            std::process::abort();
        }
    }
}

/// A writer that fails once `limit` bytes have gone through, as a full disk does: for
/// testing that a run which cannot write leaves the previous results as they were. The CLI
/// puts one around each output when `LAYAK_FAULT_WRITE_AFTER=N` is set.
#[derive(Debug)]
pub struct FailAfter<W> {
    inner: W,
    left: u64,
}

impl<W: Write> FailAfter<W> {
    /// Lets `limit` bytes through to `inner`, then fails.
    pub fn new(inner: W, limit: u64) -> Self {
        FailAfter { inner, left: limit }
    }
}

impl<W: Write> Write for FailAfter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.left == 0 && !buf.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device (simulated)",
            ));
        }
        let n = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.write(&buf[..n])?;
        self.left -= n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests;

//! The lock of an output folder: one run at a time.
//!
//! The lock is the operating system's lock on the file `DIR/.layak.lock` (`flock` on Linux
//! and macOS, `LockFileEx` on Windows), not the file's existence: the system releases it when
//! the holding process ends, however it ends, so a lock left by a killed run is never stale.
//! The file holds the holder's pid, only to say who holds it. It is never removed (removing
//! a lock file while another run waits on it would let two runs in).

use super::FolderError;
use std::fs::{self, File};
use std::io::{Read, Seek, Write};
use std::path::Path;

/// The lock file's name inside the output folder.
pub const LOCK_FILE: &str = ".layak.lock";

/// A held lock; released when dropped.
#[derive(Debug)]
pub struct Lock {
    file: File,
}

impl Lock {
    /// Takes the lock of `dir`, or says which process holds it.
    pub fn take(dir: &Path) -> Result<Lock, FolderError> {
        let path = dir.join(LOCK_FILE);
        // Never follow a link planted at the lock's name: it would make us truncate its
        // target.
        if fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
            fs::remove_file(&path)?;
        }
        let mut file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                let pid = text.trim().parse().unwrap_or(0);
                return Err(FolderError::Busy {
                    dir: dir.to_path_buf(),
                    pid,
                });
            }
            Err(fs::TryLockError::Error(e)) => return Err(e.into()),
        }
        file.set_len(0)?;
        file.rewind()?;
        writeln!(file, "{}", std::process::id())?;
        file.flush()?;
        Ok(Lock { file })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

//! The comparison form of a word, so `Laki-laki`, `laki laki` and `LAKI_LAKI` are one word.
//!
//! Operators type codes and words with any case, with spaces or dashes where the contract
//! writes `_`, and with stray spaces around them. A [`Key`] is the text trimmed, its ASCII
//! letters lower-cased, and every run of spaces, tabs, dashes and underscores between words
//! made one `_`. A value that is nothing but such separators (`-`, the spreadsheet mark for
//! "nothing") is kept as written. The key lives on the stack: reading a million cells
//! allocates nothing. build.rs compares the words of `data/spellings.toml` the same way.

/// The longest key kept: longer text is no word of any list.
pub const MAX: usize = 40;

/// A word in comparison form (at most [`MAX`] ASCII bytes).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Key {
    buf: [u8; MAX],
    len: u8,
}

impl Key {
    /// The key of `s`, or `None` when it is longer than [`MAX`] bytes or not ASCII (no word of
    /// the lists is either, so such text is simply not one of them).
    #[inline]
    pub fn of(s: &str) -> Option<Key> {
        let t = crate::text::trim(s).as_bytes();
        let mut k = Key {
            buf: [0; MAX],
            len: 0,
        };
        let mut n = 0usize;
        let mut gap = false;
        for &b in t {
            if matches!(b, b' ' | b'\t' | b'-' | b'_') {
                gap = n > 0;
                continue;
            }
            if b >= 0x80 {
                return None;
            }
            if gap {
                *k.buf.get_mut(n)? = b'_';
                n += 1;
                gap = false;
            }
            *k.buf.get_mut(n)? = b.to_ascii_lowercase();
            n += 1;
        }
        if n == 0 && !t.is_empty() {
            // Only separators: compared as written (`-`).
            k.buf.get_mut(..t.len())?.copy_from_slice(t);
            n = t.len();
        }
        k.len = n as u8;
        Some(k)
    }

    /// The key as text.
    #[inline]
    pub fn as_str(&self) -> &str {
        // Only ASCII bytes are ever stored.
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
    }

    /// Whether the key is empty (the text was empty or blank).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Key({:?})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> String {
        Key::of(s)
            .map(|k| k.as_str().to_string())
            .unwrap_or_default()
    }

    #[test]
    fn words_as_typed_become_one_key() {
        assert_eq!(k("Laki-laki"), "laki_laki");
        assert_eq!(k(" laki  laki "), "laki_laki");
        assert_eq!(k("LAKI_LAKI"), "laki_laki");
        assert_eq!(k("Pekerja Penerima Upah"), "pekerja_penerima_upah");
        assert_eq!(k("--tidak ada--"), "tidak_ada");
        assert_eq!(k("PR."), "pr.");
        assert_eq!(k("-"), "-");
        assert_eq!(k(" - "), "-");
        assert_eq!(k(""), "");
        assert_eq!(k("\u{a0}Ya\u{a0}"), "ya");
        assert!(Key::of("perempuan perempuan perempuan perempuan x").is_none());
        assert!(Key::of("Désa").is_none());
    }
}

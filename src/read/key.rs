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

    /// A key of at most 8 bytes as one number (its bytes little-endian, zero-padded): the
    /// generated spelling tables compare these, which is a binary search instead of a
    /// string comparison per word.
    #[inline]
    pub fn word(&self) -> Option<u64> {
        if self.len > 8 {
            return None;
        }
        let mut b = [0u8; 8];
        b.copy_from_slice(&self.buf[..8]);
        Some(u64::from_le_bytes(b))
    }

    /// Whether the key is empty (the text was empty or blank).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A value ready for the spelling tables: a key of at most 8 bytes as one number (see
/// [`Key::word`]), a longer key, or text that is no word of any table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// A key of at most 8 bytes, little-endian, zero-padded.
    Word(u64),
    /// A longer key.
    Long(Key),
    /// Longer than [`MAX`] or not ASCII.
    Nothing,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// High bit of each byte of `x` that is zero (exact).
#[inline]
fn zero_bytes(x: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((x & LOW7) + LOW7) | x | LOW7)
}

impl Probe {
    /// The probe of `s`. Most cells are a short word without separators (`L`, `ya`,
    /// `rentan`): those are lower-cased eight bytes at a time, without building a [`Key`]
    /// byte by byte (that was a tenth of a screening run's instructions).
    #[inline]
    pub fn of(s: &str) -> Probe {
        let t = crate::text::trim(s).as_bytes();
        if !t.is_empty() && t.len() <= 8 {
            // Byte by byte into a register: a copy of a few bytes would call memcpy.
            let mut x = 0u64;
            for (i, &c) in t.iter().enumerate() {
                x |= u64::from(c) << (8 * i);
            }
            let separators = zero_bytes(x ^ (ONES * u64::from(b' ')))
                | zero_bytes(x ^ (ONES * u64::from(b'\t')))
                | zero_bytes(x ^ (ONES * u64::from(b'-')))
                | zero_bytes(x ^ (ONES * u64::from(b'_')));
            if x & HIGH == 0 && separators == 0 {
                // Bytes in 'A'..='Z' get 0x20 added: for ASCII bytes, (b + 0x3F) has bit 7
                // set from 'A' up and (b + 0x25) from '[' up.
                let upper = ((x + ONES * 0x3F) & !(x + ONES * 0x25)) & HIGH;
                return Probe::Word(x | (upper >> 2));
            }
        }
        match Key::of(s) {
            None => Probe::Nothing,
            Some(k) => match k.word() {
                Some(w) => Probe::Word(w),
                None => Probe::Long(k),
            },
        }
    }

    /// Whether nothing was given (blank text).
    #[inline]
    pub fn is_empty(&self) -> bool {
        *self == Probe::Word(0)
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

    #[test]
    fn the_fast_probe_agrees_with_the_key() {
        let slow = |s: &str| match Key::of(s) {
            None => Probe::Nothing,
            Some(k) => match k.word() {
                Some(w) => Probe::Word(w),
                None => Probe::Long(k),
            },
        };
        let mut cases: Vec<String> = [
            "L",
            "p",
            "Ya",
            "YA",
            "tIdAk",
            "1",
            "-",
            " - ",
            "",
            "Pr.",
            "@[`{",
            "AZaz09",
            "wni",
            "Laki-laki",
            "laki laki",
            "12345678",
            "ABCDEFGH",
            "ABCDEFGHI",
            "a_b",
            "é",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every ASCII byte in every position of a short word.
        for b in 0u8..0x80 {
            for pos in 0..8 {
                let mut v = b"abcdefgh".to_vec();
                v[pos] = b;
                cases.push(String::from_utf8(v).unwrap());
                cases.push(String::from_utf8(vec![b]).unwrap());
            }
        }
        for c in &cases {
            assert_eq!(Probe::of(c), slow(c), "{c:?}");
        }
    }
}

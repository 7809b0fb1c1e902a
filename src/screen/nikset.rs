//! The set of NIKs a screening run has seen, for the duplicate rule.
//!
//! A later row with the NIK of an earlier one fails `enrolment.not_duplicate`, so the run must
//! remember every NIK it met, in input order. A million rows make a million look-ups at
//! random places of a 16 MB table, and each look-up is a trip to main memory that the
//! in-order thread would sit waiting for. This set lets that thread ask for the place of a
//! NIK a few rows before it needs it ([`NikSet::warm`]), so the trip overlaps with the
//! rows in between.
//!
//! A NIK is a 16-digit number, below 2^54, so the number is its own key and 0 can mark an
//! empty slot (the NIK `0000000000000000`, invalid but possible in a file, is kept apart).
//! Open addressing with linear probing, at most three quarters full: 8 to 16 bytes a NIK.

/// A set of NIK numbers.
#[derive(Debug, Clone)]
pub struct NikSet {
    slots: Vec<u64>,
    len: usize,
    shift: u32,
    zero: bool,
}

impl Default for NikSet {
    fn default() -> Self {
        NikSet::with_capacity(0)
    }
}

impl NikSet {
    /// A set that holds `n` NIKs before it grows.
    pub fn with_capacity(n: usize) -> NikSet {
        let size = (n.saturating_mul(4) / 3 + 1).max(16).next_power_of_two();
        NikSet {
            slots: vec![0; size],
            len: 0,
            shift: 64 - size.trailing_zeros(),
            zero: false,
        }
    }

    /// How many NIKs the set holds.
    pub fn len(&self) -> usize {
        self.len + usize::from(self.zero)
    }

    /// Whether the set holds none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Makes room for `more` NIKs.
    pub fn reserve(&mut self, more: usize) {
        if (self.len + more).saturating_mul(4) > self.slots.len() * 3 {
            self.rebuild(self.len + more);
        }
    }

    /// Where the search for `key` starts: the high bits of a multiplicative hash (NIKs of one
    /// kecamatan share their first digits and differ in the last ones).
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Adds `key`; true when it was not there yet (the first row with this NIK).
    pub fn insert(&mut self, key: u64) -> bool {
        if key == 0 {
            return !std::mem::replace(&mut self.zero, true);
        }
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.rebuild(self.len * 2);
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            match self.slots.get(i).copied() {
                Some(0) => {
                    if let Some(s) = self.slots.get_mut(i) {
                        *s = key;
                    }
                    self.len += 1;
                    return true;
                }
                Some(k) if k == key => return false,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Whether `key` is in the set.
    pub fn contains(&self, key: u64) -> bool {
        if key == 0 {
            return self.zero;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            match self.slots.get(i).copied() {
                Some(0) | None => return false,
                Some(k) if k == key => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Brings the slots of `keys` into the cache: call it for a group of rows before their
    /// [`NikSet::insert`]s. A hint only; it changes nothing. On x86-64 a prefetch
    /// instruction asks for each; WebAssembly has none, so there the slots are read, all at
    /// once, so the processor waits for the trips to memory together rather than one by one.
    #[inline]
    pub fn warm(&self, keys: impl Iterator<Item = u64>) {
        #[cfg(target_arch = "x86_64")]
        for key in keys {
            if let Some(slot) = self.slots.get(self.home(key)) {
                let p: *const u64 = slot;
                // SAFETY: a prefetch never reads memory as far as the program can tell and
                // never faults; the pointer is to an element of `slots` anyway.
                unsafe {
                    std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast())
                };
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let mut any = 0u64;
            for key in keys {
                any ^= self.slots.get(self.home(key)).copied().unwrap_or(0);
            }
            std::hint::black_box(any);
        }
    }

    fn rebuild(&mut self, n: usize) {
        let old = std::mem::replace(self, NikSet::with_capacity(n));
        self.zero = old.zero;
        for k in old.slots.into_iter().filter(|k| *k != 0) {
            self.insert(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_insert_is_new_and_every_later_one_is_a_duplicate() {
        let mut s = NikSet::default();
        let keys = [
            3522061205800001u64,
            0,
            3522064512990002,
            9999999999999999,
            1,
        ];
        for k in keys {
            assert!(!s.contains(k));
            assert!(s.insert(k), "{k}");
        }
        for k in keys {
            assert!(s.contains(k));
            assert!(!s.insert(k), "{k}");
        }
        assert_eq!(s.len(), keys.len());
    }

    #[test]
    fn it_grows_past_its_capacity_and_forgets_nothing() {
        let mut s = NikSet::with_capacity(4);
        // NIKs of one kecamatan: the same first digits, consecutive serials.
        let keys: Vec<u64> = (0..50_000u64).map(|i| 3522060101000000 + i).collect();
        for &k in &keys {
            assert!(s.insert(k));
        }
        assert_eq!(s.len(), keys.len());
        assert!(keys.iter().all(|&k| s.contains(k) && !s.insert(k)));
        assert!(!s.contains(3522060101000000 + 50_000));
    }
}

//! Amounts of money as people write them: `1000000`, `1.000.000`, `Rp 1,000,000`.
//!
//! Indonesian writing groups thousands with dots, English with commas, and either may carry
//! `Rp`; amounts in this programme are whole rupiah, so every dot and comma is a group mark.

/// A whole amount in rupiah, or `None` when the text holds anything but digits, group marks,
/// spaces and `Rp`, or has 16 digits or more (no income is that large; such a number is a
/// NIK or an account number typed into the wrong field).
pub fn rupiah(s: &str) -> Option<u64> {
    let t = crate::text::trim(s);
    let plain = t
        .chars()
        .all(|ch| ch.is_ascii_digit() || " .,Rrp".contains(ch));
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    if !plain || digits == 0 || digits >= 16 {
        return None;
    }
    let mut v = 0u64;
    for b in t.bytes().filter(u8::is_ascii_digit) {
        v = v * 10 + u64::from(b - b'0');
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_people_write_money() {
        assert_eq!(rupiah("1000000"), Some(1_000_000));
        assert_eq!(rupiah("1.000.000"), Some(1_000_000));
        assert_eq!(rupiah("Rp 1,000,000"), Some(1_000_000));
        assert_eq!(rupiah("satu juta"), None);
        assert_eq!(rupiah("3522061205800001"), None);
        assert_eq!(rupiah(""), None);
    }
}

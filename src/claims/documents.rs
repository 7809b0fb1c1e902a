//! The documents a claim may need, by the contract's codes.
//!
//! Each code names one paper an heir or a village operator can hold in their hands. Why
//! each is asked for, in plain words, is in [`crate::messages::claims`]; which claim needs
//! which is in [`super::checklist`].

/// A document code of the contract (section 5); the codes and the words operators write
/// for them are the reader's ([`crate::read::claim_codes`]).
pub use crate::read::claim_codes::Document;

impl Document {
    /// Whether the claimant (or the participant) signs this paper, so that a thumbprint
    /// may stand in for a signature (see the `signature.thumbprint_accepted` parameter).
    pub fn is_signed(self) -> bool {
        use Document::*;
        matches!(
            self,
            SuratKeteranganAhliWaris
                | SuratKuasa
                | Formulir3
                | Formulir3a
                | Kronologi
                | FormulirBeasiswa
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn papers_the_claimant_signs() {
        // Papers issued by an office (KTP, akta, KK) carry no signature of the heir; the
        // statements, forms and the power of attorney do.
        let signed: Vec<&str> = Document::ALL
            .iter()
            .filter(|d| d.is_signed())
            .map(|d| d.code())
            .collect();
        assert_eq!(
            signed,
            [
                "surat_keterangan_ahli_waris",
                "surat_kuasa",
                "formulir_3",
                "formulir_3a",
                "kronologi",
                "formulir_beasiswa"
            ]
        );
    }
}

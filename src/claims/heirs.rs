//! Who receives a death benefit: the order of heirs of PP 44/2015 Pasal 40(2) (JKM) and
//! Pasal 37(5) (JKK death), the same wording as Permenaker 4/2023 Pasal 57(4).
//!
//! 1. The widow or widower (janda, duda) and the children (anak), as **one** group: the
//!    regulation sets no order inside it, and how they share the money is not set either.
//! 2. Only when there is nobody in group 1, in this order:
//!    1. blood relatives in the direct line up to the second degree: parents, grandparents,
//!       grandchildren;
//!    2. full siblings (saudara kandung);
//!    3. parents-in-law (mertua);
//!    4. the person the participant appointed by will (a notarial deed, Permenaker 1/2025
//!       Pasal 79(2a)).
//! 3. No heir and no will: the burial costs (biaya pemakaman) go to whoever arranged the
//!    burial; the other amounts go back to the Dana Jaminan Sosial.
//!
//! The first group with anyone alive takes the benefit; later groups get nothing.

/// How the claimant (or a family member) is related to the participant: the codes and the
/// words operators write for them are the reader's ([`crate::read::claim_codes`]).
pub use crate::read::claim_codes::Relation;

impl Relation {
    /// The group of the order this relation belongs to; `None` for [`Relation::Other`].
    pub fn group(self) -> Option<Group> {
        Some(match self {
            Relation::Spouse | Relation::Child => Group::SpouseChildren,
            Relation::Parent | Relation::Grandparent | Relation::Grandchild => Group::DirectLine,
            Relation::Sibling => Group::Siblings,
            Relation::ParentInLaw => Group::ParentsInLaw,
            Relation::WillAppointee => Group::Will,
            Relation::Other => return None,
        })
    }
}

/// A rank of the order of heirs (defined with the issue facts, which name it).
pub use crate::issue::claim::HeirGroup as Group;

impl Group {
    /// The groups in the order of Pasal 40(2).
    pub const ORDER: [Group; 5] = [
        Group::SpouseChildren,
        Group::DirectLine,
        Group::Siblings,
        Group::ParentsInLaw,
        Group::Will,
    ];

    /// A stable code for the JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Group::SpouseChildren => "spouse_children",
            Group::DirectLine => "direct_line",
            Group::Siblings => "siblings",
            Group::ParentsInLaw => "parents_in_law",
            Group::Will => "will",
        }
    }

    /// The relations in the group.
    pub fn relations(self) -> &'static [Relation] {
        match self {
            Group::SpouseChildren => &[Relation::Spouse, Relation::Child],
            Group::DirectLine => &[
                Relation::Parent,
                Relation::Grandparent,
                Relation::Grandchild,
            ],
            Group::Siblings => &[Relation::Sibling],
            Group::ParentsInLaw => &[Relation::ParentInLaw],
            Group::Will => &[Relation::WillAppointee],
        }
    }
}

/// Who takes the benefit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entitled {
    /// The first group with someone alive.
    Group(Group),
    /// Nobody in any group: only the burial costs, to whoever arranged the burial.
    BurialArranger,
}

/// The order applied to one family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    /// Per group of [`Group::ORDER`]: someone alive in it (`None`: not told).
    pub present: [Option<bool>; 5],
    /// Who takes the benefit (`None`: cannot tell without the family).
    pub entitled: Option<Entitled>,
    /// Whether the claimant is among those entitled (`None`: cannot tell).
    pub claimant_entitled: Option<bool>,
    /// The claimant can receive the burial costs only.
    pub burial_costs_only: bool,
}

/// Applies the order to the family members alive (`family`, which need not list the
/// claimant) and the claimant's relation. `arranged_burial` says whether the claimant
/// arranged the burial, which matters only when there is no heir at all.
pub fn order(
    family: Option<&[Relation]>,
    claimant: Option<Relation>,
    arranged_burial: Option<bool>,
) -> Order {
    let claimant_group = claimant.and_then(Relation::group);
    let mut present = [None; 5];
    let entitled = match family {
        Some(members) => {
            for (i, g) in Group::ORDER.iter().enumerate() {
                let here =
                    members.iter().any(|r| r.group() == Some(*g)) || claimant_group == Some(*g);
                present[i] = Some(here);
            }
            Some(
                Group::ORDER
                    .iter()
                    .zip(present)
                    .find(|(_, p)| *p == Some(true))
                    .map(|(g, _)| Entitled::Group(*g))
                    .unwrap_or(Entitled::BurialArranger),
            )
        }
        None => {
            if let Some(g) = claimant_group {
                if let Some(i) = Group::ORDER.iter().position(|x| *x == g) {
                    present[i] = Some(true);
                }
            }
            // Group 1 comes first whoever else is alive; any other group depends on the
            // family, which was not given.
            match claimant_group {
                Some(Group::SpouseChildren) => Some(Entitled::Group(Group::SpouseChildren)),
                _ => None,
            }
        }
    };
    let (claimant_entitled, burial_costs_only) = match (entitled, claimant, claimant_group) {
        (_, None, _) => (None, false),
        (Some(Entitled::Group(g)), Some(_), Some(cg)) => (Some(g == cg), false),
        (Some(Entitled::Group(_)), Some(_), None) => (Some(false), false),
        (Some(Entitled::BurialArranger), Some(_), _) => (arranged_burial, true),
        (None, Some(_), _) => (None, false),
    };
    Order {
        present,
        entitled,
        claimant_entitled,
        burial_costs_only,
    }
}

#[cfg(test)]
mod tests {
    use super::Relation::*;
    use super::*;

    #[test]
    fn spouse_and_children_come_first_together() {
        let o = order(Some(&[Spouse, Child, Parent]), Some(Child), None);
        assert_eq!(o.entitled, Some(Entitled::Group(Group::SpouseChildren)));
        assert_eq!(o.claimant_entitled, Some(true));
        assert_eq!(
            o.present,
            [
                Some(true),
                Some(true),
                Some(false),
                Some(false),
                Some(false)
            ]
        );
        // A parent claiming while a widow is alive is not entitled.
        let o = order(Some(&[Spouse]), Some(Parent), None);
        assert_eq!(o.claimant_entitled, Some(false));
    }

    #[test]
    fn later_groups_only_when_earlier_ones_are_empty() {
        let o = order(Some(&[Sibling, Grandchild]), Some(Sibling), None);
        assert_eq!(o.entitled, Some(Entitled::Group(Group::DirectLine)));
        assert_eq!(o.claimant_entitled, Some(false));
        let o = order(Some(&[ParentInLaw, WillAppointee]), Some(ParentInLaw), None);
        assert_eq!(o.entitled, Some(Entitled::Group(Group::ParentsInLaw)));
        assert_eq!(o.claimant_entitled, Some(true));
        let o = order(Some(&[]), Some(WillAppointee), None);
        assert_eq!(o.entitled, Some(Entitled::Group(Group::Will)));
    }

    #[test]
    fn no_heir_leaves_the_burial_costs() {
        let o = order(Some(&[]), Some(Other), Some(true));
        assert_eq!(o.entitled, Some(Entitled::BurialArranger));
        assert_eq!(o.claimant_entitled, Some(true));
        assert!(o.burial_costs_only);
        let o = order(Some(&[]), Some(Other), None);
        assert_eq!(o.claimant_entitled, None);
        // Someone outside the list while heirs exist is not entitled.
        let o = order(Some(&[Sibling]), Some(Other), None);
        assert_eq!(o.claimant_entitled, Some(false));
    }

    #[test]
    fn without_the_family_only_group_one_is_certain() {
        let o = order(None, Some(Spouse), None);
        assert_eq!(o.claimant_entitled, Some(true));
        let o = order(None, Some(Parent), None);
        assert_eq!(o.entitled, None);
        assert_eq!(o.claimant_entitled, None);
        assert_eq!(o.present[1], Some(true));
        assert_eq!(o.present[0], None);
    }
}

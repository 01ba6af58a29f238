//! Entity labels (OntoNotes, as spaCy uses them).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Event,
    Cardinal,
    Ordinal,
    Money,
    Percent,
    Quantity,
}

impl Label {
    pub const ALL: [Label; 11] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Norp,
        Label::Event,
        Label::Cardinal,
        Label::Ordinal,
        Label::Money,
        Label::Percent,
        Label::Quantity,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Event => "EVENT",
            Label::Cardinal => "CARDINAL",
            Label::Ordinal => "ORDINAL",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Quantity => "QUANTITY",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.name() == s)
    }

    /// Numeric labels come from the numbers layer, the others from the entity tagger.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            Label::Cardinal | Label::Ordinal | Label::Money | Label::Percent | Label::Quantity
        )
    }
}

/// An entity found by a recogniser, before linking, as a token range.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySpan {
    /// Token range `[first, last)`.
    pub tokens: (usize, usize),
    pub label: Label,
    pub value: Option<f64>,
    pub unit: Option<String>,
}

/// What linking adds to an entity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Link {
    pub cluster: Option<usize>,
    pub latin: Option<String>,
    pub wikidata: Option<String>,
}

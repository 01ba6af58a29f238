//! A language's settings, `data/<lang>/language.tsv`: every per-language switch of the shared
//! code is a row there, so that a language is its folder plus one line of
//! `data/languages.tsv`. Rows are `key<TAB>value`; a missing key takes the default below.
//!
//! | key | values | default | read by |
//! |---|---|---|---|
//! | `script` | `latn`, `deva`, `arab` | `latn` | [`super::script`]: letters, digits, marks, detection |
//! | `direction` | `ltr`, `rtl` | from the script | recorded for tools; the page keeps its own table (`LANGUAGE_INFO` in www/kaalrekha.js) and sets each paragraph's direction from its letters |
//! | `detect-words` | function words, space-separated | – | [`super::language::detect`] among languages of one script |
//! | `detect-letters` | letters only this language's texts use in its script | – | [`super::language::unsupported`] |
//! | `rules` | entity rules to run, space-separated | – | `ner::rules` (see [`Rule`]) |
//! | `date-order` | `dmy`, `mdy` | `dmy` | `time::grammar`: 3/4/2024 |
//! | `ordinal-days` | `yes` | no | `time::grammar`: "the 18th" is a day of the month |
//! | `possessive-s` | `yes` | no | `ner::rules`: "Queen 's Park" is one name |
//! | `names-by-sound` | data files (`<lang>/<file>`) of Latin names | – | `names::sound` |
//! | `sound-alikes` | data file of words that sound like names | – | `names::sound` |
//! | `given-by-sound` | data file of the language's own Latin names (rows "given") | – | `names::sound` |
//! | `latin-forms` | data file of native → Latin person names | – | `names::sound` |
//! | `letter-words` | letter names written as words, `name=L` pairs (`ایف=F`) | – | `names::acronym`: "ایف آئی اے" is FIA |

use super::script::Script;
use super::Lang;
use crate::lexicon::{self, PerLang};

/// Entity rules a language may switch on (`rules` in `language.tsv`). Each one reads word
/// lists of the language; the ones here suit text without capital letters, where the model
/// cannot see where a name starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// `place-variants`: another spelling of a listed place, by its consonant skeleton.
    PlaceVariants,
    /// `letter-acronyms`: acronyms spelt with letter names (एससीओ = SCO).
    LetterAcronyms,
    /// `events`: named events of several words (बीजिंग ओलंपिक).
    Events,
    /// `organisations-by-head`: organisations read from their head word (… आयोग).
    OrganisationsByHead,
    /// `facilities`: buildings and facilities named before their head word.
    Facilities,
    /// `after-titles`: a name after a title or role word (प्रवक्ता जे कार्ने ने).
    AfterTitles,
    /// `names-by-sound`: a word that sounds like a Latin name counts as a name's word.
    NamesBySound,
    /// `places-by-head`: an unknown word before the word for a town or district is a place.
    PlacesByHead,
}

impl Rule {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "place-variants" => Self::PlaceVariants,
            "letter-acronyms" => Self::LetterAcronyms,
            "events" => Self::Events,
            "organisations-by-head" => Self::OrganisationsByHead,
            "facilities" => Self::Facilities,
            "after-titles" => Self::AfterTitles,
            "names-by-sound" => Self::NamesBySound,
            "places-by-head" => Self::PlacesByHead,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub script: Script,
    pub rtl: bool,
    pub detect_words: Vec<String>,
    pub detect_letters: Vec<char>,
    pub rules: Vec<Rule>,
    pub month_first: bool,
    pub ordinal_days: bool,
    /// Years read aloud as two pairs of number words: "nineteen ninety-six".
    pub spoken_years: bool,
    pub possessive_s: bool,
    /// Words that join a capitalised name after a month or season: "the March for Life",
    /// "Spring of Life" (a name, no time).
    pub name_joiners: Vec<String>,
    pub names_by_sound: Vec<(Lang, String)>,
    pub sound_alikes: Option<(Lang, String)>,
    pub given_by_sound: Option<(Lang, String)>,
    pub latin_forms: Option<(Lang, String)>,
    /// Latin letters by their names written as separate words, folded: Urdu spells an acronym
    /// a word a letter ("ایف آئی اے", FIA), where Hindi joins them into one (एफ़आईए).
    pub letter_words: Vec<(String, char)>,
    /// Defaults of `kaalrekha train ner` for this language's entity model.
    pub training: Training,
}

/// How `kaalrekha train ner` trains a language's model by default (`model-training`:
/// `rows 90000 o-bias 8 step 8`); its command-line options override each.
#[derive(Debug, Clone, PartialEq)]
pub struct Training {
    /// The row budget: at most this many hashed feature rows are kept.
    pub rows: usize,
    /// Subtracted from the O weight of the always-on bias feature (recall against precision).
    pub o_bias: f32,
    /// Weights are stored as multiples of this step of the i8 scale: a coarser step makes
    /// the model compress better (small weights become 0 and their rows go).
    pub step: u8,
}

impl Default for Training {
    fn default() -> Self {
        Self {
            rows: 55_000,
            o_bias: 0.0,
            step: 1,
        }
    }
}

impl Training {
    fn parse(value: &str) -> Result<Self, String> {
        let mut t = Training::default();
        let words: Vec<&str> = value.split(' ').filter(|w| !w.is_empty()).collect();
        if words.len() % 2 != 0 {
            return Err(format!(
                "model-training {value:?}: expected name value pairs"
            ));
        }
        for pair in words.chunks(2) {
            let bad = || format!("model-training: bad {} {:?}", pair[0], pair[1]);
            match pair[0] {
                "rows" => t.rows = pair[1].parse().map_err(|_| bad())?,
                "o-bias" => t.o_bias = pair[1].parse().map_err(|_| bad())?,
                "step" => {
                    t.step = pair[1].parse().map_err(|_| bad())?;
                    if !(1..=64).contains(&t.step) {
                        return Err(bad());
                    }
                }
                other => return Err(format!("model-training: unknown {other:?}")),
            }
        }
        Ok(t)
    }
}

impl Settings {
    pub fn has(&self, rule: Rule) -> bool {
        self.rules.contains(&rule)
    }

    /// Parses `language.tsv`; an unknown key or value is a mistake in the data and panics in
    /// the tests of every language (`tests::every_language_parses`).
    pub fn parse(src: &str) -> Result<Self, String> {
        let mut s = Settings {
            script: Script::Latin,
            rtl: false,
            detect_words: Vec::new(),
            detect_letters: Vec::new(),
            rules: Vec::new(),
            month_first: false,
            ordinal_days: false,
            spoken_years: false,
            possessive_s: false,
            name_joiners: Vec::new(),
            names_by_sound: Vec::new(),
            sound_alikes: None,
            given_by_sound: None,
            latin_forms: None,
            letter_words: Vec::new(),
            training: Training::default(),
        };
        let mut direction = None;
        for row in lexicon::rows(src) {
            let (key, value) = (row[0], row.get(1).copied().unwrap_or(""));
            let words = || value.split(' ').filter(|w| !w.is_empty());
            let yes = || match value {
                "yes" => Ok(true),
                "no" => Ok(false),
                _ => Err(format!("{key}: {value:?} is not yes or no")),
            };
            match key {
                "script" => {
                    s.script = Script::parse(value).ok_or(format!("unknown script {value:?}"))?
                }
                "direction" => direction = Some(value == "rtl"),
                "detect-letters" => s.detect_letters = words().flat_map(str::chars).collect(),
                "detect-words" => s.detect_words = words().map(crate::text::fold).collect(),
                "rules" => {
                    s.rules = words()
                        .map(|w| Rule::parse(w).ok_or(format!("unknown rule {w:?}")))
                        .collect::<Result<_, _>>()?
                }
                "date-order" => {
                    s.month_first = match value {
                        "mdy" => true,
                        "dmy" => false,
                        _ => return Err(format!("date-order {value:?}")),
                    }
                }
                "ordinal-days" => s.ordinal_days = yes()?,
                "spoken-years" => s.spoken_years = yes()?,
                "possessive-s" => s.possessive_s = yes()?,
                "name-joiners" => s.name_joiners = words().map(crate::text::fold).collect(),
                "names-by-sound" => {
                    s.names_by_sound = words().map(file_ref).collect::<Result<_, _>>()?
                }
                "sound-alikes" => s.sound_alikes = Some(file_ref(value)?),
                "given-by-sound" => s.given_by_sound = Some(file_ref(value)?),
                "latin-forms" => s.latin_forms = Some(file_ref(value)?),
                "model-training" => s.training = Training::parse(value)?,
                "letter-words" => {
                    s.letter_words = words()
                        .map(|w| match w.split_once('=') {
                            Some((name, l))
                                if l.len() == 1 && l.as_bytes()[0].is_ascii_uppercase() =>
                            {
                                Ok((crate::text::fold(name), l.as_bytes()[0] as char))
                            }
                            _ => Err(format!("letter-words: {w:?} is not name=L")),
                        })
                        .collect::<Result<_, _>>()?
                }
                _ => return Err(format!("unknown key {key:?}")),
            }
        }
        s.rtl = direction.unwrap_or(s.script.rtl());
        Ok(s)
    }
}

/// `en/names-person` → (English, "names-person").
fn file_ref(s: &str) -> Result<(Lang, String), String> {
    let (code, name) = s
        .split_once('/')
        .ok_or(format!("{s:?} is not <lang>/<file>"))?;
    let lang = Lang::parse(code).ok_or(format!("{s:?}: no language {code:?}"))?;
    Ok((lang, name.to_owned()))
}

/// The settings of `lang`, parsed on first use.
pub fn of(lang: Lang) -> &'static Settings {
    static SETTINGS: PerLang<Settings> = PerLang::new();
    SETTINGS.get(lang, || {
        Settings::parse(super::language::SETTINGS[lang.index()])
            .unwrap_or_else(|e| panic!("data/{}/language.tsv: {e}", lang.code()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_parses() {
        for lang in Lang::ALL {
            let s = Settings::parse(super::super::language::SETTINGS[lang.index()]);
            assert!(s.is_ok(), "{}: {:?}", lang.code(), s.err());
        }
    }

    #[test]
    fn mistakes_are_errors() {
        assert!(Settings::parse("rules\tevents nonsense").is_err());
        assert!(Settings::parse("colour\tblue").is_err());
        assert!(Settings::parse("possessive-s\tmaybe").is_err());
        assert!(Settings::parse("letter-words\tایف=f").is_err());
        assert!(Settings::parse("letter-words\tایف").is_err());
        let s = Settings::parse("letter-words\tایف=F آئی=I").unwrap();
        assert_eq!(s.letter_words.len(), 2);
        let s = Settings::parse("script\tarab\nrules\tevents").unwrap();
        assert!(s.rtl && s.has(Rule::Events) && !s.has(Rule::AfterTitles));
    }

    #[test]
    fn model_training() {
        let s = Settings::parse("model-training\trows 90000 o-bias 8 step 4").unwrap();
        assert_eq!(
            s.training,
            Training {
                rows: 90_000,
                o_bias: 8.0,
                step: 4
            }
        );
        assert_eq!(Settings::parse("").unwrap().training, Training::default());
        for bad in ["rows", "rows many", "step 0", "step 65", "speed 3"] {
            assert!(
                Settings::parse(&format!("model-training\t{bad}")).is_err(),
                "{bad}"
            );
        }
    }
}

//! Latin forms and clusters, on sentences written for these tests: Pinyin for Chinese names in a document that
//! names China, Hindi romanisation elsewhere; acronyms defined in brackets.

use kaalrekha::{analyse, OffsetUnit, Options};

fn latin_of(text: &str, name: &str) -> Option<String> {
    let o = Options::parse(Some("hi"), None, None, OffsetUnit::Utf8).unwrap();
    let a = analyse(text, &o).unwrap();
    a.entities
        .iter()
        .find(|e| e.text == name)
        .and_then(|e| e.latin.clone())
}

#[test]
fn chinese_names_get_pinyin_in_a_chinese_context() {
    let text =
        "चीन के प्रधानमंत्री ली कियांग ने राष्ट्रपति शी जिनपिंग से मुलाकात की। बाद में ली ने बीजिंग में बयान दिया।";
    assert_eq!(latin_of(text, "ली कियांग").as_deref(), Some("Li Qiang"));
    assert_eq!(latin_of(text, "शी जिनपिंग").as_deref(), Some("Xi Jinping"));
}

#[test]
fn other_names_keep_hindi_romanisation() {
    let text = "चीन के दौरे पर व्लादिमीर पुतिन ने बयान दिया।";
    assert_eq!(
        latin_of(text, "व्लादिमीर पुतिन").as_deref(),
        Some("Vladimir Putin")
    );
}

#[test]
fn a_chinese_family_name_alone_is_that_person() {
    let o = Options::parse(Some("hi"), None, None, OffsetUnit::Utf8).unwrap();
    let text =
        "उन्होंने पद की शपथ ली और चीन के प्रधानमंत्री ली कियांग से मिले। बाद में ली ने कहा कि उन्होंने मदद ली थी।";
    let a = analyse(text, &o).unwrap();
    let people: Vec<(&str, Option<&str>)> = a
        .entities
        .iter()
        .filter(|e| e.label == "PERSON")
        .map(|e| (e.text.as_str(), e.latin.as_deref()))
        .collect();
    assert_eq!(
        people,
        [("ली कियांग", Some("Li Qiang")), ("ली", Some("Li Qiang"))],
        "the verb ली stays untagged"
    );
    let clusters: Vec<_> = a
        .entities
        .iter()
        .filter(|e| e.label == "PERSON")
        .map(|e| e.cluster.clone())
        .collect();
    assert_eq!(clusters[0], clusters[1]);
}

#[test]
fn an_acronym_defined_in_brackets_joins_its_name() {
    let o = Options::parse(Some("hi"), None, None, OffsetUnit::Utf8).unwrap();
    // Neither acronym is in any list; the bracket after the full name defines it, and the
    // name's words begin with the acronym's sounds (फॉरेन = F, कोर्ट = C, यूरोपियन = E).
    let text = "समिति ने रिपोर्ट फॉरेन इंटेलिजेंस सर्विलांस कोर्ट (एफआईएससी) को सौंपी। एफआईएससी एक संघीय अदालत है। \
                कैबिनेट ने यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट (ईबीआरडी) की सदस्यता को मंजूरी दी। ईबीआरडी से लाभ होगा।";
    let a = analyse(text, &o).unwrap();
    let orgs: Vec<(&str, Option<&str>, Option<&str>)> = a
        .entities
        .iter()
        .filter(|e| e.label == "ORG")
        .map(|e| (e.text.as_str(), e.latin.as_deref(), e.cluster.as_deref()))
        .collect();
    let fisc = "Foreign Intelligence Surveillance Court";
    let ebrd = "European Bank for Reconstruction and Development";
    assert_eq!(
        orgs.iter()
            .filter(|o| o.0 == "एफआईएससी" && o.1 == Some(fisc))
            .count(),
        2,
        "{orgs:?}"
    );
    assert_eq!(
        orgs.iter()
            .filter(|o| o.0 == "ईबीआरडी" && o.1 == Some(ebrd))
            .count(),
        2,
        "{orgs:?}"
    );
    let cluster = |name: &str| {
        orgs.iter()
            .filter(|o| o.0 == name)
            .map(|o| o.2)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cluster("एफआईएससी")[0],
        cluster("फॉरेन इंटेलिजेंस सर्विलांस कोर्ट")[0]
    );
    assert_eq!(
        cluster("ईबीआरडी")[0],
        cluster("यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट")[0]
    );
    assert_ne!(cluster("ईबीआरडी")[0], cluster("एफआईएससी")[0]);
}

#[test]
fn places_are_glossed_only_whole() {
    let text = "वाशिंगटन डीसी की अदालत ने फैसला दिया। पूर्वी लद्दाख में तनाव है।";
    // वाशिंगटन is the list's वॉशिंगटन spelt otherwise; डीसी spells DC.
    assert_eq!(
        latin_of(text, "वाशिंगटन डीसी").as_deref(),
        Some("Washington DC")
    );
    // A direction adjective stays out of the place (OntoNotes: "eastern Ladakh" is Ladakh).
    assert_eq!(latin_of(text, "लद्दाख").as_deref(), Some("Ladakh"));
    assert_eq!(latin_of(text, "पूर्वी लद्दाख"), None);
}

/// Person spans given by hand (token ranges of `text`'s words), linked.
fn link_people(text: &str, spans: &[(usize, usize)]) -> Vec<kaalrekha::labels::Link> {
    use kaalrekha::labels::{EntitySpan, Label};
    use kaalrekha::text::{Doc, Lang};
    let doc = Doc::new(text);
    let ents: Vec<EntitySpan> = spans
        .iter()
        .map(|&tokens| EntitySpan {
            tokens,
            label: Label::Person,
            value: None,
            unit: None,
        })
        .collect();
    kaalrekha::link::link(&doc, Lang::Hi, &ents)
}

#[test]
fn two_people_with_one_surname_stay_apart() {
    // अनिल कपूर and पृथ्वीराज कपूर share कपूर; a bare कपूर joins the nearer one, but the two
    // full names never join one cluster through it.
    let text = "अनिल कपूर ने कहा कि पृथ्वीराज कपूर की फ़िल्म अच्छी थी और कपूर ने तारीफ़ की";
    let l = link_people(text, &[(0, 2), (5, 7), (12, 13)]);
    assert_ne!(l[0].cluster, l[1].cluster, "{l:?}");
    assert_eq!(l[2].cluster, l[1].cluster, "{l:?}");
    assert_eq!(l[1].latin.as_deref(), Some("Prithviraj Kapoor"));
}

#[test]
fn a_person_is_named_by_the_full_name_used_most() {
    // "नरगिस राज कपूर" is two names run together; the article says "राज कपूर" twice.
    let text = "नरगिस राज कपूर की जोड़ी मशहूर थी . राज कपूर ने फ़िल्म बनाई . राज कपूर बाद में लौटे";
    let l = link_people(text, &[(0, 3), (8, 10), (14, 16)]);
    assert!(
        l.iter().all(|x| x.latin.as_deref() == Some("Raj Kapoor")),
        "{l:?}"
    );
}

#[test]
fn a_person_is_not_matched_to_a_place_by_sound() {
    // By consonant skeleton "मंडेला" (Mandela) is the city Mandalay in the Wikidata list.
    let l = link_people("नेल्सन मंडेला ने कहा कि मंडेला लौटेंगे", &[(0, 2), (5, 6)]);
    assert!(l.iter().all(|x| x.wikidata.is_none() && !x.latin.as_deref().unwrap_or("").contains("Mandalay")), "{l:?}");
}

/// Urdu: listed names take their English spelling, Chinese names Pinyin in a document that
/// names China (`data/ur/pinyin.tsv`), other names the Urdu romanisation.
#[test]
fn urdu_names_in_latin_letters() {
    let o = Options::parse(None, None, None, OffsetUnit::Utf8).unwrap();
    let text = "چین کے وزیر اعظم لی چیانگ نے کل اسلام آباد کا دورہ کیا۔ \
                وزیر اعظم شہباز شریف نے ان کا استقبال کیا۔";
    let a = analyse(text, &o).unwrap();
    assert_eq!(a.language, "ur");
    let latin = |name: &str| {
        a.entities
            .iter()
            .find(|e| e.text == name)
            .and_then(|e| e.latin.clone())
    };
    assert_eq!(latin("لی چیانگ").as_deref(), Some("Li Qiang"));
    assert_eq!(latin("اسلام آباد").as_deref(), Some("Islamabad"));
    assert_eq!(latin("شہباز شریف").as_deref(), Some("Shahbaz Sharif"));
}

fn entity(lang: &str, text: &str, name: &str) -> Option<(String, Option<String>)> {
    let o = Options::parse(Some(lang), None, None, OffsetUnit::Utf8).unwrap();
    let a = analyse(text, &o).unwrap();
    a.entities
        .iter()
        .find(|e| e.text == name)
        .map(|e| (e.label.to_string(), e.latin.clone()))
}

#[test]
fn the_letter_of_z_and_f_keeps_its_sound_in_latin() {
    // The person-name table is keyed without nukta: नवाज़ found नवाज's "Nawaj".
    let text = "पाकिस्तान के पूर्व प्रधानमंत्री नवाज़ शरीफ़ ने लाहौर में कहा।";
    assert_eq!(latin_of(text, "नवाज़ शरीफ़").as_deref(), Some("Nawaz Sharif"));
    let text = "پاکستان کے سابق وزیر اعظم نواز شریف نے لاہور میں کہا۔";
    assert_eq!(
        entity("ur", text, "نواز شریف").and_then(|e| e.1).as_deref(),
        Some("Nawaz Sharif")
    );
}

#[test]
fn urdu_chinese_names_after_a_title() {
    let text = "روسی صدر ولادیمیر پوتن نے چینی وزیر اعظم لی چیانگ سے ماسکو میں ملاقات کی۔ \
                چینی صدر شی جن پنگ نے بیجنگ میں بیان دیا۔";
    let li = entity("ur", text, "لی چیانگ").expect("لی چیانگ is found");
    assert_eq!(
        (li.0.as_str(), li.1.as_deref()),
        ("PERSON", Some("Li Qiang"))
    );
    let xi = entity("ur", text, "شی جن پنگ").expect("شی جن پنگ is found");
    assert_eq!(
        (xi.0.as_str(), xi.1.as_deref()),
        ("PERSON", Some("Xi Jinping"))
    );
}

#[test]
fn urdu_acronyms_spelt_a_word_a_letter() {
    let text = "ایف آئی اے نے کراچی سے دو افراد کو گرفتار کیا۔ ایف آئی اے کے ترجمان نے بتایا۔";
    let o = Options::parse(Some("ur"), None, None, OffsetUnit::Utf8).unwrap();
    let a = analyse(text, &o).unwrap();
    let fia: Vec<_> = a
        .entities
        .iter()
        .filter(|e| e.text == "ایف آئی اے")
        .map(|e| (e.label.to_string(), e.latin.clone()))
        .collect();
    assert_eq!(fia.len(), 2, "both mentions: {:?}", a.entities);
    assert!(fia
        .iter()
        .all(|(l, latin)| l == "ORG" && latin.as_deref() == Some("FIA")));
    // Their PA (personal assistant), after the genitive, is no organisation.
    let text = "وزیر کے پی اے نے بتایا۔";
    let a = analyse(text, &o).unwrap();
    assert!(
        a.entities.iter().all(|e| e.label.to_string() != "ORG"),
        "{:?}",
        a.entities
    );
}

/// Names in Pakistani and world news take the spelling readers know, not a letter-by-letter
/// romanisation ("Bhato", "Piywtan"): the hand list `PEOPLE_LATIN` in `scripts/lexicons/urdu.py`.
#[test]
fn urdu_names_in_the_news_take_their_known_spelling() {
    let text =
        "پیپلز پارٹی کے چیئرمین بلاول بھٹو زرداری نے کراچی میں کہا کہ روسی صدر ولادیمیر پیوٹن \
                اور امریکی وزیر خارجہ انٹونی بلنکن کی ملاقات اہم ہے۔";
    for (name, latin) in [
        ("بلاول بھٹو زرداری", "Bilawal Bhutto Zardari"),
        ("ولادیمیر پیوٹن", "Vladimir Putin"),
        ("انٹونی بلنکن", "Antony Blinken"),
    ] {
        let e = entity("ur", text, name).unwrap_or_else(|| panic!("{name} is found"));
        assert_eq!(
            (e.0.as_str(), e.1.as_deref()),
            ("PERSON", Some(latin)),
            "{name}"
        );
    }
}

#[test]
fn a_name_written_as_one_word_is_the_same_person() {
    let o = Options::parse(Some("hi"), None, None, OffsetUnit::Utf8).unwrap();
    let text = "अभिनेता शशि कपूर की फ़िल्में सफल रहीं। बाद के वर्षों में शशिकपूर, अमिताभ और धर्मेंद्र साथ दिखे।";
    let a = analyse(text, &o).unwrap();
    let of = |name: &str| a.entities.iter().find(|e| e.text == name).cloned();
    let (full, solid) = (of("शशि कपूर").unwrap(), of("शशिकपूर").unwrap());
    assert_eq!(solid.label, full.label);
    assert_eq!(solid.cluster, full.cluster);
    assert_eq!(solid.latin.as_deref(), Some("Shashi Kapoor"));
}

#[test]
fn initials_with_dots_are_letters() {
    let text = "कार्टूनिस्ट आर. के. लक्ष्मण और निर्देशक के. आसिफ़ को याद किया गया।";
    assert_eq!(
        latin_of(text, "आर. के. लक्ष्मण").as_deref(),
        Some("R. K. Lakshman")
    );
    assert_eq!(latin_of(text, "के. आसिफ़").as_deref(), Some("K. Asif"));
}

//! Latin forms of Chinese names, on sentences written for this test: Pinyin in a document that
//! names China, Hindi romanisation elsewhere.

use kaalrekha::{analyse, OffsetUnit, Options};

fn latin_of(text: &str, name: &str) -> Option<String> {
    let o = Options::parse(Some("hi"), None, None, OffsetUnit::Utf8).unwrap();
    let a = analyse(text, &o).unwrap();
    a.entities.iter().find(|e| e.text == name).and_then(|e| e.latin.clone())
}

#[test]
fn chinese_names_get_pinyin_in_a_chinese_context() {
    let text = "चीन के प्रधानमंत्री ली कियांग ने राष्ट्रपति शी जिनपिंग से मुलाकात की। बाद में ली ने बीजिंग में बयान दिया।";
    assert_eq!(latin_of(text, "ली कियांग").as_deref(), Some("Li Qiang"));
    assert_eq!(latin_of(text, "शी जिनपिंग").as_deref(), Some("Xi Jinping"));
}

#[test]
fn other_names_keep_hindi_romanisation() {
    let text = "चीन के दौरे पर व्लादिमीर पुतिन ने बयान दिया।";
    assert_eq!(latin_of(text, "व्लादिमीर पुतिन").as_deref(), Some("Vladimir Putin"));
}

#[test]
fn a_chinese_family_name_alone_is_that_person() {
    let o = Options::parse(Some("hi"), None, None, OffsetUnit::Utf8).unwrap();
    let text = "उन्होंने पद की शपथ ली और चीन के प्रधानमंत्री ली कियांग से मिले। बाद में ली ने कहा कि उन्होंने मदद ली थी।";
    let a = analyse(text, &o).unwrap();
    let people: Vec<(&str, Option<&str>)> = a.entities.iter().filter(|e| e.label == "PERSON").map(|e| (e.text.as_str(), e.latin.as_deref())).collect();
    assert_eq!(people, [("ली कियांग", Some("Li Qiang")), ("ली", Some("Li Qiang"))], "the verb ली stays untagged");
    let clusters: Vec<_> = a.entities.iter().filter(|e| e.label == "PERSON").map(|e| e.cluster.clone()).collect();
    assert_eq!(clusters[0], clusters[1]);
}

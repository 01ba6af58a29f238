//! Document-date inference (issue 14): evidence is named, history and future events are no
//! evidence, and weak evidence means no date rather than a wrong one. Sentences written for
//! this file.

use kaalrekha::{analyse, OffsetUnit, Options};

fn infer(text: &str, lang: &str) -> (Option<String>, Vec<(String, &'static str)>) {
    let a = analyse(
        text,
        &Options::parse(Some(lang), None, None, OffsetUnit::Codepoint).unwrap(),
    )
    .unwrap();
    (
        a.dct,
        a.dct_evidence
            .into_iter()
            .map(|e| (e.text, e.reason))
            .collect(),
    )
}

#[test]
fn a_birth_date_never_becomes_the_document_date() {
    let (dct, evidence) = infer(
        "मशहूर गायिका का जन्म 20 मार्च 1966 को कोलकाता में हुआ था। आज वह मुंबई में रहती हैं।",
        "hi",
    );
    assert_eq!(dct, None);
    assert!(evidence.is_empty());
    assert_eq!(
        infer(
            "The singer was born on March 20, 1966, in Kolkata. Today she lives in Mumbai.",
            "en"
        )
        .0,
        None
    );
    assert_eq!(infer("संस्था की स्थापना 12 अप्रैल 1885 को हुई थी।", "hi").0, None);
}

#[test]
fn a_named_date_is_history() {
    // "9/11" is a date (2001-09-11) but says nothing about when the article was written.
    assert_eq!(
        infer("9/11 के हमलों के बाद अमरीका ने सुरक्षा कड़ी कर दी थी।", "hi").0,
        None
    );
    assert_eq!(
        infer("Airport security was tightened after 9/11.", "en").0,
        None
    );
}

#[test]
fn a_future_launch_is_no_document_date() {
    assert_eq!(
        infer(
            "यह मिशन 12 मार्च 2027 को लॉन्च होगा। वैज्ञानिक तैयारी कर रहे हैं।",
            "hi"
        )
        .0,
        None
    );
}

#[test]
fn history_far_back_yields_to_the_year_the_article_names() {
    // A full date of 1947 in an article that speaks of 2014 is history, and nothing else dates it.
    assert_eq!(
        infer("15 अगस्त 1947 को देश आज़ाद हुआ था। 2014 में चुनाव हुए।", "hi").0,
        None
    );
}

#[test]
fn a_dateline_decides_and_is_named() {
    let (dct, evidence) = infer(
        "नई दिल्ली, 14 फ़रवरी 2014। सरकार ने नई नीति की घोषणा की।",
        "hi",
    );
    assert_eq!(dct.as_deref(), Some("2014-02-14"));
    assert_eq!(evidence, [("14 फ़रवरी 2014".to_owned(), "dateline")]);
}

#[test]
fn a_year_guessed_from_the_latest_year_alone_is_too_weak() {
    // "गत 25 अगस्त" with only "2012" elsewhere: the article may be from any later year.
    assert_eq!(
        infer(
            "गत 25 अगस्त को संघ की आम सभा हुई थी। 2012 में संघ का निलंबन हुआ था।",
            "hi"
        )
        .0,
        None
    );
}

#[test]
fn year_relative_pairs_and_the_lead_weekday_date_a_report() {
    let (dct, evidence) = infer(
        "मंत्रालय ने गुरुवार को बैठक पर बयान दिया। 18 नवंबर को दोनों नेताओं के बीच बैठक हुई। पिछले वर्ष व्यापार बढ़ा। 2024 में रिकॉर्ड बना।",
        "hi",
    );
    assert_eq!(dct.as_deref(), Some("2025-11-20"));
    let reasons: Vec<&str> = evidence.iter().map(|e| e.1).collect();
    assert!(
        reasons.contains(&"lead-weekday") && reasons.contains(&"year-relative"),
        "{evidence:?}"
    );
}

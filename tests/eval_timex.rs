//! `eval timex`: the scoring arithmetic on hand-made inputs, the corpus readers on tiny
//! documents, and a smoke run of the command on the shared data when it is there.

#[path = "../src/cli/eval/timex/score.rs"]
#[allow(dead_code)]
mod score;
mod shared_data;

use score::*;

fn m(start: usize, end: usize, kind: &str, value: &str) -> Mention {
    Mention::new(start, end, "", kind, value)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn prf_arithmetic() {
    let x = prf(3, 4, 6);
    assert!(
        close(x.p, 0.75) && close(x.r, 0.5) && close(x.f1, 0.6),
        "{x:?}"
    );
    let z = prf(0, 0, 5);
    assert_eq!((z.p, z.r, z.f1), (0.0, 0.0, 0.0));
    let z = prf(0, 3, 0);
    assert_eq!((z.p, z.r, z.f1), (0.0, 0.0, 0.0));
}

#[test]
fn strict_relaxed_type_value_counts() {
    // gold: [0,5) DATE 2013-03-22, [10,20) DURATION P1M, [30,35) DATE 2009, [40,45) SET XXXX-WI
    // system: [0,5) exact, right value; [12,20) overlap, right type, wrong value;
    //         [30,35) exact, wrong type, right value; [50,55) spurious. [40,45) missed.
    let gold = vec![
        m(0, 5, "DATE", "2013-03-22"),
        m(10, 20, "DURATION", "P1M"),
        m(30, 35, "DATE", "2009"),
        m(40, 45, "SET", "XXXX-WI"),
    ];
    let system = vec![
        m(0, 5, "DATE", "2013-03-22"),
        m(12, 20, "DURATION", "P2M"),
        m(30, 35, "DURATION", "2009"),
        m(50, 55, "DATE", "2014"),
    ];
    let (c, issues) = score_doc(&gold, &system, true, true);
    assert_eq!(
        c,
        Counts {
            docs: 1,
            gold: 4,
            system: 4,
            strict: 2,
            relaxed: 3,
            type_ok: 2,
            value_ok: 2
        }
    );
    let s = c.strict_prf();
    assert!(close(s.p, 0.5) && close(s.r, 0.5) && close(s.f1, 0.5));
    let r = c.relaxed_prf();
    assert!(close(r.p, 0.75) && close(r.r, 0.75) && close(r.f1, 0.75));
    assert!(close(c.type_accuracy().unwrap(), 2.0 / 3.0));
    assert!(close(c.value_accuracy().unwrap(), 2.0 / 3.0));
    // Value F1: 2 right values out of 4 system and 4 gold → 0.5, and it equals the
    // toolkit's accuracy × relaxed F1.
    let v = c.value_prf();
    assert!(close(v.p, 0.5) && close(v.r, 0.5) && close(v.f1, 0.5));
    assert!(close(v.f1, c.value_accuracy().unwrap() * r.f1));
    let kinds: Vec<&str> = issues.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, ["SPAN", "VALUE", "TYPE", "MISSED", "SPURIOUS"]);
}

#[test]
fn value_f1_equals_toolkit_formula_when_counts_differ() {
    let c = Counts {
        docs: 3,
        gold: 10,
        system: 7,
        strict: 4,
        relaxed: 6,
        type_ok: 5,
        value_ok: 4,
    };
    let v = c.value_prf();
    assert!(close(v.p, 4.0 / 7.0) && close(v.r, 0.4));
    assert!(close(v.f1, 8.0 / 17.0));
    assert!(close(
        v.f1,
        c.value_accuracy().unwrap() * c.relaxed_prf().f1
    ));
}

#[test]
fn alignment_is_one_to_one() {
    // One system span covering "2009-2010" overlaps two gold years: one relaxed match only.
    let gold = [(0, 4), (5, 9)];
    let system = [(0, 9)];
    let pairs = align(&gold, &system);
    assert_eq!(
        pairs,
        vec![Pair {
            gold: 0,
            system: 0,
            strict: false
        }]
    );
    // Identical spans win over a larger overlap elsewhere.
    let gold = [(0, 10), (10, 14)];
    let system = [(2, 12), (10, 14)];
    let pairs = align(&gold, &system);
    assert_eq!(
        pairs,
        vec![
            Pair {
                gold: 0,
                system: 0,
                strict: false
            },
            Pair {
                gold: 1,
                system: 1,
                strict: true
            }
        ]
    );
    // Touching spans do not overlap (ends are exclusive).
    assert!(align(&[(0, 5)], &[(5, 8)]).is_empty());
}

#[test]
fn empty_system_scores_zero_not_nan() {
    let gold = vec![m(0, 3, "DATE", "2001")];
    let (c, issues) = score_doc(&gold, &[], true, true);
    assert_eq!(c.relaxed_prf().f1, 0.0);
    assert_eq!(c.value_prf().f1, 0.0);
    assert_eq!(c.value_accuracy(), None);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].kind, "MISSED");
}

#[test]
fn reads_timeml() {
    let src = r#"<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TITLE>Title 2012</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> it &lt;will&gt; wait <TIMEX3 tid="t2" type="DURATION" value="P1M">a month</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="PAST_REF" /></TEXT>
</TimeML>"#;
    let doc = read_tml(src).unwrap();
    assert_eq!(doc.dct.as_deref(), Some("2013-03-22"));
    assert_eq!(doc.text, "\nAT&T said Friday it <will> wait a month.");
    assert_eq!(doc.gold.len(), 2);
    let g = &doc.gold[0];
    assert_eq!(
        (
            g.start,
            g.end,
            g.text.as_str(),
            g.kind.as_str(),
            g.value.as_str()
        ),
        (11, 17, "Friday", "DATE", "2013-03-22")
    );
    assert_eq!(&doc.text[doc.gold[1].start..doc.gold[1].end], "a month");
    assert_eq!(doc.dropped.len(), 1, "the empty TIMEX3 is left out");
}

#[test]
fn reads_dct_with_time() {
    let src = r#"<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="TIME" value="1998-02-27T08:02:00">x</TIMEX3></DCT><TEXT>none</TEXT>"#;
    assert_eq!(read_tml(src).unwrap().dct.as_deref(), Some("1998-02-27"));
}

#[test]
fn reads_iltimex() {
    let src = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<DOC><TEXT>\nयह कमिटी <ILTIMEX TYPE=\"P\">अगले 6 महीने</ILTIMEX> में।</TEXT></DOC>";
    let doc = read_iltimex(src).unwrap();
    assert_eq!(doc.gold.len(), 1);
    assert_eq!(&doc.text[doc.gold[0].start..doc.gold[0].end], "अगले 6 महीने");
    assert_eq!(doc.text, "\nयह कमिटी अगले 6 महीने में।");
}

#[test]
fn reads_hindi_timebank() {
    let src = "<document>\n<token id=\"1\"> साल </token>\n<token id=\"2\"> 2008 </token>\n<token id=\"3\"> से </token>\n<token id=\"4\">.</token>\n<TIMEX id=\"t1\" class=\"DUR\" tokens=\"1,2\" AnnConf=\"High\"/>\n<TIMEX id=\"t2\" class=\"DATE\" tokens=\"2\" annConf=\"High\"/>\n</document>";
    let doc = read_hindi_timebank(src).unwrap();
    assert_eq!(doc.text, "साल 2008 से .");
    assert_eq!(doc.gold.len(), 2);
    assert_eq!(
        (doc.gold[0].text.as_str(), doc.gold[0].kind.as_str()),
        ("साल 2008", "DURATION")
    );
    assert_eq!(
        (doc.gold[1].text.as_str(), doc.gold[1].kind.as_str()),
        ("2008", "DATE")
    );
}

#[test]
fn canonical_values() {
    assert_eq!(canon_value("T16"), "XXXX-XX-XXT16:00");
    assert_eq!(canon_value("16:00:00"), "XXXX-XX-XXT16:00");
    assert_eq!(canon_value("2016-11-07 16:12:30"), "2016-11-07T16:12:30");
    assert_eq!(canon_value("2016-11-07T8"), "2016-11-07T08:00");
    assert_eq!(canon_value("XXXX-WXX-1T16"), "XXXX-WXX-1T16:00");
    assert_eq!(canon_value("tmo"), "XXXX-XX-XXTMO");
    assert_eq!(canon_value("2016-11-08TNI"), "2016-11-08TNI");
    assert_eq!(canon_value("P3D"), "P3D");
    assert_eq!(canon_value("PT1H30M"), "PT1H30M");
    assert_eq!(canon_value("XXXX-11-18"), "XXXX-11-18");
    assert_eq!(
        timex_alternatives("(2016-11-07,2016-11-10,P3D)"),
        vec!["P3D"]
    );
    assert_eq!(
        timex_alternatives("(1970-01-01,1980-01-01,P10Y)"),
        vec!["P10Y", "197"]
    );
    assert_eq!(
        timex_alternatives("(1400-01-01,1500-01-01,P100Y)"),
        vec!["P100Y", "14"]
    );
    assert_eq!(
        timex_alternatives("(2016-01-01,2016-04-01,P3M)"),
        vec!["P3M", "2016-Q1"]
    );
    assert_eq!(
        timex_alternatives("(2016-10-01,2017-01-01,P3M)"),
        vec!["P3M", "2016-Q4"]
    );
    assert_eq!(
        timex_alternatives("(2016-11-08,2017-02-08,P3M)"),
        vec!["P3M"]
    );
    assert_eq!(timex_alternatives("a|b"), vec!["A", "B"]);
    let dates = vec!["2016-11-08".to_owned(), "2016-11-01".to_owned()];
    assert_eq!(
        instantiations("XXXX-WXX-2TMO", &dates),
        vec!["2016-11-08TMO", "2016-11-01TMO"]
    );
    assert_eq!(
        instantiations("XXXX-11", &dates),
        vec!["2016-11", "2016-11"]
    );
    assert_eq!(instantiations("XXXX-XX-08", &dates), vec!["2016-11-08"]);
    assert!(
        instantiations("XXXX-02", &dates).is_empty(),
        "resolutions in another month do not fill it"
    );
    assert!(
        instantiations("XXXX-WXX", &dates).is_empty(),
        "a bare week has no day to fill"
    );
    assert!(instantiations("2016-11-08", &dates).is_empty());
}

fn rt(json: &str, file: &str) -> (RtCase, RtFile) {
    let f = rt_file(file);
    (read_rt_case(&serde_json::from_str(json).unwrap(), f), f)
}

#[test]
fn recognizers_cases() {
    let parser = r#"{"Input": "मैं शुक्रवार को वापस जाऊंगा", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
        "NotSupportedByDesign": "javascript,python,java",
        "Results": [{"Text": "शुक्रवार", "Type": "date", "Start": 4, "Length": 8,
          "Value": {"Timex": "XXXX-WXX-5", "FutureResolution": {"date": "2016-11-11"}, "PastResolution": {"date": "2016-11-04"}}}]}"#;
    let (case, f) = rt(parser, "DateParser.json");
    assert!(f.check_values);
    assert_eq!(case.skip, None);
    assert_eq!(case.reference.as_deref(), Some("2016-11-07"));
    let e = &case.expected[0];
    assert_eq!(&case.input[e.start..e.end], "शुक्रवार");
    let sys = |v: &str| vec![Mention::new(e.start, e.end, "शुक्रवार", "DATE", v)];
    assert!(rt_judge(&case, &sys("2016-11-11"), f).pass);
    assert!(rt_judge(&case, &sys("XXXX-WXX-5"), f).pass);
    let wrong = rt_judge(&case, &sys("2016-11-18"), f);
    assert!(wrong.span_pass && !wrong.pass);
    assert_eq!(wrong.issues[0].kind, "VALUE");
    // A longer span fails, and is reported once, as SPAN.
    let longer = vec![Mention::new(e.start, e.end + 6, "", "DATE", "2016-11-11")];
    let v = rt_judge(&case, &longer, f);
    assert!(!v.span_pass && !v.pass);
    assert_eq!(
        v.issues.iter().map(|i| i.kind).collect::<Vec<_>>(),
        ["SPAN"]
    );
    // Nothing found.
    assert_eq!(rt_judge(&case, &[], f).issues[0].kind, "MISSED");
    // An extra DURATION elsewhere is not in the way of a Date case …
    let extra = vec![
        sys("2016-11-11")[0].clone(),
        Mention::new(0, 3, "", "DURATION", "P1D"),
    ];
    assert!(rt_judge(&case, &extra, f).pass);
    // … but it is in an all-types (model) file.
    assert!(!rt_judge(&case, &extra, rt_file("DateTimeModel.json")).pass);
}

#[test]
fn recognizers_skips_and_negatives() {
    let unsupported = r#"{"Input": "x", "NotSupported": "dotnet", "NotSupportedByDesign": "javascript,python,java", "Results": []}"#;
    assert!(rt(unsupported, "DateParser.json").0.skip.is_some());
    let bad_span = r#"{"Input": "abc def", "Results": [{"Text": "def", "Type": "date", "Start": 0, "Length": 3}]}"#;
    assert_eq!(
        rt(bad_span, "DateExtractor.json").0.skip,
        Some("Start/End do not match Text")
    );
    let model = r#"{"Input": "कल 3 बजे", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
        "Results": [{"Text": "कल 3 बजे", "Start": 0, "End": 7, "TypeName": "datetimeV2.datetime"}]}"#;
    assert_eq!(
        rt(model, "DateTimeModel.json").0.skip,
        Some("result without a timex resolution")
    );
    // Extractor files: spans only, no resolution needed.
    let ext = r#"{"Input": "कल 3 बजे", "Results": [{"Text": "कल 3 बजे", "Type": "datetime", "Start": 0, "Length": 8}]}"#;
    let (case, f) = rt(ext, "DateTimeExtractor.json");
    assert!(!f.check_values && case.skip.is_none());
    let sys = vec![Mention::new(0, case.input.len(), "", "TIME", "whatever")];
    assert!(rt_judge(&case, &sys, f).pass);
    // Negative case: a DATE fails a Date file, a DURATION does not.
    let neg = r#"{"Input": "मैं 27वें मंजिल पर जाउंगा", "Results": []}"#;
    let (case, f) = rt(neg, "DateExtractor.json");
    assert!(rt_judge(&case, &[], f).pass);
    assert!(!rt_judge(&case, &[Mention::new(0, 3, "", "DATE", "")], f).pass);
    assert!(rt_judge(&case, &[Mention::new(0, 3, "", "DURATION", "")], f).pass);
}

#[test]
fn recognizers_time_and_range_values() {
    let case = r#"{"Input": "शाम 4 बजे", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
        "Results": [{"Text": "शाम 4 बजे", "Start": 0, "End": 8, "TypeName": "datetimeV2.time",
          "Resolution": {"values": [{"timex": "T16", "type": "time", "value": "16:00:00"}]}}]}"#;
    let (case, _) = rt(case, "DateTimeModel.json");
    let e = &case.expected[0];
    let r = case.reference.as_deref();
    assert!(rt_value_ok("T16:00", e, r));
    assert!(rt_value_ok("XXXX-XX-XXT16:00", e, r));
    assert!(
        rt_value_ok("2016-11-07T16:00", e, r),
        "anchored to the reference date"
    );
    assert!(!rt_value_ok("2016-11-08T16:00", e, r));
    assert!(!rt_value_ok("T04:00", e, r));
    let range = r#"{"Input": "पिछले 3 वर्ष", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
        "Results": [{"Text": "पिछले 3 वर्ष", "Type": "daterange", "Start": 0, "Length": 12,
          "Value": {"Timex": "(2013-11-07,2016-11-07,P3Y)", "FutureResolution": {"startDate": "2013-11-07", "endDate": "2016-11-07"}}}]}"#;
    let (case, _) = rt(range, "DatePeriodParser.json");
    let e = &case.expected[0];
    assert!(rt_value_ok("P3Y", e, None));
    assert!(!rt_value_ok("2013", e, None));
}

#[test]
fn gold_against_itself_is_perfect_on_real_data() {
    let Some(data) = shared_data::shared("data") else {
        return;
    };
    let data = data.as_path();
    let mut total = Counts::default();
    let mut dirs: Vec<_> = std::fs::read_dir(data.join("tempeval3/platinum"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    dirs.sort();
    for p in dirs
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .take(3)
    {
        let doc = read_tml(&std::fs::read_to_string(p).unwrap()).unwrap();
        for g in &doc.gold {
            assert_eq!(&doc.text[g.start..g.end], g.text);
        }
        total += score_doc(&doc.gold, &doc.gold, true, true).0;
    }
    assert!(total.gold > 0);
    assert_eq!(total.relaxed_prf().f1, 1.0);
    assert_eq!(total.strict_prf().f1, 1.0);
    assert_eq!(total.value_prf().f1, 1.0);
}

#[test]
fn smoke_run_with_limit_2() {
    if shared_data::shared("data").is_none() {
        return;
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kaalrekha"))
        .args(["eval", "timex", "--data", "../shared/data", "--limit", "2"])
        .env_remove("KAALREKHA_EVAL_WRITE")
        .env_remove("KAALREKHA_EVAL_VERBOSE")
        .output()
        .expect("runs the binary");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "exit {:?}\n{}\n{}",
        out.status,
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("| Corpus |"), "{stdout}");
    for row in [
        "TempEval-3 platinum",
        "TempEval-3 train (dev)",
        "Recognizers DateParser",
        "ILTIMEX2012",
        "Hindi TimeBank",
    ] {
        assert!(stdout.contains(row), "missing row {row}:\n{stdout}");
    }
    assert!(
        stdout.contains("| TempEval-3 platinum (en) | 2 |"),
        "--limit 2 reads two documents:\n{stdout}"
    );
}

//! The Urdu pack alone is enough for Urdu (see tests/pack_common), and Arabic or Persian text
//! is refused with a clear error before any pack is asked for. Runs with `make test-native`
//! (`cargo test --release --features packs --test packs_ur`); without the feature it is empty.
#![cfg(feature = "packs")]

mod pack_common;
use kaalrekha::{analyse, Error, Lang, OffsetUnit, Options};

#[test]
fn only_the_ur_pack() {
    pack_common::only_its_own_pack(Lang::Ur, Lang::Hi, pack_common::FULL);
    // Arabic (no letter or function word of Urdu's own): the core's clear refusal, not an
    // analysis of it as Urdu, with only the Urdu pack loaded.
    let arabic = "قال رئيس الوزراء في مؤتمر صحفي يوم الخميس إن الحكومة ستبدأ مشروعا جديدا للطاقة الشمسية في العام المقبل";
    let auto = Options::parse(None, None, None, OffsetUnit::Codepoint).unwrap();
    let err = analyse(arabic, &auto).unwrap_err();
    assert!(matches!(err, Error::UnsupportedLanguage(_)), "{err}");
    assert!(
        err.to_string().contains("looks like Arabic or Persian"),
        "{err}"
    );
}

//! The Hindi pack alone is enough for Hindi (see tests/pack_common). Runs with
//! `make test-native` (`cargo test --release --features packs --test packs_hi`); without the
//! feature it is empty.
#![cfg(feature = "packs")]

mod pack_common;
use kaalrekha::Lang;

#[test]
fn only_the_hi_pack() {
    pack_common::only_its_own_pack(Lang::Hi, Lang::En, pack_common::FULL);
}

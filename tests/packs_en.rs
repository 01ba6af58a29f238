//! The English pack alone is enough for English (see tests/pack_common). Runs with
//! `make test-native` (`cargo test --release --features packs --test packs_en`); without the
//! feature it is empty.
#![cfg(feature = "packs")]

mod pack_common;
use kaalrekha::Lang;

#[test]
fn only_the_en_pack() {
    pack_common::only_its_own_pack(Lang::En, Lang::Hi, pack_common::FULL);
}

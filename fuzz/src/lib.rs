//! Shared by the libFuzzer target and the stable random harness.
pub mod check;
pub mod gen;

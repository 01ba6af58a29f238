//! Language packs: a language's folder (`data/<lang>/`), its entity model and the few files of
//! other folders that its analysis reads (`data/<lang>/pack.tsv`), compiled into one file.
//!
//! Where the data comes from depends on the build:
//! - **built in** (the default: the command line, the tests, native users): every file is
//!   embedded by [`crate::lexicon`] and the entity models by [`crate::ner`]; packs are not used,
//!   and [`require`] always succeeds;
//! - **loaded packs** (feature `packs`, the WebAssembly build of `scripts/build.sh`): the core
//!   holds the code only. JavaScript fetches `pkg/<lang>.pack` and hands it to [`load`]; until
//!   then, analysing that language fails with [`crate::Error::PackNotLoaded`].
//!
//! [`crate::lexicon::file`] and [`crate::ner::model`] keep their signatures: behind them, the
//! text or bytes come from the embedded data or from a loaded pack. A file that a loaded pack
//! should have carried but did not is never a panic: [`crate::lexicon::file`] answers "" and
//! records it, and [`crate::analyse`] turns the record into [`crate::Error::PackIncomplete`].
//!
//! Format (little-endian): `b"KRPACK"`, u16 [`FORMAT`], u16 length + the data version
//! ([`version`]: format, schema, crate version and a hash of `data/`, which the core and the
//! packs built from the same tree share), u8 length + the language code, u8 storage (0 = as
//! is, 1 = LZMA), then the body, as is or as one LZMA stream (the `.lzma` header: properties,
//! dictionary size, uncompressed size). The body: u32 entry count, then per entry: u16 length
//! + path under `data/` ("hi/months.tsv", "en/names-person.tsv", "models/ner-hi-v2.bin"), u8
//! encoding (0 = as is), u32 length, the bytes. Text files keep their lines, but comment lines
//! are emptied (line numbers in error messages stay right).
//!
//! LZMA, not gzip: the Hindi pack is 1.67 MB of lists and weights, 432 kB with gzip -9 and
//! 333 kB as LZMA (its dictionary spans the whole pack, where gzip's window is 32 kB, and the
//! lists of the three languages repeat each other's English names). A server's gzip cannot
//! shrink it further, so serving it compressed or not changes nothing.

use crate::text::Lang;

pub const MAGIC: &[u8; 6] = b"KRPACK";
/// The pack layout; a change of it changes [`version`].
pub const FORMAT: u16 = 2;
/// The body as is.
const STORED: u8 = 0;
/// The body as one LZMA stream.
const LZMA: u8 = 1;
/// The largest body a pack may unpack to (a damaged or hostile header cannot make the page
/// allocate more), and the largest LZMA dictionary it may ask for.
const MAX_BODY: u64 = 64 << 20;

/// The data version a pack must carry to be loaded by this core: the pack format, the
/// Analysis schema, the crate version and a hash of every file under `data/` (build.rs).
pub fn version() -> &'static str {
    concat!(
        "kaalrekha-pack 2; schema kaalrekha/1; core ",
        env!("CARGO_PKG_VERSION"),
        "; data ",
        env!("KAALREKHA_DATA_HASH")
    )
}

/// Why a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError(pub String);

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PackError {}

/// One parsed pack: its language, its data version and its files (in its unpacked body).
#[derive(Debug)]
pub struct Pack {
    pub lang: String,
    pub version: String,
    body: Vec<u8>,
    entries: Vec<(String, std::ops::Range<usize>)>,
}

impl Pack {
    /// Its files: path under `data/` and bytes.
    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.entries
            .iter()
            .map(|(p, r)| (p.as_str(), &self.body[r.clone()]))
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], PackError> {
        let s = self
            .b
            .get(self.at..self.at.saturating_add(n))
            .ok_or_else(|| PackError("not a kaalrekha language pack (truncated)".into()))?;
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<usize, PackError> {
        Ok(self.take(1)?[0] as usize)
    }
    fn u16(&mut self) -> Result<usize, PackError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()) as usize)
    }
    fn u32(&mut self) -> Result<usize, PackError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()) as usize)
    }
    fn text(&mut self, n: usize) -> Result<String, PackError> {
        String::from_utf8(self.take(n)?.to_vec())
            .map_err(|_| PackError("not a kaalrekha language pack (bad text)".into()))
    }
}

/// Parses a pack without loading it; checks the magic and the version first, then unpacks
/// the body.
pub fn parse(bytes: &[u8]) -> Result<Pack, PackError> {
    let mut r = Reader { b: bytes, at: 0 };
    if bytes.len() < MAGIC.len() || r.take(MAGIC.len())? != MAGIC {
        return Err(PackError(
            "not a kaalrekha language pack (is the server sending an HTML page instead?)".into(),
        ));
    }
    let format = r.u16()?;
    let n = r.u16()?;
    let version = r.text(n)?;
    let n = r.u8()?;
    let lang = r.text(n)?;
    if format != FORMAT as usize || version != self::version() {
        return Err(PackError(format!(
            "the {lang:?} language pack does not match this core: it is \"{version}\", the core \
             needs \"{}\"; serve the packs built with this core (scripts/build.sh builds both)",
            self::version()
        )));
    }
    let body = match r.u8()? as u8 {
        STORED => bytes[r.at..].to_vec(),
        LZMA => unpack(&bytes[r.at..]).map_err(|e| {
            PackError(format!(
                "the {lang:?} language pack is damaged or truncated ({e}); fetch it again"
            ))
        })?,
        other => {
            return Err(PackError(format!(
                "the {lang:?} language pack is stored in an unknown way ({other})"
            )))
        }
    };
    let mut r = Reader { b: &body, at: 0 };
    let count = r.u32()?;
    let mut entries = Vec::with_capacity(count.min(1024));
    for _ in 0..count {
        let n = r.u16()?;
        let path = r.text(n)?;
        let encoding = r.u8()?;
        let len = r.u32()?;
        let at = r.at;
        let data = r.take(len)?;
        if encoding != 0 {
            return Err(PackError(format!(
                "the {lang:?} pack's {path} has an unknown encoding {encoding}"
            )));
        }
        if path.ends_with(".tsv") && std::str::from_utf8(data).is_err() {
            return Err(PackError(format!(
                "the {lang:?} pack's {path} is not UTF-8"
            )));
        }
        entries.push((path, at..at + len));
    }
    if r.at != body.len() {
        return Err(PackError(format!(
            "the {lang:?} pack has {} bytes too many",
            body.len() - r.at
        )));
    }
    Ok(Pack {
        lang,
        version,
        body,
        entries,
    })
}

/// An LZMA stream (`.lzma` header) unpacked, within [`MAX_BODY`].
fn unpack(stream: &[u8]) -> Result<Vec<u8>, String> {
    // The decoder's Read trait: std's natively, where the encoder brings `std`; its own in
    // the wasm, built without it.
    #[cfg(target_arch = "wasm32")]
    use lzma_rust2::Read;
    #[cfg(not(target_arch = "wasm32"))]
    use std::io::Read;
    let size = stream
        .get(5..13)
        .map(|b| u64::from_le_bytes(b.try_into().unwrap()))
        .ok_or("truncated")?;
    if size > MAX_BODY {
        return Err(format!("it claims {size} bytes"));
    }
    let mut reader =
        lzma_rust2::LzmaReader::new_mem_limit(stream, (MAX_BODY >> 10) as u32 + 64, None)
            .map_err(|e| format!("{e:?}"))?;
    let mut out = vec![0u8; size as usize];
    let mut at = 0;
    while at < out.len() {
        match reader.read(&mut out[at..]).map_err(|e| format!("{e:?}"))? {
            0 => return Err(format!("{at} bytes of {size}")),
            n => at += n,
        }
    }
    Ok(out)
}

/// Serialises a pack ([`parse`] reads it back): its body as LZMA where the encoder is built
/// (natively), as is in the WebAssembly build.
pub fn write(lang: &str, files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend_from_slice(&(files.len() as u32).to_le_bytes());
    for (path, data) in files {
        body.extend_from_slice(&(path.len() as u16).to_le_bytes());
        body.extend_from_slice(path.as_bytes());
        body.push(0);
        body.extend_from_slice(&(data.len() as u32).to_le_bytes());
        body.extend_from_slice(data);
    }
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&(version().len() as u16).to_le_bytes());
    out.extend_from_slice(version().as_bytes());
    out.push(lang.len() as u8);
    out.extend_from_slice(lang.as_bytes());
    #[cfg(not(target_arch = "wasm32"))]
    {
        out.push(LZMA);
        out.extend_from_slice(&lzma(&body));
    }
    #[cfg(target_arch = "wasm32")]
    {
        out.push(STORED);
        out.extend_from_slice(&body);
    }
    out
}

/// `body` as one LZMA stream: preset 9, a dictionary that holds it all (deterministic: the
/// same data gives the same pack).
#[cfg(not(target_arch = "wasm32"))]
fn lzma(body: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut opts = lzma_rust2::LzmaOptions::with_preset(9);
    opts.dict_size = (body.len() as u32)
        .next_power_of_two()
        .clamp(1 << 16, 1 << 26);
    let mut out = Vec::new();
    let mut w = lzma_rust2::LzmaWriter::new_use_header(&mut out, &opts, Some(body.len() as u64))
        .expect("LZMA options");
    w.write_all(body).expect("writing to memory");
    w.finish().expect("writing to memory");
    out
}

/// Builds the pack of `lang` from a `data/` folder: every `<lang>/*.tsv`, the model
/// `models/ner-<lang>-<tag>.bin` if there is one, and the files `<lang>/pack.tsv` names
/// (`*/<name>`: that file of every other registered language that has one).
/// (It reads files, so on wasm32 it only compiles: the command line's wasm test build.)
pub fn build(lang: Lang, data: &std::path::Path) -> Result<Vec<u8>, String> {
    use std::fs;
    let code = lang.code();
    let read = |rel: &str| fs::read(data.join(rel)).map_err(|e| format!("data/{rel}: {e}"));
    let mut paths: Vec<String> = fs::read_dir(data.join(code))
        .map_err(|e| format!("data/{code}: {e}"))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv"))
        .map(|n| format!("{code}/{n}"))
        .collect();
    paths.sort();
    let manifest = String::from_utf8(read(&format!("{code}/pack.tsv")).unwrap_or_default())
        .map_err(|_| format!("data/{code}/pack.tsv is not UTF-8"))?;
    for row in crate::lexicon::rows(&manifest) {
        // "*/abbreviations": that file of every other registered language that has it.
        if let Some(name) = row[0].strip_prefix("*/") {
            for other in Lang::ALL.into_iter().filter(|&l| l != lang) {
                let path = format!("{}/{name}.tsv", other.code());
                if data.join(&path).is_file() && !paths.contains(&path) {
                    paths.push(path);
                }
            }
            continue;
        }
        let path = format!("{}.tsv", row[0]);
        if !data.join(&path).is_file() {
            return Err(format!(
                "data/{code}/pack.tsv names {}, which does not exist",
                row[0]
            ));
        }
        if !paths.contains(&path) {
            paths.push(path);
        }
    }
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for path in paths {
        let text =
            String::from_utf8(read(&path)?).map_err(|_| format!("data/{path}: not UTF-8"))?;
        files.push((path, blank_comments(&text).into_bytes()));
    }
    let model = format!("models/ner-{code}-{}.bin", crate::ner::MODEL_TAG);
    if data.join(&model).is_file() {
        files.push((model.clone(), read(&model)?));
    }
    Ok(write(code, &files))
}

/// The text with every comment line emptied; the line count stays.
pub fn blank_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.starts_with('#') {
            out.push_str(if line.ends_with("\r\n") {
                "\r\n"
            } else if line.ends_with('\n') {
                "\n"
            } else {
                ""
            });
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(feature = "packs")]
mod loaded {
    use super::*;
    use crate::hash::FxMap;
    use std::sync::{Mutex, PoisonError};

    #[derive(Default)]
    struct State {
        langs: Vec<&'static str>,
        files: FxMap<String, &'static [u8]>,
        missing: Vec<String>,
    }

    static STATE: Mutex<Option<State>> = Mutex::new(None);

    fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
        let mut guard = STATE.lock().unwrap_or_else(PoisonError::into_inner);
        f(guard.get_or_insert_with(State::default))
    }

    pub fn load(bytes: &[u8]) -> Result<Lang, PackError> {
        let pack = parse(bytes)?;
        let lang = Lang::parse(&pack.lang).ok_or_else(|| {
            PackError(format!(
                "a pack for {:?}, a language this core does not know",
                pack.lang
            ))
        })?;
        with(|s| {
            if s.langs.contains(&lang.code()) {
                return;
            }
            // Kept for the life of the page: the lexicons hold `&'static str` into it.
            let body: &'static [u8] = Box::leak(pack.body.into_boxed_slice());
            for (path, range) in pack.entries {
                s.files.entry(path).or_insert(&body[range]);
            }
            s.langs.push(lang.code());
        });
        Ok(lang)
    }

    pub fn is_loaded(lang: Lang) -> bool {
        with(|s| s.langs.contains(&lang.code()))
    }

    pub fn bytes(lang: Lang, path: &str) -> Option<&'static [u8]> {
        with(|s| match s.files.get(path) {
            Some(b) => Some(*b),
            None => {
                // A file that is not in data/ (a language without that list yet) is in no
                // pack: empty, as with built-in data, not missing.
                let exists = crate::text::language::DATA_FILES
                    .binary_search(&path)
                    .is_ok();
                if exists && !s.langs.contains(&lang.code()) {
                    s.missing.push(path.to_owned());
                }
                None
            }
        })
    }

    pub fn take_missing() -> Vec<String> {
        with(|s| std::mem::take(&mut s.missing))
    }
}

/// Loads a pack (its language's data becomes available); loading one twice changes nothing.
#[cfg(feature = "packs")]
pub fn load(bytes: &[u8]) -> Result<Lang, PackError> {
    loaded::load(bytes)
}

/// Whether the data of `lang` is there: always with built-in data.
pub fn is_loaded(lang: Lang) -> bool {
    #[cfg(feature = "packs")]
    return loaded::is_loaded(lang);
    #[cfg(not(feature = "packs"))]
    {
        let _ = lang;
        true
    }
}

/// Whether this build holds its data or loads packs.
pub const BUILT_IN: bool = cfg!(not(feature = "packs"));

/// A file of a loaded pack by its path under `data/`. `lang` is the folder (or, for a model,
/// the language) asked for: when its pack is not loaded and no loaded pack carries the file,
/// the miss is recorded for [`take_missing`]. Returns None with built-in data.
pub fn bytes(lang: Lang, path: &str) -> Option<&'static [u8]> {
    #[cfg(feature = "packs")]
    return loaded::bytes(lang, path);
    #[cfg(not(feature = "packs"))]
    {
        let _ = (lang, path);
        None
    }
}

/// The files asked for since the last call that no loaded pack had (see [`bytes`]).
pub fn take_missing() -> Vec<String> {
    #[cfg(feature = "packs")]
    return loaded::take_missing();
    #[cfg(not(feature = "packs"))]
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_emptied_and_lines_kept() {
        assert_eq!(blank_comments("# a\nx\ty\n#b\r\nz"), "\nx\ty\n\r\nz");
    }

    #[test]
    fn a_pack_round_trips_and_a_wrong_version_is_refused() {
        let files = vec![("hi/months.tsv".to_owned(), b"x\t1\n".to_vec())];
        let bytes = write("hi", &files);
        let pack = parse(&bytes).unwrap();
        assert_eq!(pack.lang, "hi");
        assert_eq!(
            pack.files().collect::<Vec<_>>(),
            vec![("hi/months.tsv", &b"x\t1\n"[..])]
        );
        let mut old = bytes.clone();
        let at = old.windows(4).position(|w| w == b"core").unwrap();
        old[at] = b'C';
        let err = parse(&old).unwrap_err().0;
        assert!(err.contains("does not match this core"), "{err}");
        assert!(parse(b"<!doctype html>")
            .unwrap_err()
            .0
            .contains("not a kaalrekha"));
        assert!(parse(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn the_body_is_lzma_and_damage_is_a_clear_error() {
        let list: String = (0..2000).map(|i| format!("name{i}\tQ{i}\n")).collect();
        let files = vec![("en/x.tsv".to_owned(), list.clone().into_bytes())];
        let bytes = write("en", &files);
        assert!(
            bytes.len() * 4 < list.len(),
            "{} of {}",
            bytes.len(),
            list.len()
        );
        let pack = parse(&bytes).unwrap();
        assert_eq!(pack.files().next().unwrap().1, list.as_bytes());
        // The storage byte follows the language code.
        let at = bytes.windows(3).position(|w| w == b"\x02en").unwrap() + 3;
        assert_eq!(bytes[at], LZMA);
        let mut stored = bytes[..at].to_vec();
        stored.push(STORED);
        stored.extend_from_slice(&pack.body);
        assert_eq!(parse(&stored).unwrap().files().count(), 1);
        let mut odd = bytes.clone();
        odd[at] = 7;
        assert!(parse(&odd).unwrap_err().0.contains("unknown way"));
        // A damaged stream, and a header claiming more than a pack may hold.
        let mut damaged = bytes.clone();
        let mid = at + (bytes.len() - at) / 2;
        damaged.truncate(mid);
        let err = parse(&damaged).unwrap_err().0;
        assert!(err.contains("damaged"), "{err}");
        let mut huge = bytes.clone();
        huge[at + 6..at + 14].copy_from_slice(&(1u64 << 40).to_le_bytes());
        let err = parse(&huge).unwrap_err().0;
        assert!(err.contains("damaged") && err.contains("claims"), "{err}");
    }
}

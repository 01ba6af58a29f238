//! Latin acronyms spelt with Devanagari letter names: एससीओ = एस सी ओ = "SCO", बीजेपी = "BJP".

/// Letter names as they fold (nukta dropped, so ज़ेड and जेड are one).
const LETTERS: &[(&str, char)] = &[
    ("ए", 'A'),
    ("बी", 'B'),
    ("सी", 'C'),
    ("डी", 'D'),
    ("ई", 'E'),
    ("एफ", 'F'),
    ("जी", 'G'),
    ("एच", 'H'),
    ("आई", 'I'),
    ("जे", 'J'),
    ("के", 'K'),
    ("एल", 'L'),
    ("एम", 'M'),
    ("एन", 'N'),
    ("ओ", 'O'),
    ("पी", 'P'),
    ("क्यू", 'Q'),
    ("आर", 'R'),
    ("एस", 'S'),
    ("टी", 'T'),
    ("यू", 'U'),
    ("वी", 'V'),
    ("डब्ल्यू", 'W'),
    ("डब्लू", 'W'),
    ("एक्स", 'X'),
    ("वाई", 'Y'),
    ("जेड", 'Z'),
];

/// Acronyms that name no organisation: roles, documents, things ("पीएम", "एफआईआर", "जीएसटी").
const NOT_ORG: &[&str] = &[
    "PM", "CM", "DM", "SP", "MP", "MLA", "IAS", "IPS", "SHO", "DG", "IG", "DGP", "CEO", "CFO", "FIR", "VIP", "VVIP",
    "DNA", "GST", "GDP", "ATM", "EMI", "LPG", "CNG", "OTP", "PIN", "SMS", "TV", "GPS", "AI", "IT", "CCTV", "HIV",
    "ICU", "OPD", "UPI", "PAN", "KYC", "NRI", "EVM", "PIL", "MSP", "ODI", "AC", "DC", "OK", "PHD", "MBA", "BA", "MA",
    "BSC", "MSC", "CD", "DVD", "PC", "SUV", "KM", "AM", "USB", "LED", "PDF", "ID", "SIM", "GB", "MB", "SEO", "IPL",
    "SUV", "MRI", "CT", "ECG", "RTI", "OBC", "SC", "ST", "EWS", "NDA",
];

/// The Latin letters of a Devanagari letter-name spelling, if the whole word is one.
pub fn decode(key: &str) -> Option<String> {
    // Dynamic programming over byte positions: best[i] = letters spelling key[..i].
    let n = key.len();
    let mut best: Vec<Option<String>> = vec![None; n + 1];
    best[0] = Some(String::new());
    for i in 0..n {
        let Some(prefix) = best[i].clone() else { continue };
        for &(name, letter) in LETTERS {
            if key[i..].starts_with(name) && best[i + name.len()].is_none() {
                let mut s = prefix.clone();
                s.push(letter);
                best[i + name.len()] = Some(s);
            }
        }
    }
    best[n].take().filter(|s| s.len() >= 2)
}

/// The acronym a token spells, in Latin capitals: "SCO" for "SCO" and for "एससीओ".
pub fn letters(surface: &str, key: &str) -> Option<String> {
    if surface.is_ascii() {
        if !surface.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
            return None;
        }
        let s: String = surface.chars().filter(char::is_ascii_uppercase).collect();
        return (s.len() >= 2).then_some(s);
    }
    decode(key)
}

/// Whether the token is an acronym likely to name an organisation.
pub fn is_org_acronym(surface: &str, key: &str) -> bool {
    let latin = surface.is_ascii();
    match letters(surface, key) {
        Some(s) => !NOT_ORG.contains(&s.as_str()) && (latin || s.len() >= 3),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn letter_names() {
        assert_eq!(decode(&fold("एससीओ")).as_deref(), Some("SCO"));
        assert_eq!(decode(&fold("बीजेपी")).as_deref(), Some("BJP"));
        assert_eq!(decode(&fold("डब्ल्यूएचओ")).as_deref(), Some("WHO"));
        assert_eq!(decode(&fold("भारत")), None);
        assert!(is_org_acronym("एससीओ", &fold("एससीओ")));
        assert!(!is_org_acronym("पीएम", &fold("पीएम")));
        assert!(is_org_acronym("SCO", "sco"));
    }
}

//! Results reports compare a period with the same period a year before: "profit rose 5% from
//! a year earlier", "sales fell from the year-ago quarter", "पिछले वर्ष की इसी अवधि". TimeML
//! values such a comparison as that period one year back (the third quarter reported, so
//! 1988-Q3), not as the bare year. This pass finds the quarter in view, the nearest one in
//! the same sentence or in the two before, and re-anchors the comparison on it.

use super::lexicon::Unit;
use super::value::{resolve, Context, TimeValue};
use super::{Anchor, Mention, TimexSpan};

/// How many sentences back a reported quarter stays in view.
const REACH: usize = 2;

/// Which year a comparison's period falls in, from the reported quarter's year.
#[derive(Clone, Copy)]
enum Compared {
    /// So many years from the reported one: "a year earlier" (-1).
    Years(i32),
    /// A year named by number: "the 1988 quarter".
    In(i32),
}

/// The year a mention compares with, if it is a comparison.
fn compared_years(v: &TimeValue) -> Option<Compared> {
    match *v {
        TimeValue::Comparison { years } => Some(Compared::Years(years)),
        TimeValue::YearPeriod { year } => Some(Compared::In(year)),
        TimeValue::Shift {
            unit: Unit::Year,
            amount,
            dir,
        } if amount == 1.0 => Some(Compared::Years(dir)),
        _ => None,
    }
}

/// `2024-Q3` → (2024, 3).
fn quarter_of(value: &str) -> Option<(i32, u32)> {
    let (y, q) = value.split_once("-Q")?;
    let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    (y.len() == 4)
        .then(|| y.parse().ok())
        .flatten()
        .map(|y| (y, q))
}

/// Re-anchors every comparison in `out` (the resolved `items`, in text order) on the
/// reported quarter in view. Linear: the nearest quarter before each mention, and after it
/// within its sentence, come from one pass each way.
pub(super) fn anchor_on_reported_quarter(items: &[Mention], out: &mut [TimexSpan], ctx: &Context) {
    let n = items.len().min(out.len());
    let is_quarter =
        |j: usize| compared_years(&items[j].value).is_none() && quarter_of(&out[j].value).is_some();
    let mut before = vec![None; n];
    let mut last = None;
    for (j, slot) in before.iter_mut().enumerate() {
        *slot = last;
        if is_quarter(j) {
            last = Some(j);
        }
    }
    let mut after = vec![None; n];
    let mut next = None;
    for j in (0..n).rev() {
        after[j] = next.filter(|&k: &usize| items[k].sentence == items[j].sentence);
        if is_quarter(j) {
            next = Some(j);
        }
    }
    for i in 0..n {
        let Some(years) = compared_years(&items[i].value) else {
            continue;
        };
        let s = items[i].sentence;
        let near_before = before[i].filter(|&j| items[j].sentence + REACH >= s);
        // In the same sentence the nearer one wins; otherwise the one before.
        let j = match (near_before, after[i]) {
            (Some(b), Some(a)) if items[b].sentence == s => {
                Some(if i - b <= a - i { b } else { a })
            }
            (_, Some(a)) => Some(a),
            (b, None) => b,
        };
        let Some(j) = j else { continue };
        let Some((y, q)) = quarter_of(&out[j].value) else {
            continue;
        };
        let r = resolve(
            &TimeValue::Quarter {
                quarter: q,
                year: Some(match years {
                    Compared::Years(k) => y + k,
                    Compared::In(year) => year,
                }),
                shift: 0,
                years: None,
            },
            ctx,
        );
        let t = &mut out[i];
        t.kind = r.kind;
        t.value = r.value;
        t.range = r.range;
        t.granularity = if r.range.is_some() {
            r.granularity
        } else {
            super::Granularity::Unknown
        };
        t.anchor = Anchor::Timex(j);
        t.note = None;
    }
}

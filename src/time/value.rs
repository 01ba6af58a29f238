//! Typed temporal values and their resolution against the document date (DCT).
//!
//! A [`TimeValue`] is what an expression says ("last year", "18 November", "कल"); resolving it
//! with the DCT and the clause's tense gives the TIMEX3 value, the calendar range it covers and
//! its granularity. Without a DCT, relative values stay partial (`XXXX-11-18`) and are never
//! given an invented date.

use super::calendar::{days_in_month, Date};
use super::lexicon::{Tense, Unit};
use super::{Granularity, TimexType};

/// A calendar point, any part of which may be missing.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Cal {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub weekday: Option<u32>,
    pub pod: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TimeValue {
    Calendar(Cal),
    /// "last year", "this week": `offset` units from the DCT's unit.
    Relative {
        unit: Unit,
        offset: i64,
    },
    /// "last Tuesday" (-1), "this Tuesday" (0), "next Tuesday" (1).
    RelativeWeekday {
        weekday: u32,
        offset: i32,
    },
    /// "अगले हफ्ते सोमवार": weekday `weekday` (1 = Monday) of the week `weeks` from the DCT's.
    WeekdayOfWeek {
        weeks: i32,
        weekday: u32,
    },
    /// "last March", "इस नवंबर".
    RelativeMonth {
        month: u32,
        offset: i32,
    },
    /// "पिछले साल दिसंबर": month `month` of the year `offset` years from the DCT's; with `day`,
    /// that day of it ("पिछले साल 12 मार्च", "March 12 last year").
    YearMonth {
        offset: i32,
        month: u32,
        day: Option<u32>,
    },
    /// A day of the month `offset` months from the document's; None: the nearest month that
    /// the tense allows.
    MonthDay {
        offset: Option<i32>,
        day: u32,
    },
    /// "three years ago" (dir -1), "दो दिन बाद" (dir 1).
    Shift {
        unit: Unit,
        amount: f64,
        dir: i32,
    },
    /// आज, कल, yesterday; `either`: the sign comes from the tense.
    DayRel {
        days: i64,
        either: bool,
        cal: Cal,
    },
    /// `on`: the day named with it ("10 p.m. Wednesday", "कल सुबह 10 बजे"); without one the
    /// clock time belongs to a date earlier in the sentence, or to the DCT.
    Clock {
        hour: u32,
        minute: u32,
        pod: Option<&'static str>,
        on: Option<Box<TimeValue>>,
    },
    Decade(i32),
    /// Zero-based: the 21st century is 20.
    Century(i32),
    Season {
        code: &'static str,
        year: Option<i32>,
        offset: Option<i32>,
    },
    /// `shift` years from the quarter named: "the year-ago third quarter" is -1. `years`: the
    /// year is named from the document's, "next year's first quarter" (1), "this year's" (0).
    Quarter {
        quarter: u32,
        year: Option<i32>,
        shift: i32,
        years: Option<i32>,
    },
    /// The same period `years` from the one being reported: "the year-ago quarter",
    /// "पिछले वर्ष की इसी अवधि". Without a reported quarter in view (`comparison.rs`), the
    /// last quarter before the DCT.
    Comparison {
        years: i32,
    },
    /// The period being reported, in a year named by number: "the 1988 quarter", "the 1989
    /// period". Without a reported quarter in view, the last quarter before the DCT, in `year`.
    YearPeriod {
        year: i32,
    },
    /// A holiday whose date moves (दिवाली, Easter), with its dates by year; `year` if named.
    Dated {
        dates: &'static [Date],
        year: Option<i32>,
    },
    /// "the weekend": the one before the DCT in a past clause, the next one in a future one.
    Weekend,
    Half {
        half: u32,
        year: Option<i32>,
    },
    /// None: an unspecified amount ("several years" → PXY).
    Duration {
        amount: Option<f64>,
        unit: Unit,
    },
    Ref(&'static str),
    Set(String),
}

/// What resolution needs besides the value.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    pub dct: Option<Date>,
    pub tense: Option<Tense>,
    /// A date in the same sentence that a clock time belongs to ("18 नवंबर को सुबह 10 बजे").
    pub day: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub range: Option<(Date, Date)>,
    pub granularity: Granularity,
    /// Whether the value was computed from the DCT.
    pub from_dct: bool,
    pub note: Option<&'static str>,
}

impl Resolved {
    fn new(kind: TimexType, value: String) -> Self {
        Self {
            kind,
            value,
            range: None,
            granularity: Granularity::Unknown,
            from_dct: false,
            note: None,
        }
    }
}

pub fn duration_value(amount: Option<f64>, unit: Unit) -> String {
    let Some(n) = amount else {
        return match unit {
            Unit::Second | Unit::Minute | Unit::Hour => format!("PTX{}", unit_letter(unit)),
            _ => format!("PX{}", unit_letter(unit)),
        };
    };
    let (n, unit) = match unit {
        Unit::Fortnight => (n * 2.0, Unit::Week),
        Unit::Weekend => (n * 2.0, Unit::Day),
        // TimeML corpora write decades and centuries in years: "two decades" = P20Y.
        Unit::Decade => (n * 10.0, Unit::Year),
        Unit::Century => (n * 100.0, Unit::Year),
        // "डेढ़ साल", "ढाई साल": P18M and P30M, as TimeML writes a fraction of the unit in the
        // next smaller one when it is whole there.
        Unit::Year if n.fract() != 0.0 && (n * 12.0).fract() == 0.0 => (n * 12.0, Unit::Month),
        Unit::Week if n.fract() != 0.0 && (n * 7.0).fract() == 0.0 => (n * 7.0, Unit::Day),
        _ => (n, unit),
    };
    // "5 1/2 hours", "a minute and a half": PT5H30M and PT1M30S, as TimeML writes them.
    if matches!(unit, Unit::Hour | Unit::Minute) && n.fract() != 0.0 && (n * 60.0).fract() == 0.0 {
        let small = if unit == Unit::Hour { "M" } else { "S" };
        return format!(
            "PT{}{}{}{small}",
            n.trunc() as i64,
            unit_letter(unit),
            (n.fract() * 60.0).round() as i64
        );
    }
    let num = if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => format!("PT{num}{}", unit_letter(unit)),
        _ => format!("P{num}{}", unit_letter(unit)),
    }
}

fn unit_letter(unit: Unit) -> &'static str {
    match unit {
        Unit::Second => "S",
        Unit::Minute => "M",
        Unit::Hour => "H",
        Unit::Day | Unit::Weekend => "D",
        Unit::Week | Unit::Fortnight => "W",
        Unit::Month => "M",
        Unit::Quarter => "Q",
        Unit::Year => "Y",
        Unit::Decade => "DE",
        Unit::Century => "CE",
    }
}

fn day_range(d: Date) -> Option<(Date, Date)> {
    Some((d, d))
}

fn month_range(y: i32, m: u32) -> Option<(Date, Date)> {
    Some((Date::new(y, m, 1)?, Date::new(y, m, days_in_month(y, m))?))
}

fn year_range(y: i32) -> Option<(Date, Date)> {
    Some((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?))
}

fn with_pod(mut r: Resolved, pod: Option<&'static str>) -> Resolved {
    if let Some(p) = pod {
        if r.granularity == Granularity::Day {
            r.value = format!("{}T{p}", r.value);
            r.kind = TimexType::Time;
        }
    }
    r
}

fn day(d: Date, from_dct: bool) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value: d.to_string(),
        range: day_range(d),
        granularity: Granularity::Day,
        from_dct,
        note: None,
    }
}

fn month(y: i32, m: u32, from_dct: bool) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value: format!("{y:04}-{m:02}"),
        range: month_range(y, m),
        granularity: Granularity::Month,
        from_dct,
        note: None,
    }
}

fn year(y: i32, from_dct: bool) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value: format!("{y:04}"),
        range: year_range(y),
        granularity: Granularity::Year,
        from_dct,
        note: None,
    }
}

fn decade(d: i32, from_dct: bool) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value: format!("{d:03}"),
        range: Date::new(d * 10, 1, 1).zip(Date::new(d * 10 + 9, 12, 31)),
        granularity: Granularity::Decade,
        from_dct,
        note: None,
    }
}

fn week(d: Date, from_dct: bool) -> Resolved {
    let (y, w) = d.iso_week();
    let monday = Date::from_iso_week(y, w);
    Resolved {
        kind: TimexType::Date,
        value: format!("{y:04}-W{w:02}"),
        range: Some((monday, monday.add_days(6))),
        granularity: Granularity::Unknown,
        from_dct,
        note: None,
    }
}

/// The note on a month, a day-month, a day of a month or a holiday without a year whose clause
/// shows no tense: of the dates around the document date, the nearer one was chosen.
pub const NEARER_DATE: &str = "direction-guessed: nearer date";

/// The note for a date placed by nearness alone (no tense to tell before from after).
fn nearer_note(r: &mut Resolved, tense: Option<Tense>) {
    if tense.is_none() && r.note.is_none() {
        r.note = Some(NEARER_DATE);
    }
}

/// Which year a month (and day) without a year falls in, seen from the DCT: the nearest of
/// last, this and next year that the clause's tense allows. News mostly mentions dates close
/// to the day it is written: written on 20 November, "Jan. 2" is next year. A clear past
/// ("मार्च में चुनाव हुए") rules out the months ahead; a weak past ("said the offer was
/// extended to Nov. 16") only tips the balance. Without a DCT nothing is guessed.
fn year_for(dct: Date, m: u32, d: Option<u32>, tense: Option<Tense>) -> i32 {
    let cost = |y: i32| -> i64 {
        let Some(date) = Date::new(y, m, d.unwrap_or(1).min(days_in_month(y, m))) else {
            return i64::MAX;
        };
        date_cost(dct, date, d.is_none(), tense)
    };
    [dct.year, dct.year - 1, dct.year + 1]
        .into_iter()
        .min_by_key(|&y| cost(y))
        .unwrap_or(dct.year)
}

/// How unlikely `date` is as the one meant, seen from the DCT: its distance in days, plus a
/// handicap when it lies on the side the tense rules out. `whole_month`: a month without a
/// day, which counts from its middle.
fn date_cost(dct: Date, date: Date, whole_month: bool, tense: Option<Tense>) -> i64 {
    let diff = date.to_days() + if whole_month { 14 } else { 0 } - dct.to_days();
    // A clear tense rules out the other side (beyond a week of slack for a lagging DCT); a
    // weak past only tips the balance.
    let handicap = match tense {
        Some(Tense::Past) if diff > 7 => 10_000,
        Some(Tense::Future) if diff < -7 => 10_000,
        Some(Tense::WeakPast) if diff > 7 => 150,
        _ => 0,
    };
    diff.abs() + handicap
}

pub fn resolve(value: &TimeValue, ctx: &Context) -> Resolved {
    let dct = ctx.dct;
    let unknown = |v: &str| {
        let mut r = Resolved::new(TimexType::Date, v.to_owned());
        r.note = Some("relative to the document date, which is unknown");
        r
    };
    match *value {
        TimeValue::Calendar(cal) => with_pod(calendar(cal, ctx), cal.pod),
        TimeValue::Relative { unit, offset } => {
            let Some(dct) = dct else {
                return unknown(match unit {
                    Unit::Year => "XXXX",
                    Unit::Month => "XXXX-XX",
                    Unit::Week | Unit::Fortnight | Unit::Weekend => "XXXX-WXX",
                    Unit::Quarter => "XXXX-QX",
                    Unit::Decade => "XXX",
                    Unit::Century => "XX",
                    _ => "XXXX-XX-XX",
                });
            };
            match unit {
                Unit::Year => year(dct.year + offset as i32, true),
                Unit::Month => {
                    let d = dct.add_months(offset);
                    month(d.year, d.month, true)
                }
                Unit::Week | Unit::Fortnight => week(dct.add_days(7 * offset), true),
                Unit::Weekend => {
                    let mut r = week(dct.add_days(7 * offset), true);
                    r.value.push_str("-WE");
                    r.range = r.range.map(|(mon, _)| (mon.add_days(5), mon.add_days(6)));
                    r
                }
                Unit::Day => day(dct.add_days(offset), true),
                Unit::Quarter => {
                    let q0 = i64::from(dct.year) * 4 + i64::from((dct.month - 1) / 3) + offset;
                    let (y, q) = (q0.div_euclid(4) as i32, q0.rem_euclid(4) as u32 + 1);
                    let mut r = Resolved::new(TimexType::Date, format!("{y:04}-Q{q}"));
                    r.range = Date::new(y, q * 3 - 2, 1).zip(Date::new(
                        y,
                        q * 3,
                        days_in_month(y, q * 3),
                    ));
                    r.from_dct = true;
                    r
                }
                Unit::Decade => decade(dct.year / 10 + offset as i32, true),
                Unit::Century => {
                    let mut r = Resolved::new(
                        TimexType::Date,
                        format!("{:02}", dct.year / 100 + offset as i32),
                    );
                    r.from_dct = true;
                    r
                }
                Unit::Hour | Unit::Minute | Unit::Second => {
                    let mut r = Resolved::new(TimexType::Date, "PRESENT_REF".into());
                    r.from_dct = true;
                    r
                }
            }
        }
        TimeValue::RelativeWeekday { weekday, offset } => {
            let Some(dct) = dct else {
                return unknown(&format!("XXXX-WXX-{weekday}"));
            };
            let today = i64::from(dct.weekday());
            let w = i64::from(weekday);
            let d = match offset {
                o if o < 0 => dct.add_days(-((today - w - 1).rem_euclid(7) + 1)),
                o if o > 0 => dct.add_days((w - today - 1).rem_euclid(7) + 1),
                _ => dct.add_days(w - today),
            };
            day(d, true)
        }
        TimeValue::WeekdayOfWeek { weeks, weekday } => {
            let Some(dct) = dct else {
                return unknown(&format!("XXXX-WXX-{weekday}"));
            };
            let monday = dct.add_days(1 - i64::from(dct.weekday()));
            day(
                monday.add_days(7 * i64::from(weeks) + i64::from(weekday) - 1),
                true,
            )
        }
        TimeValue::RelativeMonth { month: m, offset } => {
            let Some(dct) = dct else {
                return unknown(&format!("XXXX-{m:02}"));
            };
            let y = match offset {
                o if o < 0 && m >= dct.month => dct.year - 1,
                o if o > 0 && m <= dct.month => dct.year + 1,
                _ => dct.year,
            };
            month(y, m, true)
        }
        TimeValue::MonthDay { offset, day: dd } => {
            let Some(dct) = dct else {
                return unknown(&format!("XXXX-XX-{dd:02}"));
            };
            let first = Date {
                year: dct.year,
                month: dct.month,
                day: 1,
            };
            let in_month = |k: i64| {
                let m = first.add_months(k);
                Date::new(m.year, m.month, dd)
            };
            let date = match offset {
                Some(k) => in_month(i64::from(k)),
                None => [-1, 0, 1]
                    .into_iter()
                    .filter_map(in_month)
                    .min_by_key(|d| date_cost(dct, *d, false, ctx.tense)),
            };
            match date {
                Some(d) => {
                    let mut r = day(d, true);
                    if offset.is_none() {
                        nearer_note(&mut r, ctx.tense);
                    }
                    r
                }
                None => unknown(&format!("XXXX-XX-{dd:02}")),
            }
        }
        TimeValue::YearMonth {
            offset,
            month: m,
            day: None,
        } => match dct {
            Some(dct) => month(dct.year + offset, m, true),
            None => unknown(&format!("XXXX-{m:02}")),
        },
        TimeValue::YearMonth {
            offset,
            month: m,
            day: Some(dd),
        } => match dct.and_then(|dct| Date::new(dct.year + offset, m, dd)) {
            Some(d) => day(d, true),
            None => unknown(&format!("XXXX-{m:02}-{dd:02}")),
        },
        TimeValue::Shift { unit, amount, dir } => {
            let Some(dct) = dct else {
                let mut r = unknown(if dir < 0 { "PAST_REF" } else { "FUTURE_REF" });
                r.note = Some("a shift from the document date, which is unknown");
                return r;
            };
            let signed = amount * f64::from(dir);
            let whole = signed.fract() == 0.0;
            match unit {
                Unit::Day if whole => day(dct.add_days(signed as i64), true),
                Unit::Week | Unit::Fortnight if whole => {
                    let k = if unit == Unit::Fortnight { 14 } else { 7 };
                    week(dct.add_days(k * signed as i64), true)
                }
                Unit::Month if whole => {
                    let d = dct.add_months(signed as i64);
                    month(d.year, d.month, true)
                }
                Unit::Year if whole => year(dct.year + signed as i32, true),
                Unit::Year if (signed * 12.0).fract() == 0.0 => {
                    let d = dct.add_months((signed * 12.0) as i64);
                    month(d.year, d.month, true)
                }
                Unit::Decade if whole => year(dct.year + 10 * signed as i32, true),
                Unit::Century if whole => year(dct.year + 100 * signed as i32, true),
                Unit::Hour | Unit::Minute | Unit::Second => {
                    let mut r = day(dct, true);
                    r.kind = TimexType::Time;
                    r
                }
                _ => {
                    let mut r = Resolved::new(
                        TimexType::Date,
                        if dir < 0 {
                            "PAST_REF".into()
                        } else {
                            "FUTURE_REF".into()
                        },
                    );
                    r.from_dct = true;
                    r
                }
            }
        }
        TimeValue::DayRel { days, either, cal } => {
            let (sign, note) = if !either {
                (1, None)
            } else {
                match ctx.tense {
                    Some(Tense::Past | Tense::WeakPast) => (-1, None),
                    Some(Tense::Future | Tense::Present) => (1, None),
                    None => (-1, Some("tense-unknown: could be before or after the document date; read as before")),
                }
            };
            let Some(dct) = dct else {
                let mut r = unknown(if days == 0 {
                    "PRESENT_REF"
                } else {
                    "XXXX-XX-XX"
                });
                if days == 0 {
                    r.note = None;
                }
                return r;
            };
            let mut r = with_pod(day(dct.add_days(sign * days), true), cal.pod);
            r.note = note;
            r
        }
        TimeValue::Clock {
            hour,
            minute,
            pod: _,
            ref on,
        } => {
            let hm = format!("T{hour:02}:{minute:02}");
            if let Some(on) = on {
                let mut r = resolve(on, ctx);
                if r.granularity == Granularity::Day {
                    r.value.push_str(&hm);
                } else {
                    r.value = format!("{}{hm}", r.value.split('T').next().unwrap_or_default());
                }
                r.kind = TimexType::Time;
                return r;
            }
            match ctx.day.or(dct) {
                Some(d) => {
                    let mut r = day(d, ctx.day.is_none());
                    r.value.push_str(&hm);
                    r.kind = TimexType::Time;
                    r
                }
                None => Resolved::new(TimexType::Time, format!("XXXX-XX-XX{hm}")),
            }
        }
        TimeValue::Decade(d) => decade(d, false),
        TimeValue::Century(c) => {
            let mut r = Resolved::new(TimexType::Date, format!("{c:02}"));
            r.range = Date::new(c * 100 + 1, 1, 1).zip(Date::new(c * 100 + 100, 12, 31));
            r
        }
        TimeValue::Season {
            code,
            year: y,
            offset,
        } => {
            let y = match (y, dct) {
                (Some(y), _) => Some((y, false)),
                (None, Some(d)) => Some((d.year + offset.unwrap_or(0), true)),
                (None, None) => None,
            };
            match y {
                Some((y, from_dct)) => {
                    let mut r = Resolved::new(TimexType::Date, format!("{y:04}-{code}"));
                    let (m0, m1) = match code {
                        "SP" => (3, 5),
                        "SU" => (6, 8),
                        "FA" => (9, 11),
                        _ => (12, 14),
                    };
                    let end = Date::new(y, 1, 1).map(|d| d.add_months(m1).add_days(-1));
                    r.range = Date::new(y, m0, 1).zip(end);
                    r.granularity = Granularity::Month;
                    r.from_dct = from_dct;
                    r
                }
                None => unknown(&format!("XXXX-{code}")),
            }
        }
        TimeValue::Quarter {
            quarter,
            year: y,
            shift,
            years,
        } => {
            let named = years.and_then(|k| dct.map(|d| (d.year + k, true)));
            let y = y.map(|y| (y, false)).or(named).or_else(|| {
                dct.map(|d| {
                    let current = (d.month - 1) / 3 + 1;
                    (
                        if quarter > current && ctx.tense == Some(Tense::Past) {
                            d.year - 1
                        } else {
                            d.year
                        },
                        true,
                    )
                })
            });
            let y = y.map(|(y, from_dct)| (y + shift, from_dct));
            match y {
                Some((y, from_dct)) => {
                    let mut r = Resolved::new(TimexType::Date, format!("{y:04}-Q{quarter}"));
                    r.range = Date::new(y, quarter * 3 - 2, 1).zip(Date::new(
                        y,
                        quarter * 3,
                        days_in_month(y, quarter * 3),
                    ));
                    r.granularity = Granularity::Month;
                    r.from_dct = from_dct;
                    r
                }
                None => unknown(&format!("XXXX-Q{quarter}")),
            }
        }
        TimeValue::Half { half, year: y } => match y
            .map(|y| (y, false))
            .or_else(|| dct.map(|d| (d.year, true)))
        {
            Some((y, from_dct)) => {
                let mut r = Resolved::new(TimexType::Date, format!("{y:04}-H{half}"));
                let m0 = if half == 1 { 1 } else { 7 };
                r.range = Date::new(y, m0, 1).zip(Date::new(y, m0 + 5, days_in_month(y, m0 + 5)));
                r.granularity = Granularity::Month;
                r.from_dct = from_dct;
                r
            }
            None => unknown(&format!("XXXX-H{half}")),
        },
        TimeValue::Comparison { .. } | TimeValue::YearPeriod { .. } => {
            let Some(dct) = dct else {
                return unknown("XXXX-QX");
            };
            let last = dct.add_months(-3);
            let quarter = (last.month - 1) / 3 + 1;
            let year = match *value {
                TimeValue::YearPeriod { year } => year,
                TimeValue::Comparison { years } => last.year + years,
                _ => last.year,
            };
            let mut r = resolve(
                &TimeValue::Quarter {
                    quarter,
                    year: Some(year),
                    shift: 0,
                    years: None,
                },
                ctx,
            );
            r.from_dct = true;
            r
        }
        TimeValue::Dated {
            dates,
            year: Some(y),
        } => match dates.iter().find(|d| d.year == y) {
            Some(&d) => day(d, false),
            None => {
                let mut r = year(y, false);
                r.note = Some("the holiday's date in that year is not known");
                r
            }
        },
        TimeValue::Dated { dates, year: None } => {
            let Some(dct) = dct else {
                return unknown("XXXX-XX-XX");
            };
            // The one nearest the DCT among last, this and next year, as for a month and day.
            let pick = [dct.year, dct.year - 1, dct.year + 1]
                .into_iter()
                .filter_map(|y| dates.iter().find(|d| d.year == y).copied())
                .min_by_key(|d| date_cost(dct, *d, false, ctx.tense));
            match pick {
                Some(d) => {
                    let mut r = day(d, true);
                    nearer_note(&mut r, ctx.tense);
                    r
                }
                None => {
                    let mut r = Resolved::new(TimexType::Date, "XXXX-XX-XX".into());
                    r.note = Some("the holiday's date near the document date is not known");
                    r
                }
            }
        }
        TimeValue::Weekend => {
            let Some(dct) = dct else {
                return unknown("XXXX-WXX-WE");
            };
            // The Saturday of the weekend meant: on or before the DCT unless the clause looks
            // ahead; a Saturday or Sunday DCT is its own weekend.
            let today = i64::from(dct.weekday());
            let ahead = today >= 6 || matches!(ctx.tense, Some(Tense::Future | Tense::Present));
            let saturday = if ahead {
                dct.add_days(6 - today)
            } else {
                dct.add_days(-(today + 1))
            };
            resolve(
                &TimeValue::Relative {
                    unit: Unit::Weekend,
                    offset: 0,
                },
                &Context {
                    dct: Some(saturday),
                    ..*ctx
                },
            )
        }
        TimeValue::Duration { amount, unit } => {
            Resolved::new(TimexType::Duration, duration_value(amount, unit))
        }
        // A vague amount written as words (refs.tsv: "लंबे समय" PXY) is a duration.
        TimeValue::Ref(r) if !r.ends_with("_REF") => {
            Resolved::new(TimexType::Duration, r.to_owned())
        }
        TimeValue::Ref(r) => Resolved::new(TimexType::Date, r.to_owned()),
        TimeValue::Set(ref p) => Resolved::new(TimexType::Set, p.clone()),
    }
}

fn calendar(cal: Cal, ctx: &Context) -> Resolved {
    let dct = ctx.dct;
    match (cal.year, cal.month, cal.day) {
        (Some(y), Some(m), Some(d)) => match Date::new(y, m, d) {
            Some(date) => day(date, false),
            None => Resolved::new(TimexType::Date, format!("{y:04}-{m:02}-{d:02}")),
        },
        (Some(y), Some(m), None) => month(y, m, false),
        (Some(y), None, _) => year(y, false),
        (None, Some(m), d) => match dct {
            Some(dct) => {
                let y = year_for(dct, m, d, ctx.tense);
                let mut r = match d {
                    Some(d) => match Date::new(y, m, d) {
                        Some(date) => day(date, true),
                        None => Resolved::new(TimexType::Date, format!("{y:04}-{m:02}-{d:02}")),
                    },
                    None => month(y, m, true),
                };
                nearer_note(&mut r, ctx.tense);
                r
            }
            None => {
                let mut r = Resolved::new(
                    TimexType::Date,
                    match d {
                        Some(d) => format!("XXXX-{m:02}-{d:02}"),
                        None => format!("XXXX-{m:02}"),
                    },
                );
                r.note = Some("year unknown");
                r
            }
        },
        (None, None, _) => match (cal.weekday, dct) {
            (Some(w), Some(dct)) => {
                let today = i64::from(dct.weekday());
                let w = i64::from(w);
                // News style: a bare weekday is the one before the DCT in a past-tense
                // clause (the same day counts), the one after it in a future clause.
                let d = match ctx.tense {
                    Some(Tense::Future) => dct.add_days((w - today).rem_euclid(7)),
                    Some(Tense::Present) if (w - today).rem_euclid(7) <= 3 => {
                        dct.add_days((w - today).rem_euclid(7))
                    }
                    _ => dct.add_days(-(today - w).rem_euclid(7)),
                };
                day(d, true)
            }
            (Some(w), None) => {
                let mut r = Resolved::new(TimexType::Date, format!("XXXX-WXX-{w}"));
                r.note = Some("relative to the document date, which is unknown");
                r
            }
            (None, _) => Resolved::new(TimexType::Date, "XXXX-XX-XX".into()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `v` resolved against the document date `dct` ("" for none) in a clause of `tense`.
    fn resolved_at(dct: &str, tense: Option<Tense>, v: TimeValue) -> Resolved {
        resolve(
            &v,
            &Context {
                dct: Date::parse(dct),
                tense,
                day: None,
            },
        )
    }

    fn at(dct: &str, tense: Option<Tense>, v: TimeValue) -> String {
        resolved_at(dct, tense, v).value
    }

    #[test]
    fn relative_units() {
        let r = |unit, offset| at("2025-11-20", None, TimeValue::Relative { unit, offset });
        assert_eq!(r(Unit::Year, -1), "2024");
        assert_eq!(r(Unit::Year, 0), "2025");
        assert_eq!(r(Unit::Month, 1), "2025-12");
        assert_eq!(r(Unit::Week, -1), "2025-W46");
        assert_eq!(r(Unit::Quarter, -1), "2025-Q3");
        assert_eq!(r(Unit::Decade, -1), "201");
    }

    #[test]
    fn weekdays_follow_tense() {
        let w = |t| {
            at(
                "2025-11-20",
                t,
                TimeValue::Calendar(Cal {
                    weekday: Some(2),
                    ..Cal::default()
                }),
            )
        };
        assert_eq!(w(Some(Tense::Past)), "2025-11-18");
        assert_eq!(w(Some(Tense::Future)), "2025-11-25");
        assert_eq!(w(None), "2025-11-18");
        let same = at(
            "2025-11-20",
            Some(Tense::Past),
            TimeValue::Calendar(Cal {
                weekday: Some(4),
                ..Cal::default()
            }),
        );
        assert_eq!(same, "2025-11-20");
        let last = |o| {
            at(
                "2025-11-20",
                None,
                TimeValue::RelativeWeekday {
                    weekday: 4,
                    offset: o,
                },
            )
        };
        assert_eq!(last(-1), "2025-11-13");
        assert_eq!(last(1), "2025-11-27");
        assert_eq!(last(0), "2025-11-20");
    }

    #[test]
    fn kal_needs_tense() {
        let kal = |t| {
            resolve(
                &TimeValue::DayRel {
                    days: 1,
                    either: true,
                    cal: Cal::default(),
                },
                &Context {
                    dct: Date::parse("2025-11-20"),
                    tense: t,
                    day: None,
                },
            )
        };
        assert_eq!(kal(Some(Tense::Past)).value, "2025-11-19");
        assert_eq!(kal(Some(Tense::Future)).value, "2025-11-21");
        let unknown = kal(None);
        assert_eq!(unknown.value, "2025-11-19");
        assert!(unknown.note.unwrap().starts_with("tense-unknown"));
    }

    #[test]
    fn month_day_without_year() {
        let md = |t, m, d| {
            at(
                "2025-01-10",
                t,
                TimeValue::Calendar(Cal {
                    month: Some(m),
                    day: Some(d),
                    ..Cal::default()
                }),
            )
        };
        assert_eq!(md(Some(Tense::Past), 12, 28), "2024-12-28");
        assert_eq!(md(Some(Tense::Past), 1, 14), "2025-01-14");
        assert_eq!(md(Some(Tense::WeakPast), 2, 1), "2025-02-01");
        assert_eq!(md(Some(Tense::Past), 2, 1), "2024-02-01");
        assert_eq!(md(None, 11, 18), "2024-11-18");
        assert_eq!(md(Some(Tense::Future), 12, 15), "2025-12-15");
        let none = resolve(
            &TimeValue::Calendar(Cal {
                month: Some(11),
                day: Some(18),
                ..Cal::default()
            }),
            &Context::default(),
        );
        assert_eq!(none.value, "XXXX-11-18");
        assert_eq!(none.range, None);
    }

    #[test]
    fn nearer_date_is_noted_without_changing_the_value() {
        let md = |t, m, d| {
            resolved_at(
                "2025-01-10",
                t,
                TimeValue::Calendar(Cal {
                    month: Some(m),
                    day: d,
                    ..Cal::default()
                }),
            )
        };
        // No tense: the nearer date, and a note that says so.
        let r = md(None, 11, Some(18));
        assert_eq!(r.value, "2024-11-18");
        assert_eq!(r.note, Some(NEARER_DATE));
        let r = md(None, 2, None);
        assert_eq!(r.value, "2025-02");
        assert_eq!(r.note, Some(NEARER_DATE));
        // A tense decides: no note.
        assert_eq!(md(Some(Tense::Past), 12, Some(28)).note, None);
        assert_eq!(md(Some(Tense::Future), 12, Some(15)).note, None);
        assert_eq!(md(Some(Tense::WeakPast), 2, Some(1)).note, None);
        // No document date: the year stays unknown, and says so.
        assert_eq!(
            resolved_at(
                "",
                None,
                TimeValue::Calendar(Cal {
                    month: Some(11),
                    day: Some(18),
                    ..Cal::default()
                })
            )
            .note,
            Some("year unknown")
        );
        // A day of the month without "this" or "next": the nearer one.
        let r = resolved_at(
            "2025-01-10",
            None,
            TimeValue::MonthDay {
                offset: None,
                day: 28,
            },
        );
        assert_eq!(r.value, "2024-12-28");
        assert_eq!(r.note, Some(NEARER_DATE));
    }

    #[test]
    fn durations() {
        assert_eq!(duration_value(Some(2.5), Unit::Year), "P30M");
        assert_eq!(duration_value(Some(2.25), Unit::Year), "P27M");
        assert_eq!(duration_value(Some(0.1), Unit::Year), "P0.1Y");
        assert_eq!(duration_value(Some(3.0), Unit::Day), "P3D");
        assert_eq!(duration_value(Some(2.0), Unit::Hour), "PT2H");
        assert_eq!(duration_value(None, Unit::Year), "PXY");
        assert_eq!(duration_value(Some(6.0), Unit::Month), "P6M");
    }
}

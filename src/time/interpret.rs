//! What a match means: [`Rule`] + [`Slots`] → a typed [`TimeValue`]. One function for every
//! language; the languages differ only in their data files.

use super::grammar::{Match, Rule, Slots};
use super::lexicon::Unit;
use super::value::{Cal, TimeValue};

/// The values of one match, each with its token range (a date range yields two).
pub fn interpret(m: &Match) -> Vec<((usize, usize), TimeValue)> {
    let s = &m.slots;
    if s.guarded_alone && m.end - m.start == 1 {
        return Vec::new();
    }
    if m.rule == Rule::DateRange {
        // "17-18 नवंबर" → "17" and "18 नवंबर"; "November 17-18" → "November 17" and "18".
        // The range word ("-", "से", "to") is the one token before the second day.
        let (Some(d1), Some(d2), Some(at)) = (s.day, s.day2, s.second_at) else {
            return Vec::new();
        };
        if d2 <= d1 || at < m.start + 2 {
            return Vec::new();
        }
        let cal = |day| {
            TimeValue::Calendar(Cal {
                year: s.year,
                month: s.month,
                day: Some(day),
                ..Cal::default()
            })
        };
        return vec![((m.start, at - 1), cal(d1)), ((at, m.end), cal(d2))];
    }
    if m.rule == Rule::ClockRange {
        // "रात 8 से 10 बजे" → "रात 8" and "10 बजे", both at night.
        let (Some(h1), Some(h2), Some(at)) =
            (s.num.filter(|n| n.fract() == 0.0), s.hour2, s.second_at)
        else {
            return Vec::new();
        };
        let clock = |hour| clock_value(hour as u32, 0, s);
        let (Some(a), Some(b)) = (clock(h1), clock(f64::from(h2))) else {
            return Vec::new();
        };
        if at < m.start + 2 {
            return Vec::new();
        }
        return vec![((m.start, at - 1), a), ((at, m.end), b)];
    }
    if let (Rule::Decade, Some(d1), Some(d2), Some(at)) =
        (m.rule, s.first_decade, s.decade, s.second_at)
    {
        // "70 और 80 के दशक": the 1970s and the 1980s, the first written as its number alone.
        return vec![
            ((m.start, m.start + 1), TimeValue::Decade(d1)),
            ((at, m.end), TimeValue::Decade(d2)),
        ];
    }
    if let (Rule::Duration, Some(u1), Some(u2), Some(at)) =
        (m.rule, s.first_unit, s.unit, s.second_at)
    {
        // "कुछ घंटों या दिनों": a few hours, or a few days.
        let amount = amount(s);
        return vec![
            ((m.start, at - 1), TimeValue::Duration { amount, unit: u1 }),
            ((at, m.end), TimeValue::Duration { amount, unit: u2 }),
        ];
    }
    if m.rule == Rule::YearRange {
        // "2013-14", "वित्त वर्ष 2024-25": two consecutive years, which the timeline joins.
        let (Some(y1), Some(y2), Some(at)) = (s.year, s.year_end, s.second_at) else {
            return Vec::new();
        };
        let year = |y| {
            TimeValue::Calendar(Cal {
                year: Some(y),
                ..Cal::default()
            })
        };
        return vec![((m.start, at - 1), year(y1)), ((at, m.end), year(y2))];
    }
    value(m.rule, s)
        .map(|v| vec![((m.start, m.end), v)])
        .unwrap_or_default()
}

fn value(rule: Rule, s: &Slots) -> Option<TimeValue> {
    Some(match rule {
        Rule::Date => {
            if s.day.is_none() && s.month.is_none() && s.year.is_none() && s.weekday.is_none() {
                return None;
            }
            TimeValue::Calendar(Cal {
                year: s.year,
                month: s.month,
                day: s.day,
                weekday: s.weekday,
                ..Cal::default()
            })
        }
        Rule::DateRange | Rule::YearRange | Rule::ClockRange => return None,
        // A year named in words comes from a count: "the year two thousand".
        Rule::Year => TimeValue::Calendar(Cal {
            year: Some(s.year.filter(|y| (1000..=2999).contains(y))?),
            ..Cal::default()
        }),
        Rule::Decade => TimeValue::Decade(s.decade?),
        Rule::Century => TimeValue::Century(s.ord? as i32 - 1),
        // "the quarter" / "the latest quarter" in financial news: the last reported quarter;
        // "the year", "the full year", "the week": the document's own.
        Rule::Relative if s.det.is_none() => match s.unit.or(s.word_unit) {
            None | Some(Unit::Quarter) => TimeValue::Relative {
                unit: Unit::Quarter,
                offset: -1,
            },
            Some(unit) => TimeValue::Relative { unit, offset: 0 },
        },
        // "पिछले साल दिसंबर": December of the year before (not "the last December"); "पिछले
        // साल 12 मार्च": its 12 March.
        Rule::YearMonth => TimeValue::YearMonth {
            offset: s.det?,
            month: s.month?,
            day: s.day,
        },
        Rule::Relative => match (s.det?, s.unit, s.weekday, s.month) {
            // "अगले हफ्ते सोमवार", "Monday next week": that weekday of that week.
            (det, Some(Unit::Week), Some(w), _) => TimeValue::WeekdayOfWeek {
                weeks: det,
                weekday: w,
            },
            (_, Some(_), Some(_), _) => return None,
            (det, Some(unit), _, _) => TimeValue::Relative {
                unit,
                offset: det.into(),
            },
            (det, None, Some(w), _) => TimeValue::RelativeWeekday {
                weekday: w,
                offset: det,
            },
            (det, None, None, Some(mo)) => TimeValue::RelativeMonth {
                month: mo,
                offset: det,
            },
            // "last quarter": the unit is a literal in the pattern.
            (det, None, None, None) => TimeValue::Relative {
                unit: Unit::Quarter,
                offset: det.into(),
            },
        },
        Rule::Anchored | Rule::Duration => TimeValue::Duration {
            amount: amount(s),
            unit: s.unit.or(s.word_unit)?,
        },
        Rule::Offset => {
            if s.vague {
                TimeValue::Ref(if s.dir? < 0 { "PAST_REF" } else { "FUTURE_REF" })
            } else {
                // "year-earlier profit": one unit.
                TimeValue::Shift {
                    unit: s.unit?,
                    amount: s.num.unwrap_or(1.0),
                    dir: s.dir?,
                }
            }
        }
        Rule::DayRel => {
            let d = s.dayrel?;
            TimeValue::DayRel {
                days: d.days,
                either: d.either,
                cal: Cal {
                    pod: s.pod,
                    ..Cal::default()
                },
            }
        }
        Rule::Clock => {
            let num = s.num.filter(|n| n.fract() == 0.0 || n.fract() == 0.5);
            // "noon", "midday" (parts-of-day.tsv MI) name the hour themselves.
            let noon = (s.pod == Some("MI")).then_some(12);
            let hour = s.hour.or(num.map(|n| n.trunc() as u32)).or(noon)?;
            // साढ़े नौ बजे: half past nine.
            let minute = s
                .minute
                .unwrap_or(if num.is_some_and(|n| n.fract() == 0.5) {
                    30
                } else {
                    0
                });
            return clock_value(hour, minute, s);
        }
        Rule::Pod => {
            let cal = Cal {
                pod: s.pod,
                weekday: s.weekday,
                ..Cal::default()
            };
            if s.weekday.is_some() {
                TimeValue::Calendar(cal)
            } else {
                TimeValue::DayRel {
                    days: if s.det == Some(-1) { -1 } else { 0 },
                    either: false,
                    cal,
                }
            }
        }
        Rule::Ref => TimeValue::Ref(s.reference?),
        Rule::Holiday if s.dated_holiday.is_some() => TimeValue::Dated {
            dates: s.dated_holiday?,
            year: s.year,
        },
        Rule::Holiday => {
            let (month, day) = s.holiday?;
            TimeValue::Calendar(Cal {
                year: s.year,
                month: Some(month),
                day: Some(day),
                ..Cal::default()
            })
        }
        Rule::Season => TimeValue::Season {
            code: s.season?,
            year: s.year,
            offset: s.det,
        },
        Rule::Quarter => TimeValue::Quarter {
            quarter: s.ord.filter(|q| (1..=4).contains(q))?,
            year: s.year,
            shift: s.dir.unwrap_or(0),
            years: s.det,
        },
        // "the 1988 quarter": the period reported, in that year.
        Rule::Comparison if s.year.is_some() && s.dir.is_none() && s.det.is_none() => {
            TimeValue::YearPeriod {
                year: s.year.filter(|y| (1000..=2999).contains(y))?,
            }
        }
        // "the year-ago quarter" (dir), "पिछले वर्ष की इसी अवधि" (det).
        Rule::Comparison => TimeValue::Comparison {
            years: s.dir.or(s.det).filter(|&y| y != 0)?,
        },
        Rule::Weekend => TimeValue::Weekend,
        Rule::Half => TimeValue::Half {
            half: s.ord.filter(|h| (1..=2).contains(h))?,
            year: s.year,
        },
        Rule::MonthDay => TimeValue::MonthDay {
            offset: s.det,
            day: u32::try_from(s.day?)
                .ok()
                .filter(|d| (1..=31).contains(d))?,
        },
        Rule::Set => match (s.period, s.unit, s.weekday) {
            (Some(p), _, _) => TimeValue::Set(p.to_owned()),
            // "हर हफ़्ते सोमवार को": every Monday.
            (None, Some(Unit::Week), Some(w)) => TimeValue::Set(format!("XXXX-WXX-{w}")),
            (None, Some(u), _) => TimeValue::Set(super::value::duration_value(Some(1.0), u)),
            (None, None, Some(w)) => TimeValue::Set(format!("XXXX-WXX-{w}")),
            // "every morning", "हर शाम".
            (None, None, None) => TimeValue::Set(format!("XXXX-XX-XXT{}", s.pod?)),
        },
    })
}

fn amount(s: &Slots) -> Option<f64> {
    if s.vague {
        None
    } else {
        Some(s.num.unwrap_or(1.0))
    }
}

/// A clock time from its hour and minute, with the part of day, a.m./p.m. and day of `s`.
fn clock_value(mut hour: u32, mut minute: u32, s: &Slots) -> Option<TimeValue> {
    if hour > 24 || minute > 59 {
        return None;
    }
    match (s.pm, s.pod) {
        (Some(true), _) if hour < 12 => hour += 12,
        (Some(false), _) if hour == 12 => hour = 0,
        (None, Some("AF" | "EV")) if hour < 12 => hour += 12,
        (None, Some("NI")) if (6..12).contains(&hour) => hour += 12,
        _ => {}
    }
    if hour == 24 {
        hour = 0;
        minute = 0;
    }
    let on = match (s.dayrel, s.weekday, s.month, s.day) {
        (Some(d), ..) => Some(TimeValue::DayRel {
            days: d.days,
            either: d.either,
            cal: Cal::default(),
        }),
        (None, None, None, None) => None,
        (None, weekday, month, day) => Some(TimeValue::Calendar(Cal {
            year: s.year,
            month,
            day,
            weekday,
            ..Cal::default()
        })),
    };
    Some(TimeValue::Clock {
        hour,
        minute,
        pod: s.pod,
        on: on.map(Box::new),
    })
}

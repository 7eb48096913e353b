//! When the articles of a selection were published: counts per day, week, month or year,
//! whichever fits the span in at most [`MAX_BINS`] bars, for the summary card's histogram.

use broadsheet_format::model::Date;

/// Bars a timeline has at most, unless it spans more years than this.
pub const MAX_BINS: usize = 36;

/// What one bar of a timeline counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A calendar day.
    Day,
    /// A week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

/// One bar: the first day it covers and how many articles it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bin {
    /// The first day of the bar (a Monday for weeks, the 1st for months).
    pub start: Date,
    /// Articles published in it.
    pub count: usize,
}

/// Publication dates of a selection, binned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// What a bar counts.
    pub unit: Unit,
    /// The earliest date.
    pub first: Date,
    /// The latest date.
    pub last: Date,
    /// Every bar from the one holding `first` to the one holding `last`, empty ones included.
    pub bins: Vec<Bin>,
}

impl Bin {
    /// How a person names the bar: `3 March 2025`, `week of 3 March 2025`, `March 2025`,
    /// `2025`.
    pub fn label(&self, unit: Unit) -> String {
        let d = self.start;
        match unit {
            Unit::Day => format!("{} {} {}", d.day, d.month_name(), d.year),
            Unit::Week => format!("week of {} {} {}", d.day, d.month_name(), d.year),
            Unit::Month => format!("{} {}", d.month_name(), d.year),
            Unit::Year => d.year.to_string(),
        }
    }
}

/// Months since year 0, for counting months between dates.
fn month_number(d: Date) -> i64 {
    i64::from(d.year) * 12 + i64::from(d.month) - 1
}

/// The first day of the bar of `unit` that holds `d`.
fn bin_start(d: Date, unit: Unit) -> Date {
    match unit {
        Unit::Day => d,
        Unit::Week => Date::from_days(d.days() - i64::from(d.weekday())).unwrap_or(d),
        Unit::Month => Date { day: 1, ..d },
        Unit::Year => Date {
            month: 1,
            day: 1,
            ..d
        },
    }
}

/// The number of the bar of `unit` holding `d`, counted from the one holding `first`.
fn bin_number(d: Date, first: Date, unit: Unit) -> i64 {
    match unit {
        Unit::Day => d.days() - first.days(),
        Unit::Week => (bin_start(d, unit).days() - bin_start(first, unit).days()) / 7,
        Unit::Month => month_number(d) - month_number(first),
        Unit::Year => i64::from(d.year) - i64::from(first.year),
    }
}

/// The dates binned by the finest unit that needs no more than [`MAX_BINS`] bars (years
/// however many), or `None` without dates.
pub fn timeline(dates: impl IntoIterator<Item = Date>) -> Option<Timeline> {
    let dates: Vec<Date> = dates.into_iter().collect();
    let first = *dates.iter().min()?;
    let last = *dates.iter().max()?;
    let unit = [Unit::Day, Unit::Week, Unit::Month]
        .into_iter()
        .find(|&unit| bin_number(last, first, unit) < MAX_BINS as i64)
        .unwrap_or(Unit::Year);
    let count = usize::try_from(bin_number(last, first, unit)).unwrap_or(0) + 1;
    let mut bins: Vec<Bin> = Vec::with_capacity(count);
    let mut start = bin_start(first, unit);
    for _ in 0..count {
        bins.push(Bin { start, count: 0 });
        start = match unit {
            Unit::Day | Unit::Week => {
                let step = if unit == Unit::Day { 1 } else { 7 };
                Date::from_days(start.days() + step).unwrap_or(start)
            }
            Unit::Month if start.month == 12 => Date {
                year: start.year.saturating_add(1),
                month: 1,
                day: 1,
            },
            Unit::Month => Date {
                month: start.month + 1,
                ..start
            },
            Unit::Year => Date {
                year: start.year.saturating_add(1),
                ..start
            },
        };
    }
    // Days counted from the first bar's start, a Monday for weeks: one calendar sum a date
    // where the bar's own start would take three (95,000 dates at a keystroke).
    let origin = bin_start(first, unit).days();
    for d in dates {
        let at = match unit {
            Unit::Day => d.days() - origin,
            Unit::Week => (d.days() - origin).div_euclid(7),
            _ => bin_number(d, first, unit),
        };
        let at = usize::try_from(at).unwrap_or(0);
        if let Some(bin) = bins.get_mut(at) {
            bin.count += 1;
        }
    }
    Some(Timeline {
        unit,
        first,
        last,
        bins,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn counts(t: &Timeline) -> Vec<usize> {
        t.bins.iter().map(|b| b.count).collect()
    }

    #[test]
    fn no_dates_no_timeline() {
        assert_eq!(timeline([]), None);
    }

    #[test]
    fn a_short_span_is_counted_by_day() {
        let t = timeline([d(2025, 2, 27), d(2025, 3, 2), d(2025, 3, 2)]).unwrap();
        assert_eq!(t.unit, Unit::Day);
        assert_eq!(counts(&t), [1, 0, 0, 2]);
        assert_eq!(t.bins[2].start, d(2025, 3, 1));
        assert_eq!(t.bins[3].label(t.unit), "2 March 2025");
        let one = timeline([d(2025, 1, 1)]).unwrap();
        assert_eq!(counts(&one), [1]);
    }

    #[test]
    fn weeks_start_on_monday() {
        // Sunday 5 January 2025 to Monday 3 March 2025.
        let t = timeline([d(2025, 1, 5), d(2025, 1, 6), d(2025, 3, 3)]).unwrap();
        assert_eq!(t.unit, Unit::Week);
        assert_eq!(t.bins[0].start, d(2024, 12, 30));
        assert_eq!(t.bins[0].label(t.unit), "week of 30 December 2024");
        assert_eq!(t.bins.len(), 10);
        assert_eq!(counts(&t)[..2], [1, 1]);
        assert_eq!(t.bins[9].count, 1);
    }

    #[test]
    fn months_then_years() {
        let t = timeline([d(2023, 4, 17), d(2025, 3, 9), d(2025, 3, 30), d(2025, 7, 1)]).unwrap();
        assert_eq!(t.unit, Unit::Month);
        assert_eq!(t.bins.len(), 28);
        assert_eq!(t.bins[0].label(t.unit), "April 2023");
        assert_eq!(t.bins[23].start, d(2025, 3, 1));
        assert_eq!(t.bins[23].count, 2);
        assert_eq!(counts(&t).iter().sum::<usize>(), 4);
        let t = timeline([d(1990, 6, 1), d(2025, 1, 1)]).unwrap();
        assert_eq!(t.unit, Unit::Year);
        assert_eq!(t.bins.len(), 36);
        assert_eq!(t.bins[35].label(t.unit), "2025");
    }

    #[test]
    fn the_far_ends_of_the_calendar_stay_bounded() {
        let t = timeline([d(1, 1, 1), d(9999, 12, 31)]).unwrap();
        assert_eq!(t.unit, Unit::Year);
        assert_eq!(t.bins.len(), 9999);
        let t = timeline([d(9999, 12, 1), d(9999, 12, 31)]).unwrap();
        assert_eq!(counts(&t).iter().sum::<usize>(), 2);
    }
}

//! What the widget's work costs, where browser tools can see it: each search and each summary
//! is recorded as a User Timing measure (`broadsheet:search`, `broadsheet:summary`), only the
//! latest of each kept, so DevTools' performance panel and benchmarks can read them.

/// Runs `work`, recording how long it took as the measure `name`.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = crate::window().and_then(|w| w.performance());
    let Some(performance) = performance else {
        return work();
    };
    // The start is a mark of the same name: marks and measures are told apart by their type.
    let _ = performance.mark(name);
    let out = work();
    performance.clear_measures_with_measure_name(name);
    let _ = performance.measure_with_start_mark(name, name);
    performance.clear_marks_with_mark_name(name);
    out
}

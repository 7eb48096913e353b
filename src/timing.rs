//! What the widget's work costs, where browser tools can see it: each search and each summary
//! is recorded as a User Timing measure (`broadsheet:search`, `broadsheet:summary`), only the
//! latest of each kept, so DevTools' performance panel and benchmarks can read them.

/// Runs `work`, recording how long it took as the measure `name`.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let Some(performance) = performance else {
        return work();
    };
    let start = format!("{name}:start");
    let _ = performance.mark(&start);
    let out = work();
    performance.clear_measures_with_measure_name(name);
    let _ = performance.measure_with_start_mark(name, &start);
    performance.clear_marks_with_mark_name(&start);
    out
}

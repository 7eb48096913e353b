//! The Broadsheet widget as a page of its own. Widgets mount once the loader
//! (`static/broadsheet.js`) has handed over the articles with `load`.

/// Talc, smaller than the default allocator (dlmalloc) in the code readers download.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    broadsheet_widget::start();
}

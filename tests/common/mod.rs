//! Shared by the native tests.

/// Ids `prefix1`, `prefix2`, … as the app's id generator would hand them out.
pub fn ids(prefix: &'static str) -> impl FnMut() -> String {
    let mut count = 0;
    move || {
        count += 1;
        format!("{prefix}{count}")
    }
}

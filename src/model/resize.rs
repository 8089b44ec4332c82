//! A form's list of places (a café's tables, a placemat's groups) set to a new
//! length: places are added and taken off at the end, never one that holds
//! something.

/// Sets `list` to `count` places: takes off places at the end, or adds
/// `make(index)` until it has `count`. Changes nothing and gives the first
/// place past `count` that `holds_something` says still holds something.
pub fn resize_at_end<T>(
    list: &mut Vec<T>,
    count: usize,
    holds_something: impl Fn(&T) -> bool,
    mut make: impl FnMut(usize) -> T,
) -> Result<(), &T> {
    if let Some(held) = list.iter().skip(count).position(holds_something) {
        return Err(&list[count + held]);
    }
    list.truncate(count);
    while list.len() < count {
        let place = make(list.len());
        list.push(place);
    }
    Ok(())
}

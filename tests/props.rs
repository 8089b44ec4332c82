//! Property tests: any sequence of create, rename, duplicate and delete, saved
//! after every step, loads back as exactly the same list; and any sequence of
//! café or placemat edits (undo included) keeps the rules an imported file is
//! held to, so the app's own backups always read back.

mod common;

use common::id_of;

use proptest::collection::vec;
use proptest::prelude::*;
use werktafel::forms::cafe::Cafe;
use werktafel::forms::placemat::{Phase, Placemat};
use werktafel::forms::StoredForm;
use werktafel::model::{
    NoteBoard, NoteId, NoteKind, SeatId, Workshop, WorkshopDraft, WorkshopId, Workshops,
};
use werktafel::store::{MemoryBackend, Repository};

#[derive(Debug, Clone)]
enum Op {
    Create(String),
    Rename(usize, String),
    Duplicate(usize),
    Delete(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let title = "[a-zA-Zéë '\"<>]{0,12}";
    prop_oneof![
        title.prop_map(Op::Create),
        (any::<usize>(), title).prop_map(|(i, t)| Op::Rename(i, t)),
        any::<usize>().prop_map(Op::Duplicate),
        any::<usize>().prop_map(Op::Delete),
    ]
}

fn pick(list: &Workshops, index: usize) -> Option<WorkshopId> {
    nth(list.all(), index).map(|w| w.id)
}

fn sorted(mut items: Vec<Workshop>) -> Vec<Workshop> {
    items.sort_by_key(|a| a.id);
    items
}

proptest! {
    #[test]
    fn any_sequence_saves_and_loads_to_the_same_state(ops in prop::collection::vec(op(), 0..40)) {
        let backend = MemoryBackend::new();
        let mut repo = Repository::new(backend.clone());
        let mut list = Workshops::default();
        let mut next = 0u32;
        let mut new_id = || { next += 1; format!("id-{next}") };
        for (step, op) in ops.into_iter().enumerate() {
            let now = step as i64;
            let touched = match op {
                Op::Create(title) => {
                    let draft = WorkshopDraft { title, ..Default::default() };
                    list.create(&draft, id_of(&new_id()), now).ok().map(|id| (id, true))
                }
                Op::Rename(i, title) => pick(&list, i)
                    .filter(|&id| list.rename(id, &title, now).is_ok())
                    .map(|id| (id, true)),
                Op::Duplicate(i) => pick(&list, i)
                    .and_then(|id| list.duplicate(id, id_of(&new_id()), " (kopie)", now).ok())
                    .map(|id| (id, true)),
                Op::Delete(i) => pick(&list, i)
                    .filter(|&id| list.remove(id).is_ok())
                    .map(|id| (id, false)),
            };
            match touched {
                Some((id, true)) => {
                    let w = list.get(id).unwrap().clone();
                    repo.save(&w, now, || unreachable!("no conflicts in one tab"), "").unwrap();
                }
                Some((id, false)) => {
                    repo.delete::<Workshop>(id.as_str()).unwrap();
                }
                None => {}
            }
        }
        let loaded = Repository::new(backend).load_all::<Workshop>(0).unwrap();
        prop_assert!(loaded.problems.is_empty());
        prop_assert_eq!(sorted(loaded.entities), sorted(list.all().to_vec()));
        for workshop in list.all() {
            prop_assert_eq!(workshop.check_stored(), Ok(()));
        }
    }

    #[test]
    fn any_cafe_edits_keep_the_stored_rules(edits in vec(cafe_edit(), 0..60)) {
        let mut new_id = ids();
        let mut cafe = Cafe::new(vec!["Luister".into()], table_name, &mut new_id);
        let (mut notes, mut themes) = (Vec::new(), Vec::new());
        for (step, edit) in edits.into_iter().enumerate() {
            let now = step as i64 * 60_000;
            let round = |cafe: &Cafe, r: usize| nth(&cafe.rounds, r).map(|r| r.id);
            let table = |cafe: &Cafe, t: usize| nth(&cafe.tables, t).map(|t| t.id);
            let note = |cafe: &Cafe, n: usize| {
                let ids: Vec<NoteId> = cafe.notes().map(|p| p.note.id).collect();
                nth(&ids, n).copied()
            };
            let theme = |cafe: &Cafe, t: usize| nth(&cafe.harvest.themes, t).map(|t| t.id);
            // A refused edit changes nothing; only the state after it matters.
            match edit {
                CafeEdit::Rounds(count) => drop(cafe.set_round_count(count, &mut new_id, now)),
                CafeEdit::Tables(count) => drop(cafe.set_table_count(count, &mut new_id, table_name)),
                CafeEdit::Question(r, text) => if let Some(r) = round(&cafe, r) {
                    drop(cafe.set_question(r, &text));
                },
                CafeEdit::Start(r) => drop(cafe.start_round(r % 6, now)),
                CafeEdit::Note(t, r, text) => if let (Some(t), Some(r)) = (table(&cafe, t), round(&cafe, r)) {
                    drop(cafe.add_note(t, r, id_of(&new_id()), NoteKind::Idea, &text));
                },
                CafeEdit::Summary(t, r, text) => if let (Some(t), Some(r)) = (table(&cafe, t), round(&cafe, r)) {
                    drop(cafe.set_summary(t, r, &text));
                },
                CafeEdit::RemoveNote(n) => if let Some(n) = note(&cafe, n) {
                    notes.extend(cafe.remove_note(n).ok());
                },
                CafeEdit::UndoNote => if let Some(removed) = notes.pop() {
                    drop(cafe.restore_note(removed));
                },
                CafeEdit::Theme(name) => drop(cafe.harvest.add_theme(id_of(&new_id()), &name)),
                CafeEdit::Group(n, t) => if let (Some(n), Some(t)) = (note(&cafe, n), theme(&cafe, t)) {
                    drop(cafe.group_note(n, Some(t)));
                },
                CafeEdit::RemoveTheme(t) => if let Some(t) = theme(&cafe, t) {
                    themes.extend(cafe.remove_theme(t).ok());
                },
                CafeEdit::UndoTheme => if let Some(removed) = themes.pop() {
                    cafe.restore_theme(removed);
                },
            }
            prop_assert_eq!(cafe.check_stored(), Ok(()));
        }
    }

    #[test]
    fn any_placemat_edits_keep_the_stored_rules(edits in vec(placemat_edit(), 0..60)) {
        let mut new_id = ids();
        let mut placemat = Placemat::new(group_name, &mut new_id);
        let (mut notes, mut themes) = (Vec::new(), Vec::new());
        for (step, edit) in edits.into_iter().enumerate() {
            let now = step as i64 * 60_000;
            let group = |p: &Placemat, g: usize| nth(&p.groups, g).cloned();
            let note = |p: &Placemat, n: usize, middle: bool| {
                let ids: Vec<NoteId> = p.groups.iter()
                    .flat_map(|g| if middle { g.middle.iter().collect::<Vec<_>>() } else { g.seats.iter().flat_map(|s| &s.notes).collect() })
                    .map(|n| n.id)
                    .collect();
                nth(&ids, n).copied()
            };
            let theme = |p: &Placemat, t: usize| nth(&p.harvest.themes, t).map(|t| t.id);
            // A refused edit changes nothing; only the state after it matters.
            match edit {
                PlacematEdit::Groups(count) => drop(placemat.set_group_count(count, &mut new_id, group_name)),
                PlacematEdit::Persons(count) => drop(placemat.set_person_count(count, &mut new_id)),
                PlacematEdit::Question(text) => drop(placemat.set_question(&text)),
                PlacematEdit::Phase(p) => drop(placemat.start_phase(Phase::ALL[p % 4], now)),
                PlacematEdit::Note(g, s, text) => if let Some(g) = group(&placemat, g) {
                    let seat = nth(&g.seats, s).map_or_else(|| id_of("no-seat"), |s| s.id);
                    drop(placemat.add_note(g.id, seat, id_of(&new_id()), &text));
                },
                PlacematEdit::Middle(g, text) => if let Some(g) = group(&placemat, g) {
                    drop(placemat.add_to_middle(g.id, id_of(&new_id()), &text));
                },
                PlacematEdit::Copy(n) => if let Some(n) = note(&placemat, n, false) {
                    drop(placemat.copy_to_middle(n, id_of(&new_id())));
                },
                PlacematEdit::Mark(n, s) => if let Some(n) = note(&placemat, n, false) {
                    let seats: Vec<SeatId> = placemat.groups.iter()
                        .filter(|g| g.seats.iter().any(|s| s.notes.iter().any(|m| m.id == n)))
                        .flat_map(|g| g.seats.iter().map(|s| s.id))
                        .collect();
                    if let Some(&by) = nth(&seats, s) {
                        drop(placemat.toggle_mark(n, by));
                    }
                },
                PlacematEdit::RemoveNote(n, middle) => if let Some(n) = note(&placemat, n, middle) {
                    notes.extend(placemat.remove_note(n).ok());
                },
                PlacematEdit::UndoNote => if let Some(removed) = notes.pop() {
                    drop(placemat.restore_note(removed));
                },
                PlacematEdit::Theme(name) => drop(placemat.add_linked_theme(id_of(&new_id()), &name)),
                PlacematEdit::Link(n, t) => if let (Some(n), Some(t)) = (note(&placemat, n, true), theme(&placemat, t)) {
                    drop(placemat.link(n, Some(t)));
                },
                PlacematEdit::RemoveTheme(t) => if let Some(t) = theme(&placemat, t) {
                    themes.extend(placemat.remove_theme(t).ok());
                },
                PlacematEdit::UndoTheme => if let Some(removed) = themes.pop() {
                    placemat.restore_theme(removed);
                },
            }
            prop_assert_eq!(placemat.check_stored(), Ok(()));
        }
    }
}

/// Ids from a counter.
fn ids() -> impl FnMut() -> String {
    let mut next = 0u32;
    move || {
        next += 1;
        format!("id-{next}")
    }
}

fn table_name(index: usize) -> String {
    format!("Tafel {}", index + 1)
}

fn group_name(index: usize) -> String {
    format!("Groep {}", index + 1)
}

/// The item at `index`, counted round the list; `None` for an empty list.
fn nth<T>(items: &[T], index: usize) -> Option<&T> {
    (!items.is_empty()).then(|| &items[index % items.len()])
}

/// Short texts, empty and blank ones too (those edits are refused).
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z ]{0,8}"
}

/// A café edit; positions are taken round the lists, counts may be out of range.
#[derive(Debug, Clone)]
enum CafeEdit {
    Rounds(usize),
    Tables(usize),
    Question(usize, String),
    Start(usize),
    Note(usize, usize, String),
    Summary(usize, usize, String),
    RemoveNote(usize),
    UndoNote,
    Theme(String),
    Group(usize, usize),
    RemoveTheme(usize),
    UndoTheme,
}

fn cafe_edit() -> impl Strategy<Value = CafeEdit> {
    let at = 0usize..40;
    prop_oneof![
        1 => (0usize..7).prop_map(CafeEdit::Rounds),
        1 => (0usize..33).prop_map(CafeEdit::Tables),
        1 => (at.clone(), text()).prop_map(|(r, t)| CafeEdit::Question(r, t)),
        1 => at.clone().prop_map(CafeEdit::Start),
        4 => (at.clone(), at.clone(), text()).prop_map(|(t, r, x)| CafeEdit::Note(t, r, x)),
        1 => (at.clone(), at.clone(), text()).prop_map(|(t, r, x)| CafeEdit::Summary(t, r, x)),
        1 => at.clone().prop_map(CafeEdit::RemoveNote),
        1 => Just(CafeEdit::UndoNote),
        1 => text().prop_map(CafeEdit::Theme),
        2 => (at.clone(), at.clone()).prop_map(|(n, t)| CafeEdit::Group(n, t)),
        1 => at.prop_map(CafeEdit::RemoveTheme),
        1 => Just(CafeEdit::UndoTheme),
    ]
}

/// A placemat edit; positions are taken round the lists, counts may be out of range.
#[derive(Debug, Clone)]
enum PlacematEdit {
    Groups(usize),
    Persons(usize),
    Question(String),
    Phase(usize),
    Note(usize, usize, String),
    Middle(usize, String),
    Copy(usize),
    Mark(usize, usize),
    RemoveNote(usize, bool),
    UndoNote,
    Theme(String),
    Link(usize, usize),
    RemoveTheme(usize),
    UndoTheme,
}

fn placemat_edit() -> impl Strategy<Value = PlacematEdit> {
    let at = 0usize..40;
    prop_oneof![
        1 => (0usize..23).prop_map(PlacematEdit::Groups),
        1 => (0usize..8).prop_map(PlacematEdit::Persons),
        1 => text().prop_map(PlacematEdit::Question),
        2 => (0usize..4).prop_map(PlacematEdit::Phase),
        4 => (at.clone(), at.clone(), text()).prop_map(|(g, s, x)| PlacematEdit::Note(g, s, x)),
        2 => (at.clone(), text()).prop_map(|(g, x)| PlacematEdit::Middle(g, x)),
        1 => at.clone().prop_map(PlacematEdit::Copy),
        3 => (at.clone(), at.clone()).prop_map(|(n, s)| PlacematEdit::Mark(n, s)),
        1 => (at.clone(), any::<bool>()).prop_map(|(n, m)| PlacematEdit::RemoveNote(n, m)),
        1 => Just(PlacematEdit::UndoNote),
        1 => text().prop_map(PlacematEdit::Theme),
        2 => (at.clone(), at.clone()).prop_map(|(n, t)| PlacematEdit::Link(n, t)),
        1 => at.prop_map(PlacematEdit::RemoveTheme),
        1 => Just(PlacematEdit::UndoTheme),
    ]
}

//! Property test: any sequence of create, rename, duplicate and delete, saved
//! after every step, loads back as exactly the same list.

use proptest::prelude::*;
use werktafel::model::{Workshop, WorkshopDraft, Workshops};
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

fn pick(list: &Workshops, index: usize) -> Option<String> {
    let all = list.all();
    (!all.is_empty()).then(|| all[index % all.len()].id.clone())
}

fn sorted(mut items: Vec<Workshop>) -> Vec<Workshop> {
    items.sort_by(|a, b| a.id.cmp(&b.id));
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
                    list.create(&draft, new_id(), now).ok().map(|id| (id, true))
                }
                Op::Rename(i, title) => pick(&list, i)
                    .filter(|id| list.rename(id, &title, now).is_ok())
                    .map(|id| (id, true)),
                Op::Duplicate(i) => pick(&list, i)
                    .and_then(|id| list.duplicate(&id, new_id(), " (kopie)", now).ok())
                    .map(|id| (id, true)),
                Op::Delete(i) => pick(&list, i)
                    .filter(|id| list.remove(id).is_ok())
                    .map(|id| (id, false)),
            };
            match touched {
                Some((id, true)) => {
                    let w = list.get(&id).unwrap().clone();
                    repo.save(&w, now, || unreachable!("no conflicts in one tab"), "").unwrap();
                }
                Some((id, false)) => {
                    repo.delete::<Workshop>(&id, now).unwrap();
                }
                None => {}
            }
        }
        let loaded = Repository::new(backend).load_all::<Workshop>(0).unwrap();
        prop_assert!(loaded.problems.is_empty());
        prop_assert_eq!(sorted(loaded.entities), sorted(list.all().to_vec()));
    }
}

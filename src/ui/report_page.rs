//! The report of a workshop as a page to read, print or save as PDF through
//! the browser's print dialog. It shows the same blocks as the Markdown report;
//! user text is only ever text.

use super::export_panel::exported;
use super::i18n::{tr, use_app};
use super::links::app_path;
use crate::i18n::{Key, ReportMsg};
use crate::model::WorkshopId;
use crate::platform::page;
use crate::platform::print_margins::PrintMargins;
use crate::transfer::{workshop_report, Block};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The report page of one workshop (`?anoniem=1`: names replaced).
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_app();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    // An address whose id the app could not have made names no workshop.
    let workshop_id = Memo::new(move |_| id.with(|id| id.parse::<WorkshopId>().ok()));
    let anonymous = Memo::new(move |_| query.with(|q| q.get("anoniem").is_some()));
    let blocks = Memo::new(move |_| {
        // Follows the stored workshop, so the report is current.
        state.workshops().track();
        let workshop_id = workshop_id.get()?;
        exported(state, workshop_id, anonymous.get())
            .map(|(workshop, personas)| workshop_report(&workshop, &personas, state.language()))
    });
    print_margins(blocks);
    view! {
        <div class="no-print report-bar">
            <A href=move || app_path(&format!("/bijeenkomst/{}", id.get())) attr:class="back">{tr(Key::BackToWorkshop)}</A>
            <button type="button" class="primary" on:click=move |_| page::print()>{tr(Key::ExportPrintButton)}</button>
        </div>
        {move || match blocks.get() {
            Some(blocks) => view! { <article class="report">{render(blocks)}</article> }.into_any(),
            None => view! { <p class="empty">{tr(Key::WorkshopNotFound)}</p> }.into_any(),
        }}
    }
}

/// While the report is shown, every printed page carries its title at the top
/// and its number at the foot.
fn print_margins(blocks: Memo<Option<Vec<Block>>>) {
    let state = use_app();
    let margins = StoredValue::new_local(None::<PrintMargins>);
    Effect::new(move |_| {
        let title = blocks.with(|blocks| match blocks.as_deref() {
            Some([Block::Heading(1, title), ..]) => title.clone(),
            _ => String::new(),
        });
        let page_label = ReportMsg::PageOf {
            page: "{page}".into(),
            pages: "{pages}".into(),
        }
        .text(state.language());
        // The old rules go before the new ones come.
        margins.set_value(None);
        margins.set_value(PrintMargins::show(&title, &page_label));
    });
    on_cleanup(move || margins.set_value(None));
}

/// A report's table: its column names as headers, a row per row.
fn table(columns: Vec<String>, rows: Vec<Vec<String>>) -> impl IntoView {
    let head = columns
        .into_iter()
        .map(|name| view! { <th scope="col">{name}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .map(|cell| view! { <td class="pre-line">{cell}</td> })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="report-table">
            <thead><tr>{head}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// The blocks as HTML: headings, paragraphs, tables, and items grouped into lists.
fn render(blocks: Vec<Block>) -> impl IntoView {
    let mut views = Vec::new();
    let mut items = Vec::new();
    let flush = |items: &mut Vec<String>, views: &mut Vec<AnyView>| {
        if !items.is_empty() {
            let list = std::mem::take(items);
            views.push(view! { <ul>{list.into_iter().map(|i| view! { <li class="pre-line">{i}</li> }).collect_view()}</ul> }.into_any());
        }
    };
    for block in blocks {
        match block {
            Block::Item(text) => items.push(text),
            Block::Heading(level, text) => {
                flush(&mut items, &mut views);
                views.push(match level {
                    1 => view! { <h1>{text}</h1> }.into_any(),
                    2 => view! { <h2>{text}</h2> }.into_any(),
                    3 => view! { <h3>{text}</h3> }.into_any(),
                    _ => view! { <h4>{text}</h4> }.into_any(),
                });
            }
            Block::Line(text) => {
                flush(&mut items, &mut views);
                views.push(view! { <p class="pre-line">{text}</p> }.into_any());
            }
            Block::Table { columns, rows } => {
                flush(&mut items, &mut views);
                views.push(table(columns, rows).into_any());
            }
        }
    }
    flush(&mut items, &mut views);
    views
}

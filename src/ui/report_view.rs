//! A report's blocks shown as a page: headings, paragraphs, tables and lists,
//! user text only ever as text, with the bar above it (back to the workshop,
//! print) and the title and page number in the margins of each printed page.
//! The full report and the residents' version both show through it.

use super::i18n::{tr, use_app};
use super::links::app_path;
use crate::i18n::{Key, ReportMsg};
use crate::platform::page;
use crate::platform::print_margins::PrintMargins;
use crate::transfer::Block;
use leptos::prelude::*;
use leptos_router::components::A;

/// The bar above a report: back to its workshop, the page's own controls
/// (`children`, if any) and print. Not printed.
#[component]
pub fn ReportBar(
    workshop: Memo<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="no-print report-bar">
            <A href=move || app_path(&format!("/bijeenkomst/{}", workshop.get())) attr:class="back">{tr(Key::BackToWorkshop)}</A>
            {children.map(|children| children())}
            <button type="button" class="primary" on:click=move |_| page::print()>{tr(Key::ExportPrintButton)}</button>
        </div>
    }
}

/// The report's blocks as an article, or a note that the workshop is not
/// there; while shown, printed pages carry the report's title and number.
#[component]
pub fn ReportView(blocks: Memo<Option<Vec<Block>>>) -> impl IntoView {
    print_margins(blocks);
    move || match blocks.get() {
        Some(blocks) => view! { <article class="report">{render(blocks)}</article> }.into_any(),
        None => view! { <p class="empty">{tr(Key::WorkshopNotFound)}</p> }.into_any(),
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

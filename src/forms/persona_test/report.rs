//! The persona test's part of the report: the central question, then per
//! persona its score and reason in each municipality. It has no notes, so it
//! adds no rows to the spreadsheet.

use crate::forms::persona_test::{PersonaTest, PersonaTestKey};
use crate::forms::{FormReport, ReportContext, SheetContext};
use crate::i18n::{Key, Language};
use crate::model::{Persona, PersonaId};
use crate::transfer::Block;

impl FormReport for PersonaTest {
    fn report(&self, context: &ReportContext, blocks: &mut Vec<Block>) {
        persona_test_blocks(self, context.personas, context.language, blocks);
    }

    /// Scores and reasons are not notes: the spreadsheet has none of them.
    fn sheet(&self, _: &SheetContext, _: &mut Vec<Vec<String>>) {}
}

/// The persona test in detail: only the persona's with a score or a reason
/// in some municipality, and nothing when none has one.
fn persona_test_blocks(
    test: &PersonaTest,
    personas: &[Persona],
    language: Language,
    blocks: &mut Vec<Block>,
) {
    let answered = |persona_id: &PersonaId| {
        test.answers.iter().any(|a| {
            &a.persona_id == persona_id && (a.score.is_some() || !a.text.trim().is_empty())
        })
    };
    let shown: Vec<&Persona> = test
        .persona_ids
        .iter()
        .filter(|id| answered(id))
        .filter_map(|id| personas.iter().find(|p| &p.id == id))
        .collect();
    if shown.is_empty() {
        return;
    }
    blocks.push(Block::Heading(
        2,
        PersonaTestKey::Title.text(language).to_string(),
    ));
    if !test.central_question.is_empty() {
        blocks.push(Block::Line(format!(
            "{}: {}",
            Key::FieldCentralQuestion.text(language),
            test.central_question
        )));
    }
    for persona in shown {
        blocks.push(Block::Heading(3, persona.fields.name.clone()));
        for municipality in &test.municipalities {
            let answer = test
                .answers
                .iter()
                .find(|a| a.persona_id == persona.id && a.municipality_id == municipality.id);
            let score = answer
                .and_then(|a| a.score)
                .map_or_else(|| "–".to_string(), |s| format!("{s}/5"));
            let reason = answer
                .map(|a| a.text.trim())
                .filter(|t| !t.is_empty())
                .map(|t| format!(" — {t}"))
                .unwrap_or_default();
            blocks.push(Block::Item(format!(
                "{}: {score}{reason}",
                municipality.name
            )));
        }
    }
}

//! The persona test's part of the report: the central question, then per
//! persona its score and reason in each municipality. It has no notes, so it
//! adds no rows to the spreadsheet.

use crate::forms::persona_test::{PersonaTest, PersonaTestKey};
use crate::forms::{FormReport, ReportContext, SheetContext};
use crate::i18n::{Key, Language};
use crate::model::Persona;
use crate::transfer::Block;

impl FormReport for PersonaTest {
    fn report(&self, context: &ReportContext, blocks: &mut Vec<Block>) {
        persona_test_blocks(self, context.personas, context.language, blocks);
    }

    /// Scores and reasons are not notes: the spreadsheet has none of them.
    fn sheet(&self, _: &SheetContext, _: &mut Vec<Vec<String>>) {}
}

fn persona_test_blocks(
    test: &PersonaTest,
    personas: &[Persona],
    language: Language,
    blocks: &mut Vec<Block>,
) {
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
    for persona_id in &test.persona_ids {
        let Some(persona) = personas.iter().find(|p| &p.id == persona_id) else {
            continue;
        };
        blocks.push(Block::Heading(3, persona.fields.name.clone()));
        for municipality in &test.municipalities {
            let answer = test
                .answers
                .iter()
                .find(|a| &a.persona_id == persona_id && a.municipality_id == municipality.id);
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

//! The open question's part of the report (the question and every answer) and
//! of the spreadsheet (a row per answer).

use super::OpenQuestion;
use crate::forms::open_question::OpenQuestionKey;
use crate::forms::{FormReport, ReportContext, SheetContext};
use crate::i18n::Language;
use crate::transfer::report::{asked, heading_and_question};
use crate::transfer::Block;

impl FormReport for OpenQuestion {
    fn report(&self, context: &ReportContext, blocks: &mut Vec<Block>) {
        open_question_blocks(self, context.language, blocks);
    }

    fn sheet(&self, context: &SheetContext, rows: &mut Vec<Vec<String>>) {
        open_question_rows(context.workshop_title, self, context.language, rows);
    }

    fn questions(&self) -> Vec<String> {
        asked(&self.question)
    }
}

/// The question with every answer; nothing before the first answer.
fn open_question_blocks(question: &OpenQuestion, language: Language, blocks: &mut Vec<Block>) {
    if question.replies.is_empty() {
        return;
    }
    heading_and_question(OpenQuestionKey::Title, &question.question, language, blocks);
    for reply in &question.replies {
        let item = match reply.name.trim() {
            "" => reply.text.clone(),
            name => format!("{} ({name})", reply.text),
        };
        blocks.push(Block::Item(item));
    }
}

fn open_question_rows(
    title: &str,
    question: &OpenQuestion,
    language: Language,
    rows: &mut Vec<Vec<String>>,
) {
    let activity = OpenQuestionKey::Title.text(language).to_string();
    for reply in &question.replies {
        rows.push(vec![
            title.to_string(),
            activity.clone(),
            String::new(),
            String::new(),
            reply.name.clone(),
            OpenQuestionKey::AnswerKind.text(language).to_string(),
            reply.text.clone(),
            String::new(),
        ]);
    }
}

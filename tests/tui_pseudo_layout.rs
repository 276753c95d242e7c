//! Every screen holds in a longer language (issue 17, point 5): the app in
//! the pseudo-language en-XA (every word accented, 40% longer, half of the
//! extra letters wide) on the real embedded dataset in en-XA, drawn at
//! 80×24 and 60×20, and no word and no button clipped anywhere (what that
//! means: tests/pseudo/check.rs). Long screens are paged through to their
//! end, lists walked item by item, so every text that can be on screen is
//! looked at, not only the first page.
//!
//! Screens: welcome; every question shown (every option highlighted in
//! turn), with its help open, with the "please choose" error; the review
//! with the conflicts box, every row highlighted; the results in every
//! section paged through (Treatments also with each treatment opened,
//! Compare also with its picker walked and a column added); the key list
//! scrolled through; quit, start over, the disclaimer; and in kiosk mode
//! the staff PIN box (with a wrong-PIN note), the staff menu, "Still
//! there?", the code box and the code kept on the results, "I'm finished"
//! asking first, and the desk's Summaries list and an opened summary.

#[path = "pseudo/check.rs"]
mod check;
#[path = "pseudo/screens.rs"]
mod screens;

use check::Vocab;
use screens::{Run, SIZES};

#[test]
fn every_screen_in_the_pseudo_language_keeps_its_words_whole() {
    let (content, vocab) = screens::setup();
    let mut failures = Vec::new();
    for size in SIZES {
        let mut run = Run::new(size, vocab);
        screens::interview(&mut run, content);
        screens::results(&mut run, content);
        screens::overlays(&mut run, content);
        screens::kiosk(&mut run, content);
        assert!(run.shots > 100, "{size:?}: only {} frames", run.shots);
        failures.extend(run.failures);
    }
    assert!(
        failures.is_empty(),
        "{} clipped:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The check itself: a word cut anywhere, a tail cut short, a button
/// without its end are caught; whole ones pass.
#[test]
fn the_check_catches_a_word_or_a_button_cut_short() {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;
    let (_, vocab): (_, &Vocab) = screens::setup();
    let next = scarguide::i18n::in_lang(scarguide::i18n::Lang::PSEUDO, "next");
    let word = scarguide::i18n::pseudo_text("Question");
    let found = |text: &str, width: usize| {
        let area = Rect::new(0, 0, 30, 1);
        let mut buf = Buffer::empty(area);
        buf.set_stringn(0, 0, text, width, Style::default());
        check::problems(&buf, area, vocab)
    };
    let whole = format!("{word} [ {next} ]");
    let (p, seen) = found(&whole, 30);
    assert!(p.is_empty() && seen == 2, "{p:?}");
    let w = ratatui::text::Span::raw(word.as_str()).width();
    // From the first accented letter on: a cut leaving only "Q" shows no
    // mark of the pseudo-language, and plain letters are not checked
    // (key names, codes and paths are plain on every screen).
    for cut in 2..w {
        let (p, _) = found(&word, cut);
        assert!(!p.is_empty(), "{word} cut to {cut} cells passes");
    }
    let button_width = ratatui::text::Span::raw(whole.as_str()).width();
    let (p, _) = found(&whole, button_width - 1);
    assert!(p.iter().any(|p| p.contains("button cut")), "{p:?}");
}

//! The welcome screen in every language and size: the language list, and
//! never half of a kept block (the notice, the plain-mode hint); plus the
//! Spanish welcome as a snapshot to look at.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::cli;
use scarguide::dataset::{self, localized::Localized, Dataset};
use scarguide::i18n::{self, Lang};
use scarguide::tui::app::App;
use scarguide::tui::theme::Theme;
use scarguide::tui::view;
use unicode_width::UnicodeWidthStr;

fn english() -> Dataset {
    dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .map(|c| c.dataset)
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn welcome(content: &Localized, lang: Lang, (w, h): (u16, u16)) -> String {
    let theme = Theme::new(cli::Theme::Default, false, false);
    let app = App::with_languages(content, lang, theme, (w, h));
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    view::draw(&app, buf.area, &mut buf);
    // Each row's symbols, once per character (a wide one fills two cells).
    let mut out = String::new();
    for y in 0..h {
        let mut skip = false;
        for x in 0..w {
            let symbol = buf[(x, y)].symbol();
            if !std::mem::take(&mut skip) {
                out.push_str(symbol);
                skip = symbol.width() > 1;
            }
        }
        out.push('\n');
    }
    out
}

/// The screen's words in reading order, one space apart.
fn flat(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_language_keeps_the_notice_and_the_plain_mode_hint_whole() {
    let en = english();
    let content = Localized::new(&en, None);
    for lang in Lang::all().chain([Lang::PSEUDO]) {
        for size in [(100, 30), (80, 24), (60, 20)] {
            let screen = welcome(&content, lang, size);
            let flat = flat(&screen);
            let data = content.get(lang);
            i18n::with(lang, || {
                let hint = flat_words(scarguide::words::welcome_plain());
                assert!(
                    flat.contains(&hint),
                    "{} {size:?}: plain hint\n{screen}",
                    lang.code()
                );
                let notice = flat_words(&data.meta.disclaimer);
                assert!(
                    flat.contains(&notice),
                    "{} {size:?}: notice\n{screen}",
                    lang.code()
                );
                for l in Lang::all() {
                    assert!(
                        screen.contains(l.name()),
                        "{} {size:?}: {}",
                        lang.code(),
                        l.name()
                    );
                }
            });
        }
    }
}

fn flat_words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_spanish_welcome_at_80x24() {
    let en = english();
    let content = Localized::new(&en, None);
    let es = i18n::parse("es").unwrap_or(Lang::ENGLISH);
    insta::assert_snapshot!("welcome_es_80x24", welcome(&content, es, (80, 24)));
}

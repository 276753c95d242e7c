//! Driving the app as a person would, through `update`.

use scarguide::cli;
use scarguide::dataset::Dataset;
use scarguide::interview::Answers;
use scarguide::tui::app::{update, App, Msg, Screen};
use scarguide::tui::theme::Theme;

/// Gives the answers through `update` as the keys would (choose, Enter;
/// Tab past an unanswered optional question), then opens the results.
/// None when a required question is left unanswered.
pub fn to_results<'d>(data: &'d Dataset, answers: &Answers, size: (u16, u16)) -> Option<App<'d>> {
    let mut app = App::new(data, Theme::new(cli::Theme::Default, false, false), size);
    update(&mut app, Msg::Start);
    for _ in 0..100 {
        match app.screen {
            Screen::Question => {
                let q = app.flow.question()?;
                let want = answers.get(&q.id);
                for (i, o) in q.options.iter().enumerate() {
                    if app.flow.is_chosen(i) != want.contains(&o.id) {
                        update(&mut app, Msg::Choose(i));
                    }
                }
                let at = app.flow.step();
                update(
                    &mut app,
                    if want.is_empty() {
                        Msg::Next
                    } else {
                        Msg::Enter
                    },
                );
                if app.flow.step() == at && app.screen == Screen::Question {
                    return None;
                }
            }
            Screen::Review => {
                update(&mut app, Msg::Enter);
            }
            Screen::Results => return Some(app),
            Screen::Welcome => return None,
        }
    }
    None
}

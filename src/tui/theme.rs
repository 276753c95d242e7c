//! Colours, emphasis and glyphs, built from the command line and the
//! environment. A pure function of its inputs so tests pass them directly.
//!
//! Choice and focus never rely on colour alone: markers (`[x]`, `(•)`, `>`)
//! and reverse/bold carry them in every theme, so NO_COLOR only drops colour.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

use crate::cli;

/// Which characters to draw with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    pub one_on: &'static str,
    pub one_off: &'static str,
    pub many_on: &'static str,
    pub many_off: &'static str,
    pub cursor: &'static str,
    pub closed: &'static str,
    pub open: &'static str,
    pub bullet: &'static str,
    pub times: &'static str,
    pub up_down: &'static str,
    /// Signs that a list goes on above or below what is shown.
    pub up: &'static str,
    pub down: &'static str,
    pub left_right: &'static str,
    /// Signs that columns go on to the left or right (Compare).
    pub left: &'static str,
    pub right: &'static str,
    pub dash: &'static str,
    pub border: border::Set<'static>,
}

pub const UNICODE: Glyphs = Glyphs {
    one_on: "(•)",
    one_off: "( )",
    many_on: "[x]",
    many_off: "[ ]",
    cursor: ">",
    closed: "▸",
    open: "▾",
    bullet: "•",
    times: "×",
    up_down: "↑↓",
    up: "▲",
    down: "▼",
    left_right: "←→",
    left: "◀",
    right: "▶",
    dash: "–",
    border: border::PLAIN,
};

pub const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

pub const ASCII: Glyphs = Glyphs {
    one_on: "(*)",
    one_off: "( )",
    many_on: "[x]",
    many_off: "[ ]",
    cursor: ">",
    closed: "+",
    open: "-",
    bullet: "*",
    times: "x",
    up_down: "Up/Down",
    up: "^",
    down: "v",
    left_right: "Left/Right",
    left: "<",
    right: ">",
    dash: "-",
    border: ASCII_BORDER,
};

/// Everything a view needs to know about how things look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub glyphs: Glyphs,
    /// The whole screen's background and text.
    pub base: Style,
    /// The title bar.
    pub bar: Style,
    pub heading: Style,
    pub muted: Style,
    /// The highlighted row or focused button (reverse + bold).
    pub focus: Style,
    /// A chosen option's marker.
    pub chosen: Style,
    pub error: Style,
    pub button: Style,
    pub border: Style,
    pub tab: Style,
    pub tab_active: Style,
    /// The disclaimer and content version, always visible on results.
    pub footer: Style,
    pub colour: bool,
}

/// Removes colour, keeping emphasis.
fn plain(s: Style) -> Style {
    Style {
        fg: None,
        bg: None,
        ..s
    }
}

impl Theme {
    /// `no_color`: NO_COLOR is set and non-empty. `ascii`: `--ascii` or TERM=linux.
    pub fn new(kind: cli::Theme, no_color: bool, ascii: bool) -> Theme {
        let bold = Modifier::BOLD;
        let rev = Modifier::REVERSED | Modifier::BOLD;
        let t = match kind {
            cli::Theme::Default => Theme {
                glyphs: UNICODE,
                base: Style::new(),
                bar: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Cyan)
                    .add_modifier(bold),
                heading: Style::new().fg(Color::Cyan).add_modifier(bold),
                muted: Style::new().fg(Color::Gray),
                focus: Style::new().add_modifier(rev),
                chosen: Style::new().fg(Color::Green).add_modifier(bold),
                error: Style::new().fg(Color::Red).add_modifier(bold),
                button: Style::new().add_modifier(bold),
                border: Style::new().fg(Color::Gray),
                tab: Style::new(),
                tab_active: Style::new().add_modifier(rev | Modifier::UNDERLINED),
                footer: Style::new().fg(Color::Yellow),
                colour: true,
            },
            cli::Theme::HighContrast => Theme {
                glyphs: UNICODE,
                base: Style::new().fg(Color::White).bg(Color::Black),
                bar: Style::new()
                    .fg(Color::Black)
                    .bg(Color::White)
                    .add_modifier(bold),
                heading: Style::new()
                    .fg(Color::Yellow)
                    .add_modifier(bold | Modifier::UNDERLINED),
                muted: Style::new().fg(Color::White),
                focus: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(bold),
                chosen: Style::new().fg(Color::Yellow).add_modifier(bold),
                error: Style::new()
                    .fg(Color::White)
                    .bg(Color::Red)
                    .add_modifier(bold),
                button: Style::new().fg(Color::White).add_modifier(bold),
                border: Style::new().fg(Color::White),
                tab: Style::new().fg(Color::White),
                tab_active: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(bold | Modifier::UNDERLINED),
                footer: Style::new().fg(Color::White).add_modifier(bold),
                colour: true,
            },
        };
        let mut t = if no_color {
            Theme {
                base: plain(t.base),
                bar: plain(t.bar).add_modifier(Modifier::REVERSED),
                heading: plain(t.heading).add_modifier(Modifier::UNDERLINED),
                muted: plain(t.muted),
                focus: plain(t.focus).add_modifier(rev),
                chosen: plain(t.chosen),
                error: plain(t.error),
                button: plain(t.button),
                border: plain(t.border),
                tab: plain(t.tab),
                tab_active: plain(t.tab_active).add_modifier(rev),
                footer: plain(t.footer),
                colour: false,
                ..t
            }
        } else {
            t
        };
        if ascii {
            t.glyphs = ASCII;
        }
        t
    }

    /// From the command line and the environment (NO_COLOR, TERM).
    pub fn from_env(cli: &cli::Cli) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let linux_console = std::env::var_os("TERM").is_some_and(|t| t == "linux");
        Theme::new(cli.theme, no_color, cli.ascii || linux_console)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_has_no_colour_in_any_theme() {
        for kind in [cli::Theme::Default, cli::Theme::HighContrast] {
            let t = Theme::new(kind, true, false);
            for s in [
                t.base,
                t.bar,
                t.heading,
                t.muted,
                t.focus,
                t.chosen,
                t.error,
                t.button,
                t.border,
                t.tab,
                t.tab_active,
                t.footer,
            ] {
                assert_eq!((s.fg, s.bg), (None, None));
            }
            assert!(t.focus.add_modifier.contains(Modifier::REVERSED));
        }
    }

    #[test]
    fn ascii_glyphs_are_ascii() {
        let g = Theme::new(cli::Theme::Default, false, true).glyphs;
        for s in [
            g.one_on, g.one_off, g.many_on, g.cursor, g.closed, g.open, g.bullet, g.times, g.up,
            g.down,
        ] {
            assert!(s.is_ascii(), "{s}");
        }
        assert!(g.border.top_left.is_ascii());
    }
}

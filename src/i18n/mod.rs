//! The program's own words in every shipped language: Project Fluent
//! message files (`assets/i18n/<code>.ftl`, embedded at build time), the
//! language of this thread, and how a language is chosen. Clinical content
//! is translated separately, beside the dataset (`dataset::translation`).

mod catalog;
mod choose;
mod pseudo;

use std::cell::Cell;

pub use catalog::{fmt, ids, in_lang, message_args, source_text, t};
pub use choose::{from_env, parse};
pub use fluent_bundle::FluentArgs;

/// The pseudo-language's look for a text that is not a message (the
/// dataset's words, in the layout test).
pub fn pseudo_text(text: &str) -> String {
    pseudo::transform(text).into_owned()
}

/// A language the program can speak: an index into `SHIPPED`, or the
/// pseudo-language that tests the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

/// One shipped language: its code, its message file, and the dataset's
/// translation into it (`assets/consultation.<code>.ron`), if any.
pub struct Shipped {
    pub code: &'static str,
    pub ftl: &'static str,
    pub content: Option<&'static str>,
}

// `SHIPPED`: every `assets/i18n/*.ftl`, English first (build.rs).
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Lang {
    /// The language the dataset and the message files are written in.
    pub const ENGLISH: Lang = Lang(0);
    /// English made longer, accented and wide, to test that every screen
    /// holds in a language with longer words ("en-XA", never listed).
    pub const PSEUDO: Lang = Lang(usize::MAX);

    /// Every language a person can choose, in the order they are listed.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..SHIPPED.len()).map(Lang)
    }

    pub fn code(self) -> &'static str {
        match SHIPPED.get(self.0) {
            Some(s) => s.code,
            None => pseudo::CODE,
        }
    }

    /// The language's name in itself ("Español"), for the language list.
    pub fn name(self) -> &'static str {
        catalog::in_lang(self, "language-name")
    }

    /// The message file, if the language has its own (the pseudo-language
    /// is made from English).
    fn shipped(self) -> Option<&'static Shipped> {
        SHIPPED.get(self.0)
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::ENGLISH) };
}

/// Speaks `lang` on this thread from now on. The app, plain mode and each
/// command set it once they know it; threads start in English.
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Runs `f` in `lang`, then puts the thread's language back: for tests and
/// for outputs written in another language than the screen's.
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = current();
    set(lang);
    let out = f();
    set(before);
    out
}

/// A message with arguments: `tr!("progress", n = 3, total = 7)`.
#[macro_export]
macro_rules! tr {
    ($id:expr $(, $k:ident = $v:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($k), $v); )*
        $crate::i18n::fmt($id, &args)
    }};
}

/// Declares a word of the program: `texts!(caveats, "caveats");` makes
/// `pub fn caveats() -> &'static str`, the message in the thread's language.
#[macro_export]
macro_rules! texts {
    ($name:ident, $id:literal) => {
        pub fn $name() -> &'static str {
            $crate::i18n::t($id)
        }
    };
}

//! One Fluent bundle per language, built on first use. Messages without
//! arguments are formatted once and kept for the life of the program, so
//! the views can hold them as `&'static str` like the constants they were.

use std::collections::{BTreeSet, HashMap};
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{current, pseudo, Lang, SHIPPED};

struct Catalog {
    bundle: FluentBundle<FluentResource>,
    /// Every message without arguments, formatted.
    plain: HashMap<String, &'static str>,
}

/// A slot per shipped language, and the last for the pseudo-language.
static CATALOGS: LazyLock<Vec<OnceLock<Catalog>>> =
    LazyLock::new(|| (0..=SHIPPED.len()).map(|_| OnceLock::new()).collect());

/// The message file a language is made from.
fn source(lang: Lang) -> (&'static str, &'static str) {
    match (lang.shipped(), SHIPPED.first()) {
        (Some(s), _) => (s.code, s.ftl),
        (None, Some(en)) => (en.code, en.ftl),
        (None, None) => ("en", ""),
    }
}

fn slot(lang: Lang) -> usize {
    lang.0.min(SHIPPED.len())
}

fn catalog(lang: Lang) -> Option<&'static Catalog> {
    let cell = CATALOGS.get(slot(lang))?;
    Some(cell.get_or_init(|| build(lang)))
}

fn resource(text: &str) -> FluentResource {
    // A shipped file with a syntax error keeps its good messages; the
    // message-file tests fail on any error, so none ships.
    FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res)
}

fn build(lang: Lang) -> Catalog {
    let (code, text) = source(lang);
    let res = resource(text);
    let ids: Vec<String> = message_ids(&res);
    let locale = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // No Unicode isolation marks: a terminal would show them as gaps.
    bundle.set_use_isolating(false);
    if lang == Lang::PSEUDO {
        bundle.set_transform(Some(pseudo::transform));
    }
    // Duplicate ids keep the first; the tests refuse them.
    let _ = bundle.add_resource(res);
    let mut plain = HashMap::new();
    for id in ids {
        let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            // Leaked once per language: the program's own words, a few KB.
            let kept: &'static str = Box::leak(text.into_owned().into_boxed_str());
            plain.insert(id, kept);
        }
    }
    Catalog { bundle, plain }
}

fn message_ids(res: &FluentResource) -> Vec<String> {
    res.entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// A message without arguments in `lang`; English when the language lacks
/// it (the tests make sure none does), the id when English lacks it too.
pub fn in_lang(lang: Lang, id: &'static str) -> &'static str {
    let found = |l: Lang| catalog(l).and_then(|c| c.plain.get(id).copied());
    found(lang).or_else(|| found(Lang::ENGLISH)).unwrap_or(id)
}

/// A message without arguments in the thread's language.
pub fn t(id: &'static str) -> &'static str {
    in_lang(current(), id)
}

/// A message with arguments in the thread's language (see `tr!`).
pub fn fmt(id: &str, args: &FluentArgs) -> String {
    for lang in [current(), Lang::ENGLISH] {
        let Some(c) = catalog(lang) else { continue };
        if let Some(pattern) = c.bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return c
                .bundle
                .format_pattern(pattern, Some(args), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// A language's message file as shipped (English for the pseudo-language).
pub fn source_text(lang: Lang) -> &'static str {
    source(lang).1
}

/// Every message id of a language's file, in file order (for the tests).
pub fn ids(lang: Lang) -> Vec<String> {
    message_ids(&resource(source(lang).1))
}

/// The variables a message uses (`$n`, `$total`), or None when the
/// language's file has no such message.
pub fn message_args(lang: Lang, id: &str) -> Option<BTreeSet<String>> {
    let res = resource(source(lang).1);
    let found = res.entries().find_map(|e| match e {
        Entry::Message(m) if m.id.name == id => Some(m),
        _ => None,
    })?;
    let mut vars = BTreeSet::new();
    if let Some(p) = &found.value {
        pattern_vars(p, &mut vars);
    }
    Some(vars)
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        _ => {}
    }
}

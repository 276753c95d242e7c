//! A person's answers and the interview's logic: which questions are
//! shown, which answers count, and reading an answers file.

mod answers;
pub mod file;
pub mod visibility;

pub use answers::Answers;

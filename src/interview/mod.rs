//! A person's answers and the interview's logic: which questions are
//! shown, which answers count, and reading an answers file.

mod answers;
pub mod file;
pub mod flow;
pub mod visibility;

pub use answers::Answers;
pub use flow::{BackTo, Blocked, Flow, Step};

//! What each subcommand does. Each returns the process exit status.

mod audit;
mod cases;
mod check;
mod diff;
pub mod fhir;
mod kiosk;
mod language;
mod plain;
mod report;
mod rules;
mod summaries;
mod translation;

pub use audit::audit;
pub use cases::cases;
pub use check::check;
pub use diff::diff;
pub use kiosk::kiosk;
pub use language::{language, shipped_list};
pub use plain::plain;
pub use report::report;
pub use rules::rules;
pub use summaries::summaries;
pub use translation::{parse_lang, translation};

pub(crate) use crate::dataset::open::{check_and_print, plural};
pub use crate::dataset::open::{dataset_name, load_dataset, load_or_report, source_map};
pub use crate::output::{no_color, today, write_stdout};

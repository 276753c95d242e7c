//! Guards and `scarguide audit`: the validation of guards (validate.rs).

mod validate;

pub const FIXTURE: &str = include_str!("../fixtures/audit.ron");

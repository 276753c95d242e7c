//! The desk: what staff do with the summaries patients send from the
//! kiosk — list them, find one by its code, read it, print it, mark it
//! collected, delete it, and purge old ones. No terminal here; the
//! `summaries` command and the kiosk's Summaries screen call it.

pub mod code;
pub mod folder;
pub mod pages;
pub mod plain;
pub mod postscript;
pub mod print;

pub use folder::{Folder, Summary};

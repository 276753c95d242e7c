//! scarguide: a terminal consultation companion about treatments for acne
//! scars. Data flows one way: dataset → interview → advice → views.

pub mod advice;
pub mod audit;
pub mod cases;
pub mod cli;
pub mod commands;
pub mod dataset;
pub mod desk;
pub mod diff;
pub mod fhir;
pub mod i18n;
pub mod interview;
pub mod kiosk;
pub mod output;
pub mod plain;
pub mod report;
pub mod rules_doc;
pub mod say;
pub mod tui;
pub mod words;

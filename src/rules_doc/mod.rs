//! `scarguide rules`: the whole dataset as a review document that
//! clinicians read and sign, generated from the file so it cannot drift
//! from what the program does. Conditions and demands are put into words
//! by [`words`], shared with other tools.

pub mod words;

//! Interviews coming in from an applicant tracking system (ATS).

pub mod greenhouse;

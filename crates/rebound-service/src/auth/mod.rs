//! Identity: roles and scopes, JWT issuing and verification, password hashing, and the [`Principal`] a verified token
//! stands for (the HTTP layer's bearer extractor builds it from the token alone, with no database hit).

pub mod jwt;
pub mod oauth;
pub mod password;
pub mod principal;
pub mod revocations;
pub mod sealing;
pub mod secrets;
pub(crate) mod sign_in_throttle;

pub use jwt::TokenKeys;
pub use principal::{Principal, Subject};

pub use rebound_domain::access::{ClientType, Role, Scope};

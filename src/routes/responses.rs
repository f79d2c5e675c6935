//! Problem responses many handlers answer alike, declared once: a handler names them in its
//! `#[utoipa::path(responses(...))]` beside its own tuples, as in `responses((status = 200, …), NotVisible)`.
//!
//! Each holds one status, so two of them never compete for the same one (utoipa would silently keep the later).
//! What follows from an operation's shape alone is not here but added by rule to every operation it applies to
//! (`openapi::common_responses`): 401 and the 403 of a missing scope wherever a token is required, 400 for a path
//! id that is not a UUID, 413/415 wherever a body is accepted, 429, 500 and 503.
//!
//! These types are never built: they only describe responses, which the handlers send as [`ApiError`]s.
//!
//! [`ApiError`]: crate::error::ApiError

// Never built (see above), so their `Problem` is never read.
#![allow(dead_code)]

use utoipa::IntoResponses;

use crate::error::Problem;

/// 400 from a list: a paging or filter parameter is invalid, or unknown.
#[derive(IntoResponses)]
#[response(
    status = 400,
    description = "Invalid `limit`, `cursor`, filter or id, or a query parameter the list does not know; `errors[]` \
                   names it",
    content_type = "application/problem+json"
)]
pub struct InvalidPage(Problem);

/// 400 from an operation that takes a body: a field (or the path's id) is missing or malformed.
#[derive(IntoResponses)]
#[response(
    status = 400,
    description = "Invalid fields or id; `errors[]` names each",
    content_type = "application/problem+json"
)]
pub struct InvalidFields(Problem);

/// 404 from an operation on a resource by id: no such resource, or one the caller may not see. An id from another
/// workspace (or, to a candidate user, someone else's) is answered exactly like one that does not exist.
#[derive(IntoResponses)]
#[response(
    status = 404,
    description = "No such resource visible to you: it does not exist, or belongs to another workspace (or, to a \
                   candidate user, to another candidate)",
    content_type = "application/problem+json"
)]
pub struct NotVisible(Problem);

/// 412 from an operation that takes `If-Match` (`routes::conditional`): the resource changed since the caller read it.
#[derive(IntoResponses)]
#[response(
    status = 412,
    description = "If-Match names an old version",
    content_type = "application/problem+json"
)]
pub struct StaleVersion(Problem);

//! Keyset pagination shared by every list endpoint: `?limit=&cursor=` in, a [`Page`] (`{data, next_cursor}`) out.
//! A list handler validates its parameters ([`PageParams::validate`]), asks the service for
//! [`PageRequest::fetch_limit`] items after [`PageRequest::after`], and answers [`PageRequest::respond`]; a plain
//! list of a workspace's resources, newest first and without filters, takes a [`Listing`] and is one call to
//! [`Listing::newest_first`].
//! Cursors are opaque to clients (base64url of a small JSON key), so their content can change without breaking them.
//! Each is bound to the list and workspace it came from: another list's or another workspace's cursor is a 400,
//! not a page of something else.

use std::future::Future;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use base64::Engine;
use futures_util::future::LocalBoxFuture;
use rebound_domain::ids::WorkspaceId;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::IntoParams;

use crate::bearer::Authenticated;
use crate::error::{ApiError, ServiceError};
use crate::extract::Query;
use crate::state::AppState;
use rebound_service::auth::Scope;
use rebound_service::{ChangePosition, Database, NewestFirst, SyncFrom};
use rebound_views::Page;
use uuid::Uuid;

pub const DEFAULT_LIMIT: u32 = 20;
pub const MAX_LIMIT: u32 = 100;

/// Paging parameters of every list endpoint.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct PageParams {
    /// Items per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100, example = 20)]
    pub limit: Option<u32>,
    /// `next_cursor` from the previous page; omit for the first page.
    pub cursor: Option<String>,
}

/// Validated paging parameters with the decoded cursor key.
#[derive(Debug, Clone)]
pub struct PageRequest<K> {
    pub limit: u32,
    pub after: Option<K>,
    /// Which list (and whose) the cursors of this page belong to.
    binding: String,
}

/// A cursor as encoded: the list binding and the key of the last row of the previous page.
#[derive(Serialize, Deserialize)]
struct Cursor<K> {
    #[serde(rename = "l")]
    list: String,
    #[serde(rename = "k")]
    key: K,
}

/// A short fingerprint of the list a cursor belongs to (the list's name and the caller's workspace, plus any parent
/// id): enough to tell lists apart, and nothing a client can read anything from.
fn binding(list: &str, workspace_id: WorkspaceId) -> String {
    let digest =
        rebound_service::auth::secrets::credential_hash(&format!("{list}\n{workspace_id}"));
    digest.chars().take(16).collect()
}

impl<K: Serialize> PageRequest<K> {
    /// Rows to fetch: one more than the page, to learn whether another page follows.
    pub fn fetch_limit(&self) -> i64 {
        i64::from(self.limit) + 1
    }

    /// 200 with the page of `items` (fetched with [`PageRequest::fetch_limit`]); `key_of` gives an item's place in
    /// the list's order, the key of the next page's cursor.
    pub fn respond<T: Serialize>(&self, items: Vec<T>, key_of: impl Fn(&T) -> K) -> HttpResponse {
        HttpResponse::Ok().json(self.page(items, key_of))
    }

    /// The page of `items`: the extra item trimmed, and the cursor of the next page when there is one.
    pub fn page<T>(&self, mut items: Vec<T>, key_of: impl Fn(&T) -> K) -> Page<T> {
        let next_cursor = self.finish(&mut items, key_of);
        Page {
            data: items,
            next_cursor,
            changes_cursor: None,
        }
    }

    /// Trims the extra row fetched by [`PageRequest::fetch_limit`] and returns the cursor for the next page, bound
    /// to this list.
    fn finish<T>(&self, rows: &mut Vec<T>, key_of: impl Fn(&T) -> K) -> Option<String> {
        if rows.len() <= self.limit as usize {
            return None;
        }
        rows.truncate(self.limit as usize);
        rows.last().map(|last| {
            encode_cursor(&Cursor {
                list: self.binding.clone(),
                key: key_of(last),
            })
        })
    }
}

impl PageParams {
    /// Checks the limit and decodes the cursor, which must have been issued for the list `list` (e.g.
    /// `"interviews"`, or `"recovery-plans/<interview id>"`) of `workspace_id`.
    pub fn validate<K: DeserializeOwned>(
        &self,
        list: &str,
        workspace_id: WorkspaceId,
    ) -> Result<PageRequest<K>, ApiError> {
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::invalid(
                "limit",
                format!("must be between 1 and {MAX_LIMIT}"),
            ));
        }
        let binding = binding(list, workspace_id);
        let after = match self.cursor.as_deref() {
            None | Some("") => None,
            Some(cursor) => {
                let cursor: Cursor<K> = decode_cursor(cursor)?;
                if cursor.list != binding {
                    return Err(ApiError::invalid(
                        "cursor",
                        "belongs to another list; use next_cursor from a previous page of this one",
                    ));
                }
                Some(cursor.key)
            }
        };
        Ok(PageRequest {
            limit,
            after,
            binding,
        })
    }
}

/// The cursor key of a sync list: the change position of the last row given, and the time filter the sync
/// started with (`updated_after`, `created_after`), so that `changes_after` alone carries on where it left.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct SyncKey {
    #[serde(rename = "x")]
    xid: i64,
    #[serde(rename = "s")]
    seq: i64,
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    since: Option<chrono::DateTime<chrono::Utc>>,
}

/// A validated page request of a sync list: where it starts, and how to answer it.
#[derive(Debug, Clone)]
pub struct SyncRequest {
    page: PageRequest<SyncKey>,
    pub from: SyncFrom,
}

impl PageParams {
    /// Checks the limit and the position to continue from: `cursor` (a `next_cursor`) or `changes_after` (a
    /// `changes_cursor`; empty for the first change), which must belong to the sync list `list` of `workspace_id`.
    /// Without either, the list starts at `since` (the list's `_after` filter, inclusive); with one, at the time
    /// the position carries.
    pub fn validate_sync(
        self,
        changes_after: Option<String>,
        since: Option<chrono::DateTime<chrono::Utc>>,
        list: &str,
        workspace_id: WorkspaceId,
    ) -> Result<SyncRequest, ApiError> {
        // An empty `cursor` is the first page, as on every list: it names no position, so it cannot conflict.
        let cursor = self.cursor.filter(|cursor| !cursor.is_empty());
        let changes_after_given = changes_after.clone();
        let cursor = match (cursor, changes_after) {
            (Some(_), Some(_)) => {
                return Err(ApiError::invalid(
                    "changes_after",
                    "pass either cursor or changes_after, not both",
                ))
            }
            (cursor, changes_after) => cursor.or(changes_after),
        };
        let from_changes_after = cursor.is_some() && cursor == changes_after_given;
        let page = PageParams {
            limit: self.limit,
            cursor,
        }
        .validate::<SyncKey>(list, workspace_id)
        .map_err(|error| {
            // The position came from `changes_after`: name it, not `cursor`.
            match error {
                ApiError::Service(ServiceError::Validation(mut errors)) if from_changes_after => {
                    for error in &mut errors {
                        if error.field == "cursor" {
                            error.field = "changes_after".into();
                        }
                    }
                    ApiError::Service(ServiceError::Validation(errors))
                }
                other => other,
            }
        })?;
        let from = match page.after {
            Some(key) => SyncFrom {
                since: key.since,
                after: Some((key.xid, key.seq)),
            },
            None => SyncFrom { since, after: None },
        };
        Ok(SyncRequest { page, from })
    }
}

impl SyncRequest {
    /// Rows to fetch: one more than the page, to learn whether another page follows.
    pub fn fetch_limit(&self) -> i64 {
        self.page.fetch_limit()
    }

    /// 200 with the page of `items` (fetched with [`SyncRequest::fetch_limit`], each with its change position) and
    /// its `changes_cursor`: the last item's position, or where the request started when there was none.
    pub fn respond<T: Serialize>(&self, items: Vec<(T, ChangePosition)>) -> HttpResponse {
        let since = self.from.since;
        let key = |(xid, seq): ChangePosition| SyncKey { xid, seq, since };
        let page = self.page.page(items, |(_, position)| key(*position));
        let end = page
            .data
            .last()
            .map(|(_, position)| *position)
            .or(self.from.after)
            .unwrap_or((0, 0));
        let changes_cursor = encode_cursor(&Cursor {
            list: self.page.binding.clone(),
            key: key(end),
        });
        HttpResponse::Ok().json(Page {
            data: page.data.into_iter().map(|(item, _)| item).collect(),
            next_cursor: page.next_cursor,
            changes_cursor: Some(changes_cursor),
        })
    }
}

/// What a plain list endpoint takes (the application, the caller and `?limit=&cursor=`), so that its handler is one
/// call to [`Listing::newest_first`].
pub struct Listing {
    state: web::Data<AppState>,
    principal: Authenticated,
    params: PageParams,
}

impl FromRequest for Listing {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        // In the order a handler taking them one by one would extract them, so the same error comes first.
        let parts =
            <(web::Data<AppState>, Authenticated, Query<PageParams>)>::from_request(req, payload);
        Box::pin(async move {
            let (state, principal, params) = parts.await?;
            Ok(Listing {
                state,
                principal,
                params: params.into_inner(),
            })
        })
    }
}

impl Listing {
    /// The whole of a plain list endpoint: checks that the caller holds `scope`, validates the page asked for of
    /// the list `list` (the name its cursors are bound to), fetches it from the caller's workspace with `fetch` and
    /// answers it; `id_of` gives an item's id, its place in the list.
    pub async fn newest_first<'a, T, Fut>(
        &'a self,
        scope: Scope,
        list: &str,
        fetch: impl FnOnce(&'a Database, NewestFirst) -> Fut,
        id_of: impl Fn(&T) -> Uuid,
    ) -> Result<HttpResponse, ApiError>
    where
        T: Serialize,
        Fut: Future<Output = Result<Vec<T>, ServiceError>> + 'a,
    {
        self.principal.require_scope(scope)?;
        let workspace_id = self.principal.workspace_id;
        let page = self.params.validate::<Uuid>(list, workspace_id)?;
        let window = NewestFirst {
            workspace_id,
            after: page.after,
            limit: page.fetch_limit(),
            now: self.state.clock.now(),
        };
        let items = fetch(&self.state.db, window).await?;
        Ok(page.respond(items, id_of))
    }
}

fn decode_cursor<K: DeserializeOwned>(cursor: &str) -> Result<K, ApiError> {
    let invalid = || {
        ApiError::invalid(
            "cursor",
            "is not a cursor this API issued; use next_cursor from a previous page",
        )
    };
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .map_err(|_| invalid())?;
    serde_json::from_slice(&bytes).map_err(|_| invalid())
}

fn encode_cursor<K: Serialize>(key: &K) -> String {
    let json = serde_json::to_vec(key).unwrap_or_default();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ServiceError;
    use uuid::Uuid;

    fn page(limit: Option<u32>, cursor: Option<String>) -> PageParams {
        PageParams { limit, cursor }
    }

    #[test]
    fn a_cursor_round_trips_and_garbage_is_a_400_on_cursor() {
        let workspace = WorkspaceId::new_v7();
        let id = Uuid::now_v7();
        let first = page(Some(2), None)
            .validate::<Uuid>("users", workspace)
            .unwrap();
        let mut rows = vec![1, 2, 3];
        let next = first.finish(&mut rows, |_| id).unwrap();
        assert_eq!(rows, vec![1, 2]);
        let second = page(Some(2), Some(next)).validate::<Uuid>("users", workspace);
        assert_eq!(second.unwrap().after, Some(id));
        match page(None, Some("not-a-cursor!".into()))
            .validate::<Uuid>("users", workspace)
            .unwrap_err()
        {
            ApiError::Service(ServiceError::Validation(errors)) => {
                assert_eq!(errors[0].field, "cursor")
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_cursor_from_another_list_or_workspace_is_a_400() {
        let (mine, theirs) = (WorkspaceId::new_v7(), WorkspaceId::new_v7());
        let first = page(Some(1), None).validate::<Uuid>("users", mine).unwrap();
        let next = first.finish(&mut vec![1, 2], |_| Uuid::now_v7()).unwrap();
        for (list, workspace) in [("candidates", mine), ("users", theirs)] {
            let refused = page(None, Some(next.clone())).validate::<Uuid>(list, workspace);
            assert!(
                matches!(refused, Err(ApiError::Service(ServiceError::Validation(_)))),
                "{list}"
            );
        }
    }

    #[test]
    fn the_last_page_has_no_cursor_and_limits_are_bounded() {
        let workspace = WorkspaceId::new_v7();
        let request = PageParams::default()
            .validate::<Uuid>("users", workspace)
            .unwrap();
        assert_eq!(request.limit, DEFAULT_LIMIT);
        assert!(request
            .finish(&mut vec![1, 2], |_| workspace.as_uuid())
            .is_none());
        for limit in [0, 101] {
            assert!(page(Some(limit), None)
                .validate::<Uuid>("users", workspace)
                .is_err());
        }
    }
}

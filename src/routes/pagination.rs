//! Keyset pagination shared by every list endpoint: `?limit=&cursor=` in, `{data, next_cursor}` out.
//! Cursors are opaque to clients (base64url of a small JSON key), so their content can change without breaking them.

use base64::Engine;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::IntoParams;

use crate::error::ApiError;

pub const DEFAULT_LIMIT: u32 = 20;
pub const MAX_LIMIT: u32 = 100;

/// Paging parameters of every list endpoint.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Items per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100, example = 20)]
    pub limit: Option<u32>,
    /// `next_cursor` from the previous page; omit for the first page.
    pub cursor: Option<String>,
}

/// Validated paging parameters with the decoded cursor key.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest<K> {
    pub limit: u32,
    pub after: Option<K>,
}

impl<K> PageRequest<K> {
    /// Rows to fetch: one more than the page, to learn whether another page follows.
    pub fn fetch_limit(&self) -> i64 {
        i64::from(self.limit) + 1
    }
}

impl PageParams {
    pub fn validate<K: DeserializeOwned>(&self) -> Result<PageRequest<K>, ApiError> {
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::invalid(
                "limit",
                format!("must be between 1 and {MAX_LIMIT}"),
            ));
        }
        let after = match self.cursor.as_deref() {
            None | Some("") => None,
            Some(cursor) => Some(decode_cursor(cursor)?),
        };
        Ok(PageRequest { limit, after })
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

/// Trims the extra row fetched by [`PageRequest::fetch_limit`] and returns the cursor for the next page.
pub fn finish_page<T, K: Serialize>(
    rows: &mut Vec<T>,
    limit: u32,
    key_of: impl Fn(&T) -> K,
) -> Option<String> {
    if rows.len() <= limit as usize {
        return None;
    }
    rows.truncate(limit as usize);
    rows.last().map(|last| encode_cursor(&key_of(last)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn a_cursor_round_trips_and_garbage_is_a_400_on_cursor() {
        let id = Uuid::now_v7();
        let mut rows = vec![1, 2, 3];
        let next = finish_page(&mut rows, 2, |_| id).unwrap();
        assert_eq!(rows, vec![1, 2]);
        let params = PageParams {
            limit: Some(2),
            cursor: Some(next),
        };
        assert_eq!(params.validate::<Uuid>().unwrap().after, Some(id));
        let bad = PageParams {
            limit: None,
            cursor: Some("not-a-cursor!".into()),
        };
        match bad.validate::<Uuid>().unwrap_err() {
            ApiError::Validation(errors) => assert_eq!(errors[0].field, "cursor"),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn the_last_page_has_no_cursor_and_limits_are_bounded() {
        let mut rows = vec![1, 2];
        assert!(finish_page(&mut rows, 2, |r| *r).is_none());
        assert!(PageParams {
            limit: Some(0),
            cursor: None
        }
        .validate::<Uuid>()
        .is_err());
        assert!(PageParams {
            limit: Some(101),
            cursor: None
        }
        .validate::<Uuid>()
        .is_err());
        assert_eq!(
            PageParams::default().validate::<Uuid>().unwrap().limit,
            DEFAULT_LIMIT
        );
    }
}

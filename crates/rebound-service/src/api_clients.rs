//! Integration clients: registering one with its credentials, listing, reading and revoking.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use rebound_domain::ids::{ApiClientId, UserId, WorkspaceId};
use rebound_domain::versions::ApiVersion;

use super::{in_transaction, Database};
use crate::auth::oauth::{redirect_uri_problem, MAX_REDIRECT_URIS};
use crate::auth::secrets::{credential_hash, random_credential};
use crate::auth::{ClientType, Scope};
use crate::error::ServiceError;
use crate::validation::Validator;
use crate::view;
use crate::NewestFirst;
use rebound_db::models::api_client::{self, NewApiClient};
use rebound_db::models::refresh_token;
use rebound_db::models::revocation::{self, RevocationKind};
use rebound_domain::bounded::{redirect_uri_has_shape, ClientName};
use rebound_views::api_clients::{
    ApiClientResponse, CreatedApiClientResponse, RotatedApiClientResponse,
};

/// A client to register, as sent.
#[derive(Debug, Clone)]
pub struct ClientInput {
    pub name: String,
    pub scopes: Vec<Scope>,
    pub client_type: ClientType,
    /// Where users signing in through `/oauth/authorize` may be sent back to (public clients only).
    pub redirect_uris: Vec<String>,
    /// The API version to pin the client to (a date); the current one when `None`.
    pub api_version: Option<String>,
}

/// How client secrets begin.
const CLIENT_SECRET_PREFIX: &str = "rbs_";

/// How long a rotated-out secret keeps working when the rotation names no grace period.
pub const DEFAULT_ROTATION_GRACE: std::time::Duration =
    std::time::Duration::from_secs(24 * 60 * 60);

/// The longest grace period a rotation may give the old secret.
pub const MAX_ROTATION_GRACE: std::time::Duration =
    std::time::Duration::from_secs(7 * 24 * 60 * 60);

/// The scopes a client may be given, sorted and without repeats; records a field error when there are none or they
/// include `admin`.
fn client_scopes(v: &mut Validator, mut scopes: Vec<Scope>) -> Vec<Scope> {
    v.check(!scopes.is_empty(), "scopes", "must name at least one scope");
    // Managing users and clients stays with people: a leaked integration secret must not be able to take over
    // the workspace (remove people, mint more clients).
    v.check(
        !scopes.contains(&Scope::Admin),
        "scopes",
        "`admin` is reserved for workspace owners and cannot be given to an integration client",
    );
    scopes.sort();
    scopes.dedup();
    scopes
}

/// The redirect URIs a client may register, without repeats; records a field error for each bad one, when a
/// public client has none, and when a confidential client has any (it gets tokens with its secret, never through
/// the sign-in page). A URI outside the documented pattern is a 400; the rest (a URI of that shape that is not
/// usable, and the rules across `type` and `redirect_uris`, which the schema does not state) a 422.
fn client_redirect_uris(
    v: &mut Validator,
    client_type: ClientType,
    uris: Vec<String>,
) -> Vec<String> {
    match client_type {
        ClientType::Public => v.check_semantic(
            !uris.is_empty(),
            "redirect_uris",
            "a public client needs at least one redirect URI to send users back to after they sign in",
        ),
        ClientType::Confidential => v.check_semantic(
            uris.is_empty(),
            "redirect_uris",
            "only public clients sign users in through /oauth/authorize; leave it out for a confidential client",
        ),
    }
    v.check(
        uris.len() <= MAX_REDIRECT_URIS,
        "redirect_uris",
        "must list at most 10 redirect URIs",
    );
    for (index, uri) in uris.iter().enumerate() {
        if let Some(problem) = redirect_uri_problem(uri) {
            let field = format!("redirect_uris[{index}]");
            if redirect_uri_has_shape(uri) {
                v.check_semantic(false, &field, problem);
            } else {
                v.check(false, &field, problem);
            }
        }
    }
    let mut unique = Vec::with_capacity(uris.len());
    for uri in uris {
        if !unique.contains(&uri) {
            unique.push(uri);
        }
    }
    unique
}

/// Registers a client of the workspace with a new client id and, for a confidential client, a secret: only its hash
/// is stored, so the answer is the one time it exists in plain form. `created_by` is the registering user; the
/// client is shown as of `now`.
pub async fn register(
    db: &Database,
    workspace_id: WorkspaceId,
    created_by: Option<UserId>,
    input: ClientInput,
    now: DateTime<Utc>,
) -> Result<CreatedApiClientResponse, ServiceError> {
    let mut v = Validator::new();
    let name = v.text::<ClientName>("name", &input.name);
    let scopes = client_scopes(&mut v, input.scopes);
    let client_type = input.client_type;
    let redirect_uris = client_redirect_uris(&mut v, client_type, input.redirect_uris);
    let api_version = match input.api_version.as_deref() {
        Some(date) => v.api_version("api_version", date),
        None => ApiVersion::CURRENT,
    };
    v.finish()?;

    let client_id = random_credential("rbc_");
    let client_secret =
        (client_type == ClientType::Confidential).then(|| random_credential(CLIENT_SECRET_PREFIX));
    let secret_hash = client_secret.as_deref().map(credential_hash);
    let client = db
        .write(move |conn| {
            crate::autocommitted(conn, |conn| {
                Ok(api_client::insert(
                    conn,
                    &NewApiClient {
                        id: ApiClientId::new_v7(),
                        workspace_id,
                        name: &name,
                        client_id: &client_id,
                        secret_hash: secret_hash.as_deref(),
                        scopes: scopes.iter().map(|s| s.as_str().to_string()).collect(),
                        created_by,
                        client_type: client_type.as_str(),
                        redirect_uris,
                        api_version: api_version.as_str(),
                    },
                )?)
            })
        })
        .await?;
    Ok(CreatedApiClientResponse {
        client: view::api_client(client, now),
        client_secret,
    })
}

/// Pins a live client of the workspace to the API version `date` names; 404 for any other id.
pub async fn set_api_version(
    db: &Database,
    workspace_id: WorkspaceId,
    id: ApiClientId,
    date: &str,
    now: DateTime<Utc>,
) -> Result<ApiClientResponse, ServiceError> {
    let mut v = Validator::new();
    let version = v.api_version("api_version", date);
    v.finish()?;
    db.write(move |conn| {
        crate::autocommitted(conn, |conn| {
            api_client::set_api_version(conn, workspace_id, id, version.as_str())?
                .map(|row| view::api_client(row, now))
                .ok_or(ServiceError::NotFound("API client"))
        })
    })
    .await
}

/// A page of the workspace's clients not revoked, newest first, as of `now`.
pub async fn list(
    db: &Database,
    page: NewestFirst,
) -> Result<Vec<ApiClientResponse>, ServiceError> {
    let now = page.now;
    let view = move |row| view::api_client(row, now);
    page.read(db, api_client::list_in_workspace, view).await
}

/// A client of the workspace not revoked, as of `now`, or 404.
pub async fn get(
    db: &Database,
    workspace_id: WorkspaceId,
    id: ApiClientId,
    now: DateTime<Utc>,
) -> Result<ApiClientResponse, ServiceError> {
    db.run(move |conn| {
        api_client::find_active_in_workspace(conn, workspace_id, id)?
            .map(|row| view::api_client(row, now))
            .ok_or(ServiceError::NotFound("API client"))
    })
    .await
}

/// Revokes a client of the workspace and returns it as revoked (as of `now`); 404 when there is none or it is
/// revoked already (from then on it is gone from the API; the row stays for audit).
pub async fn revoke(
    db: &Database,
    workspace_id: WorkspaceId,
    id: ApiClientId,
    now: DateTime<Utc>,
) -> Result<ApiClientResponse, ServiceError> {
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let client = api_client::revoke_in_workspace(conn, workspace_id, id)?
                .ok_or(ServiceError::NotFound("API client"))?;
            // Its access tokens stop working on every replica within seconds, not when they expire; so do the
            // sign-ins made through it (their refresh tokens at once). Its unused codes are refused at exchange.
            revocation::record(conn, workspace_id, RevocationKind::Subject, id.into())?;
            for session in refresh_token::revoke_all_of_client(conn, id)? {
                revocation::record(conn, workspace_id, RevocationKind::Session, session.into())?;
            }
            Ok(view::api_client(client, now))
        })
    })
    .await
}

/// Whether the client presenting `client_id` may refresh a sign-in made through `owner`: a sign-in made through a
/// client is refreshed only by that client (RFC 6749 §6), and only while it is not revoked. A sign-in made without
/// a client (`owner` is `None`) ignores `client_id`.
pub(crate) fn may_refresh(
    conn: &mut PgConnection,
    owner: Option<ApiClientId>,
    client_id: Option<&str>,
) -> Result<bool, ServiceError> {
    let Some(owner) = owner else {
        return Ok(true);
    };
    let presented = match client_id {
        Some(id) => api_client::find_by_client_id(conn, id)?,
        None => None,
    };
    Ok(presented.is_some_and(|c| c.id == owner && c.revoked_at.is_none()))
}

/// Gives a client of the workspace a new secret. The previous one keeps working for `grace` (0 to cut it off at once,
/// say after a leak; at most [`MAX_ROTATION_GRACE`]), so the integration can switch over without downtime; a
/// secret older than that stops at once. Access tokens already issued are untouched. A revoked client, like
/// another workspace's, is a 404 (one revoked during the rotation a 409).
pub async fn rotate_secret(
    db: &Database,
    workspace_id: WorkspaceId,
    id: ApiClientId,
    grace: std::time::Duration,
    now: DateTime<Utc>,
) -> Result<RotatedApiClientResponse, ServiceError> {
    if grace > MAX_ROTATION_GRACE {
        return Err(ServiceError::invalid(
            "grace_period_seconds",
            format!("must be at most {}", MAX_ROTATION_GRACE.as_secs()),
        ));
    }
    let grace = chrono::Duration::from_std(grace).map_err(ServiceError::internal)?;
    let client_secret = random_credential(CLIENT_SECRET_PREFIX);
    let secret_hash = credential_hash(&client_secret);
    let client = db
        .write(move |conn| {
            in_transaction(conn, |conn| {
                let client = api_client::find_active_in_workspace(conn, workspace_id, id)?
                    .ok_or(ServiceError::NotFound("API client"))?;
                if client.client_type == ClientType::Public {
                    return Err(ServiceError::Conflict {
                        code: "public_client",
                        detail: "A public client has no secret to rotate.".into(),
                    });
                }
                // Only a client still in use rotates; one revoked meanwhile is refused just the same.
                api_client::rotate_secret(conn, workspace_id, id, &secret_hash, now + grace)?
                    .ok_or_else(|| ServiceError::Conflict {
                        code: "client_revoked",
                        detail: "A revoked client cannot get a new secret; register a new client."
                            .into(),
                    })
            })
        })
        .await?;
    Ok(RotatedApiClientResponse {
        client: view::api_client(client, now),
        client_secret,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(scopes: Vec<Scope>) -> (Vec<Scope>, Result<(), ServiceError>) {
        let mut v = Validator::new();
        let scopes = client_scopes(&mut v, scopes);
        (scopes, v.finish())
    }

    #[test]
    fn client_scopes_are_sorted_and_deduplicated() {
        let (scopes, result) = checked(vec![
            Scope::PlansWrite,
            Scope::InterviewsRead,
            Scope::PlansWrite,
        ]);
        assert!(result.is_ok());
        assert_eq!(scopes, vec![Scope::InterviewsRead, Scope::PlansWrite]);
    }

    fn checked_uris(client_type: ClientType, uris: &[&str]) -> Result<Vec<String>, ServiceError> {
        let mut v = Validator::new();
        let uris = client_redirect_uris(
            &mut v,
            client_type,
            uris.iter().map(|u| u.to_string()).collect(),
        );
        v.finish().map(|()| uris)
    }

    fn fields(result: Result<Vec<String>, ServiceError>) -> Vec<String> {
        match result {
            Err(ServiceError::Validation(errors) | ServiceError::Unprocessable(errors)) => {
                errors.into_iter().map(|e| e.field).collect()
            }
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn public_clients_need_redirect_uris_and_confidential_ones_have_none() {
        assert_eq!(
            checked_uris(
                ClientType::Public,
                &["https://p.example/cb", "https://p.example/cb"]
            )
            .unwrap(),
            vec!["https://p.example/cb"]
        );
        assert_eq!(
            fields(checked_uris(ClientType::Public, &[])),
            ["redirect_uris"]
        );
        assert_eq!(
            fields(checked_uris(
                ClientType::Confidential,
                &["https://p.example/cb"]
            )),
            ["redirect_uris"]
        );
        assert!(checked_uris(ClientType::Confidential, &[])
            .unwrap()
            .is_empty());
        assert_eq!(
            fields(checked_uris(
                ClientType::Public,
                &["https://p.example/cb", "http://p.example/cb"]
            )),
            ["redirect_uris[1]"]
        );
        let eleven: Vec<String> = (0..11).map(|i| format!("https://p.example/{i}")).collect();
        let eleven: Vec<&str> = eleven.iter().map(String::as_str).collect();
        assert_eq!(
            fields(checked_uris(ClientType::Public, &eleven)),
            ["redirect_uris"]
        );
    }

    #[test]
    fn admin_is_never_given_to_a_client_and_some_scope_is_needed() {
        assert!(checked(vec![Scope::InterviewsRead, Scope::Admin])
            .1
            .is_err());
        assert!(checked(vec![Scope::Admin]).1.is_err());
        assert!(checked(Vec::new()).1.is_err());
    }
}

//! Accounts: signing up a workspace with its owner, and the owner's management of the workspace's users.
//!
//! Passwords are hashed with [`password::hash_bounded`] before any database work starts, so argon2 never runs while
//! a connection is checked out, and no more hashes run at once than its semaphore allows.

use diesel::PgConnection;
use rebound_domain::ids::{UserId, WorkspaceId};
use std::net::IpAddr;

use super::{check_version, in_transaction, on_unique_violation, Database};
use crate::auth::secrets::{random_credential, throttle_key_hash};
use crate::auth::sign_in_throttle::SignInThrottle;
use crate::auth::{password, Role};
use crate::error::ServiceError;
use crate::validation::Validator;
use crate::view;
use crate::NewestFirst;
use rebound_config::LoginThrottleSettings;
use rebound_db::models::revocation::RevocationKind;
use rebound_db::models::user::{self, NewUser, UserChanges, UserRow};
use rebound_db::models::workspace::{self, WorkspaceRow};
use rebound_db::models::{login_throttle, refresh_token, revocation};
use rebound_domain::bounded::{DisplayName, WorkspaceName};
use rebound_i18n::Locale;
use rebound_views::accounts::{CreatedUserResponse, SignupResponse, UserResponse};

/// A new workspace and its owner, as sent.
#[derive(Debug, Clone)]
pub struct SignupInput {
    pub workspace_name: String,
    pub email: String,
    pub password: String,
    pub display_name: String,
    /// The workspace's default language for new candidates (`en` or `fr-CA`, any case); `None` for `en`.
    pub locale: Option<String>,
}

/// A user an owner adds to the workspace, as sent.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub email: String,
    pub display_name: String,
    /// `Coach` or `Candidate`: a workspace has one owner, the one who signed it up.
    pub role: Role,
    /// `None` to have one generated.
    pub password: Option<String>,
}

/// Length of a generated initial password.
const GENERATED_PASSWORD_LEN: usize = 20;

fn email_taken() -> ServiceError {
    ServiceError::Conflict {
        code: "email_taken",
        detail: "An account with this e-mail address already exists.".into(),
    }
}

/// Maps the unique-index violation of a concurrent insert to the same 409 as the explicit check.
fn unique_email(error: diesel::result::Error) -> ServiceError {
    on_unique_violation(error, |_| email_taken())
}

/// A random initial password for a user invited without one.
fn generated_password() -> String {
    random_credential("")
        .chars()
        .take(GENERATED_PASSWORD_LEN)
        .collect()
}

/// Creates a workspace and its owner. E-mail addresses are unique service-wide: a registered one is a 409, and
/// since that tells whether an address is registered, such answers are throttled like failed sign-ins, per calling
/// address and per e-mail: a prober gets 429 after a few, for any address it then tries.
pub async fn signup(
    db: &Database,
    throttle: &LoginThrottleSettings,
    caller: Option<IpAddr>,
    input: SignupInput,
) -> Result<SignupResponse, ServiceError> {
    let signup = validate_signup(&input)?;
    let keys = registration_probe_keys(throttle, caller, &signup.email);
    refuse_while_probing(db, &keys).await?;

    let password_hash = password::hash_bounded(input.password).await?;
    let created = db
        .write(move |conn| {
            in_transaction(conn, |conn| {
                let (workspace, owner) = insert_workspace_with_owner(
                    conn,
                    WorkspaceId::new_v7(),
                    UserId::new_v7(),
                    &signup,
                    password_hash.clone(),
                )?;
                Ok(SignupResponse {
                    workspace: view::workspace(workspace),
                    user: view::user(owner),
                })
            })
        })
        .await;
    throttled_if_taken(db, throttle, keys, created).await
}

/// A sign-up whose fields passed validation (the password is hashed separately, as it takes a while).
#[derive(Debug, Clone)]
pub(crate) struct ValidSignup {
    workspace_name: String,
    email: String,
    display_name: String,
    locale: String,
}

/// Checks a sign-up's fields, naming every bad one.
pub(crate) fn validate_signup(input: &SignupInput) -> Result<ValidSignup, ServiceError> {
    let mut v = Validator::new();
    let workspace_name = v.text::<WorkspaceName>("workspace_name", &input.workspace_name);
    let email = v.email("email", &input.email);
    let display_name = v.text::<DisplayName>("display_name", &input.display_name);
    let locale = input.locale.as_deref().map_or_else(
        || Locale::default().tag().to_string(),
        |l| v.locale("locale", l),
    );
    if let Some(error) = password::check_policy("password", &input.password) {
        v.push(error);
    }
    v.finish()?;
    Ok(ValidSignup {
        workspace_name,
        email,
        display_name,
        locale,
    })
}

/// Creates a workspace and its owner with the given ids, inside the caller's transaction; a registered e-mail is
/// a 409 `email_taken`.
pub(crate) fn insert_workspace_with_owner(
    conn: &mut PgConnection,
    workspace_id: WorkspaceId,
    owner_id: UserId,
    signup: &ValidSignup,
    password_hash: String,
) -> Result<(WorkspaceRow, UserRow), ServiceError> {
    if user::find_by_email(conn, &signup.email)?.is_some() {
        return Err(email_taken());
    }
    let workspace = workspace::insert(conn, workspace_id, &signup.workspace_name, &signup.locale)?;
    let owner = user::insert(
        conn,
        &NewUser {
            id: owner_id,
            workspace_id,
            email: signup.email.clone(),
            display_name: signup.display_name.clone(),
            password_hash,
            role: Role::Owner,
        },
    )
    .map_err(unique_email)?;
    Ok((workspace, owner))
}

/// The throttle keys of answers that tell whether an address is registered: the calling address and the e-mail,
/// as keyed hashes.
fn registration_probe_keys(
    throttle: &LoginThrottleSettings,
    caller: Option<IpAddr>,
    email: &str,
) -> [String; 2] {
    [
        format!(
            "signup-from:{}",
            caller.map_or("unknown".into(), |ip| ip.to_string())
        ),
        format!("signup:{email}"),
    ]
    .map(|plain| throttle_key_hash(&throttle.key, &plain))
}

/// 429 while the caller or the e-mail is locked out for probing registered addresses.
async fn refuse_while_probing(db: &Database, keys: &[String; 2]) -> Result<(), ServiceError> {
    let checked = keys.clone();
    db.run(move |conn| {
        for key in &checked {
            if let Some(secs) = login_throttle::locked_for_secs(conn, key)? {
                return Err(too_many_signups(secs));
            }
        }
        Ok(())
    })
    .await
}

/// Passes `outcome` through, except that an `email_taken` answer counts as a probe against `keys` (and becomes a
/// 429 once they are locked): answering "already registered" is an oracle, so it is rationed like sign-ins.
async fn throttled_if_taken<T: Send + 'static>(
    db: &Database,
    throttle: &LoginThrottleSettings,
    keys: [String; 2],
    outcome: Result<T, ServiceError>,
) -> Result<T, ServiceError> {
    match outcome {
        Err(ServiceError::Conflict {
            code: "email_taken",
            ..
        }) => {
            let throttle = throttle.clone();
            db.write(move |conn| {
                let mut locked = None;
                for key in &keys {
                    locked = locked.max(login_throttle::record_failure(conn, key, &throttle)?);
                }
                Err(locked.map_or_else(email_taken, too_many_signups))
            })
            .await
        }
        other => other,
    }
}

fn too_many_signups(retry_after_secs: u64) -> ServiceError {
    ServiceError::TooManyRequests {
        retry_after_secs,
        detail: format!(
            "Too many sign-ups for addresses that are already registered. Try again in {retry_after_secs} seconds."
        ),
    }
}

/// Adds a coach or candidate to the workspace, with the given password or a generated one. A registered address
/// is a 409 `email_taken` throttled like sign-up's (per calling address and e-mail), since it answers the same
/// question about any address, registered in this workspace or not. The generated initial password, when the
/// invitation had none, exists only in the answer: it is stored as an argon2 hash, so it is shown once and never
/// again.
pub async fn invite(
    db: &Database,
    throttle: &LoginThrottleSettings,
    caller: Option<IpAddr>,
    workspace_id: WorkspaceId,
    invitation: Invitation,
) -> Result<CreatedUserResponse, ServiceError> {
    let mut v = Validator::new();
    let email = v.email("email", &invitation.email);
    let display_name = v.text::<DisplayName>("display_name", &invitation.display_name);
    v.check(
        invitation.role != Role::Owner,
        "role",
        "must be `coach` or `candidate`",
    );
    if let Some(error) = invitation
        .password
        .as_deref()
        .and_then(|p| password::check_policy("password", p))
    {
        v.push(error);
    }
    v.finish()?;
    let keys = registration_probe_keys(throttle, caller, &email);
    refuse_while_probing(db, &keys).await?;

    let generated = invitation.password.is_none();
    let initial_password = invitation.password.unwrap_or_else(generated_password);
    let password_hash = password::hash_bounded(initial_password.clone()).await?;
    let role = invitation.role;
    let inserted = db
        .write(move |conn| {
            crate::autocommitted(conn, |conn| {
                user::insert(
                    conn,
                    &NewUser {
                        id: UserId::new_v7(),
                        workspace_id,
                        email: email.clone(),
                        display_name: display_name.clone(),
                        password_hash: password_hash.clone(),
                        role,
                    },
                )
                .map_err(unique_email)
            })
        })
        .await;
    let user = throttled_if_taken(db, throttle, keys, inserted).await?;
    Ok(CreatedUserResponse {
        user: view::user(user),
        initial_password: generated.then_some(initial_password),
    })
}

/// A page of the workspace's users, newest first.
pub async fn list_users(
    db: &Database,
    page: NewestFirst,
) -> Result<Vec<UserResponse>, ServiceError> {
    page.read(db, user::list_in_workspace, view::user).await
}

/// A user of the workspace, or 404.
pub async fn get_user(
    db: &Database,
    workspace_id: WorkspaceId,
    id: UserId,
) -> Result<UserResponse, ServiceError> {
    db.run(move |conn| {
        user::find_in_workspace(conn, workspace_id, id)?
            .map(view::user)
            .ok_or(ServiceError::NotFound("user"))
    })
    .await
}

/// Removes a user from the workspace (their refresh tokens go with them). `acting_user` is the caller's own id, if
/// the caller is a user: nobody removes themselves, and the workspace owner cannot be removed at all.
pub async fn remove_user(
    db: &Database,
    workspace_id: WorkspaceId,
    acting_user: Option<UserId>,
    id: UserId,
) -> Result<(), ServiceError> {
    if acting_user == Some(id) {
        return Err(ServiceError::Conflict {
            code: "cannot_delete_self",
            detail: "You cannot remove your own account.".into(),
        });
    }
    db.write(move |conn| {
        let target = user::find_in_workspace(conn, workspace_id, id)?
            .ok_or(ServiceError::NotFound("user"))?;
        if target.role == Role::Owner {
            return Err(ServiceError::Conflict {
                code: "cannot_delete_owner",
                detail: "The workspace owner cannot be removed.".into(),
            });
        }
        in_transaction(conn, |conn| {
            user::delete_in_workspace(conn, workspace_id, id)?;
            // Their access tokens stop working on every replica within seconds, not when they expire.
            revocation::record(conn, workspace_id, RevocationKind::Subject, id.into())?;
            Ok(())
        })
    })
    .await
}

/// What an owner changes about a user, as sent; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct UserUpdate {
    pub display_name: Option<String>,
    /// `Coach` or `Candidate`; nobody becomes or stops being the owner this way.
    pub role: Option<Role>,
}

/// Changes a user's display name or role at version `expected` (any when `None`). A role change takes effect on
/// every replica within the revocation window: the user's access tokens issued before it stop working, and their
/// refresh tokens carry on with only what the new role allows. The owner's own role cannot change.
pub async fn update_user(
    db: &Database,
    workspace_id: WorkspaceId,
    id: UserId,
    expected: Option<i32>,
    update: UserUpdate,
) -> Result<UserResponse, ServiceError> {
    let mut v = Validator::new();
    let display_name = update
        .display_name
        .map(|name| v.text::<DisplayName>("display_name", &name));
    v.check(
        update.role != Some(Role::Owner),
        "role",
        "must be `coach` or `candidate`",
    );
    v.finish()?;
    let changes = UserChanges {
        display_name,
        role: update.role,
    };
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let current = user::find_in_workspace_for_update(conn, workspace_id, id)?
                .ok_or(ServiceError::NotFound("user"))?;
            check_version(expected, current.version)?;
            if changes.role.is_some_and(|role| role != current.role) {
                if current.role == Role::Owner {
                    return Err(ServiceError::Conflict {
                        code: "cannot_change_owner_role",
                        detail: "The workspace owner's role cannot be changed.".into(),
                    });
                }
                // Tokens carry the role: the old role's tokens must stop, on every replica, within seconds.
                revocation::record(conn, workspace_id, RevocationKind::Subject, id.into())?;
            }
            Ok(view::user(user::update(conn, workspace_id, id, &changes)?))
        })
    })
    .await
}

/// A user's own password change, as sent.
#[derive(Debug, Clone)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Changes the caller's own password after checking the current one. Every sign-in of the user ends: their refresh
/// tokens are revoked at once and their access tokens, this request's included, stop working on every replica
/// within the revocation window. Wrong current passwords count like failed sign-ins (against the account from
/// `caller`'s address, and the account overall), so a stolen access token cannot be used to guess the password.
pub async fn change_password(
    db: &Database,
    throttle: &LoginThrottleSettings,
    caller: Option<IpAddr>,
    workspace_id: WorkspaceId,
    user_id: UserId,
    change: PasswordChange,
) -> Result<(), ServiceError> {
    let mut v = Validator::new();
    v.check(
        !change.current_password.is_empty(),
        "current_password",
        "is required",
    );
    if let Some(error) = password::check_policy("new_password", &change.new_password) {
        v.push(error);
    }
    v.check_semantic(
        change.new_password != change.current_password,
        "new_password",
        "must differ from the current password",
    );
    v.finish()?;

    let gone =
        || ServiceError::Unauthorized("The account this token was issued to no longer exists.");
    let lookup_throttle = throttle.clone();
    let account = db
        .run(move |conn| {
            let account = user::find_in_workspace(conn, workspace_id, user_id)?.ok_or_else(gone)?;
            SignInThrottle::new(&lookup_throttle, &account.email, caller)
                .refuse_while_locked(conn)?;
            Ok::<_, ServiceError>(account)
        })
        .await?;
    let verified =
        password::verify_bounded(change.current_password, Some(account.password_hash.clone()))
            .await?;
    let sign_in = SignInThrottle::new(throttle, &account.email, caller);
    if !verified {
        return db
            .write(move |conn| {
                sign_in.count_failure(conn)?;
                Err(ServiceError::unprocessable(
                    "current_password",
                    "is not your current password",
                ))
            })
            .await;
    }
    let new_hash = password::hash_bounded(change.new_password).await?;
    let checked_hash = account.password_hash;
    db.write(move |conn| {
        in_transaction(conn, |conn| {
            let current = user::find_in_workspace_for_update(conn, workspace_id, user_id)?
                .ok_or_else(gone)?;
            // Another change won the race since the current password was checked: make the caller look again.
            if current.password_hash != checked_hash {
                return Err(ServiceError::Conflict {
                    code: "concurrent_update",
                    detail: "The password was changed at the same time by another request.".into(),
                });
            }
            user::set_password_hash(conn, user_id, &new_hash)?;
            refresh_token::revoke_all_of_user(conn, user_id)?;
            sign_in.succeeded(conn)?;
            revocation::record(conn, workspace_id, RevocationKind::Subject, user_id.into())?;
            Ok(())
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_password_is_long_enough_for_the_policy() {
        let a = generated_password();
        assert_eq!(a.chars().count(), GENERATED_PASSWORD_LEN);
        assert!(password::check_policy("password", &a).is_none());
        assert_ne!(a, generated_password());
    }

    #[test]
    fn any_unique_violation_of_a_user_insert_is_email_taken() {
        use diesel::result::{DatabaseErrorKind, Error};
        let violation = Error::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            Box::new(
                "duplicate key value violates unique constraint \"users_email_key\"".to_string(),
            ),
        );
        assert!(matches!(
            unique_email(violation),
            ServiceError::Conflict {
                code: "email_taken",
                ..
            }
        ));
        assert!(matches!(
            unique_email(Error::NotFound),
            ServiceError::NotFound(_)
        ));
    }
}

//! Follow-up note review: check a note before sending it.

use actix_web::{post, web, HttpResponse};
use rebound_domain::ids::InterviewId;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::Json;
use crate::routes::language::AcceptLanguage;
use crate::routes::responses::InvalidFields;
use crate::state::AppState;
use rebound_domain::bounded::NoteText;
use rebound_service::auth::Scope;
use rebound_service::note_reviews;
use rebound_views::review::NoteReview;

/// A follow-up note to review.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "text": "Dear Arnold,\n\nThank you for meeting with me about the Senior Financial Analyst role. I'm so sorry about the salary question, I was nervous. Sorry again!\n\nI remain very interested in the role.\n\nKind regards,\nJordan",
    "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a"
}))]
pub struct ReviewNoteRequest {
    /// The note, 1–10,000 characters. Finding spans are character offsets into exactly this text.
    pub text: NoteText,
    /// The interview the note follows up on. With it, the review also checks the names in the salutation against
    /// the logged interviewers and flags mentions of slips they probably did not notice.
    #[schema(value_type = Option<Uuid>)]
    pub interview_id: Option<InterviewId>,
    /// The language the note is written in, BCP 47: `en` or `fr-CA` (use `fr-CA` for a note in any variety of
    /// French). It picks the rules (English phrases, or French ones with elision, feminine forms, « ne … pas » and
    /// accents typed or not). Absent: the language `Accept-Language` negotiated, the one the findings are written in.
    /// Any other value is refused (422).
    #[schema(example = "fr-CA")]
    pub locale: Option<String>,
}

/// Review a follow-up note.
///
/// Requires `interviews:read`. Checks a note the candidate wrote against the rules of a good thank-you note: no
/// profuse apologies or excuses, brief, thanks the interviewers and restates interest. With an `interview_id` it
/// also checks the salutation against the logged interviewer names ("Dear Arnold" when the interviewer is Armin)
/// and flags mentions of slips the interviewers probably did not notice. Each finding has a kind, a severity, a
/// span (character offsets into `text`), a message and a suggestion. Nothing is stored.
///
/// The messages and suggestions are in English, or in Canadian French when `Accept-Language` asks for it (`fr-CA`,
/// `fr`); `Content-Language` says which. The note itself is read in `locale` (by default the same language), so a
/// French note gets French rules: « Je suis désolée pour mon retard » draws an `apology`, « à cause de vous, j’ai
/// appris… » nothing. Kinds, severities and spans are the same in every language.
#[utoipa::path(
    tag = "follow-up-notes",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(AcceptLanguage),
    request_body(content = ReviewNoteRequest, examples(
        ("English" = (summary = "An English note", value = json!({
            "text": "Dear Arnold,\n\nThank you for meeting with me about the Senior Financial Analyst role. I'm so sorry about the salary question, I was nervous. Sorry again!\n\nI remain very interested in the role.\n\nKind regards,\nJordan",
            "interview_id": "01936f90-2b3c-7d4e-9f5a-6b7c8d9e0f1a"
        }))),
        ("French" = (summary = "A French note, reviewed in French (with `Accept-Language: fr-CA`)", value = json!({
            "text": "Bonjour Madame Tremblay,\n\nMerci encore pour l’entrevue de mardi. Je suis vraiment désolée pour mon retard : le trafic m’a complètement déstabilisée.\n\nLe poste m’intéresse toujours beaucoup.\n\nÉloïse Côté",
            "locale": "fr-CA"
        }))),
    )),
    responses(
        (status = 200, description = "The review", body = NoteReview, headers(
            ("Content-Language" = String, description = "The language of the messages and suggestions, BCP 47: `en` or `fr-CA`"),
        ), examples(
            ("French" = (summary = "The review of the French note, with `Accept-Language: fr-CA`", value = json!({
                "findings": [
                    {
                        "kind": "apology",
                        "severity": "warning",
                        "span": {"start": 82, "end": 89},
                        "message": "« désolée » présente des excuses; s’excuser ramène l’attention sur le faux pas au lieu de la tourner vers la suite.",
                        "suggestion": "Remerciez plutôt que de vous excuser (« Merci de votre patience »), puis, si le faux pas a sûrement été remarqué, ajoutez une courte correction factuelle."
                    },
                    {
                        "kind": "excuse",
                        "severity": "warning",
                        "span": {"start": 108, "end": 147},
                        "message": "« le trafic m’a complètement déstabilisée » invoque une cause pour expliquer le faux pas; les justifications jouent généralement contre vous.",
                        "suggestion": "Laissez tomber la cause et gardez le fait : donnez simplement la bonne information (« J’aimerais ajouter… »), ou tournez-vous vers la suite."
                    }
                ],
                "word_count": 28
            }))),
        )),
        InvalidFields,
        (status = 404, description = "No such interview visible to you", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A well-formed `locale` Rebound does not review notes in (`errors[]` names it): use `en` or `fr-CA`", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "locale", "message": "is not a language Rebound reviews notes in: use en or fr-CA"}]})),
    )
)]
#[post("/follow-up-notes/review")]
pub async fn review_follow_up_note(
    state: web::Data<AppState>,
    principal: Authenticated,
    language: AcceptLanguage,
    body: Json<ReviewNoteRequest>,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let ReviewNoteRequest {
        text,
        interview_id,
        locale,
    } = body.into_inner();
    let review = note_reviews::review(
        &state.db,
        principal.visibility(),
        text.into(),
        interview_id,
        locale,
        language.0,
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(language.content_language())
        .json(review))
}

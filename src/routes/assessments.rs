//! Damage assessments: of a logged interview, or of a draft that is not stored.

use actix_web::http::header;
use actix_web::{get, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use rebound_domain::ids::{CandidateId, InterviewId};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::bearer::Authenticated;
use crate::error::{ApiError, Problem};
use crate::extract::Json;
use crate::routes::conditional::etag;
use crate::routes::language::AcceptLanguage;
use crate::routes::limits;
use crate::routes::parts::CreateGaffeRequest;
use crate::routes::responses::NotVisible;
use crate::state::AppState;
use rebound_domain::bounded::{CompanyName, RoleTitle, Strength};
use rebound_domain::{EmployerInterest, Format, Outcome, Stage};
use rebound_service::assessments;
use rebound_service::auth::Scope;
use rebound_service::gaffes::MAX_GAFFES_PER_INTERVIEW;
use rebound_service::interviews::{InterviewInput, MAX_INTERVIEWERS, MAX_QUESTIONS, MAX_STRENGTHS};
use rebound_views::assessments::{Assessment, InterviewAssessment};
use rebound_views::parts::{InterviewerDto, QuestionDto};

/// Assess a logged interview.
///
/// A damage score from 0 to 100, its band, and the reasons: each gaffe's impact (severity, how surely it was
/// noticed, when it happened, whether it was corrected), the strengths that offset it, and how the candidate's own
/// rating compares with the evidence. Deterministic for a given interview version and `model_version`. The texts
/// are in English, or in Canadian French when `Accept-Language` asks for it; `Content-Language` says which (a
/// recovery plan's own `assessment` is in the plan's language).
#[utoipa::path(
    tag = "assessments",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(("interview_id" = Uuid, Path, description = "The interview's id"), AcceptLanguage),
    responses(
        (status = 200, description = "The assessment", body = InterviewAssessment, headers(
            ("ETag" = String, description = "The interview's version"),
            ("Content-Language" = String, description = "The language of the texts, BCP 47: `en` or `fr-CA`"),
            ("Vary" = String, description = "`Accept-Language`: caches keep one copy per language"),
        )),
        NotVisible,
        (status = 422, description = "The interview cannot be assessed yet: `errors[]` names `occurred_at` when it has not taken place yet (a scheduled one), `self_rating` when it is not rated yet (an imported one; `PATCH /v1/interviews/{interview_id}` sets it)", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "self_rating", "message": "the interview is not rated yet: set self_rating (1-5) with PATCH /v1/interviews/{id} first"}]})),
    )
)]
#[get("/interviews/{interview_id}/assessment")]
pub async fn get_assessment(
    state: web::Data<AppState>,
    principal: Authenticated,
    path: web::Path<InterviewId>,
    language: AcceptLanguage,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let assessed = assessments::of_interview(
        &state.db,
        principal.visibility(),
        path.into_inner(),
        state.clock.now(),
        language.0,
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(assessed.interview_version))
        .insert_header((header::VARY, "Accept-Language"))
        .insert_header(language.content_language())
        .json(assessed))
}

/// An interview draft to assess without storing it: the fields of a logged interview, without candidate or links.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({
    "company": "Harbor & Finch Capital", "role_title": "Senior Financial Analyst", "stage": "final", "format": "onsite",
    "occurred_at": "2026-11-24T14:00:00Z", "interviewers": [{"name": "Armin Vogel"}], "self_rating": 1
}))]
#[serde(deny_unknown_fields)]
pub struct PreviewInterview {
    pub company: CompanyName,
    pub role_title: RoleTitle,
    pub stage: Stage,
    pub format: Format,
    pub occurred_at: DateTime<Utc>,
    #[schema(schema_with = limits::duration_minutes)]
    pub duration_minutes: Option<u32>,
    #[serde(default)]
    #[schema(schema_with = limits::up_to::<InterviewerDto, MAX_INTERVIEWERS>)]
    pub interviewers: Vec<InterviewerDto>,
    #[serde(default)]
    #[schema(schema_with = limits::up_to::<QuestionDto, MAX_QUESTIONS>)]
    pub questions: Vec<QuestionDto>,
    #[serde(default)]
    #[schema(schema_with = limits::up_to::<Strength, MAX_STRENGTHS>)]
    pub strengths: Vec<Strength>,
    #[schema(schema_with = limits::self_rating)]
    pub self_rating: i64,
    pub outcome: Option<Outcome>,
}

impl From<PreviewInterview> for InterviewInput {
    fn from(draft: PreviewInterview) -> Self {
        Self {
            candidate_id: CandidateId::from_uuid(Uuid::nil()),
            company: draft.company.into(),
            role_title: draft.role_title.into(),
            stage: draft.stage,
            format: draft.format,
            occurred_at: draft.occurred_at,
            occurred_at_offset_minutes: None,
            time_zone: None,
            duration_minutes: draft.duration_minutes,
            interviewers: draft.interviewers.into_iter().map(Into::into).collect(),
            questions: draft.questions.into_iter().map(Into::into).collect(),
            strengths: draft.strengths.into_iter().map(Into::into).collect(),
            self_rating: Some(draft.self_rating),
            outcome: draft.outcome.unwrap_or(Outcome::Pending),
            // Scoring does not use it; only the plan rules do.
            employer_interest: EmployerInterest::Unknown,
            notes: None,
            remote: None,
        }
    }
}

/// What to assess: an interview draft and its gaffes, validated as if they were logged.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "interview": {
        "company": "Harbor & Finch Capital",
        "role_title": "Senior Financial Analyst",
        "stage": "final",
        "format": "onsite",
        "occurred_at": "2026-11-24T14:00:00Z",
        "interviewers": [{"name": "Armin Vogel"}],
        "questions": [{"question": "What are your salary expectations?", "quality": "blanked"}],
        "strengths": ["Clear walk-through of the variance case"],
        "self_rating": 1
    },
    "gaffes": [
        {"kind": "wrong_interviewer_name", "noticed": "certain", "moment": "mid"},
        {"kind": "salary_blank", "noticed": "certain", "moment": "closing", "question_index": 0}
    ]
}))]
pub struct PreviewRequest {
    pub interview: PreviewInterview,
    #[serde(default)]
    #[schema(schema_with = limits::up_to::<CreateGaffeRequest, MAX_GAFFES_PER_INTERVIEW>)]
    pub gaffes: Vec<CreateGaffeRequest>,
}

/// Assess an unsaved interview.
///
/// The same scoring as for a logged interview, for a draft a job board wants to score before saving. Nothing is
/// stored. Requires `interviews:read`. The reasons and notes are in English, or in Canadian French when
/// `Accept-Language` asks for it; `Content-Language` says which.
#[utoipa::path(
    tag = "assessments",
    security(("bearer" = []), ("oauth2" = ["interviews:read"])),
    params(AcceptLanguage),
    request_body = PreviewRequest,
    responses(
        (status = 200, description = "The assessment", body = Assessment, headers(
            ("Content-Language" = String, description = "The language of the texts, BCP 47: `en` or `fr-CA`"),
        )),
        (status = 400, description = "Invalid fields (paths such as `interview.self_rating` or `gaffes[1].question_index`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A well-formed value cannot be accepted (`errors[]` names it): `interview.occurred_at` more than 20 years ago or still ahead (the interview has not taken place yet), a `gaffes[i].correction` on a kind other than `factual_error_about_company`, a `gaffes[i].question_index` past `interview.questions`", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "https://rebound.dev/problems/unprocessable_value", "title": "A value cannot be accepted", "status": 422, "detail": "1 field is well-formed but its value cannot be accepted.", "code": "unprocessable_value", "errors": [{"field": "gaffes[0].question_index", "message": "must point at one of the interview's questions (0-based)"}]})),
    )
)]
#[post("/assessments/preview")]
pub async fn preview_assessment(
    state: web::Data<AppState>,
    principal: Authenticated,
    body: Json<PreviewRequest>,
    language: AcceptLanguage,
) -> Result<HttpResponse, ApiError> {
    principal.require_scope(Scope::InterviewsRead)?;
    let PreviewRequest { interview, gaffes } = body.into_inner();
    let assessment = assessments::preview(
        interview.into(),
        gaffes.into_iter().map(Into::into).collect(),
        state.clock.now(),
        language.0,
    )?;
    Ok(HttpResponse::Ok()
        .insert_header(language.content_language())
        .json(assessment))
}

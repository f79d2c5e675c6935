//! The language of candidate-facing texts: `Accept-Language` in (RFC 4647 lookup, see [`Locale::negotiate`]),
//! `Content-Language` out.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::header::{self, HeaderName};
use actix_web::{FromRequest, HttpRequest};
use rebound_i18n::Locale;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::Required;
use utoipa::IntoParams;

use crate::error::ApiError;

/// The locale a request asks for with `Accept-Language`, for the texts a response writes on the fly. Never
/// refuses a request: a header it cannot read, or that names no locale Rebound writes, gives English.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AcceptLanguage(pub Locale);

impl FromRequest for AcceptLanguage {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let header = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok());
        ready(Ok(AcceptLanguage(Locale::negotiate(header))))
    }
}

impl IntoParams for AcceptLanguage {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![ParameterBuilder::new()
            .name("Accept-Language")
            .parameter_in(ParameterIn::Header)
            .required(Required::False)
            .description(Some(
                "The language for the response's texts (RFC 4647 lookup): `fr-CA` or `fr` (also `fr-FR` and \
                 other French tags) for Canadian French, anything else or nothing for English. The response's \
                 `Content-Language` says which it got.",
            ))
            .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
            .example(Some("fr-CA".into()))
            .build()]
    }
}

impl AcceptLanguage {
    /// `Content-Language: <tag>` for a response written in this locale.
    pub fn content_language(self) -> (HeaderName, &'static str) {
        (header::CONTENT_LANGUAGE, self.0.tag())
    }
}

//! The peer Rebound is measured against: the same stack (actix-web 4, diesel 2 + r2d2, `web::block`) with nothing
//! else — no auth, no tenancy, no validation, no events. One typed query per request.
//!
//! `DATABASE_URL` (a database Rebound has migrated), `BIND` (default 127.0.0.1:8090), `POOL_SIZE` (default the
//! same as Rebound's). Started and stopped by `scripts/bench-http.sh`; not part of the product.
//!
//! - `GET /interviews/{id}`: one interview row by primary key, as JSON.
//! - `POST /rows`: inserts the JSON body as one `bench_rows` row and answers 201 with its id.

use actix_web::{web, App, HttpResponse, HttpServer};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, Pool};
use uuid::Uuid;

diesel::table! {
    interviews (id) {
        id -> Uuid,
        company -> Text,
        role_title -> Text,
        stage -> Text,
        format -> Text,
        occurred_at -> Timestamptz,
        interviewers -> Jsonb,
        questions -> Jsonb,
        self_rating -> Int2,
        outcome -> Text,
        version -> Int4,
    }
}

diesel::table! {
    bench_rows (id) {
        id -> Uuid,
        body -> Jsonb,
    }
}

#[derive(Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = interviews)]
struct Interview {
    id: Uuid,
    company: String,
    role_title: String,
    stage: String,
    format: String,
    occurred_at: DateTime<Utc>,
    interviewers: serde_json::Value,
    questions: serde_json::Value,
    self_rating: i16,
    outcome: String,
    version: i32,
}

type DbPool = Pool<ConnectionManager<PgConnection>>;

async fn get_interview(pool: web::Data<DbPool>, id: web::Path<Uuid>) -> HttpResponse {
    let id = id.into_inner();
    let found = web::block(move || {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        interviews::table
            .find(id)
            .select(Interview::as_select())
            .first(&mut conn)
            .optional()
            .map_err(|e| e.to_string())
    })
    .await;
    match found {
        Ok(Ok(Some(row))) => HttpResponse::Ok().json(row),
        Ok(Ok(None)) => HttpResponse::NotFound().finish(),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

async fn insert_row(pool: web::Data<DbPool>, body: web::Json<serde_json::Value>) -> HttpResponse {
    let body = body.into_inner();
    let inserted = web::block(move || {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        diesel::insert_into(bench_rows::table)
            .values((bench_rows::id.eq(Uuid::now_v7()), bench_rows::body.eq(body)))
            .returning(bench_rows::id)
            .get_result::<Uuid>(&mut conn)
            .map_err(|e| e.to_string())
    })
    .await;
    match inserted {
        Ok(Ok(id)) => HttpResponse::Created().json(serde_json::json!({ "id": id })),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:8090".into());
    let pool_size = std::env::var("POOL_SIZE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let pool = Pool::builder()
        .max_size(pool_size)
        .build(ConnectionManager::<PgConnection>::new(url))
        .expect("connecting to PostgreSQL");
    diesel::sql_query(
        "CREATE TABLE IF NOT EXISTS bench_rows (id uuid PRIMARY KEY, body jsonb NOT NULL)",
    )
    .execute(&mut pool.get().expect("a connection"))
    .expect("creating bench_rows");
    let pool = web::Data::new(pool);
    HttpServer::new(move || {
        App::new()
            .app_data(pool.clone())
            .route("/interviews/{id}", web::get().to(get_interview))
            .route("/rows", web::post().to(insert_row))
    })
    .bind(bind)?
    .run()
    .await
}

// A job board's integration with Rebound, written against the generated TypeScript client only: types from
// openapi-typescript (./schema, generated into target/) and the typed fetch of openapi-fetch.
//
//   node scenario.js BASE_URL        (compiled and run by scripts/generated-clients.sh)
//
// The same scenario as scenario.py: sign up, an integration client, `client_credentials`, a candidate with the
// board's own user id, an interview with interviewers and questions, gaffes, the assessment, a recovery plan, a step
// marked done with If-Match (a stale one is refused), a note review; then a response carrying enum values this
// client has never seen. Any failure throws, so the process exits non-zero.

import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type Schemas = components["schemas"];

const baseUrl = process.argv[2];
const run = Math.random().toString(36).slice(2, 12);
const NEW = "a_value_added_later";

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The body of a result after checking its status (the error body is shown when it is wrong). */
function expect<T>(
  result: { data?: T; error?: unknown; response: Response },
  status: number,
  what: string,
): T {
  check(
    result.response.status === status,
    `${what}: expected ${status}, got ${result.response.status}: ${JSON.stringify(result.error)}`,
  );
  console.log(`  ${what}: ${result.response.status}`);
  return result.data as T;
}

const anonymous = createClient<paths>({ baseUrl });
const withToken = (token: string) =>
  createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

/** The token endpoint takes a form body (RFC 6749), as the document says. */
async function token(body: Schemas["TokenRequest"]): Promise<string> {
  const result = await anonymous.POST("/v1/auth/token", {
    body,
    bodySerializer: (fields) =>
      new URLSearchParams(
        Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      ).toString(),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  return expect(result, 200, `token (${body.grant_type})`).access_token;
}

async function main() {
  // A job board's operator signs up and registers the board as an integration client.
  const email = `owner-${run}@jobs-typescript.example.com`;
  const password = `ts-scenario-${run}`;
  expect(
    await anonymous.POST("/v1/signup", {
      body: { workspace_name: "Acme Jobs (TypeScript)", email, password, display_name: "Acme Operator" },
    }),
    201,
    "sign up",
  );
  const owner = withToken(await token({ grant_type: "password", username: email, password }));
  const registered = expect(
    await owner.POST("/v1/api-clients", {
      body: { name: "Acme Jobs back end", scopes: ["interviews:read", "interviews:write", "plans:write", "webhooks:read"] },
    }),
    201,
    "create an API client",
  );

  // From here on, the board's back end calls Rebound server to server.
  const board = withToken(
    await token({
      grant_type: "client_credentials",
      client_id: registered.client.client_id,
      client_secret: registered.client_secret,
    }),
  );
  const me = expect(await board.GET("/v1/me"), 200, "who am I");
  check(me.subject_type === "client", JSON.stringify(me));

  const externalId = `acme-user-${run}`;
  const created = await board.POST("/v1/candidates", {
    body: {
      display_name: "Jordan Reyes",
      email: "jordan.reyes@example.com",
      external_id: externalId,
      time_zone: "Europe/London",
    },
    params: { header: { "Idempotency-Key": `candidate-${run}` } },
  });
  const candidate = expect(created, 201, "candidate with external_id");
  check(created.response.headers.get("location")?.endsWith(candidate.id), "Location names the candidate");
  const found = expect(
    await board.GET("/v1/candidates", { params: { query: { external_id: externalId } } }),
    200,
    "find it by external_id",
  );
  check(found.data.length === 1 && found.data[0].id === candidate.id, JSON.stringify(found));

  const interview = expect(
    await board.POST("/v1/interviews", {
      body: {
        candidate_id: candidate.id,
        company: "Northwind Capital",
        role_title: "Senior Financial Analyst",
        stage: "final",
        format: "onsite",
        occurred_at: "2026-11-20T09:00:00+00:00",
        duration_minutes: 60,
        interviewers: [
          { name: "Armin Vogel", title: "Finance Director" },
          { name: "Priya Natarajan", title: "Controller" },
        ],
        questions: [
          { question: "What are your salary expectations?", quality: "blanked" },
          { question: "Walk us through a variance analysis.", quality: "strong" },
        ],
        strengths: ["Walked through the variance analysis case cleanly"],
        self_rating: 1,
        employer_interest: "strong",
      },
    }),
    201,
    "interview with interviewers and questions",
  );
  const path = { interview_id: interview.id };
  const gaffes: Schemas["CreateGaffeRequest"][] = [
    { kind: "wrong_interviewer_name", description: "Called Armin 'Arnold' twice", noticed: "certain", moment: "mid" },
    { kind: "salary_blank", noticed: "certain", moment: "closing", question_index: 0 },
  ];
  for (const gaffe of gaffes) {
    expect(
      await board.POST("/v1/interviews/{interview_id}/gaffes", { params: { path }, body: gaffe }),
      201,
      `gaffe ${gaffe.kind}`,
    );
  }

  const assessment = expect(
    await board.GET("/v1/interviews/{interview_id}/assessment", { params: { path } }),
    200,
    "assessment",
  );
  check(assessment.damage_score > 0 && assessment.damage_score <= 100, JSON.stringify(assessment));
  console.log(`    damage ${assessment.damage_score} (${assessment.band})`);

  const planned = await board.POST("/v1/interviews/{interview_id}/recovery-plans", {
    params: { path },
    body: { tone: "warm" },
  });
  const plan = expect(planned, 201, "recovery plan");
  console.log(`    ${plan.steps.length} steps: ${plan.steps.map((s) => s.kind).join(", ")}`);
  const step = plan.steps[0];
  const markDone = (ifMatch: string) =>
    board.PATCH("/v1/interviews/{interview_id}/recovery-plans/{plan_id}/steps/{step_id}", {
      params: {
        path: { interview_id: interview.id, plan_id: plan.id, step_id: step.id },
        header: { "If-Match": ifMatch },
      },
      body: { status: "done" },
    });
  const doneResult = await markDone(`"${step.version}"`);
  const done = expect(doneResult, 200, "step marked done with If-Match");
  check(done.status === "done" && done.version === step.version + 1, JSON.stringify(done));
  check(doneResult.response.headers.get("etag") === `"${done.version}"`, "ETag is the new version");
  expect(await markDone(`"${step.version}"`), 412, "the same If-Match again (stale)");

  const review = expect(
    await board.POST("/v1/follow-up-notes/review", {
      body: {
        interview_id: interview.id,
        text: "Dear Arnold,\n\nThank you for your time. I'm so sorry about the salary question.\n\nBest,\nJordan",
      },
    }),
    200,
    "note review",
  );
  const kinds = review.findings.map((f) => f.kind);
  check(kinds.includes("unknown_name"), kinds.join(", "));
  console.log(`    findings: ${kinds.join(", ")}`);

  // Typed events: the feed is a union discriminated by `type`; checking `type` narrows `data` (no cast).
  const feed = expect(await board.GET("/v1/events", { params: { query: { limit: 50 } } }), 200, "event feed");
  const seen: string[] = [];
  for (const event of feed.data) {
    check(event.api_version.length === 10 && event.workspace_id.length === 36, JSON.stringify(event));
    if (event.type === "gaffe.created") {
      const kind: string = event.data.kind;
      check(event.data.interview_id === interview.id, kind);
      seen.push(`gaffe ${kind}`);
    } else if (event.type === "recovery_plan.created") {
      const firstStep: string = event.data.steps[0].title;
      seen.push(`plan of ${event.data.steps.length} steps (${firstStep})`);
    } else if (event.type === "candidate.created") {
      const name: string = event.data.display_name;
      seen.push(`candidate ${name}`);
    } else if (event.type === "recovery_plan.step_updated") {
      const status: string = event.data.step.status;
      seen.push(`step ${status}`);
    }
  }
  check(seen.length >= 5, seen.join("; "));
  console.log(`    typed: ${seen.join("; ")}`);

  // A later Rebound may send enum values this client was generated without. The types say so (these assignments
  // compile only because the response enums are open) ...
  const newKind: Schemas["PlanStepResponse"]["kind"] = NEW;
  const newStatus: Schemas["PlanStepResponse"]["status"] = NEW;
  const newBand: Schemas["RecoveryPlanResponse"]["band"] = NEW;
  // ... and the client parses such a response: the real plan, with a new step kind, status and band, served to
  // the generated client through its fetch.
  const changed = { ...plan, band: newBand, steps: plan.steps.map((s, i) => (i === 0 ? { ...s, kind: newKind, status: newStatus } : s)) };
  const replaying = createClient<paths>({
    baseUrl,
    fetch: async () =>
      new Response(JSON.stringify(changed), { status: 200, headers: { "Content-Type": "application/json" } }),
  });
  const reparsed = expect(
    await replaying.GET("/v1/interviews/{interview_id}/recovery-plans/{plan_id}", {
      params: { path: { interview_id: interview.id, plan_id: plan.id } },
    }),
    200,
    "a real plan with a step kind, a status and a band it has never seen",
  );
  check(reparsed.steps[0].kind === NEW && reparsed.steps[0].status === NEW && reparsed.band === NEW, "values kept");
  console.log("typescript: the job-board scenario passed");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
